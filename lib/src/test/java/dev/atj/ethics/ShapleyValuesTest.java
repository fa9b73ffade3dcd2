package dev.atj.ethics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.atj.ai.Classifiers;
import dev.atj.ai.Dataset;
import dev.atj.ai.RegressionDataset;
import dev.atj.ai.Regressors;
import dev.atj.ai.Seeds;
import dev.atj.data.Datasets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ShapleyValuesTest {

    @Test
    void exactValuesOfALinearModelAreWeightTimesDistanceFromTheBackgroundMean() {
        double[][] background = ExplanationData.gaussian(50, 9);
        double[] x = {1.5, -2, 3};
        ShapleyValues shap = ShapleyValues.exact(ExplanationData.LINEAR, background, ExplanationData.NAMES, x);
        double[] mean = IntStream.range(0, 3)
                .mapToDouble(j -> Arrays.stream(background).mapToDouble(r -> r[j]).average().orElseThrow()).toArray();
        assertEquals(2 * (x[0] - mean[0]), shap.values()[0], 1e-9);
        assertEquals(x[1] - mean[1], shap.values()[1], 1e-9);
        assertEquals(0, shap.values()[2], 1e-12);
    }

    @Test
    void exactValuesAddUpToPredictionMinusBaseForAnInteraction() {
        double[][] background = ExplanationData.gaussian(40, 10);
        double[] x = {1, 2, -1};
        var f = (java.util.function.Function<double[][], double[]>) rows -> Arrays.stream(rows)
                .mapToDouble(r -> r[0] * r[1] + Math.sin(r[2])).toArray();
        ShapleyValues shap = ShapleyValues.exact(f, background, ExplanationData.NAMES, x);
        double base = Arrays.stream(f.apply(background)).average().orElseThrow();
        assertEquals(base, shap.baseValue(), 1e-12);
        assertEquals(f.apply(new double[][] {x})[0], shap.prediction(), 1e-12);
        assertEquals(shap.prediction() - shap.baseValue(), Arrays.stream(shap.values()).sum(), 1e-9);
        // Symmetry: a product's two factors at background mean about 0 share its value almost evenly.
        assertTrue(shap.values()[0] > 0 && shap.values()[1] > 0);
    }

    @Test
    void treeShapOfAForestRegressorAddsUpToItsPrediction() {
        Seeds.set(42);
        RegressionDataset data = RegressionDataset.of(Datasets.load("penguins"), "body_mass_g");
        var forest = Regressors.randomForest(data, 20);
        double[] x = data.x()[0];
        ShapleyValues shap = ShapleyValues.of(forest, data, x);
        assertEquals("TreeSHAP", shap.method());
        assertEquals(forest.predict(x), shap.prediction(), 1e-6);
        assertEquals(forest.predict(x) - shap.baseValue(), Arrays.stream(shap.values()).sum(), 1e-6);
    }

    @Test
    void treeShapOfAForestClassifierAddsUpAndNonTreeModelsGetExactValues() {
        Seeds.set(42);
        var titanic = Datasets.load("titanic");
        Dataset data = Dataset.of(titanic, "survived", "pclass", "age", "sibsp", "fare");
        var forest = Classifiers.randomForest(data, 20);
        double[] x = data.x()[0];
        ShapleyValues tree = ShapleyValues.of(forest, data, x);
        assertEquals("TreeSHAP", tree.method());
        assertEquals(tree.prediction() - tree.baseValue(), Arrays.stream(tree.values()).sum(), 1e-9);
        // The forest weights trees by out-of-bag accuracy; TreeSHAP explains their plain average.
        assertEquals(forest.probabilities(x)[1], tree.prediction(), 0.05);

        var logistic = Classifiers.logisticRegression(data);
        ShapleyValues exact = ShapleyValues.of(logistic, data, x);
        assertEquals("exact", exact.method());
        assertEquals(logistic.probabilities(x)[1], exact.prediction(), 1e-12);
        assertEquals(exact.prediction() - exact.baseValue(), Arrays.stream(exact.values()).sum(), 1e-9);

        List<ShapleyValues> many = IntStream.range(0, 5).mapToObj(i -> ShapleyValues.of(forest, data, data.x()[i])).toList();
        assertEquals(4, ShapleyValues.summary(many).rowCount());
        assertTrue(ShapleyValues.summaryChart(many).getTitle().startsWith("Mean |Shapley value|"));
        assertEquals(6, tree.chart().getSeriesMap().values().iterator().next().getXData().size());
    }
}
