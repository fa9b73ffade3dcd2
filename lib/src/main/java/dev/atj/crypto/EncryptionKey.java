package dev.atj.crypto;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

/**
 * A 256-bit secret key for {@link Aead}, {@link FileEncryption} and {@link ColumnEncryption};
 * it works with both {@link AeadAlgorithm}s. Make one with {@link #generate()} (from the
 * operating system's secure random source) and keep it secret: anyone with the key reads the
 * data. {@link #toString()} never shows the key, so printing one in a notebook is safe;
 * {@link #toBase64()} shows it on purpose, for storing it in a secrets manager.
 *
 * <pre>{@code
 * EncryptionKey key = EncryptionKey.generate();
 * String saved = key.toBase64();                       // store this somewhere safe
 * EncryptionKey again = EncryptionKey.fromBase64(saved);
 * }</pre>
 *
 * To turn a password into a key, use {@link PasswordEncryption} (Argon2id) instead: a password
 * is far too guessable to be a key by itself.
 */
public final class EncryptionKey {
    /** Length of every key, in bytes. */
    public static final int BYTES = AeadAlgorithm.KEY_BYTES;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] bytes;

    private EncryptionKey(byte[] bytes) {
        this.bytes = bytes;
    }

    /**
     * A new random key from {@link SecureRandom}.
     *
     * @return a key nobody else has
     */
    public static EncryptionKey generate() {
        return new EncryptionKey(randomBytes(BYTES));
    }

    /**
     * A key from its 32 raw bytes (copied).
     *
     * @param raw exactly 32 bytes, for example from a key-management service
     * @return the key
     * @throws CryptoException if {@code raw} is not 32 bytes long
     */
    public static EncryptionKey fromBytes(byte[] raw) {
        if (raw == null || raw.length != BYTES) {
            throw new CryptoException("A key is " + BYTES + " bytes (256 bits), not "
                    + (raw == null ? "null" : raw.length + " bytes")
                    + ". Use EncryptionKey.generate() for a new key, or PasswordEncryption to derive one from a password.");
        }
        return new EncryptionKey(raw.clone());
    }

    /**
     * A key from the text {@link #toBase64()} wrote.
     *
     * @param base64 44 characters of standard base64
     * @return the key
     * @throws CryptoException if the text is not base64 of 32 bytes
     */
    public static EncryptionKey fromBase64(String base64) {
        try {
            return fromBytes(Base64.getDecoder().decode(base64.strip()));
        } catch (IllegalArgumentException e) {
            throw new CryptoException("The key text is not valid base64 (" + e.getMessage()
                    + "). Pass exactly the text EncryptionKey.toBase64() wrote.", e);
        }
    }

    /**
     * The key's 32 bytes as a copy. Handle with care: whoever sees them can decrypt.
     *
     * @return a copy of the raw key
     */
    public byte[] toBytes() {
        return bytes.clone();
    }

    /**
     * The key as base64 text (44 characters), for storing it in a secrets manager or a key file.
     *
     * @return the key in standard base64
     */
    public String toBase64() {
        return Base64.getEncoder().encodeToString(bytes);
    }

    /** The raw bytes without copying, for this package's ciphers. */
    byte[] bytes() {
        return bytes;
    }

    /**
     * Whether {@code other} is a key with the same bytes (compared in constant time).
     *
     * @param other another object
     * @return true for the same key
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof EncryptionKey key && MessageDigest.isEqual(bytes, key.bytes);
    }

    /**
     * A hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    /**
     * A description that does not reveal the key.
     *
     * @return {@code "EncryptionKey[256 bits, hidden]"}
     */
    @Override
    public String toString() {
        return "EncryptionKey[" + BYTES * 8 + " bits, hidden]";
    }

    static byte[] randomBytes(int count) {
        byte[] out = new byte[count];
        RANDOM.nextBytes(out);
        return out;
    }
}
