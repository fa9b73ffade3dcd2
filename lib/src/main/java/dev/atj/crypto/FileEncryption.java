package dev.atj.crypto;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PushbackInputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Objects;
import javax.crypto.AEADBadTagException;

/**
 * Encrypts and decrypts files of any size in constant memory, with a key or a password.
 *
 * <pre>{@code
 * FileEncryption files = FileEncryption.of(key);                  // or FileEncryption.withPassword(chars)
 * files.encrypt(Path.of("patients.csv"), Path.of("patients.csv.enc"));
 * files.decrypt(Path.of("patients.csv.enc"), Path.of("patients-copy.csv"));
 * }</pre>
 *
 * <p><b>Format.</b> The file starts with the same kind of authenticated header as a
 * {@link Ciphertext} (kind "file", algorithm, segment size, base nonce, and for a password the
 * Argon2id salt and cost). Then the plaintext follows in segments of 64 KiB, each sealed on
 * its own with nonce = base nonce XOR segment number, and associated data = header + a flag
 * that is 1 only on the last segment. So a segment that is changed, moved, repeated, taken from
 * another file, or a file that is cut short at a segment boundary (its last segment now lacks
 * the flag) or extended, all fail to decrypt.
 *
 * <p><b>All or nothing.</b> Output goes to a temporary file in the target's folder and is moved
 * over the target (atomically where the file system allows) only after every segment was
 * checked. If anything fails, the temporary file is deleted, the target is not created, and an
 * existing target is left as it was. Decryption checks each segment before writing it, so even
 * the temporary file never holds unauthenticated bytes. On success an existing target is
 * replaced. On POSIX systems the new file is readable by its owner only (the temporary file's
 * permissions), which suits decrypted plaintext; change them afterwards if others need it.
 */
public final class FileEncryption {
    /** Plaintext bytes per segment unless set otherwise. */
    static final int DEFAULT_SEGMENT = 64 * 1024;
    static final int MIN_SEGMENT = 1024;
    static final int MAX_SEGMENT = 16 * 1024 * 1024;

    private final EncryptionKey key;
    private final char[] password;
    private final Argon2Cost cost;
    private final AeadAlgorithm algorithm;
    private final int segmentSize;

    private FileEncryption(EncryptionKey key, char[] password, Argon2Cost cost,
            AeadAlgorithm algorithm, int segmentSize) {
        this.key = key;
        this.password = password;
        this.cost = cost;
        this.algorithm = algorithm;
        this.segmentSize = segmentSize;
    }

    /**
     * File encryption with a key and AES-256-GCM.
     *
     * @param key the secret key
     * @return the file encryptor/decryptor
     */
    public static FileEncryption of(EncryptionKey key) {
        return new FileEncryption(Objects.requireNonNull(key, "key"), null, null, AeadAlgorithm.AES_256_GCM,
                DEFAULT_SEGMENT);
    }

    /**
     * File encryption with a password: each file gets its own salt, and its key is derived with
     * Argon2id at {@link Argon2Cost#KEY_DERIVATION} (see {@link PasswordEncryption}).
     *
     * @param password the password (copied; you may clear your array)
     * @return the file encryptor/decryptor
     */
    public static FileEncryption withPassword(char[] password) {
        if (password == null || password.length == 0) {
            throw new CryptoException("The password is empty. Give a password (a long passphrase is best).");
        }
        return new FileEncryption(null, password.clone(), Argon2Cost.KEY_DERIVATION,
                AeadAlgorithm.AES_256_GCM, DEFAULT_SEGMENT);
    }

    /**
     * The same, sealing new files with {@code algorithm} (decryption reads it from the header).
     *
     * @param algorithm AES-256-GCM or ChaCha20-Poly1305
     * @return a copy with that algorithm
     */
    public FileEncryption withAlgorithm(AeadAlgorithm algorithm) {
        return new FileEncryption(key, password, cost, Objects.requireNonNull(algorithm, "algorithm"), segmentSize);
    }

    /**
     * The same, with another Argon2id cost for new password-encrypted files.
     *
     * @param cost memory, passes and lanes
     * @return a copy with that cost
     * @throws CryptoException if this encryptor uses a key, not a password
     */
    public FileEncryption withCost(Argon2Cost cost) {
        if (password == null) {
            throw new CryptoException("An Argon2id cost only applies to password encryption; this FileEncryption"
                    + " uses a key. Use FileEncryption.withPassword(...).withCost(...).");
        }
        return new FileEncryption(null, password, Objects.requireNonNull(cost, "cost"), algorithm, segmentSize);
    }

