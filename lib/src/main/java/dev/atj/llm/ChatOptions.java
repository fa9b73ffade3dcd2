package dev.atj.llm;

/**
 * Optional sampling settings sent with each request; a {@code null} field is not sent, so the
 * server's own default applies. Build with {@code ChatOptions.defaults().withTemperature(0)}.
 *
 * @param temperature randomness of the answer (0 = most predictable), or null
 * @param maxTokens   the most tokens the answer may have ({@code max_tokens}), or null
 * @param seed        a seed the server may use for repeatable sampling, or null; not every
 *                    server honours it
 */
public record ChatOptions(Double temperature, Integer maxTokens, Long seed) {

    /**
     * Checks that the values that are set make sense.
     *
     * @param temperature randomness of the answer, or null
     * @param maxTokens   the most tokens in the answer, or null
     * @param seed        a sampling seed, or null
     */
    public ChatOptions {
        if (temperature != null && (temperature.isNaN() || temperature < 0)) {
            throw new IllegalArgumentException("temperature must be 0 or more, not " + temperature);
        }
        if (maxTokens != null && maxTokens < 1) {
            throw new IllegalArgumentException("maxTokens must be at least 1, not " + maxTokens);
        }
    }

    /**
     * No settings: the server decides everything.
     *
     * @return options with every field null
     */
    public static ChatOptions defaults() {
        return new ChatOptions(null, null, null);
    }

    /**
     * These options with another temperature.
     *
     * @param value randomness, 0 or more (0 = most predictable)
     * @return new options
     */
    public ChatOptions withTemperature(double value) {
        return new ChatOptions(value, maxTokens, seed);
    }

    /**
     * These options with another answer length limit.
     *
     * @param value the most tokens the answer may have
     * @return new options
     */
    public ChatOptions withMaxTokens(int value) {
        return new ChatOptions(temperature, value, seed);
    }

    /**
     * These options with a sampling seed.
     *
     * @param value the seed sent to the server
     * @return new options
     */
    public ChatOptions withSeed(long value) {
        return new ChatOptions(temperature, maxTokens, value);
    }
}
