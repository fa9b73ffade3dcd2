package dev.atj.kernel.kernel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atj.kernel.protocol.MessageFactory;
import dev.atj.kernel.protocol.MessageSink;

/** Broadcasts on the iopub socket (or to {@code atj run}'s recorder): status, streams, results, errors. */
public final class IoPub {
    private final MessageSink channel;
    private final MessageFactory messages;

    public IoPub(MessageSink channel, MessageFactory messages) {
        this.channel = channel;
        this.messages = messages;
    }

    public void publish(JsonNode parentHeader, String type, ObjectNode content) {
        channel.send(messages.broadcast(parentHeader, type, content));
    }

    public void status(JsonNode parentHeader, String state) {
        publish(parentHeader, "status", messages.object().put("execution_state", state));
    }

    public MessageFactory messages() {
        return messages;
    }
}
