package dev.atj.kernel.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

/** Makes headers for the messages this kernel sends, all in one kernel session. */
public final class MessageFactory {
    public static final String PROTOCOL_VERSION = "5.3";
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSXXX");
    private final ObjectMapper json;
    private final String session = UUID.randomUUID().toString();

    public MessageFactory(ObjectMapper json) {
        this.json = json;
    }

    public ObjectMapper json() {
        return json;
    }

    public ObjectNode object() {
        return json.createObjectNode();
    }

    /** A reply or broadcast caused by {@code parent}; identities are kept so ROUTER sockets route it back. */
    public Message child(Message parent, String type, ObjectNode content) {
        return new Message(parent.identities(), header(type), parent.header(), object(), content, List.of());
    }

    /** A message with no parent, such as the first status broadcast. */
    public Message orphan(String type, ObjectNode content) {
        JsonNode noParent = object();
        return new Message(List.of(), header(type), noParent, object(), content, List.of());
    }

    /** Keeps the parent header but drops routing identities: iopub broadcasts go to every subscriber. */
    public Message broadcast(JsonNode parentHeader, String type, ObjectNode content) {
        byte[] topic = ("kernel." + session + "." + type).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return new Message(List.of(topic), header(type), parentHeader, object(), content, List.of());
    }

    private ObjectNode header(String type) {
        ObjectNode header = object();
        header.put("msg_id", UUID.randomUUID().toString());
        header.put("session", session);
        header.put("username", "atj");
        header.put("date", OffsetDateTime.now(ZoneOffset.UTC).format(ISO));
        header.put("msg_type", type);
        header.put("version", PROTOCOL_VERSION);
        return header;
    }
}
