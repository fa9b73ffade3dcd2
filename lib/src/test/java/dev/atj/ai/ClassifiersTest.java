package dev.atj.ai;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class ClassifiersTest {
    private static Table testTable;
    private static Dataset train;
    private static Dataset test;
    private static Dataset trainScaled;
    private static Dataset testScaled;

    @BeforeAll
    static void splitIris() {
        Seeds.set(42);
        TrainTestSplit split = TrainTestSplit.stratified(IrisData.table(), 0.3, "species");
        testTable = split.test();
        train = Dataset.of(split.train(), "species");
        test = train.matching(split.test());
        Standardizer scale = Standardizer.fit(train);
        trainScaled = scale.transform(train);
        testScaled = scale.transform(test);
    }

    private static void assertAccurate(Classifier model, Dataset on) {
        double accuracy = model.accuracy(on);
        assertTrue(accuracy >= 0.9, model.name() + " has test accuracy " + accuracy + ", expected at least 0.9");
    }

    private static void assertProbabilities(Classifier model, Dataset on) {
        assertTrue(model.hasProbabilities(), model.name());
        for (double[] p : model.probabilities(on.x())) {
            assertEquals(3, p.length);
            assertEquals(1.0, Arrays.stream(p).sum(), 1e-6, model.name() + " probabilities " + Arrays.toString(p));
        }
    }

    @Test
    void logisticRegressionClassifiesIris() {
        Classifier model = Classifiers.logisticRegression(train);
        assertAccurate(model, test);
        assertProbabilities(model, test);
    }

    @Test
    void randomForestClassifiesIris() {
        Classifier model = Classifiers.randomForest(train, 50);
        assertEquals("random forest (50 trees, max depth 20)", model.name());
        assertAccurate(model, test);
        assertProbabilities(model, test);
    }

    @Test
    void gradientBoostingClassifiesIris() {
        Classifier model = Classifiers.gradientBoosting(train, 50, 0.1);
        assertAccurate(model, test);
        assertProbabilities(model, test);
    }

    @Test
    void svmClassifiesThreeSpeciesOneVersusRest() {
        Classifier model = Classifiers.svm(trainScaled);
        assertTrue(model.name().contains("one-vs-rest"), model.name());
        assertAccurate(model, testScaled);
        assertProbabilities(model, testScaled);
    }

    @Test
    void knnClassifiesIris() {
        Classifier model = Classifiers.knn(trainScaled, 5);
        assertEquals("kNN (k=5)", model.name());
        assertAccurate(model, testScaled);
        assertProbabilities(model, testScaled);
    }

    @Test
    void predictLabelsReadsFeatureColumnsOfATable() {
        Classifier model = Classifiers.logisticRegression(train);
        List<String> labels = model.predictLabels(testTable);
        assertEquals(45, labels.size());
        long right = 0;
        for (int i = 0; i < labels.size(); i++) {
            right += labels.get(i).equals(testTable.stringColumn("species").get(i)) ? 1 : 0;
        }
        assertEquals(model.accuracy(test), right / 45.0, 1e-12);
    }

    @Test
    void sameSeedGivesSamePredictions() {
        List<Function<Dataset, Classifier>> trainers = List.of(
                d -> Classifiers.randomForest(d, 30), d -> Classifiers.gradientBoosting(d, 30, 0.1), Classifiers::svm);
        for (Function<Dataset, Classifier> trainer : trainers) {
            Seeds.set(5);
            Classifier first = trainer.apply(trainScaled);
            smile.math.MathEx.random();   // disturb Smile's generator in between
            Seeds.set(5);
            Classifier second = trainer.apply(trainScaled);
            assertArrayEquals(first.predict(testScaled.x()), second.predict(testScaled.x()), first.name());
            assertArrayEquals(first.probabilities(testScaled.x()[7]), second.probabilities(testScaled.x()[7]), 0,
                    first.name());
        }
    }

    @Test
    void otherSeedGrowsAnotherForest() {
        Seeds.set(5);
        double[] first = Classifiers.randomForest(train, 20).probabilities(test.x()[20]);
        Seeds.set(6);
        double[] other = Classifiers.randomForest(train, 20).probabilities(test.x()[20]);
        Seeds.set(42);
        assertFalse(Arrays.equals(first, other), "different seeds should give different forests");
    }

    @Test
    void binarySvmGivesPlattProbabilitiesForAuc() {
        Table table = IrisData.table().where(t -> t.stringColumn("species").isNotEqualTo("setosa"));
        Dataset data = Dataset.of(table, "species", "sepal_length", "sepal_width");
        Dataset scaled = Standardizer.fit(data).transform(data);
        Classifier model = Classifiers.svm(scaled, 1.0, 0.5);
        assertFalse(model.name().contains("one-vs-rest"), model.name());
        double[] p = model.probabilities(scaled.x()[0]);
        assertEquals(2, p.length);
        assertEquals(1.0, p[0] + p[1], 1e-12);
        double auc = Metrics.auc(model, scaled);
        assertTrue(auc > 0.75 && auc <= 1, "AUC " + auc);
    }

    @Test
    void badSettingsAreClearErrors() {
        var error = assertThrows(IllegalArgumentException.class, () -> Classifiers.knn(train, 0));
        assertTrue(error.getMessage().contains("k must be between 1"), error.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Classifiers.svm(train, -1, 0.1));
        assertThrows(IllegalArgumentException.class, () -> Classifiers.randomForest(train, 0));
    }

    @Test
    void trainingOnOneClassIsAClearError() {
        Dataset setosaOnly = train.rows(new int[] {0, 1, 2, 3});
        var error = assertThrows(IllegalArgumentException.class, () -> Classifiers.logisticRegression(setosaOnly));
        assertTrue(error.getMessage().contains("only 1 class"), error.getMessage());
    }

    @Test
    void predictingWithTheWrongNumberOfFeaturesIsAClearError() {
        Classifier model = Classifiers.knn(train);
        var error = assertThrows(IllegalArgumentException.class, () -> model.predict(new double[] {1, 2}));
        assertTrue(error.getMessage().contains("trained on 4 features"), error.getMessage());
    }
}
