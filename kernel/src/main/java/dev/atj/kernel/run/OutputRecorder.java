package dev.atj.kernel.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atj.kernel.protocol.Message;
import dev.atj.kernel.protocol.MessageSink;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Stands where the iopub socket stands in the kernel and turns what the engine broadcasts into
 * nbformat outputs, as a Jupyter client does: each message goes to the cell whose request is its
 * parent, consecutive stream text of one name is merged, display updates rewrite every earlier
 * output with that display id (in any cell), and clear_output(wait) clears at the next output.
 */
final class OutputRecorder implements MessageSink {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private final Map<String, ArrayNode> outputsByRequest = new HashMap<>();
    private final Map<String, List<ObjectNode>> outputsByDisplayId = new HashMap<>();
    private final Set<String> clearBeforeNextOutput = new HashSet<>();

    /** Outputs of messages whose parent is request {@code requestId} go to {@code outputs}. */
    synchronized void expect(String requestId, ArrayNode outputs) {
        outputsByRequest.put(requestId, outputs);
    }

    @Override
    public synchronized void send(Message message) {
        ArrayNode outputs = outputsByRequest.get(message.parentHeader().path("msg_id").asText(""));
        if (outputs == null) {
            return;
        }
        String requestId = message.parentHeader().path("msg_id").asText();
        ObjectNode content = message.content();
        switch (message.type()) {
            case "stream" -> appendStream(requestId, outputs, content);
            case "display_data" -> append(requestId, outputs, display(content));
            case "execute_result" -> append(requestId, outputs, result(content));
            case "error" -> append(requestId, outputs, error(content));
            case "update_display_data" -> update(content);
            case "clear_output" -> clear(requestId, outputs, content.path("wait").asBoolean(false));
            default -> {
                // status, execute_input and comm messages leave no output in a notebook
            }
        }
    }

    /** Runs {@code action} while no message is being recorded (threads a cell started may still print). */
    synchronized void whileQuiet(Runnable action) {
        action.run();
    }

    /** An action that may fail with an I/O error. */
    @FunctionalInterface
    interface IoAction {
        void run() throws java.io.IOException;
    }

    /** Like {@link #whileQuiet(Runnable)}, for writing files. */
    synchronized void whileQuietThrowing(IoAction action) throws java.io.IOException {
        action.run();
    }

    private void appendStream(String requestId, ArrayNode outputs, ObjectNode content) {
        String name = content.path("name").asText("stdout");
        String text = content.path("text").asText("");
        clearIfPending(requestId, outputs);
        JsonNode last = outputs.isEmpty() ? null : outputs.get(outputs.size() - 1);
        if (last instanceof ObjectNode previous && previous.path("output_type").asText().equals("stream")
                && previous.path("name").asText().equals(name)) {
            previous.put("text", previous.path("text").asText() + text);
            return;
        }
        ObjectNode stream = NODES.objectNode().put("output_type", "stream").put("name", name).put("text", text);
        outputs.add(stream);
    }

    private void append(String requestId, ArrayNode outputs, ObjectNode output) {
        clearIfPending(requestId, outputs);
        outputs.add(output);
    }

    private ObjectNode display(ObjectNode content) {
        ObjectNode output = NODES.objectNode().put("output_type", "display_data");
        output.set("data", content.path("data").deepCopy());
        output.set("metadata", metadata(content));
        String displayId = content.path("transient").path("display_id").asText("");
        if (!displayId.isEmpty()) {
            outputsByDisplayId.computeIfAbsent(displayId, id -> new ArrayList<>()).add(output);
        }
        return output;
    }

    private static ObjectNode result(ObjectNode content) {
        ObjectNode output = NODES.objectNode().put("output_type", "execute_result");
        output.set("data", content.path("data").deepCopy());
        output.set("execution_count", content.path("execution_count").deepCopy());
        output.set("metadata", metadata(content));
        return output;
    }

    private static ObjectNode error(ObjectNode content) {
        ObjectNode output = NODES.objectNode().put("output_type", "error")
                .put("ename", content.path("ename").asText(""))
                .put("evalue", content.path("evalue").asText(""));
        ArrayNode traceback = output.putArray("traceback");
        content.path("traceback").forEach(line -> traceback.add(line.asText()));
        return output;
    }

    private void update(ObjectNode content) {
        String displayId = content.path("transient").path("display_id").asText("");
        for (ObjectNode output : outputsByDisplayId.getOrDefault(displayId, List.of())) {
            output.set("data", content.path("data").deepCopy());
            output.set("metadata", metadata(content));
        }
    }

    private void clear(String requestId, ArrayNode outputs, boolean wait) {
        if (wait) {
            clearBeforeNextOutput.add(requestId);
        } else {
            clearNow(outputs);
        }
    }

    private void clearIfPending(String requestId, ArrayNode outputs) {
        if (clearBeforeNextOutput.remove(requestId)) {
            clearNow(outputs);
        }
    }

    private void clearNow(ArrayNode outputs) {
        outputs.forEach(output -> outputsByDisplayId.values().forEach(list -> list.removeIf(kept -> kept == output)));
        outputs.removeAll();
    }

    private static ObjectNode metadata(ObjectNode content) {
        return content.get("metadata") instanceof ObjectNode metadata ? metadata.deepCopy() : NODES.objectNode();
    }
}
