package dev.atj.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

class KeyPairsTest {
    private static List<KeyPair> everyKeyType() {
        return List.of(KeyPairs.generate(SignatureAlgorithm.ED25519), KeyPairs.generate(SignatureAlgorithm.ECDSA_P256),
                KeyPairs.generate(SignatureAlgorithm.ML_DSA_44), KeyPairs.generate(SignatureAlgorithm.ML_DSA_65),
                KeyPairs.generate(SignatureAlgorithm.ML_DSA_87), X25519Agreement.generateKeyPair(),
                Kem.generateKeyPair());
    }

    @Test
    void everyKeyTypeRoundTripsThroughPem() {
        for (KeyPair keys : everyKeyType()) {
            String privatePem = KeyPairs.toPem(keys.getPrivate());
            String publicPem = KeyPairs.toPem(keys.getPublic());

            assertTrue(privatePem.startsWith("-----BEGIN PRIVATE KEY-----\n"), privatePem);
            assertTrue(publicPem.startsWith("-----BEGIN PUBLIC KEY-----\n"), publicPem);
            PrivateKey privateKey = KeyPairs.privateKeyFromPem(privatePem);
            PublicKey publicKey = KeyPairs.publicKeyFromPem(publicPem);
            assertArrayEquals(keys.getPrivate().getEncoded(), privateKey.getEncoded(), keys.getPrivate().getAlgorithm());
            assertArrayEquals(keys.getPublic().getEncoded(), publicKey.getEncoded(), keys.getPublic().getAlgorithm());
        }
    }

    @Test
    void keysReadFromPemStillWork() {
        KeyPair keys = KeyPairs.generate(SignatureAlgorithm.ML_DSA_65);
        PrivateKey privateKey = KeyPairs.privateKeyFromPem(KeyPairs.toPem(keys.getPrivate()));
        PublicKey publicKey = KeyPairs.publicKeyFromPem(KeyPairs.toPem(keys.getPublic()));

        assertTrue(Signatures.verify(publicKey, "m", Signatures.sign(privateKey, "m")));
        KeyPair kem = Kem.generateKeyPair();
        Kem.Encapsulation sent = Kem.encapsulate(KeyPairs.publicKeyFromPem(KeyPairs.toPem(kem.getPublic())));
        assertArrayEquals(sent.sharedSecret(),
                Kem.decapsulate(KeyPairs.privateKeyFromPem(KeyPairs.toPem(kem.getPrivate())), sent.ciphertext()));
    }

    @Test
    void readsAnOpenSslStylePkcs8Ed25519Key() {
        // RFC 8410 section 10.3: PKCS#8 private key example
        String pem = "-----BEGIN PRIVATE KEY-----\n"
                + "MC4CAQAwBQYDK2VwBCIEINTuctv5E1hK1bbY8fdp+K06/nwoy/HU++CXqI9EdVhC\n"
                + "-----END PRIVATE KEY-----\n";

        PrivateKey key = KeyPairs.privateKeyFromPem(pem);
        assertEquals(SignatureAlgorithm.ED25519, SignatureAlgorithm.of(key));
    }

    @Test
    void privateKeyFileIsOwnerOnly(@TempDir Path dir) throws Exception {
        KeyPair keys = KeyPairs.generate(SignatureAlgorithm.ED25519);
        Path privateFile = dir.resolve("me.key");
        Path publicFile = dir.resolve("me.pub");
        KeyPairs.writePem(keys.getPrivate(), privateFile);
        KeyPairs.writePem(keys.getPublic(), publicFile);

        assertEquals(keys.getPrivate(), KeyPairs.readPrivateKey(privateFile));
        assertEquals(keys.getPublic(), KeyPairs.readPublicKey(publicFile));
        if (privateFile.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(privateFile)));
        }
    }

    @Test
    void textWithoutPemIsRejected() {
        CryptoException e = assertThrows(CryptoException.class, () -> KeyPairs.publicKeyFromPem("hello"));
        assertTrue(e.getMessage().contains("No PEM block found"), e.getMessage());
    }

    @Test
    void publicKeyGivenWherePrivateKeyExpectedIsNamed() {
        String publicPem = KeyPairs.toPem(KeyPairs.generate(SignatureAlgorithm.ED25519).getPublic());

        CryptoException e = assertThrows(CryptoException.class, () -> KeyPairs.privateKeyFromPem(publicPem));
        assertTrue(e.getMessage().contains("Expected a PRIVATE KEY PEM block but found 'PUBLIC KEY'"), e.getMessage());
    }

    @Test
    void traditionalOpenSslKeyGetsAConversionHint() {
        String pem = "-----BEGIN EC PRIVATE KEY-----\nAAAA\n-----END EC PRIVATE KEY-----\n";

        CryptoException e = assertThrows(CryptoException.class, () -> KeyPairs.privateKeyFromPem(pem));
        assertTrue(e.getMessage().contains("openssl pkcs8 -topk8"), e.getMessage());
    }

    @Test
    void damagedBase64OrDerIsRejected() {
        String missingEnd = "-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEA\n";
        String notDer = "-----BEGIN PUBLIC KEY-----\naGVsbG8gd29ybGQ=\n-----END PUBLIC KEY-----\n";

        assertThrows(CryptoException.class, () -> KeyPairs.publicKeyFromPem(missingEnd));
        CryptoException e = assertThrows(CryptoException.class, () -> KeyPairs.publicKeyFromPem(notDer));
        assertTrue(e.getMessage().contains("not a valid X.509 SubjectPublicKeyInfo"), e.getMessage());
    }

    @Test
    void rawKeyOfWrongLengthIsRejected() {
        CryptoException e = assertThrows(CryptoException.class, () -> KeyPairs.ed25519FromSecret(new byte[31]));
        assertTrue(e.getMessage().contains("must be 32 bytes, not 31"), e.getMessage());
    }

    @Test
    void sizeTableShowsPublishedSizes() {
        Table sizes = KeyPairs.sizes();

        // RFC 8032 (Ed25519), RFC 7748 (X25519), FIPS 204 table 2 (ML-DSA), FIPS 203 table 3 (ML-KEM).
        assertRow(sizes, "Ed25519", 32, 32, 64);
        assertRow(sizes, "ECDSA P-256", 65, 32, 64);
        assertRow(sizes, "ML-DSA-44", 1312, 2560, 2420);
        assertRow(sizes, "ML-DSA-65", 1952, 4032, 3309);
        assertRow(sizes, "ML-DSA-87", 2592, 4896, 4627);
        assertRow(sizes, "X25519", 32, 32, 32);
        assertRow(sizes, "ML-KEM-768", 1184, 2400, 1088);
        assertEquals(7, sizes.rowCount());
    }

    private static void assertRow(Table sizes, String algorithm, int publicBytes, int privateBytes, int output) {
        Table row = sizes.where(sizes.stringColumn("algorithm").isEqualTo(algorithm));
        assertEquals(1, row.rowCount(), algorithm);
        assertEquals(publicBytes, row.intColumn("public key bytes").get(0), algorithm);
        assertEquals(privateBytes, row.intColumn("private key bytes").get(0), algorithm);
        assertEquals(output, row.intColumn("signature or ciphertext bytes").get(0), algorithm);
    }
}
