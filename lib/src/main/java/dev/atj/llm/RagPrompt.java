package dev.atj.llm;

import java.util.List;
import java.util.Objects;

/**
 * A question grounded in retrieved passages: the passages, numbered from 1, and the chat
 * messages that ask a model to answer from them alone and to cite them by number.
 *
 * <pre>{@code
 * RagPrompt prompt = RagPrompt.of("Where is the Eiffel Tower?", index.hits("Eiffel Tower", 3));
 * ChatClient.fromEnvironment().chat(prompt.messages());
 * }</pre>
 *
 * @param question the user's question
 * @param passages the passages, passage {@code i + 1} being {@code passages.get(i)}
 * @param messages a system instruction, then the numbered passages and the question
 */
public record RagPrompt(String question, List<SearchHit> passages, List<ChatMessage> messages) {
    /** What the model is told to do with the passages. */
    public static final String INSTRUCTION = "Answer the question using only the numbered passages in the"
            + " user's message. Cite each passage you use by its number in square brackets, such as [1]"
            + " or [2][3]. If the passages do not contain the answer, say so instead of guessing.";

    /**
     * Copies the lists so the record cannot change under its user.
     *
     * @param question the question
     * @param passages the passages
     * @param messages the chat messages
     */
    public RagPrompt {
        Objects.requireNonNull(question, "question must not be null");
        passages = List.copyOf(passages);
        messages = List.copyOf(messages);
    }

    /**
     * Builds the messages for a question and its passages.
     *
     * @param question the question
     * @param passages the passages, most relevant first, at least one
     * @return the prompt
     * @throws IllegalArgumentException if there are no passages
     */
    public static RagPrompt of(String question, List<SearchHit> passages) {
        Objects.requireNonNull(question, "question must not be null");
        if (passages.isEmpty()) {
            throw new IllegalArgumentException("a grounded prompt needs at least one passage; add texts to the index first");
        }
        StringBuilder user = new StringBuilder("Passages:\n");
        for (int i = 0; i < passages.size(); i++) {
            user.append('[').append(i + 1).append("] ").append(passages.get(i).text().strip()).append('\n');
        }
        user.append("\nQuestion: ").append(question.strip());
        return new RagPrompt(question, passages,
                List.of(ChatMessage.system(INSTRUCTION), ChatMessage.user(user.toString())));
    }

    /**
     * The messages as text, one block per message, to read what the model will see.
     *
     * @return the prompt for people
     */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        for (ChatMessage message : messages) {
            text.append(message.role()).append(":\n").append(message.content()).append("\n\n");
        }
        return text.toString().strip();
    }
}
