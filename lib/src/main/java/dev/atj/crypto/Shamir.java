package dev.atj.crypto;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.Set;

/**
 * Shamir secret sharing: a secret becomes {@code n} shares so that any {@code t} of them
 * (the threshold) give the secret back and any {@code t - 1} reveal nothing about it.
 *
 * <p>The secret is the constant term of a random polynomial of degree {@code t - 1} over
 * the prime field GF(p); share {@code i} is the point {@code (i, f(i))}. Any {@code t} points
 * fix the polynomial, and Lagrange interpolation at 0 gives the secret. With fewer points
 * every secret is equally likely, because for each candidate secret exactly the same number
 * of polynomials pass through the points.
 *
 * <p>The default field is GF(2<sup>127</sup> − 1), a Mersenne prime large enough for any
 * 126-bit secret (a 16-byte key fits after reduction). A small prime such as 1613 is handy
 * for teaching, where the numbers can be checked by hand. Coefficients come from
 * {@link SecureRandom}; {@link #seeded(long)} gives repeatable shares for notebooks
 * and must never be used for real secrets.
 *
 * <pre>{@code
 * Shamir shamir = new Shamir();                       // GF(2^127 - 1), SecureRandom
 * List<Share> shares = shamir.split(BigInteger.valueOf(1234), 3, 6);
 * Shamir.reconstruct(shares.subList(2, 5));           // 1234: any 3 shares
 * Shamir.reconstruct(shares.subList(0, 2));           // refused: 2 < threshold 3
 * }</pre>
 */
public final class Shamir {
    /** The default prime 2<sup>127</sup> − 1 (a Mersenne prime). */
    public static final BigInteger DEFAULT_PRIME = BigInteger.ONE.shiftLeft(127).subtract(BigInteger.ONE);

    private final BigInteger prime;
    private final Random random;

    /** Shamir sharing over GF(2<sup>127</sup> − 1) with {@link SecureRandom} coefficients. */
    public Shamir() {
        this(DEFAULT_PRIME);
    }

    /**
     * Shamir sharing over GF(prime) with {@link SecureRandom} coefficients.
     *
     * <pre>{@code
     * Shamir small = new Shamir(BigInteger.valueOf(1613));   // numbers you can check by hand
     * }</pre>
     *
     * @param prime the field's prime; it must be prime and at least 3
     * @throws IllegalArgumentException if {@code prime} is not a prime of at least 3
     */
    public Shamir(BigInteger prime) {
        this(checkedPrime(prime), new SecureRandom());
    }

    private Shamir(BigInteger prime, Random random) {
        this.prime = prime;
        this.random = random;
    }

    /**
     * The same field with a seeded, repeatable generator: FOR TEACHING ONLY. Anyone who
     * knows the seed can recompute every coefficient and so the secret.
     *
     * <pre>{@code
     * List<Share> shares = new Shamir(BigInteger.valueOf(1613)).seeded(42).split(1234, 3, 6);
     * }</pre>
     *
     * @param seed the seed
     * @return a Shamir sharer whose shares repeat from run to run
     */
    public Shamir seeded(long seed) {
        return new Shamir(prime, new Random(seed));
    }

    /**
     * The field's prime.
     *
     * @return p of GF(p)
     */
    public BigInteger prime() {
        return prime;
    }

    /**
     * Splits a secret into {@code shares} shares, any {@code threshold} of which rebuild it.
     *
     * @param secret the secret, in {@code [0, prime)}
     * @param threshold how many shares are needed, 1 to {@code shares}
     * @param shares how many shares to make, fewer than the prime
     * @return the shares with x = 1, 2, ..., {@code shares}
     * @throws IllegalArgumentException if the secret is outside the field or the counts do
     *     not fit
     */
    public List<Share> split(BigInteger secret, int threshold, int shares) {
        checkCounts(threshold, shares);
        List<BigInteger> coefficients = new ArrayList<>();
        for (int i = 1; i < threshold; i++) {
            coefficients.add(uniformBelow(prime, random));
        }
        return splitWithCoefficients(secret, coefficients, shares);
    }

    /**
     * Splits a whole-number secret; see {@link #split(BigInteger, int, int)}.
     *
     * <pre>{@code
     * new Shamir().split(1234, 2, 3);   // 3 shares, any 2 rebuild 1234
     * }</pre>
     *
     * @param secret the secret, 0 or more and below the prime
     * @param threshold how many shares are needed
     * @param shares how many shares to make
     * @return the shares
     */
    public List<Share> split(long secret, int threshold, int shares) {
        return split(BigInteger.valueOf(secret), threshold, shares);
    }

