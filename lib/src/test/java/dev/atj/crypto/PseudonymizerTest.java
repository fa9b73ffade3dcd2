package dev.atj.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.bouncycastle.util.encoders.Base32;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class PseudonymizerTest {
    private static final byte[] KEY = "a 32-byte demo key for the tests".getBytes(StandardCharsets.US_ASCII);
    private static final List<String> FIRST_NAMES = List.of("Alice", "Bob", "Carol", "Dave", "Eve", "Frank",
            "Grace", "Heidi", "Ivan", "Judy", "Mallory", "Niaj", "Olivia", "Peggy", "Rupert", "Sybil", "Trent",
            "Victor", "Walter");

    @Test
    void pseudonymIsTheTruncatedBase32OfHmacSha256() {
        // RFC 4231 §4.7 (test case 6): key = 131 × 0xaa, HMAC-SHA-256 =
        // 60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54, whose RFC 4648
        // base32 begins "MDSDCWI64C3H6DMKE2VMX5NXP6".
        byte[] key = new byte[131];
        Arrays.fill(key, (byte) 0xaa);
        String data = "Test Using Larger Than Block-Size Key - Hash Key First";
        assertEquals("mdsdcwi64c3h6dmk", Pseudonymizer.withKey(key).pseudonym(data));
        assertEquals("mdsdcwi64c3h6dmke2vmx5nxp6", Pseudonymizer.withKey(key, 26).pseudonym(data));
    }

    @Test
    void sameValueSameKeyGivesSamePseudonym() {
        Pseudonymizer p = Pseudonymizer.withKey(KEY);
        assertEquals(p.pseudonym("Alice"), Pseudonymizer.withKey(KEY.clone()).pseudonym("Alice"));
        assertNotEquals(p.pseudonym("Alice"), p.pseudonym("alice"));
        assertEquals(16, p.pseudonym("Alice").length());
        assertTrue(p.pseudonym("Alice").matches("[a-z2-7]{16}"));
    }

    @Test
    void anotherKeyGivesUnrelatedPseudonyms() {
        assertNotEquals(Pseudonymizer.withKey(KEY).pseudonym("Alice"), Pseudonymizer.withRandomKey().pseudonym("Alice"));
    }

    @Test
    void applyReturnsANewTableWithTheColumnReplacedInPlace() {
        StringColumn names = StringColumn.create("name", "Alice", "Bob", "Alice");
        names.appendMissing();
        Table people = Table.create("people", names, IntColumn.create("age", 30, 40, 30, 50));
        Pseudonymizer p = Pseudonymizer.withKey(KEY);

        Table safe = p.apply(people, "name");

        assertEquals(List.of("name", "age"), safe.columnNames());
        assertEquals(p.pseudonym("Alice"), safe.stringColumn("name").get(0));
        assertEquals(p.pseudonym("Bob"), safe.stringColumn("name").get(1));
        assertEquals(safe.stringColumn("name").get(0), safe.stringColumn("name").get(2));
        assertTrue(safe.stringColumn("name").isMissing(3));
        assertEquals("Alice", people.stringColumn("name").get(0));
        assertEquals(people.intColumn("age").asList(), safe.intColumn("age").asList());
    }

    @Test
    void numericColumnsArePseudonymisedByTheirText() {
        Table table = Table.create("ids", IntColumn.create("patient", 1042, 7));
        Table safe = Pseudonymizer.withKey(KEY).apply(table, "patient");
        assertEquals(Pseudonymizer.withKey(KEY).pseudonym("1042"), safe.stringColumn("patient").get(0));
    }

    @Test
    void unknownColumnIsAClearError() {
        Table table = Table.create("people", StringColumn.create("name", "Alice"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Pseudonymizer.withKey(KEY).apply(table, "email"));
        assertTrue(e.getMessage().contains("email") && e.getMessage().contains("[name]"), e.getMessage());
    }

    @Test
    void shortKeysAndLengthsAreRejected() {
        CryptoException e = assertThrows(CryptoException.class, () -> Pseudonymizer.withKey(new byte[8]));
        assertTrue(e.getMessage().contains("16 bytes"), e.getMessage());
        assertThrows(CryptoException.class, () -> Pseudonymizer.withKey(KEY, 4));
        assertThrows(CryptoException.class, () -> Pseudonymizer.withKey(KEY, 53));
    }

    @Test
    void dictionaryReversesAPlainHashButNotAKeyedPseudonym() {
        String plain = Hashes.hex(HashAlgorithm.SHA_256, "Mallory");
        assertEquals(Optional.of("Mallory"), Hashes.reverseByEnumeration(HashAlgorithm.SHA_256, plain, FIRST_NAMES));

        Pseudonymizer keyHolder = Pseudonymizer.withKey(KEY);
        String target = keyHolder.pseudonym("Mallory");
        Pseudonymizer attackerWithAnotherKey = Pseudonymizer.withRandomKey();
        assertTrue(FIRST_NAMES.stream().noneMatch(name -> attackerWithAnotherKey.pseudonym(name).equals(target)));
        assertTrue(FIRST_NAMES.stream().noneMatch(name -> Base32.toBase32String(
                Hashes.hash(HashAlgorithm.SHA_256, name.getBytes(StandardCharsets.UTF_8))).toLowerCase(Locale.ROOT)
                .startsWith(target)));
        assertEquals(List.of("Mallory"), FIRST_NAMES.stream()
                .filter(name -> keyHolder.pseudonym(name).equals(target)).collect(Collectors.toList()));
    }

    @Test
    void collisionProbabilityFollowsTheBirthdayBound() {
        // n = 2^20 values in 40 bits: n^2 / 2^41 = 1/2, so 1 - e^(-1/2) = 0.3935 (birthday bound).
        assertEquals(1 - Math.exp(-0.5), Pseudonymizer.collisionProbability(1L << 20, 8), 1e-5);
        assertTrue(Pseudonymizer.collisionProbability(1_000_000, 16) < 1e-12);
        assertEquals(0.0, Pseudonymizer.collisionProbability(1, 16));
    }
}
