package dev.atj.kernel.kernel;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atj.kernel.protocol.Message;
import dev.atj.kernel.protocol.MessageSink;

/** A request being handled, with the socket its reply goes back on and the iopub to broadcast on. */
public record Request(Message message, MessageSink replyChannel, IoPub iopub) {

    public ObjectNode content() {
        return message.content();
    }

    public ObjectNode newContent() {
        return iopub.messages().object();
    }

    public void reply(String type, ObjectNode content) {
        replyChannel.send(iopub.messages().child(message, type, content));
    }

    public void publish(String type, ObjectNode content) {
        iopub.publish(message.header(), type, content);
    }
}
