package dev.atj.crypto;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

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
 * <p><b>The default cost</b> ({@link Cost#DEFAULT}) is the second recommended option of
 * RFC 9106 §4: 64 MiB of memory, 3 passes, 4 lanes. Every guess an attacker makes costs them
 * that much memory and time too, which is what makes a dictionary attack slow and expensive on
 * GPUs. On a 2-core laptop-class CPU one derivation takes a few tenths of a second (see
 * docs/performance.md), a fair price once per message or file. Lower costs (for tests, or a
 * tiny device) are allowed through {@link #withCost(Cost)}; the password itself still matters
 * most: no cost saves "123456".
 */
public final class PasswordEncryption {
    private final Cost cost;
    private final AeadAlgorithm algorithm;

    private PasswordEncryption(Cost cost, AeadAlgorithm algorithm) {
        this.cost = Objects.requireNonNull(cost, "cost");
        this.algorithm = Objects.requireNonNull(algorithm, "algorithm");
    }

    /**
     * Argon2id at {@link Cost#DEFAULT} and AES-256-GCM.
     *
     * @return password encryption with safe defaults
     */
    public static PasswordEncryption defaults() {
        return new PasswordEncryption(Cost.DEFAULT, AeadAlgorithm.AES_256_GCM);
    }

    /**
     * The same, with another Argon2id cost for new ciphertexts (decryption always uses the cost in
     * the header).
     *
     * @param cost memory, passes and lanes
     * @return a copy with that cost
     */
    public PasswordEncryption withCost(Cost cost) {
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
    public Cost cost() {
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
     * @return for example {@code "PasswordEncryption[Argon2id 65536 KiB, 3 passes, 4 lanes; AES-256-GCM]"}
     */
    @Override
    public String toString() {
        return "PasswordEncryption[" + cost + "; " + algorithm + "]";
    }

    /** Argon2id (version 1.3) of the password's UTF-8 bytes: 32 bytes of key. */
    static EncryptionKey deriveKey(char[] password, byte[] salt, Cost cost) {
        if (password == null || password.length == 0) {
            throw new CryptoException("The password is empty. Give a password (a long passphrase is best).");
        }
        Argon2Parameters parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(cost.memoryKiB())
                .withIterations(cost.iterations())
                .withParallelism(cost.parallelism())
                .withSalt(salt)
                .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(parameters);
        byte[] key = new byte[EncryptionKey.BYTES];
        generator.generateBytes(password, key);
        return EncryptionKey.fromBytes(key);
    }

    /**
     * How much work Argon2id does per derivation. Stored in every password ciphertext's header.
     * Decryption refuses costs outside the accepted ranges, so a changed header cannot make it
     * allocate gigabytes.
     *
     * @param memoryKiB memory in KiB, from 8 × parallelism up to 1 GiB (1,048,576)
     * @param iterations passes over the memory, 1 to 64
     * @param parallelism lanes, 1 to 16 (Bouncy Castle computes them one after the other)
     */
    public record Cost(int memoryKiB, int iterations, int parallelism) {
        /** RFC 9106's second recommended option: 64 MiB, 3 passes, 4 lanes. */
        public static final Cost DEFAULT = new Cost(64 * 1024, 3, 4);

        /** The largest memory accepted, in KiB (1 GiB). */
        public static final int MAX_MEMORY_KIB = 1 << 20;
        /** The most passes accepted. */
        public static final int MAX_ITERATIONS = 64;
        /** The most lanes accepted. */
        public static final int MAX_PARALLELISM = 16;

        /**
         * Checks the ranges.
         *
         * @param memoryKiB memory in KiB
         * @param iterations passes
         * @param parallelism lanes
         */
        public Cost {
            if (parallelism < 1 || parallelism > MAX_PARALLELISM) {
                throw new IllegalArgumentException("Argon2id lanes (parallelism) must be 1 to " + MAX_PARALLELISM
                        + ", not " + parallelism + ".");
            }
            if (iterations < 1 || iterations > MAX_ITERATIONS) {
                throw new IllegalArgumentException("Argon2id passes (iterations) must be 1 to " + MAX_ITERATIONS
                        + ", not " + iterations + ".");
            }
            if (memoryKiB < 8 * parallelism || memoryKiB > MAX_MEMORY_KIB) {
                throw new IllegalArgumentException("Argon2id memory must be " + 8 * parallelism + " to "
                        + MAX_MEMORY_KIB + " KiB for " + parallelism + " lane(s), not " + memoryKiB + " KiB.");
            }
        }

        /**
         * A readable summary.
         *
         * @return for example {@code "Argon2id 65536 KiB, 3 passes, 4 lanes"}
         */
        @Override
        public String toString() {
            return "Argon2id " + memoryKiB + " KiB, " + iterations + " passes, " + parallelism + " lanes";
        }
    }
}
