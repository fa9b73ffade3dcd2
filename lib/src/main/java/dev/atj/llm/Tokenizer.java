package dev.atj.llm;

import java.util.List;

/**
 * Turns text into token ids and back: the first and last step of every language model.
 *
 * <p>Implementations: {@link CharTokenizer} (one token per character, built from a text),
 * and the subword tokenizers of this package.
 */
public interface Tokenizer {

    /**
     * The token ids of a text.
     *
     * @param text any text
     * @return its token ids, each in {@code [0, vocabularySize())}
     */
    int[] encode(String text);

    /**
     * The text of a sequence of token ids.
     *
     * @param ids token ids, as {@link #encode(String)} gives them
     * @return the text they stand for
     * @throws IllegalArgumentException if an id is outside the vocabulary
     */
    String decode(int[] ids);

    /**
     * How many different tokens there are.
     *
     * @return the vocabulary size
     */
    int vocabularySize();

    /**
     * The text of each token of a text, to see where the tokenizer cuts.
     *
     * @param text any text
     * @return one string per token, in order
     */
    default List<String> tokens(String text) {
        int[] ids = encode(text);
        return java.util.Arrays.stream(ids).mapToObj(id -> decode(new int[] {id})).toList();
    }
}
