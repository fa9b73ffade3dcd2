package dev.atj.llm;

import java.util.Arrays;
import java.util.Comparator;
import java.util.SplittableRandom;

/** Picks the next token from a model's scores as {@link GenerationOptions} say. */
final class TokenSampler {
    private final GenerationOptions options;
    private final SplittableRandom random;

    TokenSampler(GenerationOptions options) {
        this.options = options;
        this.random = new SplittableRandom(options.seed());
    }

    /** The chosen token id for one position's scores (logits). */
    int next(float[] logits) {
        if (options.isGreedy()) {
            return argmax(logits);
        }
        Integer[] byLikelihood = new Integer[logits.length];
        Arrays.setAll(byLikelihood, i -> i);
        Arrays.sort(byLikelihood, Comparator.comparingDouble((Integer i) -> -logits[i]));
        double[] probabilities = softmax(logits, byLikelihood);
        int kept = keptCount(probabilities);
        double total = 0;
        for (int i = 0; i < kept; i++) {
            total += probabilities[i];
        }
        double draw = random.nextDouble() * total;
        for (int i = 0; i < kept - 1; i++) {
            draw -= probabilities[i];
            if (draw < 0) {
                return byLikelihood[i];
            }
        }
        return byLikelihood[kept - 1];
    }

    /** How many of the most likely tokens survive the top-k and top-p cuts (always at least one). */
    private int keptCount(double[] sortedProbabilities) {
        int kept = options.topK() == 0 ? sortedProbabilities.length
                : Math.min(options.topK(), sortedProbabilities.length);
        double mass = 0;
        for (int i = 0; i < kept; i++) {
            mass += sortedProbabilities[i];
            if (mass >= options.topP()) {
                return i + 1;
            }
        }
        return kept;
    }

    /** Probabilities at the options' temperature, in the order of {@code order}. */
    private double[] softmax(float[] logits, Integer[] order) {
        double top = logits[order[0]];
        double[] result = new double[order.length];
        double sum = 0;
        for (int i = 0; i < order.length; i++) {
            result[i] = Math.exp((logits[order[i]] - top) / options.temperature());
            sum += result[i];
        }
        for (int i = 0; i < result.length; i++) {
            result[i] /= sum;
        }
        return result;
    }

    static int argmax(float[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] > values[best]) {
                best = i;
            }
        }
        return best;
    }
}
