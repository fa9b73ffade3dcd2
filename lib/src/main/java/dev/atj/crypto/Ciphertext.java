package dev.atj.crypto;

import java.io.ByteArrayInputStream;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * One encrypted message in ATJ's versioned, self-describing format: a header (format version,
 * algorithm, nonce and, for password mode, the Argon2id salt and cost), then the encrypted bytes
 * and the 16-byte authentication tag. The header is authenticated too, so nothing in it can be
 * changed without decryption failing. {@link #toBase64()} gives a text form for JSON, CSV or a
 * notebook; {@link #fromBase64(String)} and {@link #fromBytes(byte[])} read it back.
 *
 * <pre>{@code
 * Ciphertext sealed = Aead.of(key).encrypt("hi".getBytes(UTF_8));
 * sealed                      // Ciphertext[AES-256-GCM, key, nonce 5f0c..., 2 bytes of plaintext, 37 bytes]
 * String text = sealed.toBase64();
 * byte[] plain = Aead.of(key).decrypt(Ciphertext.fromBase64(text));
 * }</pre>
 *
 * The layout, byte by byte: {@code 'A' 'T' 'J'}, version {@code 1}, kind {@code 1} (message),
 * algorithm ({@code 1} AES-256-GCM, {@code 2} ChaCha20-Poly1305), key source ({@code 0} key,
 * {@code 1} password, followed by memory in KiB (4 bytes), iterations (4), parallelism (1) and a
 * 16-byte salt), the 12-byte nonce, then ciphertext and tag. 35 bytes of overhead with a key,
 * 60 with a password.
 */
public final class Ciphertext {
    private final CiphertextHeader header;
    private final byte[] bytes;

    private Ciphertext(CiphertextHeader header, byte[] bytes) {
        this.header = header;
        this.bytes = bytes;
    }

    /** Wraps bytes this package just sealed (no copy). */
    static Ciphertext sealed(CiphertextHeader header, byte[] bytes) {
        return new Ciphertext(header, bytes);
    }

    /**
     * Reads a ciphertext from its bytes (copied), checking the header.
     *
     * @param bytes what {@link #toBytes()} returned
     * @return the ciphertext, ready for decryption
     * @throws CryptoException if the bytes are not an ATJ message ciphertext or are cut short
     */
    public static Ciphertext fromBytes(byte[] bytes) {
        CiphertextHeader header = CiphertextHeader.read(new ByteArrayInputStream(bytes), "The ciphertext");
        if (header.kind() != CiphertextHeader.Kind.MESSAGE) {
            throw new CryptoException("This is the header of an encrypted file, not of one message. Decrypt it"
                    + " with FileEncryption.decrypt(source, target).");
        }
        if (bytes.length < header.length() + AeadAlgorithm.TAG_BYTES) {
            throw new CryptoException("The ciphertext is " + bytes.length + " bytes, too short to hold its "
                    + AeadAlgorithm.TAG_BYTES + "-byte authentication tag: it was cut short. Check that you copied"
                    + " all of it.");
        }
        return new Ciphertext(header, bytes.clone());
    }

    /**
     * Reads a ciphertext from the text {@link #toBase64()} wrote.
     *
     * @param base64 standard base64 (surrounding whitespace is ignored)
     * @return the ciphertext
     * @throws CryptoException if the text is not base64 or not an ATJ ciphertext
     */
    public static Ciphertext fromBase64(String base64) {
        if (base64 == null) {
            throw new CryptoException("The ciphertext text is null. Pass the string that encryption returned.");
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new CryptoException("The ciphertext text is not valid base64 (" + e.getMessage() + "). Pass"
                    + " exactly the string that encryption returned; was it cut or edited?", e);
        }
        return fromBytes(bytes);
    }

    /**
     * The whole ciphertext, header included, as a copy.
     *
     * @return bytes to store or send
     */
    public byte[] toBytes() {
        return bytes.clone();
    }

    /**
     * The whole ciphertext as standard base64 text.
     *
     * @return text safe for JSON, CSV cells and notebooks
     */
    public String toBase64() {
        return Base64.getEncoder().encodeToString(bytes);
    }

    /**
     * The cipher that sealed this message.
     *
     * @return the algorithm named in the header
     */
    public AeadAlgorithm algorithm() {
        return header.algorithm();
    }

    /**
     * The 12-byte nonce, drawn at random for this message (a copy).
     *
     * @return the nonce
     */
    public byte[] nonce() {
        return header.nonce().clone();
    }

    /**
     * The Argon2id cost recorded in the header, for ciphertexts made by {@link PasswordEncryption}.
     *
     * @return the cost, or empty when the message was sealed with an {@link EncryptionKey}
     */
    public Optional<Argon2Cost> passwordCost() {
        return Optional.ofNullable(header.cost());
    }

    /**
     * The number of plaintext bytes inside (the length is not hidden by encryption).
     *
     * @return plaintext length in bytes
     */
    public int plaintextLength() {
        return bytes.length - header.length() - AeadAlgorithm.TAG_BYTES;
    }

    /**
     * The total length, header and tag included.
     *
     * @return length in bytes
     */
    public int length() {
        return bytes.length;
    }

    CiphertextHeader header() {
        return header;
    }

    byte[] rawBytes() {
        return bytes;
    }

    /**
     * A summary: algorithm, key or password, nonce, sizes. Shows nothing secret.
     *
     * @return for example {@code "Ciphertext[AES-256-GCM, key, nonce 5f0c1a..., 2 bytes of plaintext, 37 bytes]"}
     */
    @Override
    public String toString() {
        return "Ciphertext[" + algorithm() + ", " + (header.passwordBased() ? "password (Argon2id " + header.cost().label() + ")" : "key")
                + ", nonce " + HexFormat.of().formatHex(header.nonce()) + ", " + plaintextLength()
                + " bytes of plaintext, " + length() + " bytes]";
    }
}