    /** The same with another segment size (tests use small ones to get many segments). */
    FileEncryption withSegmentSize(int size) {
        if (size < MIN_SEGMENT || size > MAX_SEGMENT) {
            throw new IllegalArgumentException("Segment size must be " + MIN_SEGMENT + " to " + MAX_SEGMENT
                    + " bytes, not " + size + ".");
        }
        return new FileEncryption(key, password, cost, algorithm, size);
    }

    /**
     * Encrypts {@code source} into {@code target}; the target appears only when all is written.
     *
     * @param source the file to protect
     * @param target where the encrypted file goes (replaced if it exists); its folder must exist
     * @return {@code target}
     * @throws CryptoException if a file cannot be read or written; then no target is created
     */
    public Path encrypt(Path source, Path target) {
        requireDistinct(source, target);
        CiphertextHeader header = password == null
                ? CiphertextHeader.forKey(CiphertextHeader.Kind.FILE, algorithm, segmentSize)
                : CiphertextHeader.forPassword(CiphertextHeader.Kind.FILE, algorithm, cost, segmentSize);
        EncryptionKey fileKey = keyFor(header, source);
        try (InputStream raw = Files.newInputStream(source)) {
            PushbackInputStream in = new PushbackInputStream(raw, 1);
            writeAtomically(target, out -> writeSegments(header, fileKey, in, out));
        } catch (NoSuchFileException e) {
            throw new CryptoException("The file to encrypt, " + source + ", does not exist.", e);
        } catch (IOException e) {
            throw new CryptoException("Could not encrypt " + source + " to " + target + ": " + e
                    + ". Nothing was written to " + target + ".", e);
        }
        return target;
    }

    /**
     * Checks and decrypts {@code source} into {@code target}. If any segment fails its check,
     * no target is created and an existing target stays as it was.
     *
     * @param source a file written by {@link #encrypt(Path, Path)}
     * @param target where the plaintext goes (replaced if it exists); its folder must exist
     * @return {@code target}
     * @throws CryptoException if the key or password is wrong, the file was changed or cut
     *     short, or a file cannot be read or written
     */
    public Path decrypt(Path source, Path target) {
        requireDistinct(source, target);
        try (InputStream raw = Files.newInputStream(source)) {
            PushbackInputStream in = new PushbackInputStream(new BufferedInputStream(raw, 1 << 16), 1);
            String what = "File " + source;
            CiphertextHeader header = CiphertextHeader.read(in, what);
            if (header.kind() != CiphertextHeader.Kind.FILE) {
                throw new CryptoException(what + " holds one encrypted message, not an encrypted file. Read it"
                        + " with Ciphertext.fromBytes(Files.readAllBytes(...)) and decrypt it with Aead or"
                        + " PasswordEncryption.");
            }
            EncryptionKey fileKey = keyFor(header, source);
            writeAtomically(target, out -> readSegments(header, fileKey, in, out, source, target));
        } catch (NoSuchFileException e) {
            throw new CryptoException("The file to decrypt, " + source + ", does not exist.", e);
        } catch (IOException e) {
            throw new CryptoException("Could not decrypt " + source + " to " + target + ": " + e
                    + ". Nothing was written to " + target + ".", e);
        }
        return target;
    }

    /**
     * A description of the settings, never the key or password.
     *
     * @return for example {@code "FileEncryption[AES-256-GCM, key, 65536-byte segments]"}
     */
    @Override
    public String toString() {
        return "FileEncryption[" + algorithm + ", " + (password == null ? "key" : "password (Argon2id " + cost.label() + ")") + ", "
                + segmentSize + "-byte segments]";
    }

    private void writeSegments(CiphertextHeader header, EncryptionKey fileKey, PushbackInputStream in,
            OutputStream out) throws IOException {
        byte[] head = header.encode();
        out.write(head);
        byte[] aad = Arrays.copyOf(head, head.length + 1);
        int size = header.segmentSize();
        byte[] plain = new byte[size];
        byte[] sealed = new byte[size + AeadAlgorithm.TAG_BYTES];
        for (long segment = 0; ; segment++) {
            int read = in.readNBytes(plain, 0, size);
            boolean last = read < size || atEnd(in);
            aad[aad.length - 1] = (byte) (last ? 1 : 0);
            int length = header.algorithm().seal(fileKey.bytes(), segmentNonce(header.nonce(), segment), aad,
                    plain, 0, read, sealed, 0);
            out.write(sealed, 0, length);
            if (last) {
                return;
            }
        }
    }

