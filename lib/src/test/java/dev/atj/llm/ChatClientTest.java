package dev.atj.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ChatClientTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REPLY = """
            {"id":"chatcmpl-1","object":"chat.completion","model":"tiny-1",
             "choices":[{"index":0,"message":{"role":"assistant","content":"Paris."},
                         "finish_reason":"stop"}],
             "usage":{"prompt_tokens":12,"completion_tokens":2,"total_tokens":14}}""";

    @Test
    void chatSendsModelMessagesAndBearerKeyAndReadsTheReply() throws Exception {
        try (FakeChatServer server = new FakeChatServer(
                ex -> FakeChatServer.send(ex, 200, "application/json", REPLY))) {
            ChatReply reply = ChatClient.of(server.baseUrl() + "/", "key").withModel("tiny-1")
                    .chat(List.of(ChatMessage.system("Be brief."),
                            ChatMessage.user("Capital of France?")));

            assertEquals(new ChatReply("Paris.", "tiny-1", "stop", 12, 2), reply);
            assertEquals("Bearer key", server.authorization);
            JsonNode sent = JSON.readTree(server.requestBody);
            assertEquals("tiny-1", sent.path("model").asText());
            assertEquals("system", sent.path("messages").path(0).path("role").asText());
            assertEquals("Be brief.", sent.path("messages").path(0).path("content").asText());
            assertEquals("user", sent.path("messages").path(1).path("role").asText());
            assertEquals("Capital of France?", sent.path("messages").path(1).path("content").asText());
            assertFalse(sent.has("stream") || sent.has("temperature") || sent.has("max_tokens")
                    || sent.has("seed"));
        }
    }

    @Test
    void noAuthorizationHeaderIsSentWhenTheKeyIsNull() throws Exception {
        try (FakeChatServer server = new FakeChatServer(
                ex -> FakeChatServer.send(ex, 200, "application/json", REPLY))) {
            assertEquals("Paris.", ChatClient.of(server.baseUrl(), null).withModel("m")
                    .chat("Capital of France?").text());
            assertNull(server.authorization);
        }
    }

    @Test
    void optionsAreSentUnderTheirApiNames() throws Exception {
        try (FakeChatServer server = new FakeChatServer(
                ex -> FakeChatServer.send(ex, 200, "application/json", REPLY))) {
            ChatClient.of(server.baseUrl(), null).withModel("m")
                    .withOptions(ChatOptions.defaults().withTemperature(0).withMaxTokens(5).withSeed(7))
                    .chat("hi");
            JsonNode sent = JSON.readTree(server.requestBody);
            assertEquals(0.0, sent.path("temperature").asDouble(-1));
            assertEquals(5, sent.path("max_tokens").asInt());
            assertEquals(7, sent.path("seed").asLong());
        }
    }

    @Test
    void streamHandsOverEachTokenAsItArrivesAndAssemblesTheText() throws Exception {
        CountDownLatch firstTokenSeen = new CountDownLatch(1);
        boolean[] clientSawFirstBeforeRest = new boolean[1];
        List<String> pieces = List.of("The", " capital", " is", " Paris", ".");
        try (FakeChatServer server = new FakeChatServer(ex -> {
            ex.getResponseHeaders().set("Content-Type", "text/event-stream");
            ex.sendResponseHeaders(200, 0);
            try (OutputStream out = ex.getResponseBody()) {
                event(out, "{\"model\":\"tiny-1\",\"choices\":[{\"delta\":{\"role\":\"assistant\"}}]}");
                for (int i = 0; i < pieces.size(); i++) {
                    event(out, "{\"model\":\"tiny-1\",\"choices\":[{\"delta\":{\"content\":"
                            + JSON.writeValueAsString(pieces.get(i)) + "}}]}");
                    if (i == 0) {
                        // the rest is sent only once the client has the first piece
                        clientSawFirstBeforeRest[0] = firstTokenSeen.await(2, TimeUnit.SECONDS);
                    }
                    Thread.sleep(20);
                }
                out.write(": keep-alive comment\n\n".getBytes(StandardCharsets.UTF_8));
                event(out, "{\"model\":\"tiny-1\",\"choices\":[{\"delta\":{},\"finish_reason\":\"stop\"}]}");
                event(out, "[DONE]");
            }
        })) {
            List<String> seen = new ArrayList<>();
            ChatReply reply = ChatClient.of(server.baseUrl(), "key").withModel("tiny-1")
                    .stream(List.of(ChatMessage.user("Capital of France?")), piece -> {
                        seen.add(piece);
                        firstTokenSeen.countDown();
                    });

            assertTrue(clientSawFirstBeforeRest[0], "first token should arrive before the stream ends");
            assertEquals(pieces, seen);
            assertEquals(new ChatReply("The capital is Paris.", "tiny-1", "stop", -1, -1), reply);
            assertTrue(JSON.readTree(server.requestBody).path("stream").asBoolean());
        }
    }

    @Test
    void unauthorizedSaysToSetTheKeyAndQuotesTheServer() throws Exception {
        String body = "{\"error\":{\"message\":\"Incorrect API key provided: sk-bad.\","
                + "\"type\":\"invalid_request_error\",\"code\":\"invalid_api_key\"}}";
        try (FakeChatServer server = new FakeChatServer(
                ex -> FakeChatServer.send(ex, 401, "application/json", body))) {
            ChatException e = assertThrows(ChatException.class,
                    () -> ChatClient.of(server.baseUrl(), "sk-bad").withModel("m").chat("hi"));
            assertEquals(401, e.status());
            assertTrue(e.getMessage().contains("refused the API key"), e.getMessage());
            assertTrue(e.getMessage().contains("set OPENAI_API_KEY"), e.getMessage());
            assertTrue(e.getMessage().contains("Incorrect API key provided: sk-bad."), e.getMessage());
        }
    }

    @Test
    void rateLimitNamesTheRetryAfterSeconds() throws Exception {
        try (FakeChatServer server = new FakeChatServer(ex -> {
            ex.getResponseHeaders().set("Retry-After", "17");
            FakeChatServer.send(ex, 429, "application/json",
                    "{\"error\":{\"message\":\"Rate limit reached\"}}");
        })) {
            ChatException e = assertThrows(ChatException.class,
                    () -> ChatClient.of(server.baseUrl(), "k").withModel("m").chat("hi"));
            assertEquals(429, e.status());
            assertTrue(e.getMessage().contains("rate limited"), e.getMessage());
            assertTrue(e.getMessage().contains("wait 17 s"), e.getMessage());
            assertTrue(e.getMessage().contains("Rate limit reached"), e.getMessage());
        }
    }

    @Test
    void notFoundNamesTheModelAndTheUrl() throws Exception {
        try (FakeChatServer server = new FakeChatServer(
                ex -> FakeChatServer.send(ex, 404, "application/json",
                        "{\"error\":\"model 'nope' not found\"}"))) {
            ChatException e = assertThrows(ChatException.class,
                    () -> ChatClient.of(server.baseUrl(), null).withModel("nope").chat("hi"));
            assertEquals(404, e.status());
            assertTrue(e.getMessage().contains(server.baseUrl() + "/chat/completions"), e.getMessage());
            assertTrue(e.getMessage().contains("'nope'"), e.getMessage());
            assertTrue(e.getMessage().contains("model 'nope' not found"), e.getMessage());
        }
    }

    @Test
    void serverErrorDuringAStreamIsReportedWithItsStatus() throws Exception {
        try (FakeChatServer server = new FakeChatServer(
                ex -> FakeChatServer.send(ex, 503, "text/plain", "overloaded"))) {
            ChatException e = assertThrows(ChatException.class,
                    () -> ChatClient.of(server.baseUrl(), null).withModel("m")
                            .stream(List.of(ChatMessage.user("hi")), piece -> { }));
            assertEquals(503, e.status());
            assertTrue(e.getMessage().contains("HTTP 503"), e.getMessage());
            assertTrue(e.getMessage().contains("does not retry"), e.getMessage());
        }
    }

    @Test
    void slowServerGivesANoAnswerWithinMessage() throws Exception {
        try (FakeChatServer server = new FakeChatServer(ex -> {
            Thread.sleep(2_000);
            FakeChatServer.send(ex, 200, "application/json", REPLY);
        })) {
            long start = System.nanoTime();
            ChatException e = assertThrows(ChatException.class,
                    () -> ChatClient.of(server.baseUrl(), null).withModel("m")
                            .withTimeout(Duration.ofMillis(300)).chat("hi"));
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(millis < 1_500, "gave up after " + millis + " ms");
            assertEquals(0, e.status());
            assertTrue(e.getMessage().startsWith("no answer within 0.3 s from " + server.baseUrl()),
                    e.getMessage());
        }
    }

    @Test
    void closedPortAsksWhetherTheServerIsRunning() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        String base = "http://127.0.0.1:" + port + "/v1";
        ChatException e = assertThrows(ChatException.class,
                () -> ChatClient.of(base, null).withModel("m").chat("hi"));
        assertEquals(0, e.status());
        assertEquals("cannot reach " + base + "/chat/completions: is the server running?"
                + " (check OPENAI_BASE_URL)", e.getMessage());
    }

    @Test
    void malformedJsonIsReportedWithWhatTheServerSent() throws Exception {
        try (FakeChatServer server = new FakeChatServer(
                ex -> FakeChatServer.send(ex, 200, "text/html", "<html>login page</html>"))) {
            ChatException e = assertThrows(ChatException.class,
                    () -> ChatClient.of(server.baseUrl(), null).withModel("m").chat("hi"));
            assertTrue(e.getMessage().contains("did not answer with chat-completions JSON"), e.getMessage());
            assertTrue(e.getMessage().contains("<html>login page</html>"), e.getMessage());
        }
    }

    @Test
    void errorEventInsideAStreamStopsItWithTheServersMessage() throws Exception {
        try (FakeChatServer server = new FakeChatServer(ex -> {
            ex.getResponseHeaders().set("Content-Type", "text/event-stream");
            ex.sendResponseHeaders(200, 0);
            try (OutputStream out = ex.getResponseBody()) {
                event(out, "{\"choices\":[{\"delta\":{\"content\":\"Hel\"}}]}");
                event(out, "{\"error\":{\"message\":\"context length exceeded\"}}");
            }
        })) {
            List<String> seen = new ArrayList<>();
            ChatException e = assertThrows(ChatException.class,
                    () -> ChatClient.of(server.baseUrl(), null).withModel("m")
                            .stream(List.of(ChatMessage.user("hi")), seen::add));
            assertEquals(List.of("Hel"), seen);
            assertTrue(e.getMessage().contains("context length exceeded"), e.getMessage());
        }
    }

    @Test
    void missingModelSaysHowToChooseOne() {
        ChatException e = assertThrows(ChatException.class,
                () -> ChatClient.of("http://127.0.0.1:9/v1", null).chat("hi"));
        assertTrue(e.getMessage().contains("OPENAI_MODEL"), e.getMessage());
    }

    @Test
    void environmentGivesBaseUrlKeyAndModelWithOpenAiAsDefault() {
        ChatClient local = ChatClient.fromVariables(Map.of(
                "OPENAI_BASE_URL", "http://localhost:11434/v1/", "OPENAI_MODEL", "llama3.2")::get);
        assertEquals("http://localhost:11434/v1", local.baseUrl());
        assertEquals("llama3.2", local.model());
        assertEquals("ChatClient[http://localhost:11434/v1, model=llama3.2, key=none, timeout=60000 ms]",
                local.toString());

        ChatClient openAi = ChatClient.fromVariables(Map.of("OPENAI_API_KEY", "sk-secret")::get);
        assertEquals(ChatClient.DEFAULT_BASE_URL, openAi.baseUrl());
        assertNull(openAi.model());
        assertFalse(openAi.toString().contains("sk-secret"));

        assertTrue(ChatClient.isConfigured(Map.of("OPENAI_API_KEY", "sk")::get));
        assertTrue(ChatClient.isConfigured(Map.of("OPENAI_BASE_URL", "http://x/v1")::get));
        assertFalse(ChatClient.isConfigured(Map.of("OPENAI_MODEL", "m", "OPENAI_API_KEY", " ")::get));
    }

    private static void event(OutputStream out, String data) throws java.io.IOException {
        out.write(("data: " + data + "\n\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
