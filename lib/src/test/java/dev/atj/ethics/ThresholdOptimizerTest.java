package dev.atj.ethics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.atj.ethics.ThresholdOptimizer.Constraint;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ThresholdOptimizerTest {

    /** Scores that rank well inside each group but run higher for group "a" than for "b". */
    private record Sample(double[] scores, int[] y, String[] groups) {
        static Sample draw(long seed, int n) {
            Random random = new Random(seed);
            double[] scores = new double[n];
            int[] y = new int[n];
            String[] groups = new String[n];
            for (int i = 0; i < n; i++) {
                groups[i] = random.nextBoolean() ? "a" : "b";
                y[i] = random.nextDouble() < 0.5 ? 1 : 0;
                double shift = groups[i].equals("a") ? 1.2 : 0;
                scores[i] = 1 / (1 + Math.exp(-(2 * y[i] - 1.6 + shift + random.nextGaussian())));
            }
            return new Sample(scores, y, groups);
        }

        int[] predictAtHalf() {
            return Arrays.stream(scores).mapToInt(s -> s >= 0.5 ? 1 : 0).toArray();
        }
    }

    @Test
    void demographicParityThresholdsBringSelectionRatesWithinTolerance() {
        Sample train = Sample.draw(1, 2000);
        double before = FairnessMetrics.demographicParityDifference(train.y(), train.predictAtHalf(), train.groups());
        assertTrue(before > 0.2, "the synthetic scores should be unfair to start with, got " + before);
        ThresholdOptimizer fair = ThresholdOptimizer.fit(train.scores(), train.y(), train.groups(),
                Constraint.DEMOGRAPHIC_PARITY, 0.02);
        int[] predicted = fair.predict(train.scores(), train.groups());
        double after = FairnessMetrics.demographicParityDifference(train.y(), predicted, train.groups());
        assertTrue(after <= 0.02 + 1e-12, "difference " + after);
        assertEquals(after, fair.disparity(), 1e-12);
        assertTrue(fair.thresholds().get("a") > fair.thresholds().get("b"), fair.toString());

        Sample test = Sample.draw(2, 2000);
        double unseen = FairnessMetrics.demographicParityDifference(test.y(),
                fair.predict(test.scores(), test.groups()), test.groups());
        assertTrue(unseen < 0.08, "on new examples from the same source the difference stays small: " + unseen);
    }

    @Test
    void equalOpportunityThresholdsBringTruePositiveRatesWithinTolerance() {
        Sample train = Sample.draw(3, 2000);
        ThresholdOptimizer fair = ThresholdOptimizer.fit(train.scores(), train.y(), train.groups(),
                Constraint.EQUAL_OPPORTUNITY, 0.01);
        int[] predicted = fair.predict(train.scores(), train.groups());
        assertTrue(FairnessMetrics.equalOpportunityDifference(train.y(), predicted, train.groups()) <= 0.01 + 1e-12);
        assertEquals(2, fair.table().rowCount());
        assertEquals("threshold", fair.table().columnNames().get(1));
    }

    @Test
    void separableGroupsGetTheThresholdsThatGetEveryExampleRight() {
        // In both groups the top two scores are the positives: a cuts at 0.8, b at 0.4, and both
        // then select half their examples with no mistake.
        double[] scores = {0.9, 0.8, 0.2, 0.1, 0.6, 0.4, 0.3, 0.1};
        int[] y = {1, 1, 0, 0, 1, 1, 0, 0};
        String[] groups = {"a", "a", "a", "a", "b", "b", "b", "b"};
        ThresholdOptimizer fair = ThresholdOptimizer.fit(scores, y, groups, Constraint.DEMOGRAPHIC_PARITY, 0);
        assertEquals(Map.of("a", 0.8, "b", 0.4), fair.thresholds());
        assertEquals(1.0, fair.fittedMetrics().overall("accuracy"));
    }

    @Test
    void unreachableToleranceFallsBackToTheSmallestReachableDisparity() {
        // Group a has 2 examples (rates 0, .5, 1), b has 3 (0, 1/3, 2/3, 1): apart from
        // selecting all or none, the closest rates differ by 1/6.
        double[] scores = {0.9, 0.1, 0.8, 0.5, 0.2};
        int[] y = {1, 0, 1, 1, 0};
        String[] groups = {"a", "a", "b", "b", "b"};
        ThresholdOptimizer fair = ThresholdOptimizer.fit(scores, y, groups, Constraint.DEMOGRAPHIC_PARITY, 0);
        assertEquals(0.0, fair.disparity(), 1e-12);
        ThresholdOptimizer loose = ThresholdOptimizer.fit(scores, y, groups, Constraint.DEMOGRAPHIC_PARITY, 0.2);
        assertEquals(1.0 / 6, loose.disparity(), 1e-12);
        assertEquals(1.0, loose.fittedMetrics().overall("accuracy"));
    }

    @Test
    void badInputsAreRejected() {
        double[] scores = {0.9, 0.1};
        int[] y = {1, 0};
        String[] groups = {"a", "b"};
        ThresholdOptimizer fair = ThresholdOptimizer.fit(scores, y, groups, Constraint.DEMOGRAPHIC_PARITY);
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> fair.predict(new double[] {0.5}, new String[] {"c"}));
        assertTrue(unknown.getMessage().contains("Unknown group 'c'"), unknown.getMessage());
        assertThrows(IllegalArgumentException.class, () -> fair.predict(new double[] {0.5}, groups));
        assertThrows(IllegalArgumentException.class,
                () -> ThresholdOptimizer.fit(scores, y, groups, Constraint.DEMOGRAPHIC_PARITY, 1.5));
        assertThrows(IllegalArgumentException.class,
                () -> ThresholdOptimizer.fit(new double[] {Double.NaN, 0}, y, groups, Constraint.EQUAL_OPPORTUNITY));
    }
}
