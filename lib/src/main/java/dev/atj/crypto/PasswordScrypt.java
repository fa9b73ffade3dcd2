package dev.atj.crypto;

import java.security.MessageDigest;
import java.security.SecureRandom;
import org.bouncycastle.crypto.generators.SCrypt;

/**
 * scrypt (RFC 7914) through Bouncy Castle's {@link SCrypt}. scrypt has no single standard
 * string form; we store {@code $scrypt$ln=<log2 N>,r=<block size>,p=<parallelism>$<salt>$<hash>}
 * in the PHC layout with unpadded base64, the same parameter names passlib uses.
 */
record PasswordScrypt(int log2N, int blockSize, int parallelism) implements PasswordScheme {
    static final String PREFIX = "$scrypt$";
    static final int SALT_BYTES = 16;
    static final int HASH_BYTES = 32;
    /** The most memory (128 × r × N bytes) a stored string may ask for: 4 GiB. */
    static final long MAX_MEMORY_BYTES = 4L << 30;
    private static final String EXAMPLE = "$scrypt$ln=17,r=8,p=1$<salt>$<hash>";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A parsed stored string. */
    record Stored(PasswordScrypt parameters, byte[] salt, byte[] hash) {
    }

    PasswordScrypt {
        if (log2N < 1 || log2N > 30) {
            throw new CryptoException("scrypt log2(N) must be 1 to 30, got " + log2N
                    + ". OWASP recommends 17 (N = 131072) with r = 8, p = 1.");
        }
        if (blockSize < 1 || blockSize > 64 || parallelism < 1 || parallelism > 64) {
            throw new CryptoException("scrypt r and p must each be 1 to 64, got r = " + blockSize + ", p = "
                    + parallelism + ". OWASP recommends r = 8, p = 1.");
        }
        long memory = 128L * blockSize * (1L << log2N);
        if (memory > MAX_MEMORY_BYTES) {
            throw new CryptoException("scrypt with log2(N) = " + log2N + " and r = " + blockSize + " needs "
                    + (memory >> 20) + " MiB; the limit is " + (MAX_MEMORY_BYTES >> 20) + " MiB. Lower N or r.");
        }
    }

    @Override
    public boolean recognises(String stored) {
        return stored.startsWith(PREFIX);
    }

    @Override
    public String hash(byte[] password) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        byte[] hash = derive(password, salt, HASH_BYTES);
        return PREFIX + "ln=" + log2N + ",r=" + blockSize + ",p=" + parallelism + "$"
                + PasswordStringParts.base64(salt) + "$" + PasswordStringParts.base64(hash);
    }

    @Override
    public boolean verify(byte[] password, String stored) {
        Stored parsed = parse(stored);
        byte[] actual = parsed.parameters().derive(password, parsed.salt(), parsed.hash().length);
        return MessageDigest.isEqual(actual, parsed.hash());
    }

    @Override
    public boolean weakerThanThis(String stored) {
        Stored parsed = parse(stored);
        return parsed.parameters().log2N < log2N || parsed.parameters().blockSize < blockSize
                || parsed.hash().length < HASH_BYTES;
    }

    @Override
    public String describe() {
        return "scrypt N=2^" + log2N + ", r=" + blockSize + ", p=" + parallelism;
    }

    /** Raw scrypt output with these parameters; the RFC 7914 test vector goes through here. */
    byte[] derive(byte[] password, byte[] salt, int length) {
        return SCrypt.generate(password, salt, 1 << log2N, blockSize, parallelism, length);
    }

    static Stored parse(String stored) {
        String[] parts = PasswordStringParts.split(stored, 4, EXAMPLE);
        if (!parts[1].equals("scrypt")) {
            throw PasswordStringParts.malformed(stored, "the algorithm is \"" + parts[1] + "\", not scrypt", EXAMPLE);
        }
        int[] values = PasswordStringParts.parameters(stored, parts[2], EXAMPLE, "ln", "r", "p");
        PasswordScrypt parameters = PasswordStringParts.cost(stored, EXAMPLE,
                () -> new PasswordScrypt(values[0], values[1], values[2]));
        byte[] salt = PasswordStringParts.base64(stored, parts[3], "salt", 8, EXAMPLE);
        byte[] hash = PasswordStringParts.base64(stored, parts[4], "hash", 16, EXAMPLE);
        return new Stored(parameters, salt, hash);
    }
}
