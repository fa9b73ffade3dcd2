package dev.atj.crypto;

import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.Signature;

/**
 * The digital-signature algorithms {@link Signatures} and {@link SignedFile} use.
 *
 * <p>Ed25519 and ECDSA P-256 are classical (broken by a large quantum computer); ML-DSA (FIPS 204)
 * is the standardised post-quantum signature, with bigger keys and signatures. Example:
 *
 * <pre>{@code
 * KeyPair keys = KeyPairs.generate(SignatureAlgorithm.ML_DSA_65);
 * SignatureAlgorithm.of(keys.getPublic());   // ML_DSA_65
 * }</pre>
 */
public enum SignatureAlgorithm {
    /** Ed25519 (RFC 8032): small, fast and deterministic; the usual choice today. JDK provider. */
    ED25519(AsymmetricKeyType.ED25519, "Ed25519"),
    /** ECDSA on NIST P-256 with SHA-256, DER-encoded signatures (as OpenSSL and X.509 use). JDK provider. */
    ECDSA_P256(AsymmetricKeyType.ECDSA_P256, "SHA256withECDSA"),
    /** ML-DSA-44 (FIPS 204, NIST security category 2). Bouncy Castle. */
    ML_DSA_44(AsymmetricKeyType.ML_DSA_44, "ML-DSA-44"),
    /** ML-DSA-65 (FIPS 204, NIST security category 3), the default post-quantum choice. Bouncy Castle. */
    ML_DSA_65(AsymmetricKeyType.ML_DSA_65, "ML-DSA-65"),
    /** ML-DSA-87 (FIPS 204, NIST security category 5). Bouncy Castle. */
    ML_DSA_87(AsymmetricKeyType.ML_DSA_87, "ML-DSA-87");

    private final AsymmetricKeyType keyType;
    private final String jcaSignatureName;

    SignatureAlgorithm(AsymmetricKeyType keyType, String jcaSignatureName) {
        this.keyType = keyType;
        this.jcaSignatureName = jcaSignatureName;
    }

    /**
     * The algorithm's usual name.
     *
     * @return for example {@code "Ed25519"} or {@code "ML-DSA-65"}
     */
    public String displayName() {
        return keyType.displayName();
    }

    /**
     * Whether the algorithm is designed to resist attacks by quantum computers.
     *
     * @return true for the ML-DSA variants
     */
    public boolean isPostQuantum() {
        return keyType.postQuantum();
    }

    /**
     * The signature algorithm a key belongs to, read from its standard encoding.
     *
     * <pre>{@code
     * SignatureAlgorithm.of(KeyPairs.generate(SignatureAlgorithm.ED25519).getPrivate());   // ED25519
     * }</pre>
     *
     * @param key a public or private signing key
     * @return its algorithm
     * @throws CryptoException if the key is not a signing key (for example an X25519 or ML-KEM key)
     */
    public static SignatureAlgorithm of(Key key) {
        AsymmetricKeyType type = AsymmetricKeyType.of(key);
        for (SignatureAlgorithm algorithm : values()) {
            if (algorithm.keyType == type) {
                return algorithm;
            }
        }
        throw new CryptoException("A " + type.displayName() + " key cannot make or check signatures; use an Ed25519,"
                + " ECDSA P-256 or ML-DSA key (KeyPairs.generate(SignatureAlgorithm...)).");
    }

    AsymmetricKeyType keyType() {
        return keyType;
    }

    Signature newSignature() throws GeneralSecurityException {
        return isPostQuantum()
                ? Signature.getInstance(jcaSignatureName, PostQuantumProvider.INSTANCE)
                : Signature.getInstance(jcaSignatureName);
    }

    @Override
    public String toString() {
        return displayName();
    }
}
