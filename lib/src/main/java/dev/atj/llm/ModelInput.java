package dev.atj.llm;

import java.util.List;

/**
 * A text tokenized the way a transformer model takes it: with the model's special tokens
 * (such as BERT's {@code [CLS]} and {@code [SEP]}), an attention mask and token type ids,
 * all as {@code long} so they can go straight into an ONNX or DJL tensor. Like every record
 * with array components, {@code equals} compares the arrays by identity; compare them with
 * {@code Arrays.equals}.
 *
 * @param ids           token ids, special tokens included
 * @param attentionMask 1 for each token the model should attend to, 0 for padding
 * @param typeIds       segment ids (0 for a single sentence)
 * @param tokens        each token as the vocabulary spells it, for display
 */
public record ModelInput(long[] ids, long[] attentionMask, long[] typeIds, List<String> tokens) {

    /**
     * Copies the token list so the record cannot change under its user.
     *
     * @param ids           token ids
     * @param attentionMask attention mask, as long as {@code ids}
     * @param typeIds       token type ids, as long as {@code ids}
     * @param tokens        token strings, as long as {@code ids}
     */
    public ModelInput {
        tokens = List.copyOf(tokens);
        if (attentionMask.length != ids.length || typeIds.length != ids.length || tokens.size() != ids.length) {
            throw new IllegalArgumentException("ids, attention mask, type ids and tokens must have the same length");
        }
    }

    /**
     * How many tokens there are, special tokens included.
     *
     * @return the length
     */
    public int length() {
        return ids.length;
    }

    /**
     * The tokens, for reading.
     *
     * @return for example {@code ModelInput[CLS, hello, world, SEP]}
     */
    @Override
    public String toString() {
        return "ModelInput" + tokens;
    }
}
