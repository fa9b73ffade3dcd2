package dev.atj.ai;

import ai.djl.training.dataset.RandomAccessDataset;
import ai.djl.training.dataset.Sampler;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Random;

/**
 * Visits the rows of a data set in a new random order each epoch, drawn from a generator the
 * library seeds. DJL's own {@code RandomSampler} draws from a global generator that other
 * code may also use, so its order could change with what ran before.
 */
final class MlpShuffle implements Sampler.SubSampler {
    private final Random random;

    MlpShuffle(Random random) {
        this.random = random;
    }

    @Override
    public Iterator<Long> sample(RandomAccessDataset dataset) {
        return Arrays.stream(permutation(Math.toIntExact(dataset.size()), random)).mapToObj(i -> (long) i).iterator();
    }

    /** The numbers 0 to {@code size - 1} in a random order (Fisher-Yates). */
    static int[] permutation(int size, Random random) {
        int[] order = new int[size];
        Arrays.setAll(order, i -> i);
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        return order;
    }
}
