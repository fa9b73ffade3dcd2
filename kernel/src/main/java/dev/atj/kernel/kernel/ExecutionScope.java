package dev.atj.kernel.kernel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.atj.kernel.protocol.Message;

/**
 * Which execute request cell output belongs to. Output from threads a cell started goes
 * to the last request, as in IPython, because those threads outlive their cell.
 */
public final class ExecutionScope {
    private volatile Message current;
    private volatile boolean allowStdin;

    void enter(Message executeRequest, boolean allowStdin) {
        this.current = executeRequest;
        this.allowStdin = allowStdin;
    }

    void leave() {
        this.allowStdin = false;
    }

    public JsonNode parentHeader() {
        Message message = current;
        return message == null ? JsonNodeFactory.instance.objectNode() : message.header();
    }

    public Message request() {
        return current;
    }

    public boolean allowStdin() {
        return allowStdin;
    }
}
