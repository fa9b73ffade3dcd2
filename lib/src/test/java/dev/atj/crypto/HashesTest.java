package dev.atj.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HashesTest {

    @Test
    void sha256OfAbcIsTheFips180Example() {
        // FIPS 180-4 / NIST CSRC example "SHA256.pdf": message "abc".
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                Hashes.hex(HashAlgorithm.SHA_256, "abc"));
    }

    @Test
    void sha512OfAbcIsTheFips180Example() {
        // FIPS 180-4 / NIST CSRC example "SHA512.pdf": message "abc".
        assertEquals("ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a"
                + "2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f",
                Hashes.hex(HashAlgorithm.SHA_512, "abc"));
    }

    @Test
    void sha3OfAbcIsTheFips202Example() {
        // NIST CSRC example values for FIPS 202 (SHA3-256, message "abc").
        assertEquals("3a985da74fe225b2045c172d6bd390bd855f086e3e9d525b46bfe24511431532",
                Hashes.hex(HashAlgorithm.SHA3_256, "abc"));
    }

    @Test
    void blake2bOfAbcIsTheRfc7693Example() {
        // RFC 7693 Appendix A: BLAKE2b-512("abc").
        assertEquals("ba80a53f981c4d0d6a2797b69f12f6e94c212f14685ac4b74b12bb6fdbffa2d1"
                + "7d87c5392aab792dc252d5de4533cc9518d38aa8dbf1925ab92386edd4009923",
                Hashes.hex(HashAlgorithm.BLAKE2B_512, "abc"));
    }

    // BLAKE3 official test vectors (BLAKE3-team/BLAKE3, test_vectors/test_vectors.json): input
    // byte i is i mod 251; the first 32 bytes of "hash" are the default-length output.
    @ParameterizedTest(name = "input length {0}")
    @CsvSource({
        "0,    af1349b9f5f9a1a6a0404dea36dcc9499bcb25c9adc112b7cc9a93cae41f3262",
        "1,    2d3adedff11b61f14c886e35afa036736dcd87a74d27b5c1510225d0f592e213",
        "1023, 10108970eeda3eb932baac1428c7a2163b0e924c9a9e25b35bba72b28f70bd11",
        "1025, d00278ae47eb27b34faecf67b4fe263f82d5412916c1ffd97c8cb7fb814b8444",
        "2049, 5f4d72f40d7a5f82b15ca2b2e44b1de3c2ef86c426c95c1af0b6879522563030",
    })
    void blake3MatchesTheOfficialTestVectors(int length, String expected) {
        assertEquals(expected, Hashes.hex(HashAlgorithm.BLAKE3, blake3TestInput(length)));
    }

    @Test
    void everyAlgorithmReportsItsDigestLength() {
        for (HashAlgorithm algorithm : HashAlgorithm.values()) {
            assertEquals(algorithm.digestBytes(), Hashes.hash(algorithm, new byte[] {1, 2, 3}).length,
                    algorithm.displayName());
        }
    }

    @Test
    void fileHashEqualsTheInMemoryHash(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("greeting.txt");
        Files.writeString(file, "Hello, integrity!");
        for (HashAlgorithm algorithm : HashAlgorithm.values()) {
            assertEquals(Hashes.hex(algorithm, "Hello, integrity!"), Hashes.file(algorithm, file),
                    algorithm.displayName());
        }
    }

    @Test
    void fileLargerThanTheBufferIsHashedWhole(@TempDir Path dir) throws Exception {
        byte[] data = new byte[3 * Hashes.BUFFER_BYTES + 17];
        new Random(7).nextBytes(data);
        Path file = dir.resolve("big.bin");
        Files.write(file, data);
        for (HashAlgorithm algorithm : HashAlgorithm.values()) {
            assertEquals(Hashes.hex(algorithm, data), Hashes.file(algorithm, file), algorithm.displayName());
        }
        byte[] lastByteChanged = data.clone();
        lastByteChanged[data.length - 1] ^= 1;
        Files.write(file, lastByteChanged);
        assertFalse(Hashes.hex(HashAlgorithm.SHA_256, data).equals(Hashes.file(HashAlgorithm.SHA_256, file)));
    }

    @Test
    void streamedBlake3MatchesTheTestVectorAcrossBufferBoundaries(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("vector.bin");
        Files.write(file, blake3TestInput(2049));
        assertEquals("5f4d72f40d7a5f82b15ca2b2e44b1de3c2ef86c426c95c1af0b6879522563030",
                Hashes.file(HashAlgorithm.BLAKE3, file));
    }

    @Test
    void missingFileIsAClearError(@TempDir Path dir) {
        Path missing = dir.resolve("nope.txt");
        UncheckedIOException e = assertThrows(UncheckedIOException.class,
                () -> Hashes.file(HashAlgorithm.SHA_256, missing));
        assertTrue(e.getMessage().contains("nope.txt"), e.getMessage());
    }

    @Test
    void constantTimeEqualsComparesContent() {
        assertTrue(Hashes.equalsConstantTime(new byte[] {1, 2, 3}, new byte[] {1, 2, 3}));
        assertFalse(Hashes.equalsConstantTime(new byte[] {1, 2, 3}, new byte[] {1, 2, 4}));
        assertFalse(Hashes.equalsConstantTime(new byte[] {1, 2, 3}, new byte[] {1, 2}));
    }

    @Test
    void hexRoundTripsAndRejectsNonHex() {
        byte[] bytes = {0, 15, -1, 127};
        assertEquals("000fff7f", Hashes.toHex(bytes));
        assertArrayEquals(bytes, Hashes.fromHex("000FFF7F"));
        CryptoException e = assertThrows(CryptoException.class, () -> Hashes.fromHex("xyz"));
        assertTrue(e.getMessage().contains("hex"), e.getMessage());
    }

    @Test
    void plainHashOfABirthDateIsReversedByEnumeratingACentury() {
        String leaked = Hashes.hex(HashAlgorithm.SHA_256, "1987-03-14");
        Stream<String> everyDay = Stream.iterate(LocalDate.of(1920, 1, 1), d -> d.isBefore(LocalDate.of(2021, 1, 1)),
                d -> d.plusDays(1)).map(LocalDate::toString);
        assertEquals(Optional.of("1987-03-14"),
                Hashes.reverseByEnumeration(HashAlgorithm.SHA_256, leaked, everyDay::iterator));
    }

    private static byte[] blake3TestInput(int length) {
        byte[] input = new byte[length];
        for (int i = 0; i < length; i++) {
            input[i] = (byte) (i % 251);
        }
        return input;
    }
}
