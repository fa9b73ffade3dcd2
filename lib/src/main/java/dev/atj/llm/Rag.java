package dev.atj.llm;

import java.util.Objects;
import java.util.function.Function;

/**
 * Retrieval-augmented generation: find the passages of a {@link SemanticIndex} closest to a
 * question, and ask a chat model to answer from those passages only, citing them by number.
 * The model comes from the environment ({@link ChatClient#fromEnvironment()}); without one,
 * {@link #ask(String)} answers with a message that says how to configure it, and the grounded
 * prompt is still there to read.
 *
 * <pre>{@code
 * Rag rag = Rag.over(index).withPassages(3);
 * rag.prompt("Where is the Eiffel Tower?");     // the messages that would be sent
 * rag.ask("Where is the Eiffel Tower?");        // "It is in Paris [1]." plus the passages
 * }</pre>
 */
public final class Rag {
    /** Passages per question unless {@link #withPassages} says otherwise. */
    public static final int DEFAULT_PASSAGES = 3;
    /** The answer {@link #ask(String)} gives when no model server is configured. */
    public static final String NOT_CONFIGURED = "No model server is configured, so the question was not sent."
            + " Set OPENAI_BASE_URL and OPENAI_MODEL for a local OpenAI-compatible server (for Ollama:"
            + " OPENAI_BASE_URL=http://localhost:11434/v1 and OPENAI_MODEL=llama3.2), or OPENAI_API_KEY and"
            + " OPENAI_MODEL (such as gpt-4o-mini) for OpenAI, then restart the kernel. The grounded"
            + " prompt is in prompt().";

    private final SemanticIndex index;
    private final int passages;

    private Rag(SemanticIndex index, int passages) {
        this.index = index;
        this.passages = passages;
    }

    /**
     * A helper that retrieves from this index, {@value #DEFAULT_PASSAGES} passages per question.
     *
     * @param index the texts to answer from
     * @return the helper
     */
    public static Rag over(SemanticIndex index) {
        return new Rag(Objects.requireNonNull(index, "index must not be null"), DEFAULT_PASSAGES);
    }

    /**
     * This helper with another number of passages per question.
     *
     * @param k passages per question, 1 or more
     * @return a changed copy
     */
    public Rag withPassages(int k) {
        if (k < 1) {
            throw new IllegalArgumentException("passages must be at least 1, not " + k);
        }
        return new Rag(index, k);
    }

    /**
     * The grounded prompt for a question: the closest passages, numbered, and the instruction.
     *
     * @param question the question
     * @return the prompt
     * @throws IllegalStateException if the index is empty
     */
    public RagPrompt prompt(String question) {
        if (index.size() == 0) {
            throw new IllegalStateException("the index is empty: add texts to it before asking questions");
        }
        return RagPrompt.of(question, index.hits(question, passages));
    }

    /**
     * Answers a question from the passages with the model configured in the environment
     * ({@code OPENAI_BASE_URL} / {@code OPENAI_API_KEY} / {@code OPENAI_MODEL}). When none is
     * configured nothing is sent and the answer is {@link #NOT_CONFIGURED}.
     *
     * @param question the question
     * @return the answer and its prompt; {@link RagAnswer#answeredByModel()} says which kind
     * @throws ChatException when a configured server cannot be reached or refuses
     */
    public RagAnswer ask(String question) {
        return ask(question, System::getenv);
    }

    /** Same as {@link #ask(String)}, reading the environment through {@code env}. */
    RagAnswer ask(String question, Function<String, String> env) {
        if (!ChatClient.isConfigured(env)) {
            return new RagAnswer(prompt(question), NOT_CONFIGURED, false);
        }
        return ask(question, ChatClient.fromVariables(env));
    }

    /**
     * Answers a question from the passages with a given client.
     *
     * @param question the question
     * @param client   the chat client, with a model chosen
     * @return the answer and its prompt
     * @throws ChatException when the server cannot be reached or refuses
     */
    public RagAnswer ask(String question, ChatClient client) {
        Objects.requireNonNull(client, "client must not be null");
        RagPrompt prompt = prompt(question);
        return new RagAnswer(prompt, client.chat(prompt.messages()).text(), true);
    }

    /**
     * The index and the number of passages.
     *
     * @return a one-line description
     */
    @Override
    public String toString() {
        return "Rag(" + passages + " passages from " + index + ")";
    }
}
