package dev.atj.kernel.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WireCodecTest {
    private final ObjectMapper json = new ObjectMapper();
    private final MessageFactory messages = new MessageFactory(json);
    private final WireCodec codec = new WireCodec(json, Signer.of("hmac-sha256", "key"));

    private Message request() {
        Message parent = new Message(List.of("client".getBytes(StandardCharsets.UTF_8)),
                messages.object(), messages.object(), messages.object(), messages.object(), List.of());
        return messages.child(parent, "execute_request", messages.object().put("code", "1+1"));
    }

    @Test
    void decodesWhatItEncodes() throws InvalidMessageException {
        Message sent = request();
        Message received = codec.decode(codec.encode(sent));
        assertEquals("execute_request", received.type());
        assertEquals("1+1", received.content().path("code").asText());
        assertArrayEquals(sent.identities().get(0), received.identities().get(0));
        assertEquals(MessageFactory.PROTOCOL_VERSION, received.header().path("version").asText());
    }

    @Test
    void rejectsABadSignature() {
        List<byte[]> frames = new ArrayList<>(codec.encode(request()));
        frames.set(2, "0".repeat(64).getBytes(StandardCharsets.US_ASCII));
        InvalidMessageException error = assertThrows(InvalidMessageException.class, () -> codec.decode(frames));
        assertTrue(error.getMessage().contains("signature"));
    }

    @Test
    void rejectsFramesSignedWithAnotherKey() {
        WireCodec stranger = new WireCodec(json, Signer.of("hmac-sha256", "other key"));
        assertThrows(InvalidMessageException.class, () -> codec.decode(stranger.encode(request())));
    }

    @Test
    void rejectsMessagesWithoutDelimiterOrWithBadJson() {
        assertThrows(InvalidMessageException.class,
                () -> codec.decode(List.of("just one frame".getBytes(StandardCharsets.UTF_8))));
        WireCodec unsigned = new WireCodec(json, Signer.of("hmac-sha256", ""));
        List<byte[]> frames = new ArrayList<>(unsigned.encode(request()));
        frames.set(frames.size() - 1, "{not json".getBytes(StandardCharsets.UTF_8));
        InvalidMessageException error = assertThrows(InvalidMessageException.class, () -> unsigned.decode(frames));
        assertTrue(error.getMessage().contains("content"));
    }
}
