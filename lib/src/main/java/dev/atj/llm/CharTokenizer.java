package dev.atj.llm;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * One token per character, with the vocabulary taken from a training text: the simplest
 * tokenizer, and the one a tiny GPT trained in a notebook uses.
 *
 * <pre>{@code
 * CharTokenizer chars = CharTokenizer.fromText("hello world");
 * chars.encode("hold");        // [3, 5, 4, 1]
 * chars.vocabularySize();      // 8
 * }</pre>
 */
public final class CharTokenizer implements Tokenizer {

    private final int[] codePoints;
    private final Map<Integer, Integer> idOfCodePoint = new HashMap<>();

    private CharTokenizer(int[] sortedCodePoints) {
        this.codePoints = sortedCodePoints;
        for (int id = 0; id < sortedCodePoints.length; id++) {
            idOfCodePoint.put(sortedCodePoints[id], id);
        }
    }

    /**
     * A tokenizer whose vocabulary is every character (Unicode code point) in a text, in code
     * point order, so the same text always gives the same ids.
     *
     * @param text the training text
     * @return the tokenizer
     * @throws IllegalArgumentException if the text is empty
     */
    public static CharTokenizer fromText(String text) {
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException("CharTokenizer needs a non-empty text to learn its characters from");
        }
        TreeSet<Integer> distinct = new TreeSet<>();
        text.codePoints().forEach(distinct::add);
        return new CharTokenizer(distinct.stream().mapToInt(Integer::intValue).toArray());
    }

    /**
     * A tokenizer with exactly these characters, in this order (for example to rebuild a saved
     * model's tokenizer from {@link #characters()}).
     *
     * @param characters the vocabulary; each character once
     * @return the tokenizer
     * @throws IllegalArgumentException if a character repeats or the string is empty
     */
    public static CharTokenizer of(String characters) {
        int[] points = characters.codePoints().toArray();
        if (points.length == 0 || Arrays.stream(points).distinct().count() != points.length) {
            throw new IllegalArgumentException("CharTokenizer.of needs distinct characters, got \"" + characters + "\"");
        }
        return new CharTokenizer(points);
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException naming the first character that is not in the vocabulary
     */
    @Override
    public int[] encode(String text) {
        return text.codePoints().map(this::idOf).toArray();
    }

    private int idOf(int codePoint) {
        Integer id = idOfCodePoint.get(codePoint);
        if (id == null) {
            throw new IllegalArgumentException("the character '" + Character.toString(codePoint)
                    + "' (U+" + String.format("%04X", codePoint) + ") is not in this tokenizer's "
                    + codePoints.length + "-character vocabulary; build it from a text that has it");
        }
        return id;
    }

    @Override
    public String decode(int[] ids) {
        StringBuilder text = new StringBuilder();
        for (int id : ids) {
            if (id < 0 || id >= codePoints.length) {
                throw new IllegalArgumentException("token id " + id + " is outside the vocabulary [0, "
                        + codePoints.length + ")");
            }
            text.appendCodePoint(codePoints[id]);
        }
        return text.toString();
    }

    @Override
    public int vocabularySize() {
        return codePoints.length;
    }

    /**
     * The vocabulary as one string, character {@code i} having id {@code i}.
     *
     * @return the characters in id order
     */
    public String characters() {
        return new String(codePoints, 0, codePoints.length);
    }

    @Override
    public String toString() {
        return "CharTokenizer(" + codePoints.length + " characters)";
    }
}
