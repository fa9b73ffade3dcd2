package dev.atj.crypto;

import java.util.Base64;
import java.util.function.Supplier;

/**
 * Reads the pieces of a {@code $id$params$salt$hash} stored password string (the PHC string
 * format) and says exactly which piece is wrong when one is.
 */
final class PasswordStringParts {
    private static final Base64.Encoder ENCODER = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getDecoder();

    private PasswordStringParts() {
    }

    /** Splits {@code stored} at '$' and checks it has {@code fields} non-empty fields after the leading '$'. */
    static String[] split(String stored, int fields, String example) {
        String[] parts = stored.split("\\$", -1);
        if (parts.length != fields + 1 || !parts[0].isEmpty()) {
            throw malformed(stored, "it has " + Math.max(parts.length - 1, 0) + " '$'-separated fields, not "
                    + fields, example);
        }
        for (int i = 1; i < parts.length; i++) {
            if (parts[i].isEmpty()) {
                throw malformed(stored, "field " + i + " is empty", example);
            }
        }
        return parts;
    }

    /**
     * Reads {@code name1=int,name2=int,...} with the names in this order, each value within
     * {@code 1..Integer.MAX_VALUE}.
     */
    static int[] parameters(String stored, String section, String example, String... names) {
        String[] pairs = section.split(",", -1);
        if (pairs.length != names.length) {
            throw malformed(stored, "the parameters \"" + section + "\" should be " + String.join(",", names)
                    + " with a value each", example);
        }
        int[] values = new int[names.length];
        for (int i = 0; i < names.length; i++) {
            String prefix = names[i] + "=";
            if (!pairs[i].startsWith(prefix)) {
                throw malformed(stored, "parameter " + (i + 1) + " should be " + prefix + "<number>, got \""
                        + pairs[i] + "\"", example);
            }
            String digits = pairs[i].substring(prefix.length());
            if (!digits.matches("[1-9][0-9]{0,9}")) {
                throw malformed(stored, "parameter " + names[i] + " is not a positive whole number: \""
                        + digits + "\"", example);
            }
            long value = Long.parseLong(digits);
            if (value > Integer.MAX_VALUE) {
                throw malformed(stored, "parameter " + names[i] + " is too large: " + digits, example);
            }
            values[i] = (int) value;
        }
        return values;
    }

    /** Decodes unpadded standard base64 (the PHC string format's B64). */
    static byte[] base64(String stored, String field, String what, int minBytes, String example) {
        if (!field.matches("[A-Za-z0-9+/]+")) {
            throw malformed(stored, "the " + what + " \"" + field + "\" is not unpadded base64 (A-Z a-z 0-9 + /)",
                    example);
        }
        byte[] bytes;
        try {
            bytes = DECODER.decode(field);
        } catch (IllegalArgumentException e) {
            throw malformed(stored, "the " + what + " \"" + field + "\" is not valid base64 (" + e.getMessage() + ")",
                    example);
        }
        if (!ENCODER.encodeToString(bytes).equals(field)) {
            // Unused low bits set in the last character: another string for the same bytes.
            throw malformed(stored, "the " + what + " \"" + field + "\" is not canonical base64 (its last"
                    + " character has unused bits set)", example);
        }
        if (bytes.length < minBytes) {
            throw malformed(stored, "the " + what + " is " + bytes.length + " bytes; at least " + minBytes
                    + " expected", example);
        }
        return bytes;
    }

    static String base64(byte[] bytes) {
        return ENCODER.encodeToString(bytes);
    }

    /** Cost parameters built from a stored string; values they refuse make the string malformed. */
    static <T> T cost(String stored, String example, Supplier<T> create) {
        try {
            return create.get();
        } catch (CryptoException e) {
            throw malformed(stored, e.getMessage(), example);
        }
    }

    static CryptoException malformed(String stored, String problem, String example) {
        return new CryptoException("Malformed stored password hash \"" + shorten(stored) + "\": " + problem
                + ". Expected the form " + example + ". Was the stored value truncated or edited?");
    }

    private static String shorten(String stored) {
        return stored.length() <= 120 ? stored : stored.substring(0, 120) + "...";
    }
}
