package dev.atj.crypto;

import java.security.SecureRandom;
import java.util.Random;

/**
 * The Laplace mechanism: adds noise of scale {@code b = sensitivity / ε} to an answer, which
 * makes it ε-differentially private when one person changes the answer by at most the
 * sensitivity.
 *
 * <p><b>Floating point.</b> Textbook code draws {@code b · ln(U)} with a double {@code U}.
 * Mironov ("On Significance of the Least Significant Bits for Differential Privacy", ACM CCS
 * 2012) showed that the low bits of such noisy doubles reveal the true answer, because not
 * every double can come out for every answer. {@link #release(double)} therefore implements
 * his <i>snapping mechanism</i>: clamp the answer to {@code [-B, B]}, add Laplace noise drawn
 * from a uniform in which every double is possible ({@link DifferentialPrivacy}), round to a
 * multiple of Λ, the smallest power of two at least {@code b}, and clamp again. Mironov
 * proves this {@code ε · (1 + 2^-49 · B / sensitivity)}-differentially private when
 * {@code b < B < 2^46 · b} ({@link #effectiveEpsilon()}), assuming a correctly rounded
 * logarithm; Java's {@code StrictMath.log} is within one ulp but not guaranteed correctly
 * rounded, a small gap we document rather than close. The default bound is
 * {@code B = 2^30 · sensitivity}, which costs a factor of about 1.000002 in ε.
 *
 * <p><b>Randomness.</b> Noise comes from {@link SecureRandom}. {@link #seeded(long)} makes it
 * repeatable for teaching notebooks ONLY: whoever knows the seed can subtract the noise.
 *
 * <pre>{@code
 * LaplaceMechanism count = LaplaceMechanism.of(1, 0.5);   // sensitivity 1, ε = 0.5: scale 2
 * count.release(1309);                                    // 1309 ± a few, a multiple of 2
 * count.accuracy(0.05);                                   // 5.99: within this 95 % of the time
 * }</pre>
 */
public final class LaplaceMechanism {
    private static final double DEFAULT_BOUND_IN_SENSITIVITIES = 0x1p30;

    private final double sensitivity;
    private final double epsilon;
    private final double scale;
    private final double bound;
    private final Random random;

    private LaplaceMechanism(double sensitivity, double epsilon, double bound, Random random) {
        this.sensitivity = sensitivity;
        this.epsilon = epsilon;
        this.scale = DifferentialPrivacy.laplaceScale(sensitivity, epsilon);
        this.bound = DifferentialPrivacy.positive(bound, "bound");
        this.random = random;
        if (!(bound > scale && bound < 0x1p46 * scale)) {
            throw new IllegalArgumentException("The snapping bound B = " + bound + " must lie between the noise scale "
                    + scale + " and 2^46 times it. Choose ε between about 1e-9 and 65000, or pass a bound with withBound.");
        }
    }

    /**
     * A Laplace mechanism with {@link SecureRandom} noise.
     *
     * @param sensitivity how much one person can change the answer, above 0
     * @param epsilon the privacy loss, above 0
     * @return the mechanism, with scale {@code sensitivity / epsilon}
     * @throws IllegalArgumentException if either is not a positive finite number
     */
    public static LaplaceMechanism of(double sensitivity, double epsilon) {
        return of(sensitivity, epsilon, new SecureRandom());
    }

    static LaplaceMechanism of(double sensitivity, double epsilon, Random random) {
        return new LaplaceMechanism(sensitivity, epsilon,
                DEFAULT_BOUND_IN_SENSITIVITIES * DifferentialPrivacy.positive(sensitivity, "sensitivity"), random);
    }

    /**
     * The same mechanism with seeded, repeatable noise: FOR TEACHING ONLY.
     *
     * @param seed the seed
     * @return the seeded mechanism
     */
    public LaplaceMechanism seeded(long seed) {
        return new LaplaceMechanism(sensitivity, epsilon, bound, new Random(seed));
    }

    /**
     * The same mechanism with another snapping bound B: answers are clamped to
     * {@code [-B, B]}; a smaller B costs less extra ε but must still exceed the scale.
     *
     * @param newBound B, with {@code scale < B < 2^46 · scale}
     * @return the mechanism with that bound
     */
    public LaplaceMechanism withBound(double newBound) {
        return new LaplaceMechanism(sensitivity, epsilon, newBound, random);
    }

    /**
     * The noise scale b.
     *
     * @return {@code sensitivity / epsilon}
     */
    public double scale() {
        return scale;
    }

    /**
     * The ε this mechanism was made for.
     *
     * @return ε
     */
    public double epsilon() {
        return epsilon;
    }

    /**
     * The ε that {@link #release(double)} actually guarantees after snapping,
     * {@code ε · (1 + 2^-49 · B / sensitivity)}, a hair above {@link #epsilon()}.
     *
     * @return the effective ε
     */
    public double effectiveEpsilon() {
        return epsilon * (1 + 0x1p-49 * bound / sensitivity);
    }

    /**
     * The snapping bound B.
     *
     * @return B
     */
    public double bound() {
        return bound;
    }

    /**
     * The grid Λ that released values are rounded to: the smallest power of two at least
     * the scale.
     *
     * @return Λ
     */
    public double granularity() {
        double power = Math.scalb(1.0, Math.getExponent(scale));
        return power < scale ? 2 * power : power;
    }

    /**
     * One draw of Laplace noise of this scale (mean 0, variance {@code 2b²}), unrounded: for
     * looking at the noise. Adding it to an answer yourself skips the snapping defence; use
     * {@link #release(double)} for that.
     *
     * @return the noise
     */
    public double sample() {
        double magnitude = -scale * StrictMath.log(DifferentialPrivacy.uniformOpenUnit(random));
        return random.nextBoolean() ? magnitude : -magnitude;
    }

    /**
     * Releases an answer with the snapping mechanism: clamp to {@code [-B, B]}, add Laplace
     * noise, round to a multiple of {@link #granularity()}, clamp again.
     *
     * @param answer the true answer
     * @return the differentially private answer
     * @throws IllegalArgumentException if the answer is NaN
     */
    public double release(double answer) {
        if (Double.isNaN(answer)) {
            throw new IllegalArgumentException("Cannot release NaN; check the query for missing values.");
        }
        double noisy = clamp(answer) + sample();
        double grid = granularity();
        return clamp(Math.rint(noisy / grid) * grid);
    }

    /**
     * The half-width the noise stays within with probability {@code 1 - alpha}; see
     * {@link DifferentialPrivacy#laplaceAccuracy(double, double)}. Snapping adds at most
     * half a grid step on top.
     *
     * @param alpha the chance of a larger error, in (0, 1)
     * @return the half-width
     */
    public double accuracy(double alpha) {
        return DifferentialPrivacy.laplaceAccuracy(scale, alpha);
    }

    private double clamp(double value) {
        return Math.max(-bound, Math.min(bound, value));
    }

    @Override
    public String toString() {
        return "LaplaceMechanism(sensitivity=" + sensitivity + ", ε=" + epsilon + ", scale=" + scale + ")";
    }
}
