package dev.atj.llm;

import java.util.Objects;

/**
 * One message of a conversation, as the chat-completions API sends it.
 *
 * @param role    who speaks: {@code "system"}, {@code "user"} or {@code "assistant"}
 * @param content what they say
 */
public record ChatMessage(String role, String content) {

    /**
     * Checks that neither part is missing.
     *
     * @param role    who speaks
     * @param content what they say
     */
    public ChatMessage {
        Objects.requireNonNull(role, "role must not be null: use system, user or assistant");
        Objects.requireNonNull(content, "content must not be null: use \"\" for an empty message");
    }

    /**
     * A system message: instructions that frame the whole conversation.
     *
     * @param content the instructions
     * @return the message
     */
    public static ChatMessage system(String content) {
        return new ChatMessage("system", content);
    }

    /**
     * A user message: what the person asks.
     *
     * @param content the question or request
     * @return the message
     */
    public static ChatMessage user(String content) {
        return new ChatMessage("user", content);
    }

    /**
     * An assistant message: an earlier answer of the model, to continue a conversation.
     *
     * @param content the earlier answer
     * @return the message
     */
    public static ChatMessage assistant(String content) {
        return new ChatMessage("assistant", content);
    }
}
