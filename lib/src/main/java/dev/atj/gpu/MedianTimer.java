package dev.atj.gpu;

import java.util.Arrays;

/**
 * Times a piece of work the way benchmarks should: some unmeasured warm-up runs first (the JIT,
 * caches, GPU kernels loading), then a fixed number of measured runs, and the median of those,
 * which one slow run (another process taking the core) does not move.
 *
 * @param warmups runs before timing starts
 * @param repeats measured runs
 */
public record MedianTimer(int warmups, int repeats) {
    /** The default: 2 warm-up runs, then the median of 5. */
    public static final MedianTimer DEFAULT = new MedianTimer(2, 5);

    /**
     * Checks the counts.
     *
     * @param warmups runs before timing starts, 0 or more
     * @param repeats measured runs, 1 or more
     */
    public MedianTimer {
        if (warmups < 0 || repeats < 1) {
            throw new IllegalArgumentException("A timer needs 0 or more warm-up runs and 1 or more measured runs, not "
                    + warmups + " and " + repeats + ".");
        }
    }

    /**
     * Runs {@code work} {@code warmups + repeats} times.
     *
     * @param work the work to time; it must finish its work before returning (on a GPU, wait for the result)
     * @return the median time of the measured runs, in seconds
     */
    public double medianSeconds(Runnable work) {
        for (int i = 0; i < warmups; i++) {
            work.run();
        }
        double[] seconds = new double[repeats];
        for (int i = 0; i < repeats; i++) {
            long start = System.nanoTime();
            work.run();
            seconds[i] = (System.nanoTime() - start) / 1e9;
        }
        Arrays.sort(seconds);
        return repeats % 2 == 1 ? seconds[repeats / 2] : (seconds[repeats / 2 - 1] + seconds[repeats / 2]) / 2;
    }
}
