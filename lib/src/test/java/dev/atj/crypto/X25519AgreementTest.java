package dev.atj.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.KeyPair;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.Test;

class X25519AgreementTest {
    private static final HexFormat HEX = HexFormat.of();

    // RFC 7748 section 6.1
    private static final KeyPair ALICE = KeyPairs.x25519FromPrivate(
            HEX.parseHex("77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a"));
    private static final KeyPair BOB = KeyPairs.x25519FromPrivate(
            HEX.parseHex("5dab087e624a8a4b79e17f8b83800ee66f3bb1292618b6fd1c2f8b27ff88e0eb"));
    private static final byte[] SHARED = HEX.parseHex(
            "4a5d9d5ba4ce2de1728e3bf480350f25e07e21c947d19e3376f09b3c1e161742");

    @Test
    void bothSidesOfRfc7748ExchangeGetThePublishedSecret() {
        assertEquals(KeyPairs.x25519PublicKey(
                HEX.parseHex("8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a")), ALICE.getPublic());
        assertEquals(KeyPairs.x25519PublicKey(
                HEX.parseHex("de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f")), BOB.getPublic());
        assertArrayEquals(SHARED, X25519Agreement.rawSharedSecret(ALICE.getPrivate(), BOB.getPublic()));
        assertArrayEquals(SHARED, X25519Agreement.rawSharedSecret(BOB.getPrivate(), ALICE.getPublic()));
    }

    @Test
    void scalarMultiplicationMatchesRfc7748Section52() {
        KeyPair scalar = KeyPairs.x25519FromPrivate(
                HEX.parseHex("a546e36bf0527c9d3b16154b82465edd62144c0ac1fc5a18506a2244ba449ac4"));
        byte[] u = HEX.parseHex("e6db6867583030db3594c1a424b15f7c726624ec26b3353b10a903a6d0ab1c4c");

        assertArrayEquals(HEX.parseHex("c3da55379de9c6908e94ea4df28d084f32eccf03491c71f754b4075577a28552"),
                X25519Agreement.rawSharedSecret(scalar.getPrivate(), KeyPairs.x25519PublicKey(u)));
    }

    @Test
    void derivedKeysAgreeAndDifferFromTheRawSecret() {
        SecretKey aliceKey = X25519Agreement.deriveKey(ALICE.getPrivate(), BOB.getPublic(), "test v1 encryption");
        SecretKey bobKey = X25519Agreement.deriveKey(BOB.getPrivate(), ALICE.getPublic(), "test v1 encryption");

        assertArrayEquals(aliceKey.getEncoded(), bobKey.getEncoded());
        assertEquals(32, aliceKey.getEncoded().length);
        assertEquals("AES", aliceKey.getAlgorithm());
        assertFalse(Arrays.equals(SHARED, aliceKey.getEncoded()));
    }

    @Test
    void differentPurposesGiveIndependentKeys() {
        SecretKey encryption = X25519Agreement.deriveKey(ALICE.getPrivate(), BOB.getPublic(), "encryption");
        SecretKey mac = X25519Agreement.deriveKey(ALICE.getPrivate(), BOB.getPublic(), "mac");

        assertFalse(Arrays.equals(encryption.getEncoded(), mac.getEncoded()));
    }

    @Test
    void freshKeyPairsAgree() {
        KeyPair a = X25519Agreement.generateKeyPair();
        KeyPair b = X25519Agreement.generateKeyPair();

        assertArrayEquals(X25519Agreement.deriveKey(a.getPrivate(), b.getPublic(), "p").getEncoded(),
                X25519Agreement.deriveKey(b.getPrivate(), a.getPublic(), "p").getEncoded());
    }

    @Test
    void signingKeyIsRejectedWithAClearMessage() {
        KeyPair ed25519 = KeyPairs.generate(SignatureAlgorithm.ED25519);

        CryptoException e = assertThrows(CryptoException.class,
                () -> X25519Agreement.rawSharedSecret(ALICE.getPrivate(), ed25519.getPublic()));
        assertTrue(e.getMessage().contains("not an X25519 key"), e.getMessage());
    }

    @Test
    void lowOrderPublicKeyIsRejected() {
        // u = 0 is a point of small order: any private key maps it to an all-zero secret (RFC 7748 section 6.1).
        CryptoException e = assertThrows(CryptoException.class,
                () -> X25519Agreement.rawSharedSecret(ALICE.getPrivate(), KeyPairs.x25519PublicKey(new byte[32])));
        assertTrue(e.getMessage().contains("X25519"), e.getMessage());
    }
}
