package dev.atj.crypto;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.EdECPrivateKeySpec;
import java.security.spec.NamedParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.security.spec.XECPrivateKeySpec;
import org.bouncycastle.asn1.edec.EdECObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.X25519PrivateKeyParameters;
import org.bouncycastle.util.encoders.DecoderException;
import org.bouncycastle.util.io.pem.PemObject;
import org.bouncycastle.util.io.pem.PemReader;
import org.bouncycastle.util.io.pem.PemWriter;
import tech.tablesaw.api.Table;

/**
 * Makes key pairs and moves keys in and out of PEM text, the {@code -----BEGIN PRIVATE KEY-----}
 * format OpenSSL and most tools read: private keys as PKCS#8, public keys as X.509
 * SubjectPublicKeyInfo. Works for every key type in this package (Ed25519, X25519, ECDSA P-256,
 * ML-DSA, ML-KEM).
 *
 * <pre>{@code
 * KeyPair keys = KeyPairs.generate(SignatureAlgorithm.ED25519);
 * String pem = KeyPairs.toPem(keys.getPublic());        // -----BEGIN PUBLIC KEY----- ...
 * PublicKey again = KeyPairs.publicKeyFromPem(pem);
 * KeyPairs.writePem(keys.getPrivate(), Path.of("me.key"));   // owner-only permissions
 * KeyPairs.sizes();   // table: classical vs post-quantum key and signature sizes
 * }</pre>
 *
 * <p>Private-key PEM is not encrypted here; keep such files private (they are written owner-only).
 */
public final class KeyPairs {
    private static final String PRIVATE_KEY = "PRIVATE KEY";
    private static final String PUBLIC_KEY = "PUBLIC KEY";

    private KeyPairs() {
    }

    /**
     * Generates a fresh signing key pair from the system's secure random source.
     *
     * @param algorithm which signature algorithm the keys are for
     * @return a new key pair
     */
    public static KeyPair generate(SignatureAlgorithm algorithm) {
        return algorithm.keyType().generate();
    }

    /**
     * Rebuilds an Ed25519 key pair from its 32-byte secret key (the "SECRET KEY" of RFC 8032 test
     * vectors); the public key is derived from it.
     *
     * <pre>{@code
     * KeyPair keys = KeyPairs.ed25519FromSecret(HexFormat.of().parseHex("9d61b1...7f60"));
     * }</pre>
     *
     * @param secretKey 32 bytes
     * @return the key pair
     * @throws CryptoException if the secret is not 32 bytes
     */
    public static KeyPair ed25519FromSecret(byte[] secretKey) {
        requireLength(secretKey, Ed25519PrivateKeyParameters.KEY_SIZE, "An Ed25519 secret key");
        byte[] publicKey = new Ed25519PrivateKeyParameters(secretKey).generatePublicKey().getEncoded();
        try {
            PrivateKey privateKey = AsymmetricKeyType.ED25519.keyFactory()
                    .generatePrivate(new EdECPrivateKeySpec(NamedParameterSpec.ED25519, secretKey.clone()));
            return new KeyPair(ed25519PublicKey(publicKey), privateKey);
        } catch (GeneralSecurityException e) {
            throw new CryptoException("Could not load the Ed25519 secret key: " + e.getMessage(), e);
        }
    }

    /**
     * Loads an Ed25519 public key from its raw 32 bytes.
     *
     * @param publicKey 32 bytes (RFC 8032 encoding)
     * @return the key
     * @throws CryptoException if the bytes are not a valid Ed25519 public key
     */
    public static PublicKey ed25519PublicKey(byte[] publicKey) {
        requireLength(publicKey, 32, "An Ed25519 public key");
        return rawPublicKey(AsymmetricKeyType.ED25519,
                new AlgorithmIdentifier(EdECObjectIdentifiers.id_Ed25519), publicKey);
    }

