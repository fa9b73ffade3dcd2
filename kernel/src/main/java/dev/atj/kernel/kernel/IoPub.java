package dev.atj.kernel.kernel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atj.kernel.protocol.Channel;
import dev.atj.kernel.protocol.MessageFactory;

/** Broadcasts on the iopub socket: status, streams, results, errors. */
public final class IoPub {
    private final Channel channel;
    private final MessageFactory messages;

    public IoPub(Channel channel, MessageFactory messages) {
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
