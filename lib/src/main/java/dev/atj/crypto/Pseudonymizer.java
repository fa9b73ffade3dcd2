package dev.atj.crypto;

import java.util.Locale;
import java.util.Objects;
import org.bouncycastle.util.encoders.Base32;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Replaces identifying values (names, e-mail addresses, patient numbers) with pseudonyms made
 * by a keyed hash, HMAC-SHA-256 with a secret key: the same value always gets the same
 * pseudonym, so counts, joins and group-bys still work, but the pseudonym reveals nothing
 * about the value to anyone without the key.
 *
 * <pre>{@code
 * Pseudonymizer p = Pseudonymizer.withRandomKey();   // or withKey(keyFromYourVault)
 * Table safe = p.apply(patients, "name", "email");    // a new table; the input is unchanged
 * p.pseudonym("Alice Smith");                          // e.g. "mf3xq2bc7d4ylk5a"
 * }</pre>
 *
 * <p><b>Why a key.</b> A plain hash such as SHA-256("Alice Smith") looks random but is not
 * protection: anyone can hash every name in a list of names (or every date of birth, every
 * postcode) and look the result up, a dictionary attack that takes seconds
 * ({@link Hashes#reverseByEnumeration} does it). With a keyed hash the attacker would have to
 * know the key to compute any candidate's pseudonym, so guessing is no help; the mapping can
 * only be rebuilt by whoever holds the key. Keep the key apart from the data (a vault, an
 * environment variable), and destroy it when re-identification must become impossible.
 * Pseudonymised data is still personal data under the GDPR: the key holder can re-identify,
 * and rare combinations of the remaining columns may identify people too.
 *
 * <p><b>Length and collisions.</b> The 256-bit HMAC is written in base32 (lowercase a-z, 2-7,
 * 5 bits per character) and cut to {@link #characters()} characters, {@value #DEFAULT_CHARACTERS}
 * by default, which keeps 80 bits. Two different values get the same pseudonym with
 * probability about n² / 2<sup>bits+1</sup> among n distinct values (the birthday bound):
 * with 80 bits, one million distinct values collide with odds of about 4 × 10<sup>-13</sup>,
 * a billion with about 4 × 10<sup>-7</sup>. Eight characters (40 bits), the shortest allowed,
 * already give about 36 % at one million values, so keep short pseudonyms to small tables;
 * see {@link #collisionProbability}.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Pseudonymizer {
    /** Default pseudonym length in base32 characters (80 bits). */
    public static final int DEFAULT_CHARACTERS = 16;
    /** The shortest pseudonym allowed (40 bits). */
    public static final int MIN_CHARACTERS = 8;
    /** The longest pseudonym: the whole 256-bit HMAC in base32. */
    public static final int MAX_CHARACTERS = 52;
    /** The shortest key accepted, in bytes (128 bits). */
    public static final int MIN_KEY_BYTES = 16;

    private final Hmac hmac;
    private final int characters;

    private Pseudonymizer(byte[] key, int characters) {
        Objects.requireNonNull(key, "key");
        if (key.length < MIN_KEY_BYTES) {
            throw new CryptoException("A pseudonymisation key must be at least " + MIN_KEY_BYTES
                    + " bytes so it cannot be guessed; this one is " + key.length
                    + ". Use Hmac.newKey() for 32 random bytes.");
        }
        if (characters < MIN_CHARACTERS || characters > MAX_CHARACTERS) {
            throw new CryptoException("Pseudonym length must be " + MIN_CHARACTERS + " to " + MAX_CHARACTERS
                    + " characters, got " + characters + ". The default " + DEFAULT_CHARACTERS
                    + " (80 bits) suits tables up to billions of distinct values.");
        }
        this.hmac = Hmac.sha256(key);
        this.characters = characters;
    }

    /**
     * A pseudonymizer with a secret key and {@value #DEFAULT_CHARACTERS}-character pseudonyms.
     *
     * @param key the secret key, at least {@value #MIN_KEY_BYTES} bytes (32 random bytes from
     *     {@link Hmac#newKey()} is the usual choice); copied
     * @return the pseudonymizer
     * @throws CryptoException if the key is too short
     */
    public static Pseudonymizer withKey(byte[] key) {
        return new Pseudonymizer(key, DEFAULT_CHARACTERS);
    }

    /**
     * A pseudonymizer with a secret key and pseudonyms of a chosen length.
     *
     * @param key the secret key, at least {@value #MIN_KEY_BYTES} bytes; copied
     * @param characters pseudonym length, {@value #MIN_CHARACTERS} to {@value #MAX_CHARACTERS}
     *     base32 characters (5 bits each)
     * @return the pseudonymizer
     * @throws CryptoException if the key is too short or the length out of range
     */
    public static Pseudonymizer withKey(byte[] key, int characters) {
        return new Pseudonymizer(key, characters);
    }

    /**
     * A pseudonymizer with a fresh random key that exists only inside it: pseudonyms are
     * consistent within this object's life and can never be linked back afterwards.
     *
     * @return the pseudonymizer
     */
    public static Pseudonymizer withRandomKey() {
        return withKey(Hmac.newKey());
    }

    /**
     * How long the pseudonyms are.
     *
     * @return the length in base32 characters
     */
    public int characters() {
        return characters;
    }

    /**
     * The pseudonym of one value: the first {@link #characters()} base32 characters of
     * HMAC-SHA-256(key, UTF-8 of the value), in lowercase.
     *
     * @param value the value to hide
     * @return its pseudonym
     */
    public String pseudonym(String value) {
        byte[] tag = hmac.tag(Objects.requireNonNull(value, "value"));
        return Base32.toBase32String(tag).substring(0, characters).toLowerCase(Locale.ROOT);
    }

    /**
     * A copy of the table with the named columns replaced by text columns of pseudonyms, in
     * the same places and under the same names. Missing values stay missing. Any column type
     * works (numbers are pseudonymised by their plain text, for example {@code "1042"}).
     *
     * @param table the table; not changed
     * @param columns the names of the columns to pseudonymise
     * @return a new table
     * @throws IllegalArgumentException if a column is not in the table (the message lists the
     *     table's columns)
     */
    public Table apply(Table table, String... columns) {
        for (String name : columns) {
            if (!table.containsColumn(name)) {
                throw new IllegalArgumentException("Table \"" + table.name() + "\" has no column \"" + name
                        + "\"; its columns are " + table.columnNames() + ".");
            }
        }
        Table copy = table.copy();
        for (String name : columns) {
            copy.replaceColumn(name, pseudonymise(table.column(name)));
        }
        return copy;
    }

    /**
     * The chance that among {@code distinctValues} different values at least two get the
     * same pseudonym of {@code characters} base32 characters (birthday bound,
     * 1 - exp(-n(n-1) / 2<sup>bits+1</sup>)).
     *
     * <pre>{@code
     * Pseudonymizer.collisionProbability(1_000_000, 16);  // about 4e-13
     * Pseudonymizer.collisionProbability(1_000_000, 8);   // about 0.36
     * }</pre>
     *
     * @param distinctValues how many different values are pseudonymised
     * @param characters pseudonym length in base32 characters
     * @return a probability between 0 and 1
     */
    public static double collisionProbability(long distinctValues, int characters) {
        double n = distinctValues;
        double pairs = n * (n - 1) / 2;
        return -Math.expm1(-pairs / Math.pow(2, 5.0 * characters));
    }

    private StringColumn pseudonymise(Column<?> column) {
        StringColumn out = StringColumn.create(column.name());
        for (int row = 0; row < column.size(); row++) {
            if (column.isMissing(row)) {
                out.appendMissing();
            } else {
                out.append(pseudonym(column.getUnformattedString(row)));
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return "Pseudonymizer[HMAC-SHA-256, " + characters + " base32 characters, key hidden]";
    }
}
