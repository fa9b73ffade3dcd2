package dev.atj.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PasswordEncryptionTest {
    /** Far below a real cost, so that the tests stay fast; the default is tested once below. */
    static final PasswordEncryption.Cost CHEAP = new PasswordEncryption.Cost(64, 1, 1);

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
        assertEquals(new PasswordEncryption.Cost(65536, 3, 4), locker.cost());
        Ciphertext sealed = locker.encrypt("default".getBytes(StandardCharsets.UTF_8), "pw".toCharArray());
        assertEquals(PasswordEncryption.Cost.DEFAULT, sealed.passwordCost().orElseThrow());
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
    void hostileCostInTheHeaderIsRefusedBeforeDerivation() {
        byte[] sealed = cheap.encrypt(new byte[1], "pw".toCharArray()).toBytes();
        sealed[7] = 0x7f; // memory KiB becomes about 2 billion
        CryptoException e = assertThrows(CryptoException.class, () -> Ciphertext.fromBytes(sealed));
        assertTrue(e.getMessage().contains("refuses"), e.getMessage());
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
    void costOutsideTheAcceptedRangesIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new PasswordEncryption.Cost(4, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> new PasswordEncryption.Cost(64, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new PasswordEncryption.Cost(64, 1, 17));
        assertThrows(IllegalArgumentException.class, () -> new PasswordEncryption.Cost((1 << 20) + 1, 1, 1));
        assertThrows(CryptoException.class, () -> cheap.encryptText("x", ""));
    }
}
