package dev.atj.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.function.DoubleSupplier;
import org.junit.jupiter.api.Test;

class DifferentialPrivacyTest {
    private static final int SAMPLES = 200_000;

    @Test
    void laplaceAccuracyAtScaleOneAndAlphaFivePercentIsMinusLnOfAlpha() {
        assertEquals(2.9957, DifferentialPrivacy.laplaceAccuracy(1, 0.05), 5e-5);
        assertEquals(-Math.log(0.05) * 3, DifferentialPrivacy.laplaceAccuracy(3, 0.05), 1e-12);
        assertEquals(3 * 2.9957, LaplaceMechanism.of(3, 1).accuracy(0.05), 5e-4);
    }

    @Test
    void gaussianSigmaFollowsTheClassicFormula() {
        // sqrt(2 ln(1.25 / 1e-5)) / 0.5 = 9.68961 (Dwork and Roth 2014, Theorem A.1)
        assertEquals(9.6896, DifferentialPrivacy.gaussianSigma(1, 0.5, 1e-5), 5e-4);
        assertEquals(2 * DifferentialPrivacy.gaussianSigma(1, 0.5, 1e-5),
                GaussianMechanism.of(2, 0.5, 1e-5).sigma(), 1e-12);
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> DifferentialPrivacy.gaussianSigma(1, 1.0, 1e-5));
        assertTrue(refused.getMessage().contains("ε < 1"));
    }

    @Test
    void gaussianAccuracyIsTheNormalQuantile() {
        assertEquals(1.95996, DifferentialPrivacy.gaussianAccuracy(1, 0.05), 1e-4);
    }

    @Test
    void laplaceNoiseHasMeanZeroAndVarianceTwoBSquared() {
        double b = 2;
        LaplaceMechanism laplace = LaplaceMechanism.of(2, 1).seeded(11);
        assertEquals(b, laplace.scale(), 0);
        double[] moments = moments(laplace::sample);
        // Standard errors: sqrt(2 b^2 / n) for the mean; sqrt((24 - 4) b^4 / n) for the variance.
        assertEquals(0, moments[0], 5 * Math.sqrt(2 * b * b / SAMPLES));
        assertEquals(2 * b * b, moments[1], 5 * Math.sqrt(20 * Math.pow(b, 4) / SAMPLES));
    }

    @Test
    void laplaceNoiseExceedsItsAccuracyWithProbabilityAlpha() {
        LaplaceMechanism laplace = LaplaceMechanism.of(1, 1).seeded(12);
        double limit = laplace.accuracy(0.05);
        int outside = 0;
        for (int i = 0; i < SAMPLES; i++) {
            outside += Math.abs(laplace.sample()) > limit ? 1 : 0;
        }
        assertEquals(0.05, outside / (double) SAMPLES, 5 * Math.sqrt(0.05 * 0.95 / SAMPLES));
    }

    @Test
    void gaussianNoiseHasMeanZeroAndVarianceSigmaSquared() {
        GaussianMechanism gaussian = GaussianMechanism.of(1, 0.5, 1e-5).seeded(13);
        double variance = gaussian.sigma() * gaussian.sigma();
        double[] moments = moments(gaussian::sample);
        assertEquals(0, moments[0], 5 * Math.sqrt(variance / SAMPLES));
        assertEquals(variance, moments[1], 5 * variance * Math.sqrt(2.0 / SAMPLES));
    }

    @Test
    void releasedLaplaceAnswersLieOnAPowerOfTwoGridWithinTheBound() {
        LaplaceMechanism laplace = LaplaceMechanism.of(1, 0.3).seeded(14);
        assertEquals(4, laplace.granularity(), 0);
        double[] errors = new double[20_000];
        for (int i = 0; i < errors.length; i++) {
            double released = laplace.release(100.7);
            assertEquals(0, released % 4, 0, "not on the grid: " + released);
            errors[i] = released - 100.7;
        }
        double mean = java.util.Arrays.stream(errors).average().orElseThrow();
        assertEquals(0, mean, 5 * Math.sqrt((2 * laplace.scale() * laplace.scale() + 16) / errors.length));
        LaplaceMechanism bounded = laplace.withBound(50);
        assertTrue(Math.abs(bounded.release(1e9)) <= 50);
        assertTrue(laplace.effectiveEpsilon() > 0.3 && laplace.effectiveEpsilon() < 0.3 * 1.00001);
    }

    @Test
    void seededNoiseRepeatsAndSecureNoiseDoesNot() {
        double[] first = {LaplaceMechanism.of(1, 1).seeded(5).sample(), GaussianMechanism.of(1, 0.5, 1e-6).seeded(5).sample()};
        double[] again = {LaplaceMechanism.of(1, 1).seeded(5).sample(), GaussianMechanism.of(1, 0.5, 1e-6).seeded(5).sample()};
        assertArrayEquals(first, again, 0);
        LaplaceMechanism secure = LaplaceMechanism.of(1, 1);
        assertTrue(secure.sample() != secure.sample());
    }

    @Test
    void uniformForNoiseCoversTheOpenUnitIntervalEvenly() {
        Random random = new Random(15);
        double[] moments = moments(() -> {
            double u = DifferentialPrivacy.uniformOpenUnit(random);
            assertTrue(u > 0 && u < 1);
            return u;
        });
        assertEquals(0.5, moments[0], 5 * Math.sqrt(1.0 / 12 / SAMPLES));
        assertEquals(1.0 / 12, moments[1], 5 * Math.sqrt(1.0 / 180 / SAMPLES));
    }

    @Test
    void mechanismsRefuseMeaninglessParameters() {
        assertThrows(IllegalArgumentException.class, () -> LaplaceMechanism.of(1, 0));
        assertThrows(IllegalArgumentException.class, () -> LaplaceMechanism.of(-1, 1));
        assertThrows(IllegalArgumentException.class, () -> LaplaceMechanism.of(1, 1).withBound(0.5));
        assertThrows(IllegalArgumentException.class, () -> LaplaceMechanism.of(1, 1).release(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> GaussianMechanism.of(1, 0.5, 0));
        assertThrows(IllegalArgumentException.class, () -> DifferentialPrivacy.laplaceAccuracy(1, 1));
    }

    /** Sample mean and variance of {@link #SAMPLES} draws. */
    private static double[] moments(DoubleSupplier draw) {
        double sum = 0;
        double sumOfSquares = 0;
        for (int i = 0; i < SAMPLES; i++) {
            double x = draw.getAsDouble();
            sum += x;
            sumOfSquares += x * x;
        }
        double mean = sum / SAMPLES;
        return new double[] {mean, (sumOfSquares - SAMPLES * mean * mean) / (SAMPLES - 1)};
    }
}
