package dev.atj.crypto;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import javax.crypto.AEADBadTagException;

/**
 * Authenticated encryption with a key: the safe way to keep data secret <em>and</em> notice any
 * change to it. Every call to {@code encrypt} draws a fresh random 96-bit nonce from
 * {@link java.security.SecureRandom} and stores it in the ciphertext's header, so the same text
 * encrypted twice gives two different ciphertexts, and you never handle a nonce yourself.
 *
 * <pre>{@code
 * EncryptionKey key = EncryptionKey.generate();
 * Aead box = Aead.of(key);                          // AES-256-GCM
 * String secret = box.encryptText("Meet at noon");  // base64, different every time
 * box.decryptText(secret);                          // "Meet at noon"
 *
 * // Associated data: authenticated but not encrypted, e.g. whom a record belongs to.
 * Ciphertext c = box.encrypt(bytes, "user-42".getBytes(UTF_8));
 * box.decrypt(c, "user-42".getBytes(UTF_8));        // the same associated data is needed to decrypt
 * }</pre>
 *
 * <p><b>Why the nonce matters.</b> AES-GCM and ChaCha20-Poly1305 turn key and nonce into a
 * keystream that is XORed with the plaintext. Two messages under the same key and nonce share
 * that keystream, so XORing their ciphertexts gives the XOR of the two plaintexts, and with
 * GCM an attacker can also forge tags. Random 96-bit nonces make a repeat negligible up to
 * about 2<sup>32</sup> messages per key; rotate keys well before that.
 *
 * <p>Decryption checks the tag before returning anything. A wrong key, a changed byte anywhere
 * (header, nonce, ciphertext, tag) or different associated data all end in a
 * {@link CryptoException}; no partial plaintext is ever returned. Decryption uses the algorithm
 * named in the ciphertext's header, so an {@code Aead} opens both algorithms' messages.
 */
public final class Aead {
    private final EncryptionKey key;
    private final AeadAlgorithm algorithm;

    private Aead(EncryptionKey key, AeadAlgorithm algorithm) {
        this.key = Objects.requireNonNull(key, "key");
        this.algorithm = Objects.requireNonNull(algorithm, "algorithm");
    }

    /**
     * Encryption with {@code key} and AES-256-GCM.
     *
     * @param key the secret key, for example {@link EncryptionKey#generate()}
     * @return an encryptor/decryptor for that key
     */
    public static Aead of(EncryptionKey key) {
        return new Aead(key, AeadAlgorithm.AES_256_GCM);
    }

    /**
     * Encryption with {@code key} and the chosen algorithm.
     *
     * @param key the secret key
     * @param algorithm AES-256-GCM or ChaCha20-Poly1305
     * @return an encryptor/decryptor for that key
     */
    public static Aead of(EncryptionKey key, AeadAlgorithm algorithm) {
        return new Aead(key, algorithm);
    }

    /**
     * The algorithm new messages are sealed with.
     *
     * @return the algorithm
     */
    public AeadAlgorithm algorithm() {
        return algorithm;
    }

    /**
     * Encrypts and authenticates {@code plaintext} under a fresh random nonce.
     *
     * @param plaintext the bytes to protect (any length, including empty)
     * @return the ciphertext with its header
     */
    public Ciphertext encrypt(byte[] plaintext) {
        return encrypt(plaintext, new byte[0]);
    }

    /**
     * Encrypts {@code plaintext} and authenticates it together with {@code associatedData}, which
     * is not encrypted and not stored: the decrypting side must supply the same bytes.
     *
     * @param plaintext the bytes to protect
     * @param associatedData context to bind the ciphertext to (a record id, a file name), or empty
     * @return the ciphertext with its header
     */
    public Ciphertext encrypt(byte[] plaintext, byte[] associatedData) {
        CiphertextHeader header = CiphertextHeader.forKey(CiphertextHeader.Kind.MESSAGE, algorithm, 0);
        return seal(header, key, associatedData, plaintext);
    }

    /**
     * Checks and decrypts a ciphertext sealed without associated data.
     *
     * @param ciphertext what {@link #encrypt(byte[])} returned
     * @return the original plaintext
     * @throws CryptoException if the key is wrong or the ciphertext was changed
     */
    public byte[] decrypt(Ciphertext ciphertext) {
        return decrypt(ciphertext, new byte[0]);
    }

