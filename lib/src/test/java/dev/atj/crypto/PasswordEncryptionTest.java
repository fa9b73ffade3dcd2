package dev.atj.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PasswordEncryptionTest {
    /** Far below a real cost, so that the tests stay fast; the default is tested once below. */
    static final Argon2Cost CHEAP = new Argon2Cost(64, 1, 1);

    private final PasswordEncryption cheap = PasswordEncryption.defaults().withCost(CHEAP);

    @ParameterizedTest
    @EnumSource(AeadAlgorithm.class)
    void roundTripsAndStoresTheCostInTheHeader(AeadAlgorithm algorithm) {
        PasswordEncryption locker = cheap.withAlgorithm(algorithm);
        for (String text : new String[] {"", "Dear diary, ünïcödé 🙂"}) {
            String sealed = locker.encryptText(text, "correct horse battery staple");
            assertEquals(text, locker.decryptText(sealed, "correct horse battery staple"));
            Ciphertext parsed = Ciphertext.fromBase64(sealed);
            assertEquals(CHEAP, parsed.passwordCost().orElseThrow());
            assertEquals(algorithm, parsed.algorithm());
        }
    }

    @Test
    void defaultCostIsRfc9106SecondRecommendationAndRoundTrips() {
        PasswordEncryption locker = PasswordEncryption.defaults();
        // RFC 9106 §4, second recommended option: t = 3, p = 4, m = 64 MiB.
        assertEquals(new Argon2Cost(65536, 3, 4), locker.cost());
        assertEquals(Argon2Cost.KEY_DERIVATION, locker.cost());
        assertTrue(Argon2Cost.DEFAULT.isWeakerThan(Argon2Cost.KEY_DERIVATION));
        Ciphertext sealed = locker.encrypt("default".getBytes(StandardCharsets.UTF_8), "pw".toCharArray());
        assertEquals(Argon2Cost.KEY_DERIVATION, sealed.passwordCost().orElseThrow());
        assertTrue(sealed.toString().contains("password (Argon2id m=64 MiB, t=3, p=4)"), sealed.toString());
        // Decryption takes the cost from the header, whatever the decrypting object's own cost.
        assertEquals("default", new String(cheap.decrypt(sealed, "pw".toCharArray()), StandardCharsets.UTF_8));
    }

    @Test
    void wrongPasswordFailsAndSaysToCheckThePassword() {
        String sealed = cheap.encryptText("secret", "Tr0ub4dor&3");
        CryptoException e = assertThrows(CryptoException.class, () -> cheap.decryptText(sealed, "tr0ub4dor&3"));
        assertTrue(e.getMessage().contains("password is wrong") && e.getMessage().contains("Check the password"), e.getMessage());
    }

    @Test
    void samePasswordAndTextGiveDifferentSaltsNoncesAndCiphertexts() {
        String a = cheap.encryptText("same", "pw");
        String b = cheap.encryptText("same", "pw");
        assertNotEquals(a, b);
    }

    @Test
    void tamperingWithSaltCostNonceCiphertextOrTagIsDetected() {
        byte[] sealed = cheap.encrypt("top secret".getBytes(StandardCharsets.UTF_8), "pw".toCharArray()).toBytes();
        // 7: memory KiB (4 bytes), 11: iterations, 15: parallelism, 16: salt, 32: nonce, 44: ciphertext, end: tag
        int[] positions = {3, 5, 10, 14, 15, 16, 31, 32, 43, 44, sealed.length - 1};
        for (int position : positions) {
            byte[] changed = sealed.clone();
            changed[position] ^= 1;
            assertThrows(CryptoException.class,
                    () -> cheap.decrypt(Ciphertext.fromBytes(changed), "pw".toCharArray()), "byte " + position);
        }
    }

    @Test
    void passwordKeyIsArgon2idOfTheUtf8Password() {
        // phc-winner-argon2 src/test.c: argon2id of "password" with salt "somesalt", m = 256 KiB,
        // t = 2, p = 1 gives the 32 bytes nf65EOgL...i/4 (base64), the same reference string
        // PasswordHasherTest verifies: key derivation and password hashing are one Argon2id.
        EncryptionKey key = PasswordEncryption.deriveKey("password".toCharArray(),
                "somesalt".getBytes(StandardCharsets.UTF_8), new Argon2Cost(256, 2, 1));
        assertEquals("nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4=", key.toBase64());
    }

    @Test
    void hostileCostInTheHeaderIsRefusedBeforeDerivation() {
        byte[] sealed = cheap.encrypt(new byte[1], "pw".toCharArray()).toBytes();
        byte[] hugeMemory = sealed.clone();
        hugeMemory[7] = 0x7f; // memory KiB becomes about 2 billion
        byte[] manyPasses = sealed.clone();
        manyPasses[14] = (byte) (Argon2Cost.MAX_ITERATIONS + 1); // iterations (bytes 11..14) just above the limit
        for (byte[] hostile : List.of(hugeMemory, manyPasses)) {
            CryptoException e = assertThrows(CryptoException.class, () -> Ciphertext.fromBytes(hostile));
            assertTrue(e.getMessage().contains("refuses"), e.getMessage());
        }
    }

    @Test
    void keyCiphertextIsNotOpenedWithAPassword() {
        Ciphertext sealed = Aead.of(EncryptionKey.generate()).encrypt(new byte[2]);
        CryptoException e = assertThrows(CryptoException.class, () -> cheap.decrypt(sealed, "pw".toCharArray()));
        assertTrue(e.getMessage().contains("with a key"), e.getMessage());
    }

    @Test
    void associatedDataIsBoundToo() {
        byte[] plain = {1, 2, 3};
        byte[] aad = "file-1".getBytes(StandardCharsets.UTF_8);
        Ciphertext sealed = cheap.encrypt(plain, aad, "pw".toCharArray());
        assertArrayEquals(plain, cheap.decrypt(sealed, aad, "pw".toCharArray()));
        assertThrows(CryptoException.class, () -> cheap.decrypt(sealed, "pw".toCharArray()));
    }

    @Test
    void costOutsideTheLimitsAndEmptyPasswordsAreRejected() {
        assertThrows(CryptoException.class, () -> new Argon2Cost(4, 1, 1));
        assertThrows(CryptoException.class, () -> new Argon2Cost(64, 0, 1));
        assertThrows(CryptoException.class, () -> new Argon2Cost(64, 65, 1));
        assertThrows(CryptoException.class, () -> new Argon2Cost(256, 1, 17));
        assertThrows(CryptoException.class, () -> new Argon2Cost((1 << 20) + 1, 1, 1));
        assertEquals(1 << 20, new Argon2Cost(1 << 20, 64, 16).memoryKiB()); // 1 GiB, the largest accepted
        assertThrows(CryptoException.class, () -> cheap.encryptText("x", ""));
    }
}
