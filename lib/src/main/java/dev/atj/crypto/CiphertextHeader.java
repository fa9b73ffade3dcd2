package dev.atj.crypto;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * The self-describing front of every ciphertext this package writes, big-endian:
 *
 * <pre>
 * 'A' 'T' 'J'              magic
 * 1                        format version
 * kind                     1 = one message (Aead, PasswordEncryption, ColumnEncryption), 2 = a segmented file
 * algorithm                1 = AES-256-GCM, 2 = ChaCha20-Poly1305
 * key source               0 = a 256-bit key, 1 = a password through Argon2id
 * [memory KiB (4), iterations (4), parallelism (1), salt (16)]   only for key source 1
 * [segment size (4)]       only for kind 2: plaintext bytes per segment
 * nonce (12)               for a file: the base nonce, XORed with the segment number
 * </pre>
 *
 * The whole header is authenticated: it is the first part of the associated data of every
 * seal, so changing any byte of it makes decryption fail. All fields have fixed widths, so
 * {@link #encode()} of a decoded header gives back the same bytes.
 */
record CiphertextHeader(Kind kind, AeadAlgorithm algorithm, Argon2Cost cost, byte[] salt,
        int segmentSize, byte[] nonce) {

    static final byte[] MAGIC = {'A', 'T', 'J'};
    static final int VERSION = 1;
    static final int SALT_BYTES = 16;

    /** What follows the header. */
    enum Kind {
        MESSAGE(1), FILE(2);

        final int id;

        Kind(int id) {
            this.id = id;
        }
    }

    static CiphertextHeader forKey(Kind kind, AeadAlgorithm algorithm, int segmentSize) {
        return new CiphertextHeader(kind, algorithm, null, null, segmentSize,
                EncryptionKey.randomBytes(AeadAlgorithm.NONCE_BYTES));
    }

    static CiphertextHeader forPassword(Kind kind, AeadAlgorithm algorithm, Argon2Cost cost,
            int segmentSize) {
        return new CiphertextHeader(kind, algorithm, cost, EncryptionKey.randomBytes(SALT_BYTES), segmentSize,
                EncryptionKey.randomBytes(AeadAlgorithm.NONCE_BYTES));
    }

    boolean passwordBased() {
        return cost != null;
    }

    byte[] encode() {
        ByteBuffer out = ByteBuffer.allocate(length());
        out.put(MAGIC).put((byte) VERSION).put((byte) kind.id).put((byte) algorithm.id())
                .put((byte) (passwordBased() ? 1 : 0));
        if (passwordBased()) {
            out.putInt(cost.memoryKiB()).putInt(cost.iterations()).put((byte) cost.parallelism()).put(salt);
        }
        if (kind == Kind.FILE) {
            out.putInt(segmentSize);
        }
        return out.put(nonce).array();
    }

    int length() {
        return 7 + (passwordBased() ? 9 + SALT_BYTES : 0) + (kind == Kind.FILE ? 4 : 0) + AeadAlgorithm.NONCE_BYTES;
    }

    /**
     * Reads a header from the start of {@code in}, leaving the stream just after it.
     *
     * @param what names the data in messages, for example "The ciphertext" or "File data.enc"
     */
    static CiphertextHeader read(InputStream in, String what) {
        DataInputStream data = new DataInputStream(in);
        try {
            byte[] magic = data.readNBytes(3);
            if (!Arrays.equals(magic, MAGIC)) {
                throw new CryptoException(what + " does not start with the ATJ marker, so it was not written by"
                        + " dev.atj.crypto (or its first bytes were changed). Check that you pass the ciphertext"
                        + " itself, not the plaintext or another file.");
            }
            int version = data.readUnsignedByte();
            if (version != VERSION) {
                throw new CryptoException(what + " has format version " + version + "; this library reads version "
                        + VERSION + ". It was changed, or written by a newer ATJ.");
            }
            Kind kind = kind(data.readUnsignedByte(), what);
            AeadAlgorithm algorithm = AeadAlgorithm.fromId(data.readUnsignedByte());
            int keySource = data.readUnsignedByte();
            Argon2Cost cost = null;
            byte[] salt = null;
            if (keySource == 1) {
                cost = cost(data.readInt(), data.readInt(), data.readUnsignedByte(), what);
                salt = data.readNBytes(SALT_BYTES);
                requireFull(salt, SALT_BYTES);
            } else if (keySource != 0) {
                throw new CryptoException(what + " names key source " + keySource + " (0 = key, 1 = password);"
                        + " the header was changed.");
            }
            int segmentSize = kind == Kind.FILE ? segmentSize(data.readInt(), what) : 0;
            byte[] nonce = data.readNBytes(AeadAlgorithm.NONCE_BYTES);
            requireFull(nonce, AeadAlgorithm.NONCE_BYTES);
            return new CiphertextHeader(kind, algorithm, cost, salt, segmentSize, nonce);
        } catch (EOFException e) {
            throw new CryptoException(what + " ends inside its header: it was cut short. Check that you copied"
                    + " all of it.", e);
        } catch (IOException e) {
            throw new CryptoException(what + " could not be read: " + e.getMessage(), e);
        }
    }

    private static void requireFull(byte[] field, int length) throws EOFException {
        if (field.length != length) {
            throw new EOFException("header field cut short");
        }
    }

    private static Kind kind(int id, String what) {
        for (Kind kind : Kind.values()) {
            if (kind.id == id) {
                return kind;
            }
        }
        throw new CryptoException(what + " has kind " + id + " in its header (1 = message, 2 = file); the header"
                + " was changed.");
    }

    private static Argon2Cost cost(int memoryKiB, int iterations, int parallelism, String what) {
        // Argon2Cost's limits, the same as for stored password hashes, keep a hostile header
        // from making decryption allocate gigabytes or run for hours.
        try {
            return new Argon2Cost(memoryKiB, iterations, parallelism);
        } catch (CryptoException e) {
            throw new CryptoException(what + " asks for an Argon2id cost this library refuses to run ("
                    + e.getMessage() + ") The header was changed, or the data is hostile.", e);
        }
    }

    private static int segmentSize(int size, String what) {
        if (size < FileEncryption.MIN_SEGMENT || size > FileEncryption.MAX_SEGMENT) {
            throw new CryptoException(what + " names a segment size of " + size + " bytes, outside "
                    + FileEncryption.MIN_SEGMENT + " to " + FileEncryption.MAX_SEGMENT + "; the header was changed.");
        }
        return size;
    }
}
