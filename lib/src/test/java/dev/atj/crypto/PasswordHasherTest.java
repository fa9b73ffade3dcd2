package dev.atj.crypto;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tech.tablesaw.api.Table;

class PasswordHasherTest {
    private static final PasswordHasher DEMO = PasswordHasher.argon2id(Argon2Cost.DEMO);

    @Test
    void argon2idMatchesTheRfc9106TestVector() {
        // RFC 9106 §5.3: password 32 × 0x01, salt 16 × 0x02, secret 8 × 0x03, associated data
        // 12 × 0x04, t = 3, m = 32 KiB, p = 4, tag length 32.
        byte[] tag = PasswordArgon2id.derive(filled(32, 0x01), filled(16, 0x02), filled(8, 0x03),
                filled(12, 0x04), new Argon2Cost(32, 3, 4), 32);
        assertEquals("0d640df58d78766c08c037a34a8b53c9d01ef0452d75b65eb52520e96b01e659", Hashes.toHex(tag));
    }

    @Test
    void verifiesAPhcStringFromTheReferenceImplementation() {
        // phc-winner-argon2 src/test.c: argon2id, "password", salt "somesalt", m = 256 KiB, t = 2, p = 1.
        String reference = "$argon2id$v=19$m=256,t=2,p=1$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4";
        assertTrue(DEMO.verify("password", reference));
        assertFalse(DEMO.verify("passwore", reference));
    }

    @Test
    void argon2idStoresAStandardPhcStringThatVerifies() {
        String stored = DEMO.hash("correct horse battery staple");
        assertTrue(stored.matches("\\$argon2id\\$v=19\\$m=1024,t=1,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}"),
                stored);
        assertTrue(DEMO.verify("correct horse battery staple", stored));
        assertFalse(DEMO.verify("correct horse battery stapler", stored));
    }

    @Test
    void samePasswordGetsAFreshSaltEachTime() {
        String first = DEMO.hash("secret");
        String second = DEMO.hash("secret");
        assertNotEquals(first, second);
        assertTrue(DEMO.verify("secret", first));
        assertTrue(DEMO.verify("secret", second));
    }

    @Test
    void unicodePasswordsAndCharArraysWork() {
        char[] password = "pässwörd-密码".toCharArray();
        String stored = DEMO.hash(password);
        assertTrue(DEMO.verify("pässwörd-密码", stored));
        assertTrue(DEMO.verify(password, stored));
        assertFalse(DEMO.verify("passwort-密码", stored));
    }

    @Test
    void defaultArgon2idHashRecordsOwaspParameters() {
        String stored = PasswordHasher.argon2id().hash("pw");
        assertTrue(stored.startsWith("$argon2id$v=19$m=19456,t=2,p=1$"), stored);
        assertTrue(PasswordHasher.argon2id().verify("pw", stored));
    }

    @Test
    void bcryptVerifiesKnownVectors() {
        // jBCrypt's test vectors (also used by OpenBSD-compatible implementations), cost 6.
        PasswordHasher bcrypt = PasswordHasher.bcrypt();
        assertTrue(bcrypt.verify("abc", "$2a$06$If6bvum7DFjUnE9p2uDeDu0YHzrHM6tf.iqN8.yx.jNN1ILEf7h0i"));
        assertTrue(bcrypt.verify("abcdefghijklmnopqrstuvwxyz",
                "$2a$06$.rCVZVOThsIa97pEDOxvGuRRgzG64bvtJ0938xuqzv18d3ZpQhstC"));
        assertFalse(bcrypt.verify("abd", "$2a$06$If6bvum7DFjUnE9p2uDeDu0YHzrHM6tf.iqN8.yx.jNN1ILEf7h0i"));
    }

    @Test
    void bcryptRoundTripsAndRefusesPasswordsItWouldTruncate() {
        PasswordHasher bcrypt = PasswordHasher.bcrypt(4);
        String stored = bcrypt.hash("hunter2");
        assertTrue(stored.startsWith("$2b$04$") && stored.length() == 60, stored);
        assertTrue(bcrypt.verify("hunter2", stored));
        assertFalse(bcrypt.verify("hunter3", stored));
        CryptoException e = assertThrows(CryptoException.class, () -> bcrypt.hash("x".repeat(73)));
        assertTrue(e.getMessage().contains("72 bytes"), e.getMessage());
    }