    /**
     * Shares with chosen coefficients {@code a1, a2, ...} of
     * {@code f(x) = secret + a1 x + a2 x^2 + ...}, so tests can compare with published
     * worked examples. The threshold is {@code coefficients.size() + 1}.
     */
    List<Share> splitWithCoefficients(BigInteger secret, List<BigInteger> coefficients, int shares) {
        Objects.requireNonNull(secret, "secret");
        if (secret.signum() < 0 || secret.compareTo(prime) >= 0) {
            throw new IllegalArgumentException("The secret must lie in [0, " + prime + ") to fit the field; got "
                    + secret + ". Use a larger prime, or split the secret into smaller pieces.");
        }
        int threshold = coefficients.size() + 1;
        checkCounts(threshold, shares);
        List<BigInteger> polynomial = new ArrayList<>();
        polynomial.add(secret);
        coefficients.forEach(c -> polynomial.add(c.mod(prime)));
        List<Share> result = new ArrayList<>();
        for (int x = 1; x <= shares; x++) {
            result.add(new Share(x, evaluate(polynomial, BigInteger.valueOf(x)), threshold, prime));
        }
        return List.copyOf(result);
    }

    /**
     * Rebuilds the secret from at least as many shares as the threshold they carry.
     *
     * @param shares shares of one secret, with distinct x, all from the same field and
     *     threshold
     * @return the secret
     * @throws IllegalArgumentException if there are fewer shares than the threshold, the
     *     shares come from different splits or one x appears twice
     */
    public static BigInteger reconstruct(Collection<Share> shares) {
        Share first = checkSameSplit(shares);
        if (shares.size() < first.threshold()) {
            throw new IllegalArgumentException("Shamir.reconstruct needs at least " + first.threshold()
                    + " shares (the threshold they were split with) but got " + shares.size()
                    + "; fewer shares say nothing about the secret. Collect more shares.");
        }
        return interpolateAtZero(shares);
    }

    /**
     * Lagrange interpolation at 0 through whatever shares are given, without checking the
     * threshold: for showing what goes wrong below it. With fewer than {@code t} shares the
     * result is a field element that is, in general, NOT the secret (and every secret is
     * equally consistent with those shares). Use {@link #reconstruct} for real work.
     *
     * <pre>{@code
     * Shamir.interpolateAtZero(shares.subList(0, 2));   // some number, not the secret
     * }</pre>
     *
     * @param shares one or more shares of one split, with distinct x
     * @return the value at 0 of the lowest-degree polynomial through the shares
     * @throws IllegalArgumentException if the shares are empty, mixed or repeat an x
     */
    public static BigInteger interpolateAtZero(Collection<Share> shares) {
        BigInteger p = checkSameSplit(shares).prime();
        BigInteger sum = BigInteger.ZERO;
        for (Share i : shares) {
            BigInteger numerator = BigInteger.ONE;
            BigInteger denominator = BigInteger.ONE;
            for (Share j : shares) {
                if (j != i) {
                    BigInteger xj = BigInteger.valueOf(j.x());
                    numerator = numerator.multiply(xj).mod(p);
                    denominator = denominator.multiply(xj.subtract(BigInteger.valueOf(i.x()))).mod(p);
                }
            }
            BigInteger lagrange = numerator.multiply(denominator.modInverse(p));
            sum = sum.add(i.y().multiply(lagrange)).mod(p);
        }
        return sum;
    }

    /** A uniformly random number in {@code [0, bound)}, by rejection so there is no bias. */
    static BigInteger uniformBelow(BigInteger bound, Random random) {
        BigInteger candidate;
        do {
            candidate = new BigInteger(bound.bitLength(), random);
        } while (candidate.compareTo(bound) >= 0);
        return candidate;
    }

    private BigInteger evaluate(List<BigInteger> polynomial, BigInteger x) {
        BigInteger value = BigInteger.ZERO;
        for (int i = polynomial.size() - 1; i >= 0; i--) {
            value = value.multiply(x).add(polynomial.get(i)).mod(prime);
        }
        return value;
    }

    private void checkCounts(int threshold, int shares) {
        if (threshold < 1 || threshold > shares) {
            throw new IllegalArgumentException("The threshold must be between 1 and the number of shares ("
                    + shares + "), got " + threshold);
        }
        if (BigInteger.valueOf(shares).compareTo(prime) >= 0) {
            throw new IllegalArgumentException("GF(" + prime + ") has room for at most " + prime.subtract(BigInteger.ONE)
                    + " shares, asked for " + shares + ". Use a larger prime.");
        }
    }

    private static Share checkSameSplit(Collection<Share> shares) {
        if (shares == null || shares.isEmpty()) {
            throw new IllegalArgumentException("Give at least one share.");
        }
        Share first = shares.iterator().next();
        Set<Integer> xs = new HashSet<>();
        for (Share share : shares) {
            if (!share.prime().equals(first.prime()) || share.threshold() != first.threshold()) {
                throw new IllegalArgumentException("These shares come from different splits (field or threshold differ: "
                        + first + " and " + share + "). Give shares of one secret only.");
            }
            if (!xs.add(share.x())) {
                throw new IllegalArgumentException("Share x = " + share.x() + " appears twice; give each share once.");
            }
        }
        return first;
    }

    private static BigInteger checkedPrime(BigInteger prime) {
        Objects.requireNonNull(prime, "prime");
        if (prime.compareTo(BigInteger.valueOf(3)) < 0 || !prime.isProbablePrime(100)) {
            throw new IllegalArgumentException(prime + " is not a prime of at least 3; Shamir sharing needs a prime field. "
                    + "Try 1613 for teaching or Shamir.DEFAULT_PRIME.");
        }
        return prime;
    }
}
