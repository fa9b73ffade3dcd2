package dev.atj.ai;

import java.util.stream.LongStream;
import smile.math.MathEx;

/**
 * Derives the seeds each model uses from {@link Seeds}. Smile keeps one generator per thread,
 * so a seed set in one notebook cell does not reach a cell that runs on another thread, and a
 * random forest leaves the calling thread's generator in whatever state its last tree left it.
 * Reseeding right before every fit, from the library seed and a purpose, makes each model
 * depend only on the seed and its data.
 */
final class Seeding {
    private Seeding() {
    }

    /**
     * A seed for one purpose, fixed by the library seed.
     *
     * @param purpose what the numbers are for
     * @return the seed
     */
    static long seed(String purpose) {
        return Seeds.random(purpose).nextLong();
    }

    /**
     * Seeds Smile's generator on the calling thread for one purpose.
     *
     * @param purpose what the numbers are for
     */
    static void smile(String purpose) {
        MathEx.setSeed(seed(purpose));
    }

    /**
     * Endless distinct-enough seeds above 1 (Smile ignores tree seeds of 1 or less and then
     * draws from an unseeded generator).
     *
     * @param purpose what the numbers are for
     * @return a stream of seeds, one per tree
     */
    static LongStream treeSeeds(String purpose) {
        return Seeds.random(purpose).longs().map(v -> (v >>> 2) + 2);
    }
}
