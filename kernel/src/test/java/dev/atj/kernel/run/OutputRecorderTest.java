package dev.atj.kernel.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atj.kernel.protocol.Message;
import dev.atj.kernel.protocol.MessageFactory;
import org.junit.jupiter.api.Test;

class OutputRecorderTest {
    private final MessageFactory messages = new MessageFactory(new ObjectMapper());
    private final OutputRecorder recorder = new OutputRecorder();

    private Message request() {
        return messages.orphan("execute_request", messages.object());
    }

    private void broadcast(Message parent, String type, ObjectNode content) {
        recorder.send(messages.broadcast(parent.header(), type, content));
    }

    private ObjectNode display(String text, String id) {
        ObjectNode content = messages.object();
        content.putObject("data").put("text/plain", text);
        content.putObject("transient").put("display_id", id);
        return content;
    }

    @Test
    void consecutiveStreamTextOfOneNameIsMerged() {
        Message cell = request();
        ArrayNode outputs = new ObjectMapper().createArrayNode();
        recorder.expect(cell.id(), outputs);
        broadcast(cell, "stream", messages.object().put("name", "stdout").put("text", "a\n"));
        broadcast(cell, "stream", messages.object().put("name", "stdout").put("text", "b\n"));
        broadcast(cell, "stream", messages.object().put("name", "stderr").put("text", "c\n"));
        assertEquals(2, outputs.size());
        assertEquals("a\nb\n", outputs.get(0).path("text").asText());
        assertEquals("stderr", outputs.get(1).path("name").asText());
    }

    @Test
    void displayUpdateRewritesTheEarlierOutputInAnotherCell() {
        Message first = request();
        Message second = request();
        ArrayNode firstOutputs = new ObjectMapper().createArrayNode();
        ArrayNode secondOutputs = new ObjectMapper().createArrayNode();
        recorder.expect(first.id(), firstOutputs);
        recorder.expect(second.id(), secondOutputs);
        broadcast(first, "display_data", display("0 %", "progress"));
        broadcast(second, "update_display_data", display("100 %", "progress"));
        assertEquals("100 %", firstOutputs.get(0).path("data").path("text/plain").asText());
        assertEquals(0, secondOutputs.size());
        assertEquals("display_data", firstOutputs.get(0).path("output_type").asText());
    }

    @Test
    void clearOutputWithWaitClearsWhenTheNextOutputArrives() {
        Message cell = request();
        ArrayNode outputs = new ObjectMapper().createArrayNode();
        recorder.expect(cell.id(), outputs);
        broadcast(cell, "display_data", display("frame 1", "f"));
        broadcast(cell, "clear_output", messages.object().put("wait", true));
        assertEquals(1, outputs.size());
        broadcast(cell, "display_data", display("frame 2", "f"));
        assertEquals(1, outputs.size());
        assertEquals("frame 2", outputs.get(0).path("data").path("text/plain").asText());
    }

    @Test
    void notebookKeepsMetadataAndIdsAndWritesLinesAsNbformatDoes() throws Exception {
        String text = "{\"nbformat\": 4, \"nbformat_minor\": 5, \"metadata\": {\"kernelspec\": {\"name\": \"atj\"}},"
                + " \"cells\": [{\"cell_type\": \"code\", \"id\": \"abc\", \"metadata\": {\"tags\": [\"volatile\"]},"
                + " \"execution_count\": null, \"outputs\": [], \"source\": [\"int x = 1;\\n\", \"x\"]}]}";
        Notebook notebook = Notebook.parse(text, "test.ipynb");
        assertEquals("int x = 1;\nx", Notebook.source(notebook.cells().get(0)));
        Notebook again = Notebook.parse(notebook.toJson(), "again.ipynb");
        assertEquals("abc", again.cells().get(0).path("id").asText());
        assertEquals("atj", again.metadata().path("kernelspec").path("name").asText());
        assertEquals(java.util.List.of("volatile"), Notebook.tags(again.cells().get(0)));
        ObjectNode written = (ObjectNode) new ObjectMapper().readTree(notebook.toJson());
        assertEquals(2, written.path("cells").get(0).path("source").size());
    }
}
