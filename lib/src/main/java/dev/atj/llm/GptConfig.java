package dev.atj.llm;

/**
 * The shape of a small GPT (a decoder-only transformer): how many tokens it knows, how far back
 * it looks, how wide and how deep it is.
 *
 * <pre>{@code
 * GptConfig config = GptConfig.tiny(tokenizer.vocabularySize());   // 64 wide, 4 heads, 2 layers
 * GptConfig wider = new GptConfig(80, 128, 128, 4, 4, 0.0);
 * }</pre>
 *
 * @param vocabularySize how many different tokens there are (the tokenizer's vocabulary size)
 * @param contextLength how many tokens the model sees at once; longer prompts are cut to their
 *     last {@code contextLength} tokens
 * @param embeddingSize the width of each token's vector inside the model
 * @param heads how many attention heads each layer has; must divide {@code embeddingSize}
 * @param layers how many transformer blocks are stacked
 * @param dropout the share of activations dropped at random while training, in {@code [0, 1)};
 *     0 turns dropout off (right for short training runs)
 */
public record GptConfig(int vocabularySize, int contextLength, int embeddingSize, int heads, int layers,
                        double dropout) {

    /**
     * Checks that the numbers make a model that can be built.
     *
     * @param vocabularySize how many different tokens there are
     * @param contextLength how many tokens the model sees at once
     * @param embeddingSize the width of each token's vector
     * @param heads how many attention heads each layer has
     * @param layers how many transformer blocks are stacked
     * @param dropout the share of activations dropped while training
     * @throws IllegalArgumentException saying which number is wrong and what would work
     */
    public GptConfig {
        positive("vocabularySize", vocabularySize);
        positive("contextLength", contextLength);
        positive("embeddingSize", embeddingSize);
        positive("heads", heads);
        positive("layers", layers);
        if (embeddingSize % heads != 0) {
            throw new IllegalArgumentException("embeddingSize " + embeddingSize + " cannot be split evenly into "
                    + heads + " heads; choose an embeddingSize that is a multiple of heads (for example "
                    + heads * Math.max(1, embeddingSize / heads) + ")");
        }
        if (!(dropout >= 0 && dropout < 1)) {
            throw new IllegalArgumentException("dropout must be at least 0 and below 1, got " + dropout
                    + "; use 0 to turn it off");
        }
    }

    /**
     * A model small enough to train on two CPU cores in a minute or two: context 64,
     * embedding 64, 4 heads, 2 layers, no dropout (about 114 thousand weights for the 75
     * characters of Pride and Prejudice).
     *
     * @param vocabularySize the tokenizer's vocabulary size
     * @return the configuration
     */
    public static GptConfig tiny(int vocabularySize) {
        return new GptConfig(vocabularySize, 64, 64, 4, 2, 0.0);
    }

    /**
     * The width of one attention head.
     *
     * @return {@code embeddingSize / heads}
     */
    public int headSize() {
        return embeddingSize / heads;
    }

    /**
     * How many trainable numbers a model of this shape has: embeddings, per layer two layer
     * norms, the attention projections and the MLP (4 times as wide as the embedding), the final
     * layer norm and the output layer.
     *
     * @return the number of weights and biases
     */
    public long parameterCount() {
        long e = embeddingSize;
        long perLayer = 2 * (2 * e) + 4 * (e * e + e) + (e * 4 * e + 4 * e) + (4 * e * e + e);
        return (long) vocabularySize * e + (long) contextLength * e + layers * perLayer + 2 * e
                + (e * vocabularySize + vocabularySize);
    }

    private static void positive(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1, got " + value);
        }
    }
}
