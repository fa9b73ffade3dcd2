package dev.atj.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class AeadTest {
    private final EncryptionKey key = EncryptionKey.generate();

    @ParameterizedTest
    @EnumSource(AeadAlgorithm.class)
    void roundTripsEmptySmallAndLargeMessages(AeadAlgorithm algorithm) {
        Aead box = Aead.of(key, algorithm);
        byte[] large = new byte[3 * 1024 * 1024 + 7];
        new Random(1).nextBytes(large);
        for (byte[] plaintext : new byte[][] {new byte[0], "x".getBytes(StandardCharsets.UTF_8), large}) {
            Ciphertext sealed = box.encrypt(plaintext);
            assertEquals(algorithm, sealed.algorithm());
            assertEquals(plaintext.length, sealed.plaintextLength());
            assertEquals(plaintext.length + 35, sealed.length());
            assertArrayEquals(plaintext, box.decrypt(Ciphertext.fromBytes(sealed.toBytes())));
        }
    }

    @ParameterizedTest
    @EnumSource(AeadAlgorithm.class)
    void sameTextTwiceGivesDifferentNoncesAndCiphertexts(AeadAlgorithm algorithm) {
        Aead box = Aead.of(key, algorithm);
        String first = box.encryptText("attack at dawn");
        String second = box.encryptText("attack at dawn");
        assertNotEquals(first, second);
        assertFalse(Arrays.equals(Ciphertext.fromBase64(first).nonce(), Ciphertext.fromBase64(second).nonce()));
        assertEquals("attack at dawn", box.decryptText(first));
        assertEquals("attack at dawn", box.decryptText(second));
    }

    @ParameterizedTest
    @EnumSource(AeadAlgorithm.class)
    void flippingAnyBitOfTheCiphertextIsDetected(AeadAlgorithm algorithm) {
        Aead box = Aead.of(key, algorithm);
        byte[] sealed = box.encrypt("secret".getBytes(StandardCharsets.UTF_8), new byte[] {1, 2}).toBytes();
        // header (magic, version, kind, algorithm, key source, nonce), ciphertext and tag: every bit
        for (int bit = 0; bit < sealed.length * 8; bit++) {
            byte[] changed = sealed.clone();
            changed[bit / 8] ^= (byte) (1 << (bit % 8));
            assertThrows(CryptoException.class, () -> box.decrypt(Ciphertext.fromBytes(changed), new byte[] {1, 2}),
                    "bit " + bit);
        }
    }

    @Test
    void wrongKeyFailsWithAMessageThatSaysWhatToCheck() {
        String sealed = Aead.of(key).encryptText("hello");
        CryptoException e = assertThrows(CryptoException.class,
                () -> Aead.of(EncryptionKey.generate()).decryptText(sealed));
        assertTrue(e.getMessage().contains("key is wrong"), e.getMessage());
        assertTrue(e.getMessage().contains("nothing was decrypted"), e.getMessage());
    }

    @Test
    void associatedDataMustMatch() {
        Aead box = Aead.of(key, AeadAlgorithm.CHACHA20_POLY1305);
        String sealed = box.encryptText("balance: 100", "account-7");
        assertEquals("balance: 100", box.decryptText(sealed, "account-7"));
        assertThrows(CryptoException.class, () -> box.decryptText(sealed, "account-8"));
        assertThrows(CryptoException.class, () -> box.decryptText(sealed));
    }

    @Test
    void decryptionReadsTheAlgorithmFromTheHeader() {
        String sealed = Aead.of(key, AeadAlgorithm.CHACHA20_POLY1305).encryptText("either way");
        assertEquals("either way", Aead.of(key, AeadAlgorithm.AES_256_GCM).decryptText(sealed));
    }

    @Test
    void truncatedOrForeignInputIsRejectedWithAClearMessage() {
        byte[] sealed = Aead.of(key).encrypt(new byte[10]).toBytes();
        CryptoException cut = assertThrows(CryptoException.class,
                () -> Ciphertext.fromBytes(Arrays.copyOf(sealed, 20)));
        assertTrue(cut.getMessage().contains("cut short"), cut.getMessage());
        CryptoException noTag = assertThrows(CryptoException.class,
                () -> Ciphertext.fromBytes(Arrays.copyOf(sealed, 30)));
        assertTrue(noTag.getMessage().contains("tag"), noTag.getMessage());
        CryptoException plain = assertThrows(CryptoException.class,
                () -> Ciphertext.fromBytes("just some text".getBytes(StandardCharsets.UTF_8)));
        assertTrue(plain.getMessage().contains("ATJ marker"), plain.getMessage());
        CryptoException notBase64 = assertThrows(CryptoException.class, () -> Aead.of(key).decryptText("%%%"));
        assertTrue(notBase64.getMessage().contains("base64"), notBase64.getMessage());
    }

    @Test
    void newerFormatVersionIsNamedInTheError() {
        byte[] sealed = Aead.of(key).encrypt(new byte[1]).toBytes();
        sealed[3] = 2;
        CryptoException e = assertThrows(CryptoException.class, () -> Ciphertext.fromBytes(sealed));
        assertTrue(e.getMessage().contains("version 2"), e.getMessage());
    }

    @Test
    void keysRoundTripThroughBase64AndNeverPrint() {
        EncryptionKey again = EncryptionKey.fromBase64(key.toBase64());
        assertEquals(key, again);
        assertEquals("hi", Aead.of(again).decryptText(Aead.of(key).encryptText("hi")));
        assertFalse(key.toString().contains(key.toBase64()));
        assertThrows(CryptoException.class, () -> EncryptionKey.fromBytes(new byte[16]));
    }

    @Test
    void passwordCiphertextIsNotOpenedAsAKeyCiphertext() {
        Ciphertext sealed = PasswordEncryption.defaults().withCost(new Argon2Cost(64, 1, 1))
                .encrypt(new byte[3], "pw".toCharArray());
        CryptoException e = assertThrows(CryptoException.class, () -> Aead.of(key).decrypt(sealed));
        assertTrue(e.getMessage().contains("PasswordEncryption"), e.getMessage());
    }
}