    @Test
    void scryptMatchesTheRfc7914TestVector() {
        // RFC 7914 §12: P = "password", S = "NaCl", N = 1024, r = 8, p = 16, dkLen = 64.
        byte[] key = new PasswordScrypt(10, 8, 16).derive("password".getBytes(UTF_8), "NaCl".getBytes(UTF_8), 64);
        assertEquals("fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b373162"
                + "2eaf30d92e22a3886ff109279d9830dac727afb94a83ee6d8360cbdfa2cc0640", Hashes.toHex(key));
    }

    @Test
    void scryptRoundTripsInItsOwnStringForm() {
        PasswordHasher scrypt = PasswordHasher.scrypt(10, 8, 1);
        String stored = scrypt.hash("hunter2");
        assertTrue(stored.startsWith("$scrypt$ln=10,r=8,p=1$"), stored);
        assertTrue(scrypt.verify("hunter2", stored));
        assertFalse(scrypt.verify("hunter3", stored));
    }

    @Test
    void verifyReadsEverySchemeWhicheverOneTheHasherWrites() {
        String fromScrypt = PasswordHasher.scrypt(10, 8, 1).hash("pw");
        String fromBcrypt = PasswordHasher.bcrypt(4).hash("pw");
        assertTrue(DEMO.verify("pw", fromScrypt));
        assertTrue(DEMO.verify("pw", fromBcrypt));
    }

