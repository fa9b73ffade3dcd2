package dev.atj.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import javax.crypto.AEADBadTagException;
import org.junit.jupiter.api.Test;

/** The raw primitive under the safe API, checked against published test vectors. */
class AeadAlgorithmTest {
    private static final HexFormat HEX = HexFormat.of();

    /** RFC 8439 §2.8.2, "Example and Test Vector for AEAD_CHACHA20_POLY1305". */
    @Test
    void chaCha20Poly1305MatchesRfc8439Section2_8_2() throws Exception {
        byte[] key = HEX.parseHex("808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9f");
        byte[] nonce = HEX.parseHex("070000004041424344454647");
        byte[] aad = HEX.parseHex("50515253c0c1c2c3c4c5c6c7");
        byte[] plaintext = ("Ladies and Gentlemen of the class of '99: If I could offer you only one tip for the"
                + " future, sunscreen would be it.").getBytes(StandardCharsets.US_ASCII);
        String expected = "d31a8d34648e60db7b86afbc53ef7ec2a4aded51296e08fea9e2b5a736ee62d6"
                + "3dbea45e8ca9671282fafb69da92728b1a71de0a9e060b2905d6a5b67ecd3b36"
                + "92ddbd7f2d778b8c9803aee328091b58fab324e4fad675945585808b4831d7bc"
                + "3ff4def08e4b7a9de576d26586cec64b6116"
                + "1ae10b594f09e26a7e902ecbd0600691"; // tag

        byte[] sealed = AeadAlgorithm.CHACHA20_POLY1305.seal(key, nonce, aad, plaintext);

        assertEquals(expected, HEX.formatHex(sealed));
        assertArrayEquals(plaintext, AeadAlgorithm.CHACHA20_POLY1305.open(key, nonce, aad, sealed));
    }

    /** McGrew and Viega, "The Galois/Counter Mode of Operation (GCM)", Test Case 13: empty plaintext. */
    @Test
    void aesGcmMatchesGcmSpecTestCase13() throws Exception {
        assertGcmVector("0000000000000000000000000000000000000000000000000000000000000000",
                "000000000000000000000000", "", "", "", "530f8afbc74536b9a963b4f1c4cb738b");
    }

    /** GCM spec Test Case 14: one zero block. */
    @Test
    void aesGcmMatchesGcmSpecTestCase14() throws Exception {
        assertGcmVector("0000000000000000000000000000000000000000000000000000000000000000",
                "000000000000000000000000", "", "00000000000000000000000000000000",
                "cea7403d4d606b6e074ec5d3baf39d18", "d0d1c8a799996bf0265b98b5d48ab919");
    }

    /** GCM spec Test Case 15: four blocks, no associated data. */
    @Test
    void aesGcmMatchesGcmSpecTestCase15() throws Exception {
        assertGcmVector("feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308",
                "cafebabefacedbaddecaf888", "",
                "d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a72"
                        + "1c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b391aafd255",
                "522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa"
                        + "8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662898015ad",
                "b094dac5d93471bdec1a502270e3cc6c");
    }

    /** GCM spec Test Case 16: 60 bytes with 20 bytes of associated data. */
    @Test
    void aesGcmMatchesGcmSpecTestCase16() throws Exception {
        assertGcmVector("feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308",
                "cafebabefacedbaddecaf888", "feedfacedeadbeeffeedfacedeadbeefabaddad2",
                "d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a72"
                        + "1c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39",
                "522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa"
                        + "8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662",
                "76fc6ece0f4e1768cddf8853bb2d551b");
    }

    @Test
    void bothPrimitivesRejectAFlippedTagBit() {
        byte[] key = new byte[32];
        byte[] nonce = new byte[12];
        for (AeadAlgorithm algorithm : AeadAlgorithm.values()) {
            byte[] sealed = algorithm.seal(key, nonce, new byte[0], "data".getBytes(StandardCharsets.UTF_8));
            sealed[sealed.length - 1] ^= 1;
            assertThrows(AEADBadTagException.class, () -> algorithm.open(key, nonce, new byte[0], sealed),
                    algorithm.displayName());
        }
    }

    private static void assertGcmVector(String key, String nonce, String aad, String plaintext, String ciphertext,
            String tag) throws Exception {
        byte[] sealed = AeadAlgorithm.AES_256_GCM.seal(HEX.parseHex(key), HEX.parseHex(nonce), HEX.parseHex(aad),
                HEX.parseHex(plaintext));
        assertEquals(ciphertext + tag, HEX.formatHex(sealed));
        assertArrayEquals(HEX.parseHex(plaintext),
                AeadAlgorithm.AES_256_GCM.open(HEX.parseHex(key), HEX.parseHex(nonce), HEX.parseHex(aad), sealed));
    }
}
