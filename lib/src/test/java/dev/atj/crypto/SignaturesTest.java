package dev.atj.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.AlgorithmParameters;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.PublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SignaturesTest {
    private static final HexFormat HEX = HexFormat.of();

    @Test
    void ed25519MatchesRfc8032Test1WithEmptyMessage() {
        // RFC 8032 section 7.1, TEST 1
        KeyPair keys = KeyPairs.ed25519FromSecret(
                HEX.parseHex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60"));
        byte[] expected = HEX.parseHex("e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555"
                + "fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b");

        assertEquals(KeyPairs.ed25519PublicKey(
                HEX.parseHex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a")), keys.getPublic());
        assertArrayEquals(expected, Signatures.sign(keys.getPrivate(), new byte[0]));
        assertTrue(Signatures.verify(keys.getPublic(), new byte[0], expected));
    }

    @Test
    void ed25519MatchesRfc8032Test2WithOneByteMessage() {
        // RFC 8032 section 7.1, TEST 2
        KeyPair keys = KeyPairs.ed25519FromSecret(
                HEX.parseHex("4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb"));
        byte[] expected = HEX.parseHex("92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da"
                + "085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00");

        assertEquals(KeyPairs.ed25519PublicKey(
                HEX.parseHex("3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c")), keys.getPublic());
        assertArrayEquals(expected, Signatures.sign(keys.getPrivate(), new byte[] {0x72}));
    }

    @Test
    void ecdsaP256VerifiesRfc6979SampleSignature() throws Exception {
        // RFC 6979 appendix A.2.5: P-256 public key U and the SHA-256 signature of "sample" (DER-encoded here).
        AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
        parameters.init(new ECGenParameterSpec("secp256r1"));
        ECPoint u = new ECPoint(
                new BigInteger("60FED4BA255A9D31C961EB74C6356D68C049B8923B61FA6CE669622E60F29FB6", 16),
                new BigInteger("7903FE1008B8BC99A41AE9E95628BC64F2F1B20C2D7E9F5177A3C294D4462299", 16));
        PublicKey publicKey = KeyFactory.getInstance("EC")
                .generatePublic(new ECPublicKeySpec(u, parameters.getParameterSpec(ECParameterSpec.class)));
        byte[] signature = derSignature(
                "EFD48B2AACB6A8FD1140DD9CD45E81D69D2C877B56AAF991C34D0EA84EAF3716",
                "F7CB1C942D657C41D436C7A1B6E29F65F3E900DBB9AFF4064DC4AB2F843ACDA8");

        assertEquals(SignatureAlgorithm.ECDSA_P256, SignatureAlgorithm.of(publicKey));
        assertTrue(Signatures.verify(publicKey, "sample", signature));
        assertFalse(Signatures.verify(publicKey, "test", signature));
    }

    @ParameterizedTest
    @EnumSource(SignatureAlgorithm.class)
    void signatureRoundTripsAndRejectsTamperedMessageAndSignature(SignatureAlgorithm algorithm) {
        KeyPair keys = KeyPairs.generate(algorithm);
        byte[] message = "pay Bob 10 EUR".getBytes(StandardCharsets.UTF_8);
        byte[] signature = Signatures.sign(keys.getPrivate(), message);

        assertEquals(algorithm, SignatureAlgorithm.of(keys.getPrivate()));
        assertTrue(Signatures.verify(keys.getPublic(), message, signature));
        byte[] tamperedMessage = message.clone();
        tamperedMessage[4] ^= 1;
        assertFalse(Signatures.verify(keys.getPublic(), tamperedMessage, signature));
        byte[] tamperedSignature = signature.clone();
        tamperedSignature[signature.length / 2] ^= 1;
        assertFalse(Signatures.verify(keys.getPublic(), message, tamperedSignature));
    }

    @ParameterizedTest
    @EnumSource(value = SignatureAlgorithm.class, names = {"ED25519", "ECDSA_P256", "ML_DSA_65"})
    void anotherSignersKeyDoesNotVerify(SignatureAlgorithm algorithm) {
        KeyPair alice = KeyPairs.generate(algorithm);
        KeyPair mallory = KeyPairs.generate(algorithm);
        byte[] signature = Signatures.sign(mallory.getPrivate(), "hello");

        assertFalse(Signatures.verify(alice.getPublic(), "hello", signature));
        CryptoException e = assertThrows(CryptoException.class,
                () -> Signatures.verifyOrThrow(alice.getPublic(), "hello".getBytes(StandardCharsets.UTF_8), signature));
        assertTrue(e.getMessage().contains("does not match"), e.getMessage());
    }

    @Test
    void truncatedSignatureIsInvalidNotAnError() {
        KeyPair keys = KeyPairs.generate(SignatureAlgorithm.ECDSA_P256);
        byte[] signature = Signatures.sign(keys.getPrivate(), "hello");
        byte[] truncated = java.util.Arrays.copyOf(signature, 10);

        assertFalse(Signatures.verify(keys.getPublic(), "hello", truncated));
    }

    @Test
    void keyAgreementKeyCannotSign() {
        KeyPair x25519 = X25519Agreement.generateKeyPair();

        CryptoException e = assertThrows(CryptoException.class, () -> Signatures.sign(x25519.getPrivate(), "hi"));
        assertTrue(e.getMessage().contains("X25519 key cannot make or check signatures"), e.getMessage());
    }

    @Test
    void mlDsa65HasFips204Sizes() {
        // FIPS 204 table 2: ML-DSA-65 public key 1952 bytes, signature 3309 bytes.
        KeyPair keys = KeyPairs.generate(SignatureAlgorithm.ML_DSA_65);

        assertEquals(3309, Signatures.sign(keys.getPrivate(), "x").length);
        assertTrue(SignatureAlgorithm.ML_DSA_65.isPostQuantum());
        assertFalse(SignatureAlgorithm.ED25519.isPostQuantum());
    }

    private static byte[] derSignature(String r, String s) throws java.io.IOException {
        org.bouncycastle.asn1.ASN1EncodableVector values = new org.bouncycastle.asn1.ASN1EncodableVector();
        values.add(new org.bouncycastle.asn1.ASN1Integer(new BigInteger(r, 16)));
        values.add(new org.bouncycastle.asn1.ASN1Integer(new BigInteger(s, 16)));
        return new org.bouncycastle.asn1.DERSequence(values).getEncoded();
    }
}
