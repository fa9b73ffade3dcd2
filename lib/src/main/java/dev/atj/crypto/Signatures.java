package dev.atj.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.SignatureException;

/**
 * Signs messages and checks signatures with Ed25519, ECDSA P-256 or ML-DSA; the algorithm follows
 * from the key. A signature proves that the holder of the private key approved exactly these bytes:
 * change one bit of the message or the signature and {@link #verify} answers false.
 *
 * <pre>{@code
 * KeyPair keys = KeyPairs.generate(SignatureAlgorithm.ED25519);
 * byte[] signature = Signatures.sign(keys.getPrivate(), "pay Bob 10 EUR");
 * Signatures.verify(keys.getPublic(), "pay Bob 10 EUR", signature);    // true
 * Signatures.verify(keys.getPublic(), "pay Bob 1000 EUR", signature);  // false
 * }</pre>
 */
public final class Signatures {
    private Signatures() {
    }

    /**
     * Signs a message.
     *
     * @param privateKey an Ed25519, ECDSA P-256 or ML-DSA private key
     * @param message the bytes to sign
     * @return the signature (64 bytes for Ed25519, about 70 for ECDSA, 3309 for ML-DSA-65)
     * @throws CryptoException if the key cannot sign
     */
    public static byte[] sign(PrivateKey privateKey, byte[] message) {
        SignatureAlgorithm algorithm = SignatureAlgorithm.of(privateKey);
        try {
            Signature signer = algorithm.newSignature();
            signer.initSign(privateKey);
            signer.update(message);
            return signer.sign();
        } catch (GeneralSecurityException e) {
            throw new CryptoException("Signing with the " + algorithm + " private key failed: " + e.getMessage(), e);
        }
    }

    /**
     * Signs the UTF-8 bytes of a text.
     *
     * @param privateKey an Ed25519, ECDSA P-256 or ML-DSA private key
     * @param message the text to sign
     * @return the signature
     * @throws CryptoException if the key cannot sign
     */
    public static byte[] sign(PrivateKey privateKey, String message) {
        return sign(privateKey, message.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Checks a signature.
     *
     * @param publicKey the signer's public key
     * @param message the bytes that were signed
     * @param signature the signature to check
     * @return true only if the signature was made over exactly {@code message} with the matching private
     *         key; false for a changed message, a changed or malformed signature, or another signer's key
     * @throws CryptoException if the key is not a signature public key at all
     */
    public static boolean verify(PublicKey publicKey, byte[] message, byte[] signature) {
        SignatureAlgorithm algorithm = SignatureAlgorithm.of(publicKey);
        Signature verifier;
        try {
            verifier = algorithm.newSignature();
            verifier.initVerify(publicKey);
            verifier.update(message);
        } catch (InvalidKeyException e) {
            throw new CryptoException("The " + algorithm + " public key was rejected: " + e.getMessage(), e);
        } catch (GeneralSecurityException e) {
            throw new CryptoException("Could not set up " + algorithm + " verification: " + e.getMessage(), e);
        }
        try {
            return verifier.verify(signature);
        } catch (SignatureException malformed) {
            // A signature that does not even parse (wrong length, broken DER) is simply not a valid one.
            return false;
        }
    }

    /**
     * Checks a signature over the UTF-8 bytes of a text.
     *
     * @param publicKey the signer's public key
     * @param message the text that was signed
     * @param signature the signature to check
     * @return true only if the signature is valid for this text and key
     * @throws CryptoException if the key is not a signature public key at all
     */
    public static boolean verify(PublicKey publicKey, String message, byte[] signature) {
        return verify(publicKey, message.getBytes(StandardCharsets.UTF_8), signature);
    }

    /**
     * Checks a signature and throws if it is not valid, for code that must not go on with unverified data.
     *
     * <pre>{@code
     * Signatures.verifyOrThrow(trustedKey, update, updateSignature);
     * install(update);   // only reached when the signature is valid
     * }</pre>
     *
     * @param publicKey the signer's public key
     * @param message the bytes that were signed
     * @param signature the signature to check
     * @throws CryptoException if the signature does not match the message and key
     */
    public static void verifyOrThrow(PublicKey publicKey, byte[] message, byte[] signature) {
        if (!verify(publicKey, message, signature)) {
            throw new CryptoException("The " + SignatureAlgorithm.of(publicKey) + " signature does not match the "
                    + message.length + "-byte message: the message or the signature was changed, or it was signed"
                    + " with a different key. Do not use the message.");
        }
    }
}
