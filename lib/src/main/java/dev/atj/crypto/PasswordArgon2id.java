package dev.atj.crypto;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id (RFC 9106) through Bouncy Castle, stored as the standard PHC string
 * {@code $argon2id$v=19$m=<KiB>,t=<iterations>,p=<lanes>$<salt>$<hash>} with unpadded base64,
 * the form the reference implementation, libsodium, PHP and most libraries read and write.
 */
record PasswordArgon2id(Argon2Cost cost) implements PasswordScheme {
    static final String PREFIX = "$argon2id$";
    static final int SALT_BYTES = 16;
    static final int HASH_BYTES = 32;
    private static final String EXAMPLE = "$argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A parsed stored string. */
    record Stored(Argon2Cost cost, byte[] salt, byte[] hash) {
    }

    @Override
    public boolean recognises(String stored) {
        return stored.startsWith(PREFIX);
    }

    @Override
    public String hash(byte[] password) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        byte[] hash = derive(password, salt, null, null, cost, HASH_BYTES);
        return PREFIX + "v=19$m=" + cost.memoryKiB() + ",t=" + cost.iterations() + ",p=" + cost.parallelism()
                + "$" + PasswordStringParts.base64(salt) + "$" + PasswordStringParts.base64(hash);
    }

    @Override
    public boolean verify(byte[] password, String stored) {
        Stored parsed = parse(stored);
        byte[] actual = derive(password, parsed.salt(), null, null, parsed.cost(), parsed.hash().length);
        return MessageDigest.isEqual(actual, parsed.hash());
    }

    @Override
    public boolean weakerThanThis(String stored) {
        Stored parsed = parse(stored);
        return parsed.cost().isWeakerThan(cost) || parsed.hash().length < HASH_BYTES;
    }

    @Override
    public String describe() {
        return "argon2id " + cost.label();
    }

    static Stored parse(String stored) {
        String[] parts = PasswordStringParts.split(stored, 5, EXAMPLE);
        if (!parts[1].equals("argon2id")) {
            throw PasswordStringParts.malformed(stored, "the algorithm is \"" + parts[1]
                    + "\"; only argon2id is supported", EXAMPLE);
        }
        if (!parts[2].equals("v=19")) {
            throw PasswordStringParts.malformed(stored, "the version is \"" + parts[2]
                    + "\"; only v=19 (Argon2 1.3, the RFC 9106 version) is supported", EXAMPLE);
        }
        int[] mtp = PasswordStringParts.parameters(stored, parts[3], EXAMPLE, "m", "t", "p");
        Argon2Cost cost = PasswordStringParts.cost(stored, EXAMPLE, () -> new Argon2Cost(mtp[0], mtp[1], mtp[2]));
        byte[] salt = PasswordStringParts.base64(stored, parts[4], "salt", 8, EXAMPLE);
        byte[] hash = PasswordStringParts.base64(stored, parts[5], "hash", 4, EXAMPLE);
        return new Stored(cost, salt, hash);
    }

    /**
     * Raw Argon2id output for a password given as characters (UTF-8, as Bouncy Castle and the
     * reference tools encode them); the encoded copy is cleared afterwards.
     * {@link PasswordEncryption} derives its keys here.
     */
    static byte[] derive(char[] password, byte[] salt, Argon2Cost cost, int length) {
        byte[] bytes = PasswordHasher.utf8(password);
        try {
            return derive(bytes, salt, null, null, cost, length);
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    /**
     * Raw Argon2id (version 0x13) output, the one place this package runs Bouncy Castle's
     * Argon2; {@code secret} (a pepper) and {@code associatedData}
     * may be null. The RFC 9106 test vector goes through here.
     */
    static byte[] derive(byte[] password, byte[] salt, byte[] secret, byte[] associatedData, Argon2Cost cost,
            int length) {
        Argon2Parameters.Builder builder = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withSalt(salt)
                .withMemoryAsKB(cost.memoryKiB())
                .withIterations(cost.iterations())
                .withParallelism(cost.parallelism());
        if (secret != null) {
            builder.withSecret(secret);
        }
        if (associatedData != null) {
            builder.withAdditional(associatedData);
        }
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(builder.build());
        byte[] out = new byte[length];
        generator.generateBytes(password, out);
        return out;
    }
}