    @Test
    void needsRehashWhenParametersAreBelowTheHashersOrTheSchemeDiffers() {
        String demo = DEMO.hash("pw");
        PasswordHasher stronger = PasswordHasher.argon2id(new Argon2Cost(2048, 1, 1));
        assertFalse(DEMO.needsRehash(demo));
        assertTrue(stronger.needsRehash(demo));
        assertFalse(DEMO.needsRehash(stronger.hash("pw")));
        assertTrue(PasswordHasher.argon2id(new Argon2Cost(1024, 2, 1)).needsRehash(demo));

        String bcrypt4 = PasswordHasher.bcrypt(4).hash("pw");
        assertFalse(PasswordHasher.bcrypt(4).needsRehash(bcrypt4));
        assertTrue(PasswordHasher.bcrypt(5).needsRehash(bcrypt4));
        assertTrue(DEMO.needsRehash(bcrypt4));

        String scrypt10 = PasswordHasher.scrypt(10, 8, 1).hash("pw");
        assertFalse(PasswordHasher.scrypt(10, 8, 1).needsRehash(scrypt10));
        assertTrue(PasswordHasher.scrypt(11, 8, 1).needsRehash(scrypt10));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "$argon2id$v=19$m=256,t=2,p=1$c29tZXNhbHQ",
        "$argon2id$v=19$m=256,t=2,p=1$c29tZXNhbHQ$nf65EOgL*QMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4",
        "$argon2id$v=16$m=256,t=2,p=1$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4",
        "$argon2id$v=19$t=2,m=256,p=1$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4",
        "$argon2id$v=19$m=abc,t=2,p=1$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4",
        "$argon2id$v=19$m=99999999,t=2,p=1$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4",
        "$argon2id$v=19$m=256,t=65,p=1$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4",
        "$argon2id$v=19$m=256,t=2,p=17$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4",
        "$argon2id$v=19$m=256,t=2,p=1$c2$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4",
        "$argon2id$v=19$m=256,t=2,p=1$c29tZXNhbHR$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4",
        "$2b$10$tooShort",
        "$2b$99$If6bvum7DFjUnE9p2uDeDu0YHzrHM6tf.iqN8.yx.jNN1ILEf7h0i",
        "$scrypt$ln=10,r=8$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4",
        "$scrypt$ln=40,r=8,p=1$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4",
    })
    void malformedStoredStringsFailWithAMessageNamingTheForm(String stored) {
        CryptoException e = assertThrows(CryptoException.class, () -> DEMO.verify("password", stored));
        assertTrue(e.getMessage().startsWith("Malformed stored password hash"), e.getMessage());
        assertTrue(e.getMessage().contains("Expected the form"), e.getMessage());
    }

    @Test
    void malformedMessagesSayWhichPartIsWrong() {
        CryptoException e = assertThrows(CryptoException.class, () -> DEMO.verify("password",
                "$argon2id$v=19$m=256,t=2,p=1$c29tZXNhbHQ$nf65EOgL*QMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4"));
        assertTrue(e.getMessage().contains("the hash"), e.getMessage());
        e = assertThrows(CryptoException.class, () -> DEMO.verify("password",
                "$argon2id$v=16$m=256,t=2,p=1$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4"));
        assertTrue(e.getMessage().contains("v=19"), e.getMessage());
    }

    @Test
    void unknownFormatIsAClearError() {
        CryptoException e = assertThrows(CryptoException.class,
                () -> DEMO.verify("password", "5f4dcc3b5aa765d61d8327deb882cf99"));
        assertTrue(e.getMessage().contains("$argon2id$"), e.getMessage());
    }

    @Test
    void tamperedButWellFormedStringsDoNotVerify() {
        String reference = "$argon2id$v=19$m=256,t=2,p=1$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4";
        List<String> tampered = List.of(
                reference.replace("nf65", "nf66"),          // a changed hash character
                reference.replace("m=256", "m=512"),         // a changed memory cost
                reference.replace("t=2", "t=1"),             // a changed iteration count
                reference.replace("c29tZXNhbHQ", "d29tZXNhbHQ")); // a changed salt
        for (String stored : tampered) {
            assertFalse(DEMO.verify("password", stored), stored);
        }
    }

    @Test
    void costsOutOfRangeAreRejectedWithTheAllowedRange() {
        CryptoException e = assertThrows(CryptoException.class, () -> new Argon2Cost(4, 1, 1));
        assertTrue(e.getMessage().contains("8 KiB"), e.getMessage());
        assertThrows(CryptoException.class, () -> new Argon2Cost(1024, 0, 1));
        assertThrows(CryptoException.class, () -> PasswordHasher.bcrypt(3));
        assertThrows(CryptoException.class, () -> PasswordHasher.scrypt(25, 64, 1));
    }

    @Test
    void defaultCostIsOwaspsRecommendation() {
        assertEquals(new Argon2Cost(19 * 1024, 2, 1), Argon2Cost.DEFAULT);
        assertEquals(Argon2Cost.ofMiB(19, 2, 1), Argon2Cost.DEFAULT);
        assertEquals("m=19 MiB, t=2, p=1", Argon2Cost.DEFAULT.label());
        assertTrue(Argon2Cost.DEMO.isWeakerThan(Argon2Cost.DEFAULT));
        assertFalse(Argon2Cost.DEFAULT.isWeakerThan(Argon2Cost.DEMO));
    }

    @Test
    void sweepReturnsOneRowPerCost() {
        Table table = Argon2Cost.sweep(Duration.ofMillis(20), List.of(Argon2Cost.DEMO, Argon2Cost.ofMiB(2, 1, 1)));
        assertEquals(2, table.rowCount());
        assertEquals(List.of("cost", "memory_mib", "iterations", "parallelism", "ms_per_guess",
                "guesses_per_second", "days_for_1e9_guesses"), table.columnNames());
        assertEquals("m=2 MiB, t=1, p=1", table.stringColumn("cost").get(1));
        assertTrue(table.doubleColumn("guesses_per_second").min() > 0);
    }

    @Test
    void toStringNamesTheScheme() {
        assertEquals("PasswordHasher[argon2id m=19 MiB, t=2, p=1]", PasswordHasher.argon2id().toString());
        assertEquals("PasswordHasher[bcrypt cost 10]", PasswordHasher.bcrypt().toString());
        assertEquals("PasswordHasher[scrypt N=2^17, r=8, p=1]", PasswordHasher.scrypt().toString());
    }

    private static byte[] filled(int length, int value) {
        byte[] bytes = new byte[length];
        Arrays.fill(bytes, (byte) value);
        return bytes;
    }
}
