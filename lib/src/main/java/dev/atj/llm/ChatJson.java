package dev.atj.llm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** Writes chat-completions requests and reads replies, stream chunks and error bodies. */
final class ChatJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int SHOWN_CHARS = 200;

    private ChatJson() {
    }

    /** The request body for POST /chat/completions. */
    static String request(String model, List<ChatMessage> messages, ChatOptions options,
            boolean stream) {
        ObjectNode body = MAPPER.createObjectNode();
        body.put("model", model);
        ArrayNode list = body.putArray("messages");
        for (ChatMessage m : messages) {
            list.addObject().put("role", m.role()).put("content", m.content());
        }
        if (options.temperature() != null) {
            body.put("temperature", options.temperature());
        }
        if (options.maxTokens() != null) {
            body.put("max_tokens", options.maxTokens());
        }
        if (options.seed() != null) {
            body.put("seed", options.seed());
        }
        if (stream) {
            body.put("stream", true);
        }
        return body.toString();
    }

    /** Reads a whole (non-streamed) reply. */
    static ChatReply reply(String body, String url) {
        JsonNode root = parse(body, url);
        JsonNode choice = root.path("choices").path(0);
        JsonNode content = choice.path("message").path("content");
        if (choice.isMissingNode() || !(content.isTextual() || content.isNull())) {
            throw notChatJson(url, body, null);
        }
        JsonNode usage = root.path("usage");
        return new ChatReply(content.asText(""), textOrNull(root.path("model")),
                textOrNull(choice.path("finish_reason")),
                usage.path("prompt_tokens").asInt(-1), usage.path("completion_tokens").asInt(-1));
    }

    /** Reads one {@code data:} chunk of a streamed reply. */
    static JsonNode chunk(String data, String url) {
        JsonNode root = parse(data, url);
        if (!root.path("error").isMissingNode()) {
            throw new ChatException(0, "the server at " + url + " stopped the stream with an error: "
                    + errorMessage(data), null);
        }
        return root;
    }

    /** The server's {@code error.message} from an error body, or null when there is none. */
    static String errorMessage(String body) {
        try {
            JsonNode error = MAPPER.readTree(body).path("error");
            JsonNode message = error.isTextual() ? error : error.path("message");
            return message.isTextual() && !message.asText().isBlank() ? message.asText() : null;
        } catch (JsonProcessingException e) {
            return null; // not JSON: the caller shows the status without a server message
        }
    }

    static String textOrNull(JsonNode node) {
        return node.isTextual() ? node.asText() : null;
    }

    private static JsonNode parse(String body, String url) {
        try {
            JsonNode root = MAPPER.readTree(body);
            if (root == null || !root.isObject()) {
                throw notChatJson(url, body, null);
            }
            return root;
        } catch (JsonProcessingException e) {
            throw notChatJson(url, body, e);
        }
    }

    private static ChatException notChatJson(String url, String body, Throwable cause) {
        String shown = body.length() > SHOWN_CHARS ? body.substring(0, SHOWN_CHARS) + "..." : body;
        return new ChatException(0, "the server at " + url
                + " did not answer with chat-completions JSON (is the base URL an OpenAI-compatible"
                + " /v1 endpoint?); it sent: " + shown, cause);
    }
}
