package dev.atj.ethics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.atj.ai.Classifiers;
import dev.atj.ai.Dataset;
import dev.atj.ai.Metrics;
import dev.atj.ai.Seeds;
import dev.atj.data.Datasets;
import java.util.Arrays;
import java.util.Random;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

class PermutationImportanceTest {

    @Test
    void ignoredFeatureHasZeroImportanceAndUsedFeaturesMatchTheirSquaredWeights() {
        double[][] x = ExplanationData.gaussian(2000, 5);
        double[] truth = ExplanationData.LINEAR.apply(x);
        ToDoubleFunction<double[][]> mse = rows -> -Metrics.rmse(truth, ExplanationData.LINEAR.apply(rows))
                * Metrics.rmse(truth, ExplanationData.LINEAR.apply(rows));
        PermutationImportance importance = PermutationImportance.of(mse, "negative MSE", x, ExplanationData.NAMES,
                5, new Random(0));
        double[] mean = importance.mean();
        assertEquals(0, mean[2], 0);
        assertEquals(0, importance.std()[2], 0);
        // Permuting a column of variance s^2 with weight w adds about 2 w^2 s^2 to the MSE.
        assertEquals(2 * 4 * 1, mean[0], 0.8);
        assertEquals(2 * 1 * 4, mean[1], 0.8);
        assertEquals(0, importance.baselineScore(), 0);
    }

    @Test
    void meanAndStdSummariseTheRepeatsLikeNumpy() {
        PermutationImportance importance = new PermutationImportance(java.util.List.of("f"),
                new double[][] {{1, 2, 3, 4}}, 1, "accuracy");
        assertEquals(2.5, importance.mean()[0], 1e-12);
        assertEquals(Math.sqrt(1.25), importance.std()[0], 1e-12);
    }

    @Test
    void randomForestOnPenguinsRanksATellingFeatureFirstInTableAndChart() {
        Seeds.set(42);
        Dataset data = Dataset.of(Datasets.load("penguins"), "species");
        Dataset train = data.rows(java.util.stream.IntStream.range(0, data.size()).filter(i -> i % 2 == 0).toArray());
        Dataset test = data.rows(java.util.stream.IntStream.range(0, data.size()).filter(i -> i % 2 == 1).toArray());
        var forest = Classifiers.randomForest(train, 30);
        PermutationImportance importance = PermutationImportance.of(forest, test);
        var table = importance.table();
        assertEquals(data.numFeatures(), table.rowCount());
        double[] sorted = table.doubleColumn("importance_mean").asDoubleArray();
        for (int i = 1; i < sorted.length; i++) {
            assertTrue(sorted[i - 1] >= sorted[i]);
        }
        assertTrue(sorted[0] > 0.05, "the top feature should matter: " + Arrays.toString(sorted));
        assertEquals("Permutation importance", importance.chart().getTitle());
        assertEquals(importance.baselineScore(), forest.accuracy(test), 0);
    }
}
