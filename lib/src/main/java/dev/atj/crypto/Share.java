package dev.atj.crypto;

import java.math.BigInteger;
import java.util.Objects;

/**
 * One share of a secret split by {@link Shamir}: the point {@code (x, y)} on the secret
 * polynomial, the threshold the secret was split with and the prime of the field. Carrying
 * the threshold lets {@link Shamir#reconstruct} refuse too few shares instead of returning a
 * wrong number silently.
 *
 * <pre>{@code
 * Share share = new Share(1, BigInteger.valueOf(1494), 3, BigInteger.valueOf(1613));
 * share.x();   // 1
 * }</pre>
 *
 * @param x where the polynomial was evaluated: 1, 2, 3, ... (never 0, which is the secret)
 * @param y the polynomial's value at {@code x}, in {@code [0, prime)}
 * @param threshold how many shares reconstruct the secret
 * @param prime the prime of the field GF(prime) all arithmetic is done in
 */
public record Share(int x, BigInteger y, int threshold, BigInteger prime) {
    /**
     * Checks that the share is a valid point of GF(prime).
     *
     * @param x where the polynomial was evaluated, 1 or more
     * @param y the polynomial's value at {@code x}
     * @param threshold how many shares reconstruct the secret
     * @param prime the prime of the field
     * @throws IllegalArgumentException if {@code x < 1}, {@code y} lies outside
     *     {@code [0, prime)} or {@code threshold < 1}
     */
    public Share {
        Objects.requireNonNull(y, "y");
        Objects.requireNonNull(prime, "prime");
        if (x < 1) {
            throw new IllegalArgumentException("A share's x must be 1 or more (x = 0 would be the secret itself), got " + x);
        }
        if (y.signum() < 0 || y.compareTo(prime) >= 0) {
            throw new IllegalArgumentException("A share's y must lie in [0, " + prime + "), got " + y);
        }
        if (threshold < 1) {
            throw new IllegalArgumentException("A share's threshold must be 1 or more, got " + threshold);
        }
    }
}
