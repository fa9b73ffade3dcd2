package dev.atj.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class FileEncryptionTest {
    private static final int SEGMENT = FileEncryption.DEFAULT_SEGMENT;
    /** Header of a key-encrypted file: 7 fixed bytes, segment size, nonce. */
    private static final int HEADER = 7 + 4 + 12;
    private static final int SEALED_SEGMENT = SEGMENT + 16;

    @TempDir
    Path dir;

    private final EncryptionKey key = EncryptionKey.generate();

    @ParameterizedTest
    @EnumSource(AeadAlgorithm.class)
    void roundTripsEmptyOneByteSeveralSegmentsAndExactMultiples(AeadAlgorithm algorithm) throws IOException {
        FileEncryption files = FileEncryption.of(key).withAlgorithm(algorithm);
        for (int size : new int[] {0, 1, SEGMENT - 1, SEGMENT, SEGMENT + 1, 3 * SEGMENT, 3 * SEGMENT + 1000}) {
            byte[] plain = randomBytes(size);
            Path source = Files.write(dir.resolve("plain-" + size), plain);
            Path sealed = files.encrypt(source, dir.resolve("sealed-" + size));
            int segments = size / SEGMENT + 1 - (size > 0 && size % SEGMENT == 0 ? 1 : 0);
            assertEquals(HEADER + size + 16L * segments, Files.size(sealed), "size " + size);
            Path back = files.decrypt(sealed, dir.resolve("back-" + size));
            assertArrayEquals(plain, Files.readAllBytes(back), "size " + size);
        }
        assertNoTemporaryFilesLeft();
    }

    @Test
    void flippingABitAnywhereFailsAndWritesNothing() throws IOException {
        Path sealed = encrypted(2 * SEGMENT + 100);
        byte[] bytes = Files.readAllBytes(sealed);
        // header bytes, nonce, first segment, second segment's tag, last segment's ciphertext and tag
        int[] positions = {0, 3, 4, 5, 6, 7, 10, 11, 22, HEADER, HEADER + SEGMENT + 3,
            HEADER + SEALED_SEGMENT - 1, HEADER + 2 * SEALED_SEGMENT - 1, HEADER + 2 * SEALED_SEGMENT + 5,
            bytes.length - 1};
        for (int position : positions) {
            byte[] changed = bytes.clone();
            changed[position] ^= 0x10;
            Path tampered = Files.write(dir.resolve("tampered"), changed);
            Path target = dir.resolve("out");
            assertThrows(CryptoException.class, () -> FileEncryption.of(key).decrypt(tampered, target),
                    "byte " + position);
            assertFalse(Files.exists(target), "byte " + position);
        }
        assertNoTemporaryFilesLeft();
    }

    @Test
    void droppingTheLastSegmentIsDetected() throws IOException {
        Path sealed = encrypted(3 * SEGMENT);
        byte[] bytes = Files.readAllBytes(sealed);
        Path cut = Files.write(dir.resolve("cut"), Arrays.copyOf(bytes, HEADER + 2 * SEALED_SEGMENT));
        Path target = dir.resolve("out");

        CryptoException e = assertThrows(CryptoException.class, () -> FileEncryption.of(key).decrypt(cut, target));

        assertTrue(e.getMessage().contains("cut short"), e.getMessage());
        assertTrue(e.getMessage().contains("Nothing was written"), e.getMessage());
        assertFalse(Files.exists(target));
    }

    @Test
    void cuttingInsideASegmentOrRightAfterTheHeaderIsDetected() throws IOException {
        byte[] bytes = Files.readAllBytes(encrypted(SEGMENT + 10));
        for (int length : new int[] {HEADER, HEADER + 5, HEADER + SEALED_SEGMENT + 3, bytes.length - 1, 10}) {
            Path cut = Files.write(dir.resolve("cut"), Arrays.copyOf(bytes, length));
            assertThrows(CryptoException.class, () -> FileEncryption.of(key).decrypt(cut, dir.resolve("out")),
                    "length " + length);
            assertFalse(Files.exists(dir.resolve("out")));
        }
    }

    @Test
    void reorderedSegmentsAndAppendedDataAreDetected() throws IOException {
        byte[] bytes = Files.readAllBytes(encrypted(3 * SEGMENT));
        byte[] swapped = bytes.clone();
        System.arraycopy(bytes, HEADER, swapped, HEADER + SEALED_SEGMENT, SEALED_SEGMENT);
        System.arraycopy(bytes, HEADER + SEALED_SEGMENT, swapped, HEADER, SEALED_SEGMENT);
        byte[] appended = Arrays.copyOf(bytes, bytes.length + 32);
        for (byte[] changed : List.of(swapped, appended)) {
            Path file = Files.write(dir.resolve("changed"), changed);
            assertThrows(CryptoException.class, () -> FileEncryption.of(key).decrypt(file, dir.resolve("out")));
            assertFalse(Files.exists(dir.resolve("out")));
        }
    }

    @Test
    void failedDecryptionLeavesAnExistingTargetUntouched() throws IOException {
        Path sealed = encrypted(SEGMENT + 1);
        Path target = Files.writeString(dir.resolve("keep.txt"), "precious");

        assertThrows(CryptoException.class, () -> FileEncryption.of(EncryptionKey.generate()).decrypt(sealed, target));

        assertEquals("precious", Files.readString(target));
        assertNoTemporaryFilesLeft();
    }

    @Test
    void successfulDecryptionReplacesAnExistingTarget() throws IOException {
        Path sealed = encrypted(100);
        Path target = Files.writeString(dir.resolve("old.txt"), "old");
        FileEncryption.of(key).decrypt(sealed, target);
        assertEquals(100, Files.size(target));
    }

    @Test
    void wrongKeyMessageSaysWhatToCheck() throws IOException {
        Path sealed = encrypted(10);
        CryptoException e = assertThrows(CryptoException.class,
                () -> FileEncryption.of(EncryptionKey.generate()).decrypt(sealed, dir.resolve("out")));
        assertTrue(e.getMessage().contains("key is wrong"), e.getMessage());
    }

    @Test
    void passwordFilesRoundTripAndWrongPasswordFails() throws IOException {
        byte[] plain = randomBytes(2 * SEGMENT + 3);
        Path source = Files.write(dir.resolve("diary.txt"), plain);
        FileEncryption files = FileEncryption.withPassword("open sesame".toCharArray())
                .withCost(PasswordEncryptionTest.CHEAP);
        Path sealed = files.encrypt(source, dir.resolve("diary.enc"));

        assertArrayEquals(plain, Files.readAllBytes(files.decrypt(sealed, dir.resolve("diary-back.txt"))));
        CryptoException e = assertThrows(CryptoException.class,
                () -> FileEncryption.withPassword("open sesame!".toCharArray()).decrypt(sealed, dir.resolve("x")));
        assertTrue(e.getMessage().contains("password is wrong"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("x")));
        assertThrows(CryptoException.class, () -> FileEncryption.of(key).decrypt(sealed, dir.resolve("x")));
    }

    @Test
    void passwordFileHeaderTamperingIsDetected() throws IOException {
        Path source = Files.write(dir.resolve("p"), randomBytes(500));
        FileEncryption files = FileEncryption.withPassword("pw".toCharArray()).withCost(PasswordEncryptionTest.CHEAP);
        byte[] bytes = Files.readAllBytes(files.encrypt(source, dir.resolve("p.enc")));
        // salt (16..31), segment size (32..35), nonce (36..47)
        for (int position : new int[] {12, 20, 34, 40}) {
            byte[] changed = bytes.clone();
            changed[position] ^= 1;
            Path file = Files.write(dir.resolve("changed"), changed);
            assertThrows(CryptoException.class, () -> files.decrypt(file, dir.resolve("out")), "byte " + position);
            assertFalse(Files.exists(dir.resolve("out")));
        }
    }

    @Test
    void manySmallSegmentsRoundTrip() throws IOException {
        FileEncryption files = FileEncryption.of(key).withSegmentSize(1024);
        byte[] plain = randomBytes(1024 * 50);
        Path source = Files.write(dir.resolve("many"), plain);
        Path back = files.decrypt(files.encrypt(source, dir.resolve("many.enc")), dir.resolve("many.out"));
        assertArrayEquals(plain, Files.readAllBytes(back));
    }

    @Test
    void sameSourceAndTargetOrMissingSourceAreRefused() throws IOException {
        Path source = Files.writeString(dir.resolve("a.txt"), "a");
        assertThrows(CryptoException.class, () -> FileEncryption.of(key).encrypt(source, source));
        CryptoException missing = assertThrows(CryptoException.class,
                () -> FileEncryption.of(key).encrypt(dir.resolve("nope"), dir.resolve("nope.enc")));
        assertTrue(missing.getMessage().contains("does not exist"), missing.getMessage());
        assertFalse(Files.exists(dir.resolve("nope.enc")));
    }

    @Test
    void messageCiphertextIsNotReadAsAFile() throws IOException {
        Path file = Files.write(dir.resolve("msg"), Aead.of(key).encrypt(new byte[5]).toBytes());
        CryptoException e = assertThrows(CryptoException.class,
                () -> FileEncryption.of(key).decrypt(file, dir.resolve("out")));
        assertTrue(e.getMessage().contains("one encrypted message"), e.getMessage());
    }

    @Test
    void segmentNoncesDifferOnlyByTheCounter() {
        byte[] base = new byte[12];
        Arrays.fill(base, (byte) 0xa0);
        assertArrayEquals(base, FileEncryption.segmentNonce(base, 0));
        byte[] third = FileEncryption.segmentNonce(base, 0x0102);
        assertEquals((byte) (0xa0 ^ 0x02), third[11]);
        assertEquals((byte) (0xa0 ^ 0x01), third[10]);
        assertEquals((byte) 0xa0, third[0]);
    }

    private Path encrypted(int size) throws IOException {
        Path source = Files.write(dir.resolve("source-" + size), randomBytes(size));
        return FileEncryption.of(key).encrypt(source, dir.resolve("source-" + size + ".enc"));
    }

    private void assertNoTemporaryFilesLeft() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(), files.filter(f -> f.getFileName().toString().endsWith(".partial")).toList());
        }
    }

    private static byte[] randomBytes(int size) {
        byte[] out = new byte[size];
        new Random(size).nextBytes(out);
        return out;
    }
}
