package dev.atj.crypto;

import java.util.Random;
import smile.stat.distribution.GaussianDistribution;

/**
 * Formulas of differential privacy: how much noise a privacy level needs, and how accurate
 * the answer then is. The mechanisms that add the noise are {@link LaplaceMechanism} and
 * {@link GaussianMechanism}; ready-made queries on tables are in {@link DpQueries}, and
 * {@link PrivacyBudget} keeps count of the ε spent.
 *
 * <p>This is ATJ's own code: Google's differential-privacy Java library is not served by the
 * Maven repository this project builds from. For production use a reviewed library such as
 * OpenDP, Google's differential-privacy or Tumult Analytics.
 *
 * <pre>{@code
 * DifferentialPrivacy.laplaceScale(1, 0.5);             // 2.0: noise scale for a count at ε = 0.5
 * DifferentialPrivacy.laplaceAccuracy(2.0, 0.05);       // 5.99: |noise| < 5.99 with 95 % probability
 * DifferentialPrivacy.gaussianSigma(1, 0.5, 1e-5);      // σ of the classic Gaussian mechanism
 * }</pre>
 */
public final class DifferentialPrivacy {
    private DifferentialPrivacy() {
    }

    /**
     * The Laplace scale {@code b = sensitivity / ε} that makes a query ε-differentially
     * private.
     *
     * @param sensitivity how much one person can change the answer, above 0
     * @param epsilon the privacy loss, above 0 (smaller is more private)
     * @return the scale b
     * @throws IllegalArgumentException if either is not a positive finite number
     */
    public static double laplaceScale(double sensitivity, double epsilon) {
        return positive(sensitivity, "sensitivity") / positive(epsilon, "epsilon");
    }

    /**
     * The half-width {@code scale · ln(1/alpha)} that Laplace noise of this scale stays within
     * with probability {@code 1 - alpha} (the formula OpenDP's accuracy helpers use; it
     * follows from {@code P(|X| > t) = exp(-t / b)}).
     *
     * <pre>{@code
     * DifferentialPrivacy.laplaceAccuracy(1, 0.05);   // 2.9957 = -ln 0.05
     * }</pre>
     *
     * @param scale the Laplace scale b, above 0
     * @param alpha the chance of a larger error, in (0, 1)
     * @return the half-width
     * @throws IllegalArgumentException for a scale that is not positive or alpha outside (0, 1)
     */
    public static double laplaceAccuracy(double scale, double alpha) {
        return positive(scale, "scale") * StrictMath.log(1 / probability(alpha));
    }

    /**
     * The standard deviation of the classic Gaussian mechanism,
     * {@code σ = sensitivity · sqrt(2 ln(1.25/δ)) / ε} (Dwork and Roth, "The Algorithmic
     * Foundations of Differential Privacy", 2014, Theorem A.1). The theorem holds for
     * ε below 1 only, so larger ε is refused; the analytic Gaussian mechanism of Balle and
     * Wang (2018) is tighter and has no such limit.
     *
     * @param sensitivity the L2 sensitivity, above 0
     * @param epsilon the privacy loss, in (0, 1)
     * @param delta the chance the ε bound fails, in (0, 1)
     * @return σ
     * @throws IllegalArgumentException if ε is not in (0, 1) or δ not in (0, 1)
     */
    public static double gaussianSigma(double sensitivity, double epsilon, double delta) {
        positive(epsilon, "epsilon");
        if (epsilon >= 1) {
            throw new IllegalArgumentException("The classic Gaussian mechanism is proven for ε < 1 only, got ε = "
                    + epsilon + ". Use a smaller ε (split it over several queries) or the Laplace mechanism.");
        }
        return positive(sensitivity, "sensitivity") * StrictMath.sqrt(2 * StrictMath.log(1.25 / probability(delta)))
                / epsilon;
    }

    /**
     * The half-width that Gaussian noise of standard deviation σ stays within with
     * probability {@code 1 - alpha}: {@code σ · Φ⁻¹(1 - alpha/2)}.
     *
     * <pre>{@code
     * DifferentialPrivacy.gaussianAccuracy(1, 0.05);   // 1.96
     * }</pre>
     *
     * @param sigma the standard deviation, above 0
     * @param alpha the chance of a larger error, in (0, 1)
     * @return the half-width
     */
    public static double gaussianAccuracy(double sigma, double alpha) {
        return positive(sigma, "sigma") * GaussianDistribution.getInstance().quantile(1 - probability(alpha) / 2);
    }

    /**
     * A uniform double in (0, 1) in which every double is possible, with the probability of
     * the interval of reals that rounds down to it: the exponent is drawn geometrically and
     * the 52 mantissa bits uniformly (Mironov 2012, section 5.2). The usual
     * {@code nextDouble()} only gives multiples of 2<sup>-53</sup>, which leaves gaps in the
     * tails of {@code ln U} that an attacker can use.
     */
    static double uniformOpenUnit(Random random) {
        int exponent = -1;
        long bits = random.nextLong();
        while (bits == 0) {
            exponent -= 64;
            if (exponent < Double.MIN_EXPONENT) {
                return Double.MIN_NORMAL;
            }
            bits = random.nextLong();
        }
        exponent -= Long.numberOfLeadingZeros(bits);
        if (exponent < Double.MIN_EXPONENT) {
            return Double.MIN_NORMAL;
        }
        long mantissa = random.nextLong() >>> 12;
        return Math.scalb(1.0 + mantissa * 0x1p-52, exponent);
    }

    static double positive(double value, String name) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("The " + name + " must be a positive finite number, got " + value);
        }
        return value;
    }

    static double probability(double value) {
        if (!(value > 0 && value < 1)) {
            throw new IllegalArgumentException("Expected a probability strictly between 0 and 1, got " + value);
        }
        return value;
    }
}
