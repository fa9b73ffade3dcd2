package dev.atj.llm;

/**
 * How alike two vectors point. For sentence embeddings, which {@link SentenceEmbedder} scales
 * to length 1, the cosine is the whole story: 1 for the same meaning, near 0 for unrelated.
 *
 * <pre>{@code
 * Similarity.cosine(new float[] {1, 0}, new float[] {1, 1});   // 0.7071...
 * }</pre>
 */
public final class Similarity {
    private Similarity() {
    }

    /**
     * The cosine of the angle between two vectors: their dot product over the product of their
     * lengths.
     *
     * @param a a vector
     * @param b a vector of the same length
     * @return a number in [-1, 1]; 0 if either vector is all zeros
     * @throws IllegalArgumentException if the lengths differ
     */
    public static double cosine(float[] a, float[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("cosine needs vectors of the same length, not " + a.length
                    + " and " + b.length + "; were they made by different models?");
        }
        double dot = 0;
        double aa = 0;
        double bb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += (double) a[i] * b[i];
            aa += (double) a[i] * a[i];
            bb += (double) b[i] * b[i];
        }
        return aa == 0 || bb == 0 ? 0 : dot / Math.sqrt(aa * bb);
    }
}
