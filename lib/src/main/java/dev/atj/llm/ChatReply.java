package dev.atj.llm;

/**
 * The model's answer to one request.
 *
 * @param text             the answer text (for a streamed reply, all pieces joined)
 * @param model            the model that answered, as the server names it
 * @param finishReason     why the answer ended ({@code "stop"}, {@code "length"}, ...), or
 *                         null when the server did not say
 * @param promptTokens     tokens in the request, or -1 when the server did not say
 * @param completionTokens tokens in the answer, or -1 when the server did not say
 */
public record ChatReply(String text, String model, String finishReason, int promptTokens,
        int completionTokens) {

    /**
     * The answer text, so that a notebook cell that ends with a reply shows the answer.
     *
     * @return {@link #text()}
     */
    @Override
    public String toString() {
        return text;
    }
}
