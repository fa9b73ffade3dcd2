package dev.atj.ethics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.atj.ai.Dataset;
import dev.atj.ai.Seeds;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class ReweighingTest {
    private static final double EPS = 1e-12;

    // n = 8, n_1 = 3, n_0 = 5. Group a: 3 rows, labels 1,1,0. Group b: 5 rows, labels 1,0,0,0,0.
    // w(a,1) = 3*3 / (8*2) = 9/16     w(a,0) = 3*5 / (8*1) = 15/8
    // w(b,1) = 5*3 / (8*1) = 15/8     w(b,0) = 5*5 / (8*4) = 25/32
    private static final int[] Y = {1, 1, 0, 1, 0, 0, 0, 0};
    private static final String[] GROUPS = {"a", "a", "a", "b", "b", "b", "b", "b"};

    @Test
    void weightsFollowKamiranAndCaldersFormula() {
        Reweighing reweighing = Reweighing.fit(Y, GROUPS);
        assertEquals(9.0 / 16, reweighing.weight("a", 1), EPS);
        assertEquals(15.0 / 8, reweighing.weight("a", 0), EPS);
        assertEquals(15.0 / 8, reweighing.weight("b", 1), EPS);
        assertEquals(25.0 / 32, reweighing.weight("b", 0), EPS);
        assertArrayEquals(new double[] {9.0 / 16, 9.0 / 16, 15.0 / 8, 15.0 / 8, 25.0 / 32, 25.0 / 32, 25.0 / 32, 25.0 / 32},
                reweighing.weights(), EPS);
        Table table = reweighing.table();
        assertEquals(List.of(1, 2, 4, 1), table.intColumn("count").asList());
        assertEquals(15.0 / 8, table.doubleColumn("expected").get(0), EPS); // (a, 0): 3 * 5 / 8
    }

    @Test
    void weightedLabelRateIsTheSameInEveryGroup() {
        Map<String, Double> rates = Reweighing.fit(Y, GROUPS).weightedPositiveRates();
        assertEquals(3.0 / 8, rates.get("a"), EPS);
        assertEquals(3.0 / 8, rates.get("b"), EPS);
    }

    @Test
    void resamplingMakesEachCellItsExpectedSize() {
        Seeds.set(7);
        Reweighing reweighing = Reweighing.fit(Y, GROUPS);
        int[] rows = reweighing.resampleRows();
        // round(9/8) = 1, round(15/8) = 2, round(15/8) = 2, round(25/8) = 3
        assertEquals(1, count(rows, "a", 1));
        assertEquals(2, count(rows, "a", 0));
        assertEquals(2, count(rows, "b", 1));
        assertEquals(3, count(rows, "b", 0));
        assertArrayEquals(rows, reweighing.resampleRows(), "the same seed gives the same sample");
    }

    @Test
    void resampledDataHasNearlyEqualLabelRatesAcrossGroups() {
        Random random = new Random(3);
        int n = 2000;
        int[] y = new int[n];
        String[] groups = new String[n];
        double[][] x = new double[n][1];
        for (int i = 0; i < n; i++) {
            groups[i] = random.nextDouble() < 0.3 ? "minority" : "majority";
            y[i] = random.nextDouble() < (groups[i].equals("minority") ? 0.2 : 0.6) ? 1 : 0;
            x[i][0] = y[i] + random.nextGaussian();
        }
        Dataset data = new Dataset(x, y, List.of("x"), List.of("no", "yes"), "label", 0);
        Reweighing reweighing = Reweighing.fit(y, groups);
        int[] rows = reweighing.resampleRows();
        Dataset resampled = data.rows(rows);
        Map<String, Double> rates = FairnessMetrics.selectionRates(resampled.y(), reweighing.groupsOf(rows));
        assertTrue(Math.abs(rates.get("minority") - rates.get("majority")) < 0.01, rates.toString());
        assertEquals(FairnessMetrics.selectionRate(y), FairnessMetrics.selectionRate(resampled.y()), 0.01);
        assertEquals(resampled.size(), reweighing.resample(data).size());
    }

    @Test
    void resamplingOtherDataIsRejected() {
        Dataset other = new Dataset(new double[][] {{0}, {1}}, new int[] {0, 1}, List.of("x"), List.of("no", "yes"),
                "label", 0);
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> Reweighing.fit(Y, GROUPS).resample(other));
        assertTrue(error.getMessage().contains("Reweighing.fit"), error.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Reweighing.fit(new int[] {0, 2}, new String[] {"a", "b"}));
        assertThrows(IllegalArgumentException.class, () -> Reweighing.fit(Y, GROUPS).weight("c", 1));
    }

    private static long count(int[] rows, String group, int label) {
        return Arrays.stream(rows).filter(row -> GROUPS[row].equals(group) && Y[row] == label).count();
    }
}
