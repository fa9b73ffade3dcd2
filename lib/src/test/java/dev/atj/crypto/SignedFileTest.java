package dev.atj.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SignedFileTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(value = SignatureAlgorithm.class, names = {"ED25519", "ECDSA_P256", "ML_DSA_65"})
    void signedFileReadsBackAfterVerification(SignatureAlgorithm algorithm) throws Exception {
        KeyPair keys = KeyPairs.generate(algorithm);
        Path data = Files.writeString(dir.resolve("results.csv"), "model,accuracy\nmlp,0.91\n");

        Path signature = SignedFile.sign(data, keys.getPrivate());

        assertEquals(dir.resolve("results.csv.sig"), signature);
        assertTrue(Files.readString(signature).contains("algorithm: " + algorithm.displayName()));
        assertEquals("model,accuracy\nmlp,0.91\n", SignedFile.readString(data, keys.getPublic()));
    }

    @Test
    void changedFileIsRefused() throws Exception {
        KeyPair keys = KeyPairs.generate(SignatureAlgorithm.ED25519);
        Path data = Files.writeString(dir.resolve("results.csv"), "model,accuracy\nmlp,0.91\n");
        SignedFile.sign(data, keys.getPrivate());
        Files.writeString(data, "model,accuracy\nmlp,0.99\n");

        CryptoException e = assertThrows(CryptoException.class, () -> SignedFile.read(data, keys.getPublic()));
        assertTrue(e.getMessage().contains("results.csv does not match its signature results.csv.sig"), e.getMessage());
        assertThrows(CryptoException.class, () -> SignedFile.verifyOrThrow(data, keys.getPublic()));
    }

    @Test
    void otherSignersKeyIsRefused() throws Exception {
        Path data = Files.writeString(dir.resolve("a.txt"), "hello");
        SignedFile.sign(data, KeyPairs.generate(SignatureAlgorithm.ED25519).getPrivate());
        KeyPair other = KeyPairs.generate(SignatureAlgorithm.ED25519);

        assertThrows(CryptoException.class, () -> SignedFile.readString(data, other.getPublic()));
    }

    @Test
    void keyOfAnotherAlgorithmIsNamed() throws Exception {
        Path data = Files.writeString(dir.resolve("a.txt"), "hello");
        SignedFile.sign(data, KeyPairs.generate(SignatureAlgorithm.ED25519).getPrivate());
        KeyPair mlDsa = KeyPairs.generate(SignatureAlgorithm.ML_DSA_65);

        CryptoException e = assertThrows(CryptoException.class, () -> SignedFile.read(data, mlDsa.getPublic()));
        assertTrue(e.getMessage().contains("was made with Ed25519 but the key given is a ML-DSA-65 key"),
                e.getMessage());
    }

    @Test
    void missingSignatureFileIsRefused() throws Exception {
        Path data = Files.writeString(dir.resolve("unsigned.txt"), "hello");

        CryptoException e = assertThrows(CryptoException.class,
                () -> SignedFile.read(data, KeyPairs.generate(SignatureAlgorithm.ED25519).getPublic()));
        assertTrue(e.getMessage().contains("No signature file"), e.getMessage());
    }

    @Test
    void damagedSignatureFileIsRefused() throws Exception {
        KeyPair keys = KeyPairs.generate(SignatureAlgorithm.ED25519);
        Path data = Files.writeString(dir.resolve("a.txt"), "hello");
        Path signature = SignedFile.sign(data, keys.getPrivate());

        Files.writeString(signature, Files.readString(signature).replaceAll("signature: .*", "signature: %%%"));
        CryptoException badBase64 = assertThrows(CryptoException.class, () -> SignedFile.read(data, keys.getPublic()));
        assertTrue(badBase64.getMessage().contains("not valid Base64"), badBase64.getMessage());

        Files.writeString(signature, "just some text\n");
        CryptoException notSignature = assertThrows(CryptoException.class,
                () -> SignedFile.read(data, keys.getPublic()));
        assertTrue(notSignature.getMessage().contains("is not a signature file"), notSignature.getMessage());
    }

    @Test
    void signatureCoversTheExactBytesSoOpenSslCouldCheckIt() throws Exception {
        KeyPair keys = KeyPairs.generate(SignatureAlgorithm.ED25519);
        byte[] bytes = {0, 1, 2, (byte) 0xff};
        Path data = Files.write(dir.resolve("blob.bin"), bytes);
        Path signature = SignedFile.sign(data, keys.getPrivate());
        String base64 = Files.readAllLines(signature).stream().filter(l -> l.startsWith("signature: ")).findFirst()
                .orElseThrow().substring("signature: ".length());

        assertTrue(Signatures.verify(keys.getPublic(), bytes, java.util.Base64.getDecoder().decode(base64)));
    }
}
