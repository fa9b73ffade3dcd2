package dev.atj.crypto;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * Encryption with a password instead of a key. A password is short and guessable, so it is
 * first stretched into a 256-bit key with Argon2id (the winner of the Password Hashing
 * Competition, RFC 9106; Bouncy Castle's implementation) using a fresh random 16-byte salt per
 * message. Salt and cost are stored in the ciphertext header, so decryption needs only the
 * password, and a later change of the default cost does not break old ciphertexts.
 *
 * <pre>{@code
 * PasswordEncryption locker = PasswordEncryption.defaults();
 * String secret = locker.encryptText("my diary", "correct horse battery staple");
 * locker.decryptText(secret, "correct horse battery staple");   // "my diary"
 * locker.decryptText(secret, "wrong");                          // CryptoException
 * }</pre>
 *
 * <p><b>The default cost</b> ({@link Argon2Cost#KEY_DERIVATION}) is the second recommended
 * option of RFC 9106 §4: 64 MiB of memory, 3 passes, 4 lanes. It is higher than the login
 * default {@link Argon2Cost#DEFAULT} because it runs once per message or file and must hold up
 * against an offline attack on a stolen ciphertext. Every guess an attacker makes costs them
 * that much memory and time too, which is what makes a dictionary attack slow and expensive on
 * GPUs. On a 2-core laptop-class CPU one derivation takes a few tenths of a second (see
 * docs/performance.md), a fair price once per message or file. Lower costs (for tests, or a
 * tiny device) are allowed through {@link #withCost(Argon2Cost)} ({@link Argon2Cost#DEMO} for
 * tests); the password itself still matters most: no cost saves "123456". Keys are derived
 * with the same Argon2id code as {@link PasswordHasher}'s hashes.
 */
public final class PasswordEncryption {
    private final Argon2Cost cost;
    private final AeadAlgorithm algorithm;

    private PasswordEncryption(Argon2Cost cost, AeadAlgorithm algorithm) {
        this.cost = Objects.requireNonNull(cost, "cost");
        this.algorithm = Objects.requireNonNull(algorithm, "algorithm");
    }

    /**
     * Argon2id at {@link Argon2Cost#KEY_DERIVATION} and AES-256-GCM.
     *
     * @return password encryption with safe defaults
     */
    public static PasswordEncryption defaults() {
        return new PasswordEncryption(Argon2Cost.KEY_DERIVATION, AeadAlgorithm.AES_256_GCM);
    }

    /**
     * The same, with another Argon2id cost for new ciphertexts (decryption always uses the cost in
     * the header).
     *
     * @param cost memory, passes and lanes
     * @return a copy with that cost
     */
    public PasswordEncryption withCost(Argon2Cost cost) {
        return new PasswordEncryption(cost, algorithm);
    }

    /**
     * The same, with another cipher for new ciphertexts.
     *
     * @param algorithm AES-256-GCM or ChaCha20-Poly1305
     * @return a copy with that algorithm
     */
    public PasswordEncryption withAlgorithm(AeadAlgorithm algorithm) {
        return new PasswordEncryption(cost, algorithm);
    }

    /**
     * The Argon2id cost new ciphertexts get.
     *
     * @return the cost
     */
    public Argon2Cost cost() {
        return cost;
    }

    /**
     * Derives a key from {@code password} under a new salt and encrypts {@code plaintext}.
     *
     * @param plaintext the bytes to protect
     * @param password the password (you may clear the array afterwards)
     * @return the ciphertext; its header holds salt, cost and nonce
     */
    public Ciphertext encrypt(byte[] plaintext, char[] password) {
        return encrypt(plaintext, new byte[0], password);
    }

    /**
     * Like {@link #encrypt(byte[], char[])}, authenticating {@code associatedData} as well.
     *
     * @param plaintext the bytes to protect
     * @param associatedData context the decrypting side must give again, or empty
     * @param password the password
     * @return the ciphertext
     */
    public Ciphertext encrypt(byte[] plaintext, byte[] associatedData, char[] password) {
        CiphertextHeader header = CiphertextHeader.forPassword(CiphertextHeader.Kind.MESSAGE, algorithm, cost, 0);
        return Aead.seal(header, deriveKey(password, header.salt(), cost), associatedData, plaintext);
    }

    /**
     * Decrypts a ciphertext made by {@link #encrypt(byte[], char[])}, with the salt and cost from
     * its header.
     *
     * @param ciphertext the ciphertext
     * @param password the password used to encrypt
     * @return the original plaintext
     * @throws CryptoException if the password is wrong or the ciphertext was changed
     */
    public byte[] decrypt(Ciphertext ciphertext, char[] password) {
        return decrypt(ciphertext, new byte[0], password);
    }

    /**
     * Decrypts a ciphertext made with associated data.
     *
     * @param ciphertext the ciphertext
     * @param associatedData the same associated data as at encryption
     * @param password the password used to encrypt
     * @return the original plaintext
     * @throws CryptoException if the password or associated data is wrong or the ciphertext was changed
     */
    public byte[] decrypt(Ciphertext ciphertext, byte[] associatedData, char[] password) {
        CiphertextHeader header = ciphertext.header();
        if (!header.passwordBased()) {
            throw new CryptoException("This ciphertext was made with a key, not a password. Decrypt it with"
                    + " Aead.of(key).decrypt(ciphertext).");
        }
        EncryptionKey key = deriveKey(password, header.salt(), header.cost());
        return Aead.open(ciphertext, key, "password", associatedData, "Check the password (letter case, keyboard layout)"
                + (associatedData.length > 0 ? " and the associated data" : "") + ".");
    }

    /**
     * Encrypts text (UTF-8) with a password; returns base64 text.
     *
     * @param plaintext the text to protect
     * @param password the password
     * @return base64 of the ciphertext
     */
    public String encryptText(String plaintext, String password) {
        return encrypt(plaintext.getBytes(StandardCharsets.UTF_8), password.toCharArray()).toBase64();
    }

    /**
     * Decrypts what {@link #encryptText(String, String)} returned.
     *
     * @param ciphertextBase64 the base64 ciphertext
     * @param password the password used to encrypt
     * @return the original text
     * @throws CryptoException if the password is wrong or the ciphertext was changed
     */
    public String decryptText(String ciphertextBase64, String password) {
        return new String(decrypt(Ciphertext.fromBase64(ciphertextBase64), password.toCharArray()),
                StandardCharsets.UTF_8);
    }

    /**
     * A description of the settings.
     *
     * @return for example {@code "PasswordEncryption[Argon2id m=64 MiB, t=3, p=4; AES-256-GCM]"}
     */
    @Override
    public String toString() {
        return "PasswordEncryption[Argon2id " + cost.label() + "; " + algorithm + "]";
    }

    /** Argon2id (version 1.3) of the password's UTF-8 bytes: 32 bytes of key. */
    static EncryptionKey deriveKey(char[] password, byte[] salt, Argon2Cost cost) {
        if (password == null || password.length == 0) {
            throw new CryptoException("The password is empty. Give a password (a long passphrase is best).");
        }
        byte[] key = PasswordArgon2id.derive(password, salt, cost, EncryptionKey.BYTES);
        try {
            return EncryptionKey.fromBytes(key);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }
}
