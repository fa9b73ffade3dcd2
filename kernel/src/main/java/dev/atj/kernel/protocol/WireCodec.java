package dev.atj.kernel.protocol;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Turns messages into signed multipart frames and back. */
public final class WireCodec {
    static final byte[] DELIMITER = "<IDS|MSG>".getBytes(StandardCharsets.US_ASCII);
    private static final int WARM_UP_MESSAGES = 3000;
    private final ObjectMapper json;
    private final Signer signer;

    public WireCodec(ObjectMapper json, Signer signer) {
        this.json = json;
        this.signer = signer;
    }

    public List<byte[]> encode(Message message) {
        List<byte[]> signed = List.of(
                bytes(message.header()),
                bytes(message.parentHeader()),
                bytes(message.metadata()),
                bytes(message.content()));
        List<byte[]> frames = new ArrayList<>(message.identities());
        frames.add(DELIMITER);
        frames.add(signer.sign(signed).getBytes(StandardCharsets.US_ASCII));
        frames.addAll(signed);
        frames.addAll(message.buffers());
        return frames;
    }

    public Message decode(List<byte[]> frames) throws InvalidMessageException {
        int delimiter = indexOfDelimiter(frames);
        if (frames.size() < delimiter + 6) {
            throw new InvalidMessageException("message has " + frames.size() + " frames, too few after <IDS|MSG>");
        }
        String signature = new String(frames.get(delimiter + 1), StandardCharsets.US_ASCII);
        List<byte[]> signed = frames.subList(delimiter + 2, delimiter + 6);
        if (!signer.verify(signature, signed)) {
            throw new InvalidMessageException("bad signature");
        }
        return new Message(
                List.copyOf(frames.subList(0, delimiter)),
                object(signed.get(0), "header"),
                tree(signed.get(1), "parent_header"),
                object(signed.get(2), "metadata"),
                object(signed.get(3), "content"),
                List.copyOf(frames.subList(delimiter + 6, frames.size())));
    }

    private static int indexOfDelimiter(List<byte[]> frames) throws InvalidMessageException {
        for (int i = 0; i < frames.size(); i++) {
            if (Arrays.equals(frames.get(i), DELIMITER)) {
                return i;
            }
        }
        throw new InvalidMessageException("no <IDS|MSG> delimiter");
    }

    /**
     * Encodes and decodes a few thousand typical messages, off the request path, so the JIT
     * has compiled signing and JSON handling before the front end's requests depend on them.
     */
    public void warmUp(MessageFactory messages) {
        for (int i = 0; i < WARM_UP_MESSAGES; i++) {
            Message message = messages.orphan("kernel_info_reply", messages.object()
                    .put("status", "ok").put("protocol_version", MessageFactory.PROTOCOL_VERSION).put("n", i));
            try {
                decode(encode(message));
            } catch (InvalidMessageException e) {
                throw new IllegalStateException("A message this codec wrote does not decode", e);
            }
        }
    }

    private JsonNode tree(byte[] frame, String name) throws InvalidMessageException {
        try {
            return json.readTree(frame);
        } catch (java.io.IOException e) {
            throw new InvalidMessageException(name + " is not valid JSON: " + e.getMessage());
        }
    }

    private ObjectNode object(byte[] frame, String name) throws InvalidMessageException {
        JsonNode node = tree(frame, name);
        if (node instanceof ObjectNode object) {
            return object;
        }
        throw new InvalidMessageException(name + " is not a JSON object");
    }

    private byte[] bytes(JsonNode node) {
        try {
            return json.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise a message frame", e);
        }
    }

}
