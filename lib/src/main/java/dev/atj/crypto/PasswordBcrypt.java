package dev.atj.crypto;

import java.security.SecureRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.OpenBSDBCrypt;

/**
 * bcrypt through Bouncy Castle's {@link OpenBSDBCrypt}, in OpenBSD's 60-character form
 * {@code $2b$<cost>$<22-char salt><31-char hash>}. Reads versions 2a, 2b and 2y; writes 2b.
 * bcrypt only ever looks at a password's first 72 bytes, so {@link #hash} refuses longer ones
 * rather than silently ignoring the rest.
 */
record PasswordBcrypt(int cost) implements PasswordScheme {
    static final int MAX_PASSWORD_BYTES = 72;
    private static final Pattern FORMAT = Pattern.compile("\\$2[aby]\\$(\\d\\d)\\$[./A-Za-z0-9]{53}");
    private static final String EXAMPLE = "$2b$10$<53 characters of ./A-Za-z0-9>";
    private static final SecureRandom RANDOM = new SecureRandom();

    PasswordBcrypt {
        checkCost(cost);
    }

    @Override
    public boolean recognises(String stored) {
        return stored.startsWith("$2a$") || stored.startsWith("$2b$") || stored.startsWith("$2y$");
    }

    @Override
    public String hash(byte[] password) {
        if (password.length > MAX_PASSWORD_BYTES) {
            throw new CryptoException("bcrypt uses only the first " + MAX_PASSWORD_BYTES
                    + " bytes of a password and this one is " + password.length
                    + " bytes in UTF-8; use PasswordHasher.argon2id(), which has no such limit.");
        }
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return OpenBSDBCrypt.generate("2b", password, salt, cost);
    }

    /**
     * Bouncy Castle recomputes the whole string and compares all 60 characters without
     * stopping at the first difference, so the comparison takes constant time.
     */
    @Override
    public boolean verify(byte[] password, String stored) {
        parseCost(stored);
        return OpenBSDBCrypt.checkPassword(stored, password);
    }

    @Override
    public boolean weakerThanThis(String stored) {
        return parseCost(stored) < cost;
    }

    @Override
    public String describe() {
        return "bcrypt cost " + cost;
    }

    static int parseCost(String stored) {
        Matcher m = FORMAT.matcher(stored);
        if (!m.matches()) {
            throw PasswordStringParts.malformed(stored, stored.length() == 60
                    ? "it has a character outside bcrypt's ./A-Za-z0-9 alphabet or a wrong '$'"
                    : "a bcrypt string is 60 characters, this one is " + stored.length(), EXAMPLE);
        }
        int cost = Integer.parseInt(m.group(1));
        if (cost < 4 || cost > 31) {
            throw PasswordStringParts.malformed(stored, "the cost " + cost + " is outside bcrypt's 4 to 31", EXAMPLE);
        }
        return cost;
    }

    static void checkCost(int cost) {
        if (cost < 4 || cost > 31) {
            throw new CryptoException("bcrypt cost must be 4 to 31 (each step doubles the work), got " + cost
                    + ". OWASP recommends at least 10.");
        }
    }
}
