package dev.atj.crypto;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class HmacTest {
    private static final byte[] CASE_1_KEY = filled(20, 0x0b);
    private static final byte[] CASE_2_KEY = "Jefe".getBytes(UTF_8);
    private static final String CASE_2_DATA = "what do ya want for nothing?";

    @Test
    void sha256MatchesRfc4231TestCase1() {
        // RFC 4231 §4.2: key = 20 × 0x0b, data = "Hi There".
        assertEquals("b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7",
                Hmac.sha256(CASE_1_KEY).tagHex("Hi There"));
    }

    @Test
    void sha256MatchesRfc4231TestCase2() {
        // RFC 4231 §4.3: key = "Jefe", data = "what do ya want for nothing?".
        assertEquals("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
                Hmac.sha256(CASE_2_KEY).tagHex(CASE_2_DATA));
    }

    @Test
    void sha512MatchesRfc4231TestCases1And2() {
        assertEquals("87aa7cdea5ef619d4ff0b4241a1d6cb02379f4e2ce4ec2787ad0b30545e17cde"
                + "daa833b7d6b8a702038b274eaea3f4e4be9d914eeb61f1702e696c203a126854",
                Hmac.sha512(CASE_1_KEY).tagHex("Hi There"));
        assertEquals("164b7a7bfcf819e2e395fbe73b56e0a387bd64222e831fd610270cd7ea250554"
                + "9758bf75c05a994a6d034f65f8f0e6fdcaeab1a34d4a6b4b636e070a38bce737",
                Hmac.sha512(CASE_2_KEY).tagHex(CASE_2_DATA));
    }

    @Test
    void verifyAcceptsTheRightTagAndRejectsChangedMessageOrTag() {
        Hmac mac = Hmac.sha256(Hmac.newKey());
        byte[] message = "amount=100".getBytes(UTF_8);
        byte[] tag = mac.tag(message);
        assertTrue(mac.verify(message, tag));
        assertFalse(mac.verify("amount=900".getBytes(UTF_8), tag));
        byte[] flipped = tag.clone();
        flipped[0] ^= 1;
        assertFalse(mac.verify(message, flipped));
        assertFalse(mac.verify(message, Arrays.copyOf(tag, 16)));
    }

    @Test
    void anotherKeyGivesAnotherTag() {
        assertNotEquals(Hmac.sha256(Hmac.newKey()).tagHex("x"), Hmac.sha256(Hmac.newKey()).tagHex("x"));
    }

    @Test
    void emptyKeyIsRejectedWithAdvice() {
        CryptoException e = assertThrows(CryptoException.class, () -> Hmac.sha256(new byte[0]));
        assertTrue(e.getMessage().contains("Hmac.newKey()"), e.getMessage());
    }

    @Test
    void keyIsNotShownByToString() {
        assertEquals("Hmac[HmacSHA256, key hidden]", Hmac.sha256(CASE_2_KEY).toString());
    }

    private static byte[] filled(int length, int value) {
        byte[] bytes = new byte[length];
        Arrays.fill(bytes, (byte) value);
        return bytes;
    }
}
