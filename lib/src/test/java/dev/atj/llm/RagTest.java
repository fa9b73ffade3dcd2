package dev.atj.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RagTest {
    private static final String QUESTION = "Which animals breathe air but live in the sea?";
    private static final SemanticIndex INDEX = SemanticIndexTest.corpus();

    @Test
    void thePromptNumbersTheClosestPassagesAndAsksForCitations() {
        RagPrompt prompt = Rag.over(INDEX).withPassages(2).prompt(QUESTION);
        assertEquals(2, prompt.passages().size());
        assertEquals(SemanticIndexTest.CORPUS.get(4), prompt.passages().get(0).text());
        assertEquals(2, prompt.messages().size());
        assertEquals("system", prompt.messages().get(0).role());
        assertTrue(prompt.messages().get(0).content().contains("only the numbered passages"));
        assertTrue(prompt.messages().get(0).content().contains("[1]"));
        String user = prompt.messages().get(1).content();
        assertTrue(user.startsWith("Passages:\n[1] " + SemanticIndexTest.CORPUS.get(4) + "\n[2] "), user);
        assertTrue(user.endsWith("\n\nQuestion: " + QUESTION), user);
    }

    @Test
    void withoutAConfiguredServerAskSaysHowToConfigureOne() {
        RagAnswer answer = Rag.over(INDEX).ask(QUESTION, Map.<String, String>of()::get);
        assertFalse(answer.answeredByModel());
        assertEquals(Rag.NOT_CONFIGURED, answer.text());
        assertTrue(answer.text().contains("OPENAI_BASE_URL") && answer.text().contains("OPENAI_API_KEY"));
        assertEquals(Rag.DEFAULT_PASSAGES, answer.prompt().passages().size());
        assertTrue(answer.toString().contains("[1] (4, score "), answer.toString());
    }

    @Test
    void askSendsTheGroundedPromptToTheConfiguredServer() throws Exception {
        String reply = """
                {"model":"tiny","choices":[{"index":0,"message":{"role":"assistant",
                 "content":"Whales do [1]."},"finish_reason":"stop"}]}""";
        try (FakeChatServer server = new FakeChatServer(
                ex -> FakeChatServer.send(ex, 200, "application/json", reply))) {
            Map<String, String> env = Map.of("OPENAI_BASE_URL", server.baseUrl(), "OPENAI_MODEL", "tiny");
            RagAnswer answer = Rag.over(INDEX).withPassages(1).ask(QUESTION, env::get);

            assertTrue(answer.answeredByModel());
            assertEquals("Whales do [1].", answer.text());
            JsonNode sent = new ObjectMapper().readTree(server.requestBody);
            assertEquals("tiny", sent.path("model").asText());
            assertEquals(RagPrompt.INSTRUCTION, sent.path("messages").path(0).path("content").asText());
            assertEquals("Passages:\n[1] " + SemanticIndexTest.CORPUS.get(4) + "\n\nQuestion: " + QUESTION,
                    sent.path("messages").path(1).path("content").asText());
        }
    }

    @Test
    void anEmptyIndexCannotGroundAnAnswer() {
        Rag rag = Rag.over(new SemanticIndex());
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> rag.prompt(QUESTION));
        assertTrue(e.getMessage().contains("empty"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> RagPrompt.of(QUESTION, List.of()));
    }
}
