package dev.atj.kernel.kernel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Consumer;

/** One open comm: a channel of JSON messages between kernel code and front-end code. */
public final class Comm {
    private final String id;
    private final String targetName;
    private final IoPub iopub;
    private final ExecutionScope scope;
    private final Comms registry;
    private volatile Consumer<JsonNode> onMessage = data -> { };
    private volatile Consumer<JsonNode> onClose = data -> { };

    Comm(String id, String targetName, IoPub iopub, ExecutionScope scope, Comms registry) {
        this.id = id;
        this.targetName = targetName;
        this.iopub = iopub;
        this.scope = scope;
        this.registry = registry;
    }

    public String id() {
        return id;
    }

    public String targetName() {
        return targetName;
    }

    /** Sends {@code data} to the front-end side of this comm. */
    public void send(JsonNode data) {
        iopub.publish(scope.parentHeader(), "comm_msg", content(data));
    }

    /** Closes the comm from the kernel side. */
    public void close(JsonNode data) {
        if (registry.forget(id)) {
            iopub.publish(scope.parentHeader(), "comm_close", content(data));
        }
    }

    public void onMessage(Consumer<JsonNode> listener) {
        this.onMessage = listener;
    }

    public void onClose(Consumer<JsonNode> listener) {
        this.onClose = listener;
    }

    void received(JsonNode data) {
        onMessage.accept(data);
    }

    void closedByFrontEnd(JsonNode data) {
        onClose.accept(data);
    }

    ObjectNode content(JsonNode data) {
        ObjectNode content = iopub.messages().object().put("comm_id", id);
        content.set("data", data == null ? iopub.messages().object() : data);
        return content;
    }
}
