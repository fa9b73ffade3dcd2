package dev.atj.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.KeyPair;
import java.util.Arrays;
import java.util.HexFormat;
import org.bouncycastle.crypto.SecretWithEncapsulation;
import org.bouncycastle.crypto.digests.SHAKEDigest;
import org.bouncycastle.crypto.kems.MLKEMExtractor;
import org.bouncycastle.crypto.kems.MLKEMGenerator;
import org.bouncycastle.crypto.params.MLKEMParameters;
import org.bouncycastle.crypto.params.MLKEMPrivateKeyParameters;
import org.junit.jupiter.api.Test;

class KemTest {
    @Test
    void decapsulatedSecretEqualsEncapsulatedSecret() {
        KeyPair recipient = Kem.generateKeyPair();
        Kem.Encapsulation sent = Kem.encapsulate(recipient.getPublic());

        // FIPS 203 table 3: ML-KEM-768 ciphertext 1088 bytes, shared secret 32 bytes.
        assertEquals(1088, sent.ciphertext().length);
        assertEquals(32, sent.sharedSecret().length);
        assertArrayEquals(sent.sharedSecret(), Kem.decapsulate(recipient.getPrivate(), sent.ciphertext()));
    }

    @Test
    void wrongPrivateKeyGivesADifferentSecretWithoutError() {
        KeyPair recipient = Kem.generateKeyPair();
        KeyPair stranger = Kem.generateKeyPair();
        Kem.Encapsulation sent = Kem.encapsulate(recipient.getPublic());

        byte[] strangerSecret = Kem.decapsulate(stranger.getPrivate(), sent.ciphertext());
        assertEquals(32, strangerSecret.length);
        assertFalse(Arrays.equals(sent.sharedSecret(), strangerSecret));
    }

    @Test
    void tamperedCiphertextGivesADifferentSecret() {
        KeyPair recipient = Kem.generateKeyPair();
        Kem.Encapsulation sent = Kem.encapsulate(recipient.getPublic());
        byte[] tampered = sent.ciphertext();
        tampered[100] ^= 1;

        assertFalse(Arrays.equals(sent.sharedSecret(), Kem.decapsulate(recipient.getPrivate(), tampered)));
    }

    @Test
    void truncatedCiphertextIsRejectedWithItsLength() {
        KeyPair recipient = Kem.generateKeyPair();

        CryptoException e = assertThrows(CryptoException.class,
                () -> Kem.decapsulate(recipient.getPrivate(), new byte[1000]));
        assertTrue(e.getMessage().contains("1088 bytes, but this one is 1000"), e.getMessage());
    }

    @Test
    void signingKeyIsNotAKemKey() {
        KeyPair ed25519 = KeyPairs.generate(SignatureAlgorithm.ED25519);

        CryptoException e = assertThrows(CryptoException.class, () -> Kem.encapsulate(ed25519.getPublic()));
        assertTrue(e.getMessage().contains("not an ML-KEM key"), e.getMessage());
    }

    @Test
    void encapsulationNeverPrintsTheSecret() {
        Kem.Encapsulation sent = Kem.encapsulate(Kem.generateKeyPair().getPublic());

        assertEquals("Encapsulation[ciphertext=1088 bytes, sharedSecret=32 bytes (hidden)]", sent.toString());
    }

    @Test
    void bouncyCastleMlKem768MatchesC2spAccumulatedVectors() {
        // C2SP CCTV "Accumulated pq-crystals vectors" for final FIPS 203 (https://c2sp.org/CCTV/ML-KEM):
        // d, z, m and a random ciphertext are drawn from SHAKE-128(""); ek, dk, ct, k and the
        // implicit-rejection k are absorbed into another SHAKE-128; 10 000 tests give this hash.
        SHAKEDigest rng = new SHAKEDigest(128);
        SHAKEDigest accumulator = new SHAKEDigest(128);
        MLKEMParameters parameters = MLKEMParameters.ml_kem_768;
        byte[] seed = new byte[64];
        byte[] m = new byte[32];
        byte[] randomCiphertext = new byte[parameters.getEncapsulationLength()];
        for (int i = 0; i < 10_000; i++) {
            rng.doOutput(seed, 0, 64);
            rng.doOutput(m, 0, 32);
            rng.doOutput(randomCiphertext, 0, randomCiphertext.length);
            MLKEMPrivateKeyParameters dk = new MLKEMPrivateKeyParameters(parameters, seed);
            SecretWithEncapsulation encapsulated =
                    MLKEMGenerator.internalGenerateEncapsulated(dk.getPublicKeyParameters(), m);
            MLKEMExtractor extractor = new MLKEMExtractor(dk);
            absorb(accumulator, dk.getPublicKey());
            absorb(accumulator, dk.getEncoded());
            absorb(accumulator, encapsulated.getEncapsulation());
            absorb(accumulator, encapsulated.getSecret());
            assertArrayEquals(encapsulated.getSecret(), extractor.extractSecret(encapsulated.getEncapsulation()));
            absorb(accumulator, extractor.extractSecret(randomCiphertext));
        }
        byte[] hash = new byte[32];
        accumulator.doFinal(hash, 0, 32);

        assertEquals("f959d18d3d1180121433bf0e05f11e7908cf9d03edc150b2b07cb90bef5bc1c1", HexFormat.of().formatHex(hash));
    }

    private static void absorb(SHAKEDigest digest, byte[] bytes) {
        digest.update(bytes, 0, bytes.length);
    }
}