    /**
     * Rebuilds an X25519 key pair from its 32-byte private scalar (as in RFC 7748 test vectors); the
     * public key is derived from it.
     *
     * @param privateKey 32 bytes
     * @return the key pair
     * @throws CryptoException if the scalar is not 32 bytes
     */
    public static KeyPair x25519FromPrivate(byte[] privateKey) {
        requireLength(privateKey, X25519PrivateKeyParameters.KEY_SIZE, "An X25519 private key");
        byte[] publicKey = new X25519PrivateKeyParameters(privateKey).generatePublicKey().getEncoded();
        try {
            PrivateKey key = AsymmetricKeyType.X25519.keyFactory()
                    .generatePrivate(new XECPrivateKeySpec(NamedParameterSpec.X25519, privateKey.clone()));
            return new KeyPair(x25519PublicKey(publicKey), key);
        } catch (GeneralSecurityException e) {
            throw new CryptoException("Could not load the X25519 private key: " + e.getMessage(), e);
        }
    }

    /**
     * Loads an X25519 public key from its raw 32 bytes (the little-endian u-coordinate of RFC 7748).
     *
     * @param publicKey 32 bytes
     * @return the key
     * @throws CryptoException if the bytes are not 32 long
     */
    public static PublicKey x25519PublicKey(byte[] publicKey) {
        requireLength(publicKey, 32, "An X25519 public key");
        return rawPublicKey(AsymmetricKeyType.X25519,
                new AlgorithmIdentifier(EdECObjectIdentifiers.id_X25519), publicKey);
    }

    /**
     * Encodes a key as PEM text: a private key as PKCS#8 ({@code PRIVATE KEY}), a public key as
     * X.509 SubjectPublicKeyInfo ({@code PUBLIC KEY}).
     *
     * @param key a private or public key of any type in this package
     * @return the PEM text, ending with a newline
     * @throws CryptoException if the key has no standard encoding
     */
    public static String toPem(Key key) {
        AsymmetricKeyType.of(key);
        String type = key instanceof PrivateKey ? PRIVATE_KEY : PUBLIC_KEY;
        StringWriter text = new StringWriter();
        try (PemWriter writer = new PemWriter(text)) {
            writer.writeObject(new PemObject(type, key.getEncoded()));
        } catch (IOException e) {
            throw new UncheckedIOException("Writing PEM to memory failed", e);
        }
        return text.toString();
    }

