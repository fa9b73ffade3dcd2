package dev.atj.crypto;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;

/**
 * Additive secret sharing: a value becomes {@code n} random numbers modulo {@code m} that add
 * up to it. All {@code n} are needed; any {@code n - 1} of them are uniformly random and say
 * nothing about the value. Because shares add, parties can add their shares of different
 * values and so compute a sum that nobody sees the parts of (see {@link SecureAggregation}).
 *
 * <p>The first {@code n - 1} shares are uniform in {@code [0, m)}; the last one makes the sum
 * come out right. Randomness comes from {@link SecureRandom}; {@link #seeded(long)} is for
 * repeatable teaching examples only.
 *
 * <pre>{@code
 * AdditiveSharing sharing = new AdditiveSharing();       // modulo 2^127 - 1
 * List<BigInteger> shares = sharing.split(BigInteger.valueOf(42), 3);
 * sharing.combine(shares);                               // 42
 * }</pre>
 */
public final class AdditiveSharing {
    /** The default modulus, the same prime as {@link Shamir#DEFAULT_PRIME}: 2<sup>127</sup> − 1. */
    public static final BigInteger DEFAULT_MODULUS = Shamir.DEFAULT_PRIME;

    private final BigInteger modulus;
    private final Random random;

    /** Additive sharing modulo 2<sup>127</sup> − 1 with {@link SecureRandom}. */
    public AdditiveSharing() {
        this(DEFAULT_MODULUS);
    }

    /**
     * Additive sharing modulo {@code modulus} with {@link SecureRandom}.
     *
     * <pre>{@code
     * new AdditiveSharing(BigInteger.valueOf(1000));   // small numbers for teaching
     * }</pre>
     *
     * @param modulus the modulus, 2 or more; sums must stay below it
     * @throws IllegalArgumentException if the modulus is below 2
     */
    public AdditiveSharing(BigInteger modulus) {
        this(checked(modulus), new SecureRandom());
    }

    private AdditiveSharing(BigInteger modulus, Random random) {
        this.modulus = modulus;
        this.random = random;
    }

    /**
     * The same modulus with a seeded, repeatable generator: FOR TEACHING ONLY; whoever knows
     * the seed can recompute the shares.
     *
     * @param seed the seed
     * @return a sharer whose shares repeat from run to run
     */
    public AdditiveSharing seeded(long seed) {
        return new AdditiveSharing(modulus, new Random(seed));
    }

    /**
     * The modulus all shares are reduced by.
     *
     * @return m
     */
    public BigInteger modulus() {
        return modulus;
    }

    /**
     * Splits a value into {@code parties} shares that add up to it modulo {@link #modulus()}.
     * A negative value is stored as {@code m - |value|}.
     *
     * @param value the value
     * @param parties how many shares, 1 or more
     * @return the shares, each in {@code [0, m)}
     * @throws IllegalArgumentException if {@code parties < 1}
     */
    public List<BigInteger> split(BigInteger value, int parties) {
        Objects.requireNonNull(value, "value");
        if (parties < 1) {
            throw new IllegalArgumentException("Split into at least 1 share, got " + parties);
        }
        List<BigInteger> shares = new ArrayList<>();
        BigInteger sum = BigInteger.ZERO;
        for (int i = 1; i < parties; i++) {
            BigInteger share = Shamir.uniformBelow(modulus, random);
            shares.add(share);
            sum = sum.add(share);
        }
        shares.add(value.subtract(sum).mod(modulus));
        return List.copyOf(shares);
    }

    /**
     * Splits a whole number; see {@link #split(BigInteger, int)}.
     *
     * <pre>{@code
     * new AdditiveSharing().split(120, 3);   // three random-looking numbers adding up to 120
     * }</pre>
     *
     * @param value the value
     * @param parties how many shares
     * @return the shares
     */
    public List<BigInteger> split(long value, int parties) {
        return split(BigInteger.valueOf(value), parties);
    }

    /**
     * Adds shares modulo {@link #modulus()}: gives back the value when given all its shares,
     * or the sum of several values when given the sums of their shares.
     *
     * @param shares the shares
     * @return their sum modulo m, in {@code [0, m)}
     */
    public BigInteger combine(List<BigInteger> shares) {
        return shares.stream().reduce(BigInteger.ZERO, BigInteger::add).mod(modulus);
    }

    /**
     * Reads a combined result as a signed number: values above {@code m / 2} stand for
     * negatives, the inverse of how {@link #split} stores a negative value.
     *
     * @param combined a value in {@code [0, m)}
     * @return the same value in {@code (-m/2, m/2]}
     */
    public BigInteger signed(BigInteger combined) {
        BigInteger reduced = combined.mod(modulus);
        return reduced.compareTo(modulus.shiftRight(1)) > 0 ? reduced.subtract(modulus) : reduced;
    }

    private static BigInteger checked(BigInteger modulus) {
        Objects.requireNonNull(modulus, "modulus");
        if (modulus.compareTo(BigInteger.TWO) < 0) {
            throw new IllegalArgumentException("The modulus must be 2 or more, got " + modulus);
        }
        return modulus;
    }
}
