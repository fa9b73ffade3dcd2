package dev.atj.llm;

/**
 * What {@link Rag#ask} gives back: the prompt that was (or would have been) sent, and the
 * model's answer or, when no model server is configured, a message saying how to set one up.
 *
 * @param prompt          the grounded prompt, with its passages
 * @param text            the model's answer, or the set-up message
 * @param answeredByModel true when {@code text} came from a model
 */
public record RagAnswer(RagPrompt prompt, String text, boolean answeredByModel) {

    /**
     * The answer followed by the passages it could cite, numbered as in the prompt.
     *
     * @return the answer and its sources, for reading
     */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(text.strip()).append("\n\nPassages:\n");
        for (int i = 0; i < prompt.passages().size(); i++) {
            SearchHit hit = prompt.passages().get(i);
            out.append('[').append(i + 1).append("] (").append(hit.id()).append(", score ")
                    .append(String.format(java.util.Locale.ROOT, "%.3f", hit.score())).append(") ")
                    .append(hit.text().strip()).append('\n');
        }
        return out.toString().strip();
    }
}