    /**
     * Reads a private key from PEM text ({@code -----BEGIN PRIVATE KEY-----}, PKCS#8, unencrypted).
     *
     * @param pem the PEM text
     * @return the key, of whichever supported type the text holds
     * @throws CryptoException if the text is not a readable PKCS#8 private key, with what was found instead
     */
    public static PrivateKey privateKeyFromPem(String pem) {
        byte[] der = pemContent(pem, PRIVATE_KEY);
        AsymmetricKeyType type;
        try {
            type = AsymmetricKeyType.of(PrivateKeyInfo.getInstance(der).getPrivateKeyAlgorithm());
        } catch (IllegalArgumentException e) {
            throw new CryptoException("The PRIVATE KEY block is not valid PKCS#8 (" + e.getMessage() + "); the file"
                    + " is damaged or not a key.", e);
        }
        try {
            return type.keyFactory().generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (GeneralSecurityException e) {
            throw new CryptoException("The PEM holds a " + type + " private key that could not be loaded: "
                    + e.getMessage(), e);
        }
    }

    /**
     * Reads a public key from PEM text ({@code -----BEGIN PUBLIC KEY-----}, X.509 SubjectPublicKeyInfo).
     *
     * @param pem the PEM text
     * @return the key, of whichever supported type the text holds
     * @throws CryptoException if the text is not a readable public key, with what was found instead
     */
    public static PublicKey publicKeyFromPem(String pem) {
        byte[] der = pemContent(pem, PUBLIC_KEY);
        AsymmetricKeyType type;
        try {
            type = AsymmetricKeyType.of(SubjectPublicKeyInfo.getInstance(der).getAlgorithm());
        } catch (IllegalArgumentException e) {
            throw new CryptoException("The PUBLIC KEY block is not a valid X.509 SubjectPublicKeyInfo ("
                    + e.getMessage() + "); the file is damaged or not a key.", e);
        }
        try {
            return type.keyFactory().generatePublic(new X509EncodedKeySpec(der));
        } catch (GeneralSecurityException e) {
            throw new CryptoException("The PEM holds a " + type + " public key that could not be loaded: "
                    + e.getMessage(), e);
        }
    }

    /**
     * Writes a key to a PEM file. A private key file gets owner-only permissions where the file
     * system supports POSIX permissions.
     *
     * @param key the key to write
     * @param file where to write it (replaced if it exists)
     * @throws UncheckedIOException if the file cannot be written
     */
    public static void writePem(Key key, Path file) {
        String pem = toPem(key);
        try {
            Files.writeString(file, pem, StandardCharsets.US_ASCII);
            boolean posix = file.getFileSystem().supportedFileAttributeViews().contains("posix");
            if (key instanceof PrivateKey && posix) {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the key to " + file, e);
        }
    }

    /**
     * Reads a private key from a PEM file.
     *
     * @param file a file written by {@link #writePem} or {@code openssl genpkey}
     * @return the key
     * @throws CryptoException if the file does not hold a readable private key
     * @throws UncheckedIOException if the file cannot be read
     */
    public static PrivateKey readPrivateKey(Path file) {
        return privateKeyFromPem(readText(file));
    }

    /**
     * Reads a public key from a PEM file.
     *
     * @param file a file written by {@link #writePem} or {@code openssl pkey -pubout}
     * @return the key
     * @throws CryptoException if the file does not hold a readable public key
     * @throws UncheckedIOException if the file cannot be read
     */
    public static PublicKey readPublicKey(Path file) {
        return publicKeyFromPem(readText(file));
    }

    /**
     * Compares key, signature and ciphertext sizes of the classical and post-quantum algorithms,
     * measured on freshly generated keys. Columns: {@code algorithm}, {@code purpose},
     * {@code family} (classical or post-quantum), {@code public key bytes}, {@code private key bytes},
     * {@code signature or ciphertext bytes}.
     *
     * <pre>{@code
     * KeyPairs.sizes();   // Ed25519 32 / 32 / 64 ... ML-DSA-65 1952 / 4032 / 3309 ...
     * }</pre>
     *
     * @return one row per algorithm (takes well under a second)
     */
    public static Table sizes() {
        return KeySizeTable.build();
    }

    private static PublicKey rawPublicKey(AsymmetricKeyType type, AlgorithmIdentifier algorithm, byte[] raw) {
        try {
            byte[] spki = new SubjectPublicKeyInfo(algorithm, raw).getEncoded();
            return type.keyFactory().generatePublic(new X509EncodedKeySpec(spki));
        } catch (IOException | GeneralSecurityException e) {
            throw new CryptoException("Those 32 bytes are not a valid " + type + " public key: " + e.getMessage(), e);
        }
    }

    private static void requireLength(byte[] bytes, int length, String what) {
        if (bytes.length != length) {
            throw new CryptoException(what + " must be " + length + " bytes, not " + bytes.length + ".");
        }
    }

    private static byte[] pemContent(String pem, String expectedType) {
        PemObject object;
        try (PemReader reader = new PemReader(new StringReader(pem))) {
            object = reader.readPemObject();
        } catch (IOException | DecoderException e) {
            throw new CryptoException("The PEM text is malformed (" + e.getMessage() + "): check that the BEGIN and END"
                    + " lines match and the Base64 between them is complete.", e);
        }
        if (object == null) {
            throw new CryptoException("No PEM block found: expected text starting with -----BEGIN " + expectedType
                    + "-----.");
        }
        if (!object.getType().equals(expectedType)) {
            throw new CryptoException("Expected a " + expectedType + " PEM block but found '" + object.getType() + "'."
                    + hintFor(object.getType()));
        }
        if (object.getContent().length == 0) {
            throw new CryptoException("The " + expectedType + " PEM block is empty.");
        }
        return object.getContent();
    }

    private static String hintFor(String foundType) {
        if (foundType.equals("ENCRYPTED PRIVATE KEY")) {
            return " Decrypt it first, for example: openssl pkcs8 -in key.pem -out plain.pem.";
        }
        if (foundType.endsWith(" PRIVATE KEY")) {
            return " That is OpenSSL's older format; convert it: openssl pkcs8 -topk8 -nocrypt -in key.pem.";
        }
        if (foundType.equals(PRIVATE_KEY) || foundType.equals(PUBLIC_KEY)) {
            return " Use " + (foundType.equals(PRIVATE_KEY) ? "privateKeyFromPem" : "publicKeyFromPem") + " instead.";
        }
        return "";
    }

    private static String readText(Path file) {
        try {
            return Files.readString(file, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the key file " + file, e);
        }
    }
}
