package dev.atj.ai;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.HeatMapChart;

class MetricsTest {
    // 3 true positives, 1 false negative, 2 false positives, 2 true negatives.
    private static final int[] TRUTH = {1, 1, 1, 0, 0, 0, 1, 0};
    private static final int[] PREDICTED = {1, 0, 1, 0, 1, 1, 1, 0};

    // Per class: 0 has P 1/2 R 1/2; 1 has P 2/3 R 1; 2 has P 1 R 1/2.
    private static final int[] TRUTH3 = {0, 0, 1, 1, 2, 2};
    private static final int[] PREDICTED3 = {0, 1, 1, 1, 2, 0};

    @Test
    void binaryMetricsMatchHandCounts() {
        assertEquals(5.0 / 8, Metrics.accuracy(TRUTH, PREDICTED), 1e-12);
        assertEquals(3.0 / 5, Metrics.precision(TRUTH, PREDICTED), 1e-12);
        assertEquals(3.0 / 4, Metrics.recall(TRUTH, PREDICTED), 1e-12);
        assertEquals(2 * 0.6 * 0.75 / (0.6 + 0.75), Metrics.f1(TRUTH, PREDICTED), 1e-12);
    }

    @Test
    void precisionWithoutPositivePredictionsIsZero() {
        assertEquals(0.0, Metrics.precision(new int[] {0, 1, 1}, new int[] {0, 0, 0}));
        assertEquals(0.0, Metrics.f1(new int[] {0, 1, 1}, new int[] {0, 0, 0}));
    }

    @Test
    void macroMetricsAverageClassesEqually() {
        assertEquals((0.5 + 2.0 / 3 + 1) / 3, Metrics.macroPrecision(TRUTH3, PREDICTED3), 1e-12);
        assertEquals((0.5 + 1 + 0.5) / 3, Metrics.macroRecall(TRUTH3, PREDICTED3), 1e-12);
        assertEquals((0.5 + 0.8 + 2.0 / 3) / 3, Metrics.macroF1(TRUTH3, PREDICTED3), 1e-12);
    }

    @Test
    void aucCountsCorrectlyOrderedPairs() {
        // Positives 0.35 and 0.8 against negatives 0.1 and 0.4: 3 of 4 pairs in the right order.
        assertEquals(0.75, Metrics.auc(new int[] {0, 0, 1, 1}, new double[] {0.1, 0.4, 0.35, 0.8}), 1e-12);
        assertEquals(1.0, Metrics.auc(new int[] {0, 1, 0, 1}, new double[] {0.1, 0.9, 0.2, 0.3}), 1e-12);
        assertEquals(0.5, Metrics.auc(new int[] {0, 1}, new double[] {0.5, 0.5}), 1e-12);
    }

    @Test
    void regressionMetricsMatchHandComputation() {
        double[] truth = {1, 2, 3, 4};
        double[] predicted = {1, 2, 3, 5};
        assertEquals(1 - 1.0 / 5, Metrics.r2(truth, predicted), 1e-12);
        assertEquals(0.5, Metrics.rmse(truth, predicted), 1e-12);
        assertEquals(0.25, Metrics.mse(truth, predicted), 1e-12);
        assertEquals(0.25, Metrics.mae(truth, predicted), 1e-12);
    }

    @Test
    void binaryMetricOnThreeClassesPointsToMacroVersion() {
        var error = assertThrows(IllegalArgumentException.class, () -> Metrics.precision(TRUTH3, PREDICTED3));
        assertTrue(error.getMessage().contains("macroPrecision"), error.getMessage());
    }

    @Test
    void mismatchedLengthsAreAClearError() {
        var error = assertThrows(IllegalArgumentException.class, () -> Metrics.accuracy(new int[] {1, 0}, new int[] {1}));
        assertTrue(error.getMessage().contains("2 true values but 1 predictions"), error.getMessage());
    }

    @Test
    void confusionMatrixCountsActualAgainstPredicted() {
        ConfusionMatrix cm = ConfusionMatrix.of(TRUTH3, PREDICTED3, List.of("a", "b", "c"));
        assertArrayEquals(new int[][] {{1, 1, 0}, {0, 2, 0}, {1, 0, 1}}, cm.counts());
        assertEquals(1, cm.count("c", "a"));
        assertEquals(2, cm.count("b", "b"));
        assertEquals(6, cm.total());
        assertEquals(4, cm.correct());
    }

    @Test
    void confusionMatrixKeepsClassesThatNeverOccur() {
        ConfusionMatrix cm = ConfusionMatrix.of(new int[] {0, 0}, new int[] {0, 2}, List.of("a", "b", "c"));
        assertArrayEquals(new int[][] {{1, 0, 1}, {0, 0, 0}, {0, 0, 0}}, cm.counts());
    }

    @Test
    void confusionMatrixPrintsAlignedTable() {
        ConfusionMatrix cm = ConfusionMatrix.of(TRUTH3, PREDICTED3, List.of("cat", "dog", "bird"));
        String expected = String.join("\n",
                "actual \\ predicted   cat   dog  bird",
                "cat                    1     1     0",
                "dog                    0     2     0",
                "bird                   1     0     1");
        assertEquals(expected, cm.toString());
    }

    @Test
    void confusionMatrixChartIsATitledHeatMap() {
        HeatMapChart chart = ConfusionMatrix.of(TRUTH3, PREDICTED3, List.of("a", "b", "c")).chart();
        assertEquals("Confusion matrix", chart.getTitle());
        assertEquals("predicted", chart.getXAxisTitle());
        assertEquals("actual", chart.getYAxisTitle());
        assertEquals(9, chart.getHeatMapSeries().getHeatData().size());
    }

    @Test
    void confusionMatrixRejectsUnknownClassNumbers() {
        assertThrows(IllegalArgumentException.class, () -> ConfusionMatrix.of(new int[] {3}, new int[] {0}, List.of("a", "b")));
    }
}
