package dev.atj.llm;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A client for any server that speaks OpenAI's chat-completions API: OpenAI itself, or a
 * local server such as Ollama ({@code http://localhost:11434/v1}), llama.cpp's server or
 * vLLM. It is immutable: {@link #withModel}, {@link #withTimeout} and {@link #withOptions}
 * return a changed copy.
 *
 * <p>Each call sends one HTTP request. There are no retries: a failure is thrown at once as a
 * {@link ChatException} that says what went wrong, so a notebook never hangs silently.
 */
public final class ChatClient {
    /** The base URL used when {@code OPENAI_BASE_URL} is not set. */
    public static final String DEFAULT_BASE_URL = "https://api.openai.com/v1";
    private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);
    private static final String DONE = "[DONE]";

    private final HttpClient http;
    private final String baseUrl;
    private final String apiKey;
    private final String model;
    private final Duration timeout;
    private final ChatOptions options;

    private ChatClient(HttpClient http, String baseUrl, String apiKey, String model,
            Duration timeout, ChatOptions options) {
        this.http = http;
        this.baseUrl = baseUrl;
        this.apiKey = apiKey;
        this.model = model;
        this.timeout = timeout;
        this.options = options;
    }

    /**
     * A client configured from the environment: {@code OPENAI_BASE_URL} (default
     * {@value #DEFAULT_BASE_URL}), {@code OPENAI_API_KEY} (may be absent for local servers)
     * and {@code OPENAI_MODEL} (the default model, optional).
     *
     * @return the client
     */
    public static ChatClient fromEnvironment() {
        return fromVariables(System::getenv);
    }

    /** Same as {@link #fromEnvironment()}, reading variables through {@code env}. */
    static ChatClient fromVariables(Function<String, String> env) {
        String base = blankToNull(env.apply("OPENAI_BASE_URL"));
        ChatClient client = of(base == null ? DEFAULT_BASE_URL : base,
                blankToNull(env.apply("OPENAI_API_KEY")));
        String model = blankToNull(env.apply("OPENAI_MODEL"));
        return model == null ? client : client.withModel(model);
    }

    /**
     * Whether the environment names a server or a key ({@code OPENAI_BASE_URL} or
     * {@code OPENAI_API_KEY}), so that a notebook can skip cells that need a server.
     *
     * @return true when either variable is set and not blank
     */
    public static boolean isConfigured() {
        return isConfigured(System::getenv);
    }

    static boolean isConfigured(Function<String, String> env) {
        return blankToNull(env.apply("OPENAI_BASE_URL")) != null
                || blankToNull(env.apply("OPENAI_API_KEY")) != null;
    }

    /**
     * A client for the server at {@code baseUrl}, with no default model yet.
     *
     * @param baseUrl     the API root, such as {@code http://localhost:11434/v1}; requests go to
     *                    {@code baseUrl + "/chat/completions"}
     * @param apiKeyOrNull the key sent as {@code Authorization: Bearer ...}, or null to send no
     *                    Authorization header (local servers)
     * @return the client
     */
    public static ChatClient of(String baseUrl, String apiKeyOrNull) {
        Objects.requireNonNull(baseUrl, "baseUrl must not be null, e.g. http://localhost:11434/v1");
        String base = baseUrl.strip().replaceAll("/+$", "");
        URI uri;
        try {
            uri = URI.create(base);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("baseUrl '" + baseUrl + "' is not a URL: " + e.getMessage(), e);
        }
        if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
            throw new IllegalArgumentException("baseUrl '" + baseUrl
                    + "' must start with http:// or https://, e.g. http://localhost:11434/v1");
        }
        // HTTP/1.1: plain-http local servers need no h2c upgrade, and streaming works the same
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        return new ChatClient(http, base, blankToNull(apiKeyOrNull), null, DEFAULT_TIMEOUT,
                ChatOptions.defaults());
    }

    /**
     * This client with another default model.
     *
     * @param name the model name the server knows, such as {@code gpt-4o-mini} or
     *             {@code llama3.2}
     * @return a changed copy
     */
    public ChatClient withModel(String name) {
        Objects.requireNonNull(name, "model name must not be null");
        return new ChatClient(http, baseUrl, apiKey, name, timeout, options);
    }

    /**
     * This client with another time limit per request (default 60 s). It bounds the wait until
     * the server starts answering; a streamed answer may then take longer to finish.
     *
     * @param limit the longest wait, more than zero
     * @return a changed copy
     */
    public ChatClient withTimeout(Duration limit) {
        if (limit == null || limit.isNegative() || limit.isZero()) {
            throw new IllegalArgumentException("timeout must be more than zero, not " + limit);
        }
        return new ChatClient(http, baseUrl, apiKey, model, limit, options);
    }

    /**
     * This client with sampling settings sent on every request.
     *
     * @param settings temperature, answer length and seed; null fields are not sent
     * @return a changed copy
     */
    public ChatClient withOptions(ChatOptions settings) {
        Objects.requireNonNull(settings, "options must not be null: use ChatOptions.defaults()");
        return new ChatClient(http, baseUrl, apiKey, model, timeout, settings);
    }

    /**
     * The API root requests go to.
     *
     * @return the base URL, without a trailing slash
     */
    public String baseUrl() {
        return baseUrl;
    }

    /**
     * The model requests name.
     *
     * @return the model, or null when none is chosen yet
     */
    public String model() {
        return model;
    }

    /**
     * The time limit per request.
     *
     * @return the timeout
     */
    public Duration timeout() {
        return timeout;
    }

    /**
     * The sampling settings sent on every request.
     *
     * @return the options
     */
    public ChatOptions options() {
        return options;
    }

    /**
     * Asks one question, with no system message.
     *
     * @param userPrompt the question
     * @return the answer
     * @throws ChatException when the server cannot be reached, refuses or answers badly
     */
    public ChatReply chat(String userPrompt) {
        return chat(List.of(ChatMessage.user(userPrompt)));
    }

    /**
     * Sends a conversation and waits for the whole answer.
     *
     * @param messages the conversation so far, oldest first
     * @return the answer
     * @throws ChatException when the server cannot be reached, refuses or answers badly
     */
    public ChatReply chat(List<ChatMessage> messages) {
        HttpResponse<String> response = send(messages, false,
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() / 100 != 2) {
            throw ChatFailures.forStatus(response.statusCode(), response.headers(),
                    response.body(), url(), model);
        }
        return ChatJson.reply(response.body(), url());
    }

    /**
     * Sends a conversation and hands each piece of the answer to {@code onToken} as the server
     * sends it (server-sent events), then returns the whole answer. {@code onToken} runs on the
     * calling thread.
     *
     * @param messages the conversation so far, oldest first
     * @param onToken  called with each piece of text, in order
     * @return the whole answer; token counts are -1 unless the server reports usage in the stream
     * @throws ChatException when the server cannot be reached, refuses or answers badly
     */
    public ChatReply stream(List<ChatMessage> messages, Consumer<String> onToken) {
        Objects.requireNonNull(onToken, "onToken must not be null, e.g. System.out::print");
        HttpResponse<InputStream> response = send(messages, true,
                HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = response.body()) {
            if (response.statusCode() / 100 != 2) {
                String text = new String(body.readAllBytes(), StandardCharsets.UTF_8);
                throw ChatFailures.forStatus(response.statusCode(), response.headers(), text,
                        url(), model);
            }
            return readEvents(new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8)),
                    onToken);
        } catch (IOException e) {
            throw new ChatException(0, "the connection to " + url()
                    + " broke while the answer was streaming: " + e.getMessage(), e);
        }
    }

    private ChatReply readEvents(BufferedReader reader, Consumer<String> onToken)
            throws IOException {
        StringBuilder text = new StringBuilder();
        String answeredBy = null;
        String finish = null;
        int promptTokens = -1;
        int completionTokens = -1;
        String line;
        while ((line = reader.readLine()) != null) {
            if (!line.startsWith("data:")) {
                continue; // blank separators, ": comments", "event:" and "id:" lines
            }
            String data = line.substring(5).strip();
            if (data.equals(DONE)) {
                break;
            }
            JsonNode chunk = ChatJson.chunk(data, url());
            answeredBy = answeredBy != null ? answeredBy : ChatJson.textOrNull(chunk.path("model"));
            JsonNode choice = chunk.path("choices").path(0);
            String piece = ChatJson.textOrNull(choice.path("delta").path("content"));
            if (piece != null && !piece.isEmpty()) {
                text.append(piece);
                onToken.accept(piece);
            }
            String reason = ChatJson.textOrNull(choice.path("finish_reason"));
            finish = reason != null ? reason : finish;
            JsonNode usage = chunk.path("usage");
            promptTokens = usage.path("prompt_tokens").asInt(promptTokens);
            completionTokens = usage.path("completion_tokens").asInt(completionTokens);
        }
        return new ChatReply(text.toString(), answeredBy, finish, promptTokens, completionTokens);
    }

    private <T> HttpResponse<T> send(List<ChatMessage> messages, boolean stream,
            HttpResponse.BodyHandler<T> handler) {
        Objects.requireNonNull(messages, "messages must not be null");
        if (model == null) {
            throw new ChatException(0, "no model chosen: call withModel(\"...\") or set OPENAI_MODEL"
                    + " (for Ollama, a name from `ollama list`)", null);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url()))
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .header("Accept", stream ? "text/event-stream" : "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        ChatJson.request(model, messages, options, stream), StandardCharsets.UTF_8));
        if (apiKey != null) {
            request.header("Authorization", "Bearer " + apiKey);
        }
        try {
            return http.send(request.build(), handler);
        } catch (IOException e) {
            throw ChatFailures.forTransport(e, url(), timeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ChatException(0, "interrupted while waiting for " + url(), e);
        }
    }

    private String url() {
        return baseUrl + "/chat/completions";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /**
     * The server, model and timeout, and whether a key is set (never the key itself).
     *
     * @return a one-line description
     */
    @Override
    public String toString() {
        return "ChatClient[" + baseUrl + ", model=" + model + ", key=" + (apiKey == null ? "none" : "set")
                + ", timeout=" + timeout.toMillis() + " ms]";
    }
}
