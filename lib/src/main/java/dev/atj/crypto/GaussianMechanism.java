package dev.atj.crypto;

import java.security.SecureRandom;
import java.util.Random;

/**
 * The Gaussian mechanism: adds normal noise of standard deviation
 * {@code σ = sensitivity · sqrt(2 ln(1.25/δ)) / ε}, the classic calibration (Dwork and Roth
 * 2014, Theorem A.1, valid for ε &lt; 1), which makes an answer (ε, δ)-differentially private.
 * Gaussian noise suits many combined queries and machine learning (DP-SGD), where its
 * privacy loss composes more gently than Laplace noise.
 *
 * <p>Noise comes from {@link SecureRandom#nextGaussian()}; {@link #seeded(long)} is for
 * teaching only. Limitation: unlike {@link LaplaceMechanism#release(double)}, no floating
 * point defence is applied (there is no published snapping proof for Gaussian noise);
 * hardened libraries sample a discrete Gaussian instead (Canonne, Kamath and Steinke 2020).
 *
 * <pre>{@code
 * GaussianMechanism sum = GaussianMechanism.of(80, 0.5, 1e-5);   // sensitivity 80
 * sum.sigma();                                                   // 775.2
 * sum.release(38000);
 * }</pre>
 */
public final class GaussianMechanism {
    private final double epsilon;
    private final double delta;
    private final double sigma;
    private final Random random;

    private GaussianMechanism(double epsilon, double delta, double sigma, Random random) {
        this.epsilon = epsilon;
        this.delta = delta;
        this.sigma = sigma;
        this.random = random;
    }

    /**
     * A Gaussian mechanism with {@link SecureRandom} noise, calibrated by the classic formula.
     *
     * @param sensitivity the L2 sensitivity, above 0
     * @param epsilon the privacy loss, in (0, 1)
     * @param delta the chance the ε bound fails, in (0, 1); well below 1 / (number of people)
     * @return the mechanism
     * @throws IllegalArgumentException if the parameters are out of range
     */
    public static GaussianMechanism of(double sensitivity, double epsilon, double delta) {
        return of(sensitivity, epsilon, delta, new SecureRandom());
    }

    static GaussianMechanism of(double sensitivity, double epsilon, double delta, Random random) {
        return new GaussianMechanism(epsilon, delta, DifferentialPrivacy.gaussianSigma(sensitivity, epsilon, delta), random);
    }

    /**
     * The same mechanism with seeded, repeatable noise: FOR TEACHING ONLY.
     *
     * @param seed the seed
     * @return the seeded mechanism
     */
    public GaussianMechanism seeded(long seed) {
        return new GaussianMechanism(epsilon, delta, sigma, new Random(seed));
    }

    /**
     * The noise's standard deviation.
     *
     * @return σ
     */
    public double sigma() {
        return sigma;
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
     * The δ this mechanism was made for.
     *
     * @return δ
     */
    public double delta() {
        return delta;
    }

    /**
     * One draw of the noise: normal with mean 0 and standard deviation σ.
     *
     * @return the noise
     */
    public double sample() {
        return sigma * random.nextGaussian();
    }

    /**
     * The answer plus one draw of noise.
     *
     * @param answer the true answer
     * @return the (ε, δ)-differentially private answer
     * @throws IllegalArgumentException if the answer is NaN
     */
    public double release(double answer) {
        if (Double.isNaN(answer)) {
            throw new IllegalArgumentException("Cannot release NaN; check the query for missing values.");
        }
        return answer + sample();
    }

    /**
     * The half-width the noise stays within with probability {@code 1 - alpha}; see
     * {@link DifferentialPrivacy#gaussianAccuracy(double, double)}.
     *
     * @param alpha the chance of a larger error, in (0, 1)
     * @return the half-width
     */
    public double accuracy(double alpha) {
        return DifferentialPrivacy.gaussianAccuracy(sigma, alpha);
    }

    @Override
    public String toString() {
        return "GaussianMechanism(ε=" + epsilon + ", δ=" + delta + ", σ=" + sigma + ")";
    }
}
