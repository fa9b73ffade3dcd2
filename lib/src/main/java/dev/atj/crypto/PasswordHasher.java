package dev.atj.crypto;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Stores passwords so that a stolen database does not give them away: each password gets a
 * fresh random salt and a deliberately slow, memory-hungry hash, and the result is one string
 * that records the algorithm, its parameters, the salt and the hash.
 *
 * <pre>{@code
 * PasswordHasher hasher = PasswordHasher.argon2id();         // OWASP: m=19 MiB, t=2, p=1
 * String stored = hasher.hash("correct horse battery staple");
 * // "$argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>"  -> save this in the user table
 * hasher.verify("correct horse battery staple", stored);     // true
 * hasher.verify("Tr0ub4dor&3", stored);                      // false
 * if (hasher.needsRehash(stored)) { stored = hasher.hash(password); }  // after a good login
 * }</pre>
 *
 * <p>Three schemes, all through Bouncy Castle:
 * <ul>
 * <li>{@link #argon2id()}: the first choice (RFC 9106; winner of the Password Hashing
 *     Competition). Stored as the standard PHC string
 *     {@code $argon2id$v=19$m=<KiB>,t=<iterations>,p=<lanes>$<salt>$<hash>}, unpadded base64,
 *     readable by the reference implementation, libsodium and PHP. The parameters are
 *     explained, and our choice justified, in {@link Argon2Cost}.</li>
 * <li>{@link #bcrypt()}: the long-standing standard, in OpenBSD's {@code $2b$10$...} form;
 *     cost 10 (2<sup>10</sup> rounds) is OWASP's minimum and our default. It reads only the
 *     first 72 bytes of a password, so {@link #hash} refuses longer ones.</li>
 * <li>{@link #scrypt()}: memory-hard like Argon2 (RFC 7914); stored as
 *     {@code $scrypt$ln=17,r=8,p=1$<salt>$<hash>}. OWASP's N = 2<sup>17</sup>, r = 8, p = 1
 *     (128 MiB) is our default.</li>
 * </ul>
 *
 * <p>{@link #verify} reads any of the three forms, whichever scheme this hasher writes, so an
 * application can move users from bcrypt to Argon2id at their next login: verify, then, when
 * {@link #needsRehash} says so, store a new hash. Hashes are compared in constant time
 * ({@link java.security.MessageDigest#isEqual} for Argon2id and scrypt; Bouncy Castle's
 * full-length comparison for bcrypt). A stored string that is not well formed is an error
 * ({@link CryptoException} naming the broken part), never a silent {@code false}.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class PasswordHasher {
    /** bcrypt's default cost: OWASP's minimum work factor. */
    public static final int BCRYPT_DEFAULT_COST = 10;
    /** scrypt's default log2(N): OWASP's N = 2^17 (with r = 8, p = 1: 128 MiB per hash). */
    public static final int SCRYPT_DEFAULT_LOG2_N = 17;

    private final PasswordScheme scheme;

    private PasswordHasher(PasswordScheme scheme) {
        this.scheme = scheme;
    }

    /**
     * Argon2id at {@link Argon2Cost#DEFAULT} (m = 19 MiB, t = 2, p = 1).
     *
     * @return the hasher
     */
    public static PasswordHasher argon2id() {
        return argon2id(Argon2Cost.DEFAULT);
    }

    /**
     * Argon2id at a chosen cost, for example {@link Argon2Cost#DEMO} in a notebook.
     *
     * @param cost memory, iterations and lanes
     * @return the hasher
     */
    public static PasswordHasher argon2id(Argon2Cost cost) {
        return new PasswordHasher(new PasswordArgon2id(Objects.requireNonNull(cost, "cost")));
    }

    /**
     * bcrypt at cost {@value #BCRYPT_DEFAULT_COST}.
     *
     * @return the hasher
     */
    public static PasswordHasher bcrypt() {
        return bcrypt(BCRYPT_DEFAULT_COST);
    }

    /**
     * bcrypt at a chosen cost; each step up doubles the work.
     *
     * @param cost 4 to 31; at least 10 for real passwords
     * @return the hasher
     * @throws CryptoException if the cost is outside 4 to 31
     */
    public static PasswordHasher bcrypt(int cost) {
        return new PasswordHasher(new PasswordBcrypt(cost));
    }

    /**
     * scrypt at OWASP's N = 2^17, r = 8, p = 1 (128 MiB per hash).
     *
     * @return the hasher
     */
    public static PasswordHasher scrypt() {
        return scrypt(SCRYPT_DEFAULT_LOG2_N, 8, 1);
    }

    /**
     * scrypt at chosen parameters. Memory per hash is 128 × r × 2^log2N bytes; time grows with
     * that and with p.
     *
     * @param log2N the CPU/memory cost as a power of two (N = 2^log2N), 1 to 30
     * @param blockSize r, 1 to 64 (8 is standard)
     * @param parallelism p, 1 to 64 (1 is standard)
     * @return the hasher
     * @throws CryptoException if a parameter is out of range or needs more than 4 GiB
     */
    public static PasswordHasher scrypt(int log2N, int blockSize, int parallelism) {
        return new PasswordHasher(new PasswordScrypt(log2N, blockSize, parallelism));
    }

    /**
     * Hashes a password with a fresh random 16-byte salt. The same password gives a different
     * string every time; {@link #verify} still accepts each.
     *
     * @param password the password (its UTF-8 bytes are hashed)
     * @return the string to store
     */
    public String hash(String password) {
        return hash(Objects.requireNonNull(password, "password").toCharArray());
    }

    /**
     * Hashes a password given as characters; the UTF-8 copy made for hashing is wiped afterwards.
     *
     * @param password the password
     * @return the string to store
     */
    public String hash(char[] password) {
        byte[] bytes = utf8(password);
        try {
            return scheme.hash(bytes);
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    /**
     * Checks a password against a stored string of any scheme this class writes (Argon2id,
     * bcrypt 2a/2b/2y, scrypt), using the parameters recorded in the string. Takes as long as
     * one hash at those parameters.
     *
     * @param password the password as typed
     * @param stored the string {@link #hash} returned
     * @return true only if the password matches
     * @throws CryptoException if the stored string is malformed (the message names the bad part)
     */
    public boolean verify(String password, String stored) {
        return verify(Objects.requireNonNull(password, "password").toCharArray(), stored);
    }

    /**
     * Like {@link #verify(String, String)} with the password as characters.
     *
     * @param password the password as typed
     * @param stored the string {@link #hash} returned
     * @return true only if the password matches
     * @throws CryptoException if the stored string is malformed
     */
    public boolean verify(char[] password, String stored) {
        PasswordScheme storedScheme = schemeOf(stored);
        byte[] bytes = utf8(password);
        try {
            return storedScheme.verify(bytes, stored);
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    /**
     * Whether a stored string should be replaced by a new {@link #hash} (after the user next
     * logs in and {@link #verify} succeeds): it uses another scheme than this hasher, or weaker
     * parameters (less memory or fewer iterations for Argon2id, a lower cost for bcrypt, a
     * smaller N or r for scrypt).
     *
     * @param stored a stored string
     * @return true if it should be rehashed
     * @throws CryptoException if the stored string is malformed
     */
    public boolean needsRehash(String stored) {
        PasswordScheme storedScheme = schemeOf(stored);
        return storedScheme.getClass() != scheme.getClass() || scheme.weakerThanThis(stored);
    }

    /**
     * How many Argon2id password guesses per second one core of this machine makes at a cost:
     * the rate an attacker with a stolen hash and this CPU would reach per core. Hashes distinct
     * guesses with one salt for about {@code budget} (after one untimed warm-up hash; at least
     * one timed hash).
     *
     * <pre>{@code
     * PasswordHasher.guessesPerSecond(Argon2Cost.DEFAULT, Duration.ofSeconds(2));  // about 20
     * PasswordHasher.guessesPerSecond(Argon2Cost.DEMO, Duration.ofSeconds(1));     // about 1000
     * }</pre>
     *
     * @param cost the Argon2id cost
     * @param budget how long to measure
     * @return guesses per second
     */
    public static double guessesPerSecond(Argon2Cost cost, Duration budget) {
        byte[] salt = new byte[PasswordArgon2id.SALT_BYTES];
        PasswordArgon2id.derive(utf8("warm-up".toCharArray()), salt, null, null, cost, PasswordArgon2id.HASH_BYTES);
        long budgetNanos = budget.toNanos();
        long start = System.nanoTime();
        long elapsed;
        int guesses = 0;
        do {
            byte[] guess = ("guess-" + guesses).getBytes(StandardCharsets.UTF_8);
            PasswordArgon2id.derive(guess, salt, null, null, cost, PasswordArgon2id.HASH_BYTES);
            guesses++;
            elapsed = System.nanoTime() - start;
        } while (elapsed < budgetNanos);
        return guesses / (elapsed / 1e9);
    }

    /**
     * What this hasher writes, for example {@code "PasswordHasher[argon2id m=19 MiB, t=2, p=1]"}.
     *
     * @return the description
     */
    @Override
    public String toString() {
        return "PasswordHasher[" + scheme.describe() + "]";
    }

    private static PasswordScheme schemeOf(String stored) {
        Objects.requireNonNull(stored, "stored");
        // Parameters here only pick the format; verify reads the real ones from the string.
        for (PasswordScheme candidate : List.of(new PasswordArgon2id(Argon2Cost.DEFAULT),
                new PasswordBcrypt(BCRYPT_DEFAULT_COST), new PasswordScrypt(SCRYPT_DEFAULT_LOG2_N, 8, 1))) {
            if (candidate.recognises(stored)) {
                return candidate;
            }
        }
        String start = stored.length() <= 12 ? stored : stored.substring(0, 12) + "...";
        throw new CryptoException("Not a stored password hash this library reads: \"" + start
                + "\". Expected one starting with $argon2id$, $2a$/$2b$/$2y$ (bcrypt) or $scrypt$, as made by"
                + " PasswordHasher.hash.");
    }

    /** The password's UTF-8 bytes; the encoder's buffer is cleared, the caller clears the result. */
    static byte[] utf8(char[] password) {
        ByteBuffer buffer = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        if (buffer.hasArray()) {
            Arrays.fill(buffer.array(), (byte) 0);
        }
        return bytes;
    }
}