    private void readSegments(CiphertextHeader header, EncryptionKey fileKey, PushbackInputStream in,
            OutputStream out, Path source, Path target) throws IOException {
        byte[] aad = Arrays.copyOf(header.encode(), header.length() + 1);
        int sealedSize = header.segmentSize() + AeadAlgorithm.TAG_BYTES;
        byte[] sealed = new byte[sealedSize];
        for (long segment = 0; ; segment++) {
            int read = in.readNBytes(sealed, 0, sealedSize);
            if (read < AeadAlgorithm.TAG_BYTES) {
                throw new CryptoException("Decryption of " + source + " failed: the file ends "
                        + (read == 0 ? "right after segment " + segment : "inside segment " + (segment + 1))
                        + ", so it was cut short. Nothing was written to " + target + ".");
            }
            boolean last = read < sealedSize || atEnd(in);
            aad[aad.length - 1] = (byte) (last ? 1 : 0);
            try {
                out.write(header.algorithm().open(fileKey.bytes(), segmentNonce(header.nonce(), segment), aad,
                        sealed, 0, read));
            } catch (AEADBadTagException e) {
                throw new CryptoException(segmentFailure(header, segment, last, source, target), e);
            }
            if (last) {
                return;
            }
        }
    }

    private static String segmentFailure(CiphertextHeader header, long segment, boolean last, Path source,
            Path target) {
        String secret = header.passwordBased() ? "password" : "key";
        String where = segment == 0 && last ? "its only segment"
                : "segment " + (segment + 1) + (last ? " (the last one present)" : "");
        String cause = segment == 0
                ? "The " + secret + " is wrong, or the file's header or first bytes were changed."
                : last ? "The file was cut short (a segment is missing at the end) or its end was changed."
                : "The file was changed, or segments were reordered or taken from another file.";
        return "Decryption of " + source + " failed at " + where + ": its " + header.algorithm()
                + " authentication tag does not match. " + cause + " Check the " + secret
                + " and use an unmodified copy of the file. Nothing was written to " + target + ".";
    }

    /** The nonce of segment {@code n}: the base nonce with {@code n} XORed into its last 8 bytes. */
    static byte[] segmentNonce(byte[] base, long n) {
        byte[] nonce = base.clone();
        for (int i = 0; i < 8; i++) {
            nonce[nonce.length - 1 - i] ^= (byte) (n >>> (8 * i));
        }
        return nonce;
    }

    private static boolean atEnd(PushbackInputStream in) throws IOException {
        int next = in.read();
        if (next < 0) {
            return true;
        }
        in.unread(next);
        return false;
    }

    private EncryptionKey keyFor(CiphertextHeader header, Path file) {
        if (header.passwordBased()) {
            if (password == null) {
                throw new CryptoException(file + " was encrypted with a password. Decrypt it with"
                        + " FileEncryption.withPassword(password).");
            }
            return PasswordEncryption.deriveKey(password, header.salt(), header.cost());
        }
        if (key == null) {
            throw new CryptoException(file + " was encrypted with a key, not a password. Decrypt it with"
                    + " FileEncryption.of(key).");
        }
        return key;
    }

    private static void requireDistinct(Path source, Path target) {
        Path a = source.toAbsolutePath().normalize();
        Path b = target.toAbsolutePath().normalize();
        boolean same = a.equals(b);
        if (!same && Files.exists(a) && Files.exists(b)) {
            try {
                same = Files.isSameFile(a, b);
            } catch (IOException e) {
                throw new CryptoException("Could not tell whether " + source + " and " + target + " are the same"
                        + " file: " + e, e);
            }
        }
        if (same) {
            throw new CryptoException("Source and target are the same file (" + source + "). Write to another"
                    + " file, then delete or rename the original once you have checked the result.");
        }
    }

    /** Writes through {@code body} into a temporary file beside {@code target}, then moves it into place. */
    private static void writeAtomically(Path target, SegmentWriter body) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        if (!Files.isDirectory(folder)) {
            throw new CryptoException("The folder for " + target + " does not exist (" + folder + "). Create it"
                    + " first.");
        }
        Path temporary = Files.createTempFile(folder, "." + absolute.getFileName() + ".", ".partial");
        boolean moved = false;
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16)) {
                body.write(out);
            }
            try {
                Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            moved = true;
        } finally {
            if (!moved) {
                Files.deleteIfExists(temporary);
            }
        }
    }

    @FunctionalInterface
    private interface SegmentWriter {
        void write(OutputStream out) throws IOException;
    }
}
