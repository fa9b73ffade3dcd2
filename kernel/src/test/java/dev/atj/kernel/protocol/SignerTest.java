package dev.atj.kernel.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SignerTest {
    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void signsWithHmacSha256AsRfc4231Specifies() {
        // RFC 4231, test case 2: the data may arrive split over several frames.
        Signer signer = Signer.of("hmac-sha256", "Jefe");
        String signature = signer.sign(List.of(bytes("what do ya want "), bytes("for nothing?")));
        assertEquals("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843", signature);
    }

    @Test
    void verifyRejectsATamperedFrame() {
        Signer signer = Signer.of("hmac-sha256", "secret");
        List<byte[]> frames = List.of(bytes("{}"), bytes("{}"), bytes("{}"), bytes("{\"code\":\"1\"}"));
        String signature = signer.sign(frames);
        assertTrue(signer.verify(signature, frames));
        List<byte[]> tampered = List.of(bytes("{}"), bytes("{}"), bytes("{}"), bytes("{\"code\":\"2\"}"));
        assertFalse(signer.verify(signature, tampered));
        assertFalse(signer.verify("", frames));
    }

    @Test
    void anEmptyKeyMeansNoSigning() {
        Signer signer = Signer.of("hmac-sha256", "");
        assertEquals("", signer.sign(List.of(bytes("{}"))));
        assertTrue(signer.verify("", List.of(bytes("{}"))));
    }

    @Test
    void anUnknownSchemeIsAClearError() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> Signer.of("md5", "key"));
        assertTrue(error.getMessage().contains("md5"));
    }
}
