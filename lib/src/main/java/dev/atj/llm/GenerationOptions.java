package dev.atj.llm;

import dev.atj.ai.Seeds;

/**
 * How a language model picks each next token when it writes.
 *
 * <ul>
 *   <li>{@code temperature} divides the scores before they become probabilities: below 1 the
 *       likely tokens get likelier (safer, more repetitive text), above 1 the choice gets
 *       flatter (more surprising, more mistakes). 0 always takes the most likely token
 *       ("greedy").</li>
 *   <li>{@code topK} keeps only the k most likely tokens (0 keeps all; 1 is greedy).</li>
 *   <li>{@code topP} keeps the most likely tokens until their probabilities add up to p
 *       ("nucleus sampling"; 1 keeps all).</li>
 *   <li>{@code seed} fixes the random draws: the same model, prompt, options and seed give the
 *       same text.</li>
 * </ul>
 *
 * <pre>{@code
 * GenerationOptions.defaults().withTemperature(0.8).withTopK(10).withSeed(7)
 * GenerationOptions.greedy().withMaxTokens(50)
 * }</pre>
 *
 * @param maxTokens how many tokens to write
 * @param temperature 0 for greedy, else how flat the distribution is made (1 leaves it as is)
 * @param topK how many of the most likely tokens may be drawn, 0 for all
 * @param topP the probability mass the drawn tokens are taken from, in {@code (0, 1]}
 * @param seed the seed of the random draws
 */
public record GenerationOptions(int maxTokens, double temperature, int topK, double topP, long seed) {

    /**
     * Checks the numbers.
     *
     * @param maxTokens how many tokens to write
     * @param temperature 0 for greedy, else the temperature
     * @param topK how many of the most likely tokens may be drawn, 0 for all
     * @param topP the probability mass the drawn tokens are taken from
     * @param seed the seed of the random draws
     * @throws IllegalArgumentException saying which number is out of range
     */
    public GenerationOptions {
        if (maxTokens < 0) {
            throw new IllegalArgumentException("maxTokens must be 0 or more, got " + maxTokens);
        }
        if (!(temperature >= 0) || Double.isInfinite(temperature)) {
            throw new IllegalArgumentException("temperature must be 0 (greedy) or a positive number, got "
                    + temperature);
        }
        if (topK < 0) {
            throw new IllegalArgumentException("topK must be 0 (keep all tokens) or more, got " + topK);
        }
        if (!(topP > 0 && topP <= 1)) {
            throw new IllegalArgumentException("topP must be above 0 and at most 1 (1 keeps all tokens), got "
                    + topP);
        }
    }

    /**
     * 200 tokens at temperature 1, no top-k or top-p cut, seeded from {@link Seeds#current()}.
     *
     * @return the options
     */
    public static GenerationOptions defaults() {
        return new GenerationOptions(200, 1.0, 0, 1.0, Seeds.current());
    }

    /**
     * 200 tokens, always the most likely one (temperature 0): no randomness at all.
     *
     * @return the options
     */
    public static GenerationOptions greedy() {
        return defaults().withTemperature(0);
    }

    /**
     * The same options writing a different number of tokens.
     *
     * @param value how many tokens to write
     * @return new options
     */
    public GenerationOptions withMaxTokens(int value) {
        return new GenerationOptions(value, temperature, topK, topP, seed);
    }

    /**
     * The same options at another temperature.
     *
     * @param value 0 for greedy, else the temperature
     * @return new options
     */
    public GenerationOptions withTemperature(double value) {
        return new GenerationOptions(maxTokens, value, topK, topP, seed);
    }

    /**
     * The same options drawing only from the {@code value} most likely tokens.
     *
     * @param value how many tokens to keep, 0 for all
     * @return new options
     */
    public GenerationOptions withTopK(int value) {
        return new GenerationOptions(maxTokens, temperature, value, topP, seed);
    }

    /**
     * The same options drawing only from the most likely tokens that together have probability
     * {@code value}.
     *
     * @param value the probability mass to keep, in {@code (0, 1]}
     * @return new options
     */
    public GenerationOptions withTopP(double value) {
        return new GenerationOptions(maxTokens, temperature, topK, value, seed);
    }

    /**
     * The same options with another seed.
     *
     * @param value the seed of the random draws
     * @return new options
     */
    public GenerationOptions withSeed(long value) {
        return new GenerationOptions(maxTokens, temperature, topK, topP, value);
    }

    /**
     * Whether these options always take the most likely token.
     *
     * @return true for temperature 0 or top-k 1
     */
    public boolean isGreedy() {
        return temperature == 0 || topK == 1;
    }
}
