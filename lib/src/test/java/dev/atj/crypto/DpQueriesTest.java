package dev.atj.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.atj.data.Datasets;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

class DpQueriesTest {
    private static final Table WITH_OUTLIER = Table.create("salaries",
            DoubleColumn.create("value", 10, 20, 30, 40, 1_000_000));

    @Test
    void boundedMeanClampsOutliersToTheBounds() {
        DpQueries dp = new DpQueries(new PrivacyBudget(4000)).seeded(1);
        // Clamped to [0, 100]: (10 + 20 + 30 + 40 + 100) / 5 = 40, whereas the raw mean is 200 020.
        double mean = dp.mean(WITH_OUTLIER, "value", 0, 100, 2000);
        assertEquals(40, mean, 1);
        double sum = dp.sum(WITH_OUTLIER, "value", 0, 100, 1000);
        assertEquals(200, sum, 2);
        assertEquals(3000, dp.budget().spentEpsilon(), 1e-9);
    }

    @Test
    void meanStaysWithinTheBoundsEvenWithTinyEpsilon() {
        DpQueries dp = new DpQueries(new PrivacyBudget(1)).seeded(2);
        double mean = dp.mean(WITH_OUTLIER, "value", 0, 100, 0.001);
        assertTrue(mean >= 0 && mean <= 100, "mean " + mean);
    }

    @Test
    void titanicQueriesLandNearTheTruthAndAreCharged() {
        Table titanic = Datasets.load("titanic");
        DpQueries dp = new DpQueries(new PrivacyBudget(1.0)).seeded(3);
        double count = dp.count(titanic, 0.5);
        assertEquals(1309, count, LaplaceMechanism.of(1, 0.5).accuracy(1e-6) + 1);
        double trueMean = titanic.numberColumn("age").mean();
        double mean = dp.mean(titanic, "age", 0, 100, 0.5);
        assertEquals(trueMean, mean, 2);
        PrivacyBudgetExceededException refused = assertThrows(PrivacyBudgetExceededException.class,
                () -> dp.sum(titanic, "fare", 0, 500, 0.1));
        assertTrue(refused.getMessage().contains("sum of fare"), refused.getMessage());
        assertEquals(2, dp.budget().ledger().rowCount());
    }

    @Test
    void gaussianQueriesSpendEpsilonAndDelta() {
        Table penguins = Datasets.load("penguins");
        DpQueries dp = new DpQueries(new PrivacyBudget(2, 1e-5)).seeded(4);
        double mean = dp.gaussianMean(penguins, "body_mass_g", 2000, 7000, 1.0, 5e-6);
        double trueMean = penguins.numberColumn("body_mass_g").mean();
        assertEquals(trueMean, mean, 200);
        dp.gaussianSum(penguins, "body_mass_g", 2000, 7000, 0.5, 5e-6);
        assertEquals(1e-5, dp.budget().spentDelta(), 1e-18);
        assertThrows(PrivacyBudgetExceededException.class,
                () -> dp.gaussianSum(penguins, "body_mass_g", 2000, 7000, 0.1, 1e-7));
    }

    @Test
    void accuracyTableShowsErrorFallingAsEpsilonGrows() {
        Table accuracy = DpQueries.meanAccuracy(Datasets.load("titanic"), "age", 0, 100,
                new double[] {0.01, 0.1, 1}, 100, 42);
        assertEquals(3, accuracy.rowCount());
        DoubleColumn error = accuracy.doubleColumn("mean_absolute_error");
        assertTrue(error.get(0) > error.get(1) && error.get(1) > error.get(2), error.print());
        assertTrue(accuracy.doubleColumn("max_absolute_error").get(2) >= error.get(2));
    }

    @Test
    void refusedQueriesDoNotSpendAndBadColumnsAreExplained() {
        Table titanic = Datasets.load("titanic");
        DpQueries dp = new DpQueries(new PrivacyBudget(1));
        IllegalArgumentException text = assertThrows(IllegalArgumentException.class,
                () -> dp.mean(titanic, "name", 0, 1, 0.1));
        assertTrue(text.getMessage().contains("not numbers"), text.getMessage());
        assertThrows(IllegalArgumentException.class, () -> dp.mean(titanic, "height", 0, 1, 0.1));
        assertThrows(IllegalArgumentException.class, () -> dp.mean(titanic, "age", 10, 0, 0.1));
        assertEquals(0, dp.budget().spentEpsilon(), 0);
    }
}
