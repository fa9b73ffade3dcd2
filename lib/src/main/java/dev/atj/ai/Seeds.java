package dev.atj.ai;

import java.util.Random;

/**
 * One seed for every source of randomness the library uses, so a notebook gives the same
 * output on every run. Call {@link #set(long)} in the first code cell. Smile is seeded at
 * once; DJL is seeded by {@link #seedDjl()} when a DJL model is first trained, so that
 * notebooks that never use DJL do not pay for loading PyTorch.
 */
public final class Seeds {
    private static volatile long seed = 42;

    private Seeds() {
    }

    /**
     * Seeds Smile ({@code MathEx.setSeed}) now, and DJL and the library's own random
     * generators from now on.
     *
     * @param value the seed
     */
    public static void set(long value) {
        seed = value;
        smile.math.MathEx.setSeed(value);
    }

    /**
     * The seed in use (42 until {@link #set(long)} is called).
     *
     * @return the seed
     */
    public static long current() {
        return seed;
    }

    /**
     * A new generator seeded from the current seed and a purpose, so that two uses of
     * randomness (say, shuffling and initial weights) do not draw the same numbers.
     *
     * @param purpose a short name for what the numbers are for
     * @return a seeded generator
     */
    public static Random random(String purpose) {
        return new Random(seed * 31 + purpose.hashCode());
    }

    /**
     * Seeds DJL's engine (PyTorch) with the current seed; loads the engine if needed, offline
     * (see {@link Devices#engine()}).
     */
    public static void seedDjl() {
        Devices.engine().setRandomSeed((int) seed);
    }
}
