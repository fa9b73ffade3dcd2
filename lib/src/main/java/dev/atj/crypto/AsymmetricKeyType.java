package dev.atj.crypto;

import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.ECGenParameterSpec;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;

/**
 * Every kind of asymmetric key this package handles, with the object identifier that names it
 * inside PKCS#8 and X.509 encodings. Reading that identifier (instead of {@link Key#getAlgorithm()},
 * whose wording differs between providers and JDK versions) tells the kind of any key or PEM file.
 */
enum AsymmetricKeyType {
    ED25519("Ed25519", "Ed25519", "1.3.101.112", false),
    X25519("X25519", "X25519", "1.3.101.110", false),
    ECDSA_P256("ECDSA P-256", "EC", "1.2.840.10045.2.1", false),
    ML_DSA_44("ML-DSA-44", "ML-DSA-44", "2.16.840.1.101.3.4.3.17", true),
    ML_DSA_65("ML-DSA-65", "ML-DSA-65", "2.16.840.1.101.3.4.3.18", true),
    ML_DSA_87("ML-DSA-87", "ML-DSA-87", "2.16.840.1.101.3.4.3.19", true),
    ML_KEM_512("ML-KEM-512", "ML-KEM-512", "2.16.840.1.101.3.4.4.1", true),
    ML_KEM_768("ML-KEM-768", "ML-KEM-768", "2.16.840.1.101.3.4.4.2", true),
    ML_KEM_1024("ML-KEM-1024", "ML-KEM-1024", "2.16.840.1.101.3.4.4.3", true);

    private static final String P256_CURVE_OID = "1.2.840.10045.3.1.7";

    private final String displayName;
    private final String jcaName;
    private final ASN1ObjectIdentifier oid;
    private final boolean postQuantum;

    AsymmetricKeyType(String displayName, String jcaName, String oid, boolean postQuantum) {
        this.displayName = displayName;
        this.jcaName = jcaName;
        this.oid = new ASN1ObjectIdentifier(oid);
        this.postQuantum = postQuantum;
    }

    String displayName() {
        return displayName;
    }

    boolean postQuantum() {
        return postQuantum;
    }

    static AsymmetricKeyType of(Key key) {
        byte[] encoded = key.getEncoded();
        if (encoded == null) {
            throw new CryptoException("This " + key.getAlgorithm() + " key cannot be exported (it lives in a hardware"
                    + " token or keystore that refuses to encode it), so its type cannot be read.");
        }
        try {
            AlgorithmIdentifier algorithm = key instanceof PrivateKey
                    ? PrivateKeyInfo.getInstance(encoded).getPrivateKeyAlgorithm()
                    : SubjectPublicKeyInfo.getInstance(encoded).getAlgorithm();
            return of(algorithm);
        } catch (IllegalArgumentException e) {
            throw new CryptoException("This " + key.getAlgorithm() + " key has no standard PKCS#8 or X.509 encoding;"
                    + " use keys made by KeyPairs, X25519Agreement or Kem.", e);
        }
    }

    static AsymmetricKeyType of(AlgorithmIdentifier algorithm) {
        ASN1ObjectIdentifier id = algorithm.getAlgorithm();
        for (AsymmetricKeyType type : values()) {
            if (type.oid.equals(id)) {
                if (type == ECDSA_P256 && !isP256(algorithm)) {
                    throw new CryptoException("This elliptic-curve key is not on the P-256 curve (parameters "
                            + algorithm.getParameters() + "); only P-256 (secp256r1) is supported.");
                }
                return type;
            }
        }
        throw new CryptoException("Keys of algorithm " + id + " are not supported; supported are "
                + java.util.Arrays.toString(values()) + ".");
    }

    private static boolean isP256(AlgorithmIdentifier algorithm) {
        return algorithm.getParameters() instanceof ASN1ObjectIdentifier curve
                && curve.getId().equals(P256_CURVE_OID);
    }

    KeyFactory keyFactory() throws GeneralSecurityException {
        return postQuantum ? KeyFactory.getInstance(jcaName, PostQuantumProvider.INSTANCE) : KeyFactory.getInstance(jcaName);
    }

    KeyPair generate() {
        try {
            if (postQuantum) {
                return KeyPairGenerator.getInstance(jcaName, PostQuantumProvider.INSTANCE).generateKeyPair();
            }
            KeyPairGenerator generator = KeyPairGenerator.getInstance(jcaName);
            if (this == ECDSA_P256) {
                generator.initialize(new ECGenParameterSpec("secp256r1"));
            }
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new CryptoException("Could not generate a " + displayName + " key pair: " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return displayName;
    }
}
