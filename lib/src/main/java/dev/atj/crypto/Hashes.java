package dev.atj.crypto;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * Cryptographic hashes of bytes, text, streams and files, with lowercase hex output and a
 * constant-time comparison.
 *
 * <pre>{@code
 * Hashes.hex(HashAlgorithm.SHA_256, "abc");            // "ba7816bf..."
 * Hashes.file(HashAlgorithm.BLAKE3, Path.of("big.iso")); // streamed, any size
 * Hashes.equalsConstantTime(tagA, tagB);
 * }</pre>
 *
 * <p>A hash is not a secret: anyone can compute it. Hashing a value from a small set (a name,
 * a birth date, a PIN) hides nothing, because an attacker hashes every candidate and looks
 * for a match; {@link #reverseByEnumeration} shows this. Use {@link Pseudonymizer} (a keyed
 * hash) to hide such values and {@link PasswordHasher} to store passwords.
 */
public final class Hashes {
    /** Bytes read per step when hashing a stream or file. */
    static final int BUFFER_BYTES = 64 * 1024;

    private static final HexFormat HEX = HexFormat.of();

    private Hashes() {
    }

    /**
     * The digest of some bytes.
     *
     * @param algorithm the hash function
     * @param data the bytes to hash
     * @return the digest, {@link HashAlgorithm#digestBytes()} long
     */
    public static byte[] hash(HashAlgorithm algorithm, byte[] data) {
        Objects.requireNonNull(data, "data");
        return algorithm.newDigest().digest(data);
    }

    /**
     * The digest of a text's UTF-8 bytes, as lowercase hex.
     * Example: {@code hex(SHA_256, "abc")} is {@code "ba7816bf8f01cfea..."}.
     *
     * @param algorithm the hash function
     * @param text the text to hash
     * @return the digest in lowercase hex
     */
    public static String hex(HashAlgorithm algorithm, String text) {
        Objects.requireNonNull(text, "text");
        return toHex(hash(algorithm, text.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * The digest of some bytes, as lowercase hex.
     *
     * @param algorithm the hash function
     * @param data the bytes to hash
     * @return the digest in lowercase hex
     */
    public static String hex(HashAlgorithm algorithm, byte[] data) {
        return toHex(hash(algorithm, data));
    }

    /**
     * The digest of everything left in a stream, read in {@value #BUFFER_BYTES}-byte steps so
     * that input of any size hashes in constant memory. The stream is not closed.
     *
     * @param algorithm the hash function
     * @param in the stream to read to its end
     * @return the digest
     * @throws UncheckedIOException if reading fails
     */
    public static byte[] hash(HashAlgorithm algorithm, InputStream in) {
        MessageDigest digest = algorithm.newDigest();
        byte[] buffer = new byte[BUFFER_BYTES];
        try {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the stream to hash it with "
                    + algorithm.displayName() + ": " + e.getMessage(), e);
        }
        return digest.digest();
    }

    /**
     * The digest of a file, streamed (any size), as lowercase hex, the form {@code sha256sum}
     * and {@code b3sum} print.
     *
     * @param algorithm the hash function
     * @param file the file to hash
     * @return the digest in lowercase hex
     * @throws UncheckedIOException if the file is missing or cannot be read
     */
    public static String file(HashAlgorithm algorithm, Path file) {
        if (!Files.isRegularFile(file)) {
            throw new UncheckedIOException(new IOException("Cannot hash " + file.toAbsolutePath()
                    + ": it is not a readable file. Check the path."));
        }
        try (InputStream in = Files.newInputStream(file)) {
            return toHex(hash(algorithm, in));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file.toAbsolutePath() + " to hash it: "
                    + e.getMessage(), e);
        }
    }

    /**
     * Compares two secrets (MACs, hashes, tokens) in time that depends only on their lengths,
     * not on where they first differ, so an attacker timing the answer learns nothing about
     * how many leading bytes were right. Uses {@link MessageDigest#isEqual}.
     *
     * @param a one value
     * @param b the other value
     * @return whether both hold the same bytes
     */
    public static boolean equalsConstantTime(byte[] a, byte[] b) {
        return MessageDigest.isEqual(Objects.requireNonNull(a, "a"), Objects.requireNonNull(b, "b"));
    }

    /**
     * Bytes as lowercase hex.
     *
     * @param bytes the bytes
     * @return two hex digits per byte
     */
    public static String toHex(byte[] bytes) {
        return HEX.formatHex(bytes);
    }

    /**
     * Hex text back to bytes.
     *
     * @param hex an even number of hex digits, either case
     * @return the bytes
     * @throws CryptoException if the text is not hex
     */
    public static byte[] fromHex(String hex) {
        try {
            return HEX.parseHex(hex);
        } catch (IllegalArgumentException e) {
            throw new CryptoException("Not a hex string (expected an even number of 0-9a-f digits): \""
                    + abbreviate(hex) + "\"", e);
        }
    }

    /**
     * Finds which candidate hashes to a given digest: the dictionary attack that undoes a plain
     * hash of a value from a small set. Hashing every date of birth in a century, every
     * four-digit PIN or every name in a list of first names takes well under a second, so a
     * plain hash is no protection for such values.
     *
     * <pre>{@code
     * String leaked = Hashes.hex(HashAlgorithm.SHA_256, "1987-03-14");
     * Hashes.reverseByEnumeration(HashAlgorithm.SHA_256, leaked, allDatesFrom1900)  // Optional[1987-03-14]
     * }</pre>
     *
     * @param algorithm the hash function that produced the digest
     * @param hexDigest the digest, in hex
     * @param candidates the guesses to try, for example {@code stream::iterator}
     * @return the first candidate whose UTF-8 hash equals the digest, or empty
     */
    public static Optional<String> reverseByEnumeration(HashAlgorithm algorithm, String hexDigest,
            Iterable<String> candidates) {
        byte[] target = fromHex(hexDigest);
        MessageDigest digest = algorithm.newDigest();
        for (String candidate : candidates) {
            if (MessageDigest.isEqual(target, digest.digest(candidate.getBytes(StandardCharsets.UTF_8)))) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static String abbreviate(String text) {
        return text == null ? "null" : text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }
}