    /**
     * Checks and decrypts a ciphertext sealed with {@code associatedData}.
     *
     * @param ciphertext what {@link #encrypt(byte[], byte[])} returned
     * @param associatedData the same associated data as at encryption
     * @return the original plaintext
     * @throws CryptoException if the key or associated data is wrong or the ciphertext was changed
     */
    public byte[] decrypt(Ciphertext ciphertext, byte[] associatedData) {
        if (ciphertext.header().passwordBased()) {
            throw new CryptoException("This ciphertext was made with a password, not a key. Decrypt it with"
                    + " PasswordEncryption.defaults().decrypt(ciphertext, password).");
        }
        return open(ciphertext, key, "key", associatedData,
                "Check that you use the same key" + (associatedData.length > 0 ? " and associated data" : "")
                        + " as for encryption.");
    }

    /**
     * Encrypts text (as UTF-8) and returns the ciphertext as base64 text.
     *
     * @param plaintext the text to protect
     * @return base64 of the ciphertext; different on every call
     */
    public String encryptText(String plaintext) {
        return encrypt(plaintext.getBytes(StandardCharsets.UTF_8)).toBase64();
    }

    /**
     * Encrypts text bound to associated text (both UTF-8).
     *
     * @param plaintext the text to protect
     * @param associatedData context the decrypting side must give again
     * @return base64 of the ciphertext
     */
    public String encryptText(String plaintext, String associatedData) {
        return encrypt(plaintext.getBytes(StandardCharsets.UTF_8), associatedData.getBytes(StandardCharsets.UTF_8))
                .toBase64();
    }

    /**
     * Decrypts what {@link #encryptText(String)} returned.
     *
     * @param ciphertextBase64 the base64 ciphertext
     * @return the original text
     * @throws CryptoException if the text is not a ciphertext, the key is wrong, or it was changed
     */
    public String decryptText(String ciphertextBase64) {
        return new String(decrypt(Ciphertext.fromBase64(ciphertextBase64)), StandardCharsets.UTF_8);
    }

    /**
     * Decrypts what {@link #encryptText(String, String)} returned.
     *
     * @param ciphertextBase64 the base64 ciphertext
     * @param associatedData the same associated text as at encryption
     * @return the original text
     * @throws CryptoException if the key or associated data is wrong or the ciphertext was changed
     */
    public String decryptText(String ciphertextBase64, String associatedData) {
        return new String(decrypt(Ciphertext.fromBase64(ciphertextBase64),
                associatedData.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    }

    /**
     * A description that names the algorithm and not the key.
     *
     * @return for example {@code "Aead[AES-256-GCM]"}
     */
    @Override
    public String toString() {
        return "Aead[" + algorithm + "]";
    }

    /** Seals {@code plaintext} behind {@code header}; the header is the first part of the associated data. */
    static Ciphertext seal(CiphertextHeader header, EncryptionKey key, byte[] associatedData, byte[] plaintext) {
        byte[] head = header.encode();
        byte[] out = new byte[head.length + plaintext.length + AeadAlgorithm.TAG_BYTES];
        System.arraycopy(head, 0, out, 0, head.length);
        header.algorithm().seal(key.bytes(), header.nonce(), concat(head, associatedData),
                plaintext, 0, plaintext.length, out, head.length);
        return Ciphertext.sealed(header, out);
    }

    /**
     * Opens a message ciphertext; {@code secret} ("key" or "password") and {@code advice} word
     * the message when the tag does not match.
     */
    static byte[] open(Ciphertext ciphertext, EncryptionKey key, String secret, byte[] associatedData,
            String advice) {
        CiphertextHeader header = ciphertext.header();
        byte[] all = ciphertext.rawBytes();
        int start = header.length();
        try {
            return header.algorithm().open(key.bytes(), header.nonce(), concat(all, start, associatedData),
                    all, start, all.length - start);
        } catch (AEADBadTagException e) {
            throw new CryptoException("Decryption failed: the " + header.algorithm() + " authentication tag does"
                    + " not match, so nothing was decrypted. Either the " + secret + " is wrong, or the ciphertext (its"
                    + " header, nonce, encrypted bytes or tag) or the associated data differs from what was"
                    + " sealed. " + advice, e);
        }
    }

    static byte[] concat(byte[] header, byte[] associatedData) {
        return concat(header, header.length, associatedData);
    }

    private static byte[] concat(byte[] prefixSource, int prefixLength, byte[] associatedData) {
        byte[] out = new byte[prefixLength + associatedData.length];
        System.arraycopy(prefixSource, 0, out, 0, prefixLength);
        System.arraycopy(associatedData, 0, out, prefixLength, associatedData.length);
        return out;
    }
}
