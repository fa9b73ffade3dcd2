package dev.atj.ai;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class CrossValidatorTest {
    private static final Dataset IRIS = Dataset.of(IrisData.table(), "species");

    @Test
    void fiveFoldLogisticRegressionOnIrisIsAccurate() {
        Seeds.set(42);
        CrossValidationResult result = CrossValidator.run(IRIS, 5, Classifiers::logisticRegression);
        assertEquals(5, result.folds());
        assertEquals("logistic regression (lambda=0.1)", result.model());
        assertTrue(result.mean() >= 0.93 && result.mean() <= 1.0, "mean accuracy " + result.mean());
        assertEquals(Arrays.stream(result.foldAccuracies()).average().orElseThrow(), result.mean(), 1e-12);
        assertTrue(result.std() >= 0 && result.std() < 0.08, "std " + result.std());
    }

    @Test
    void sameSeedGivesSameFoldScores() {
        Seeds.set(3);
        double[] first = CrossValidator.run(IRIS, 4, d -> Classifiers.randomForest(d, 20)).foldAccuracies();
        Seeds.set(3);
        double[] again = CrossValidator.run(IRIS, 4, d -> Classifiers.randomForest(d, 20)).foldAccuracies();
        assertArrayEquals(first, again, 0);
    }

    @Test
    void compareListsModelsBestFirst() {
        Seeds.set(42);
        Dataset scaled = Standardizer.fit(IRIS).transform(IRIS);
        Table table = CrossValidator.compare(scaled, 5, Classifiers::knn, d -> Classifiers.randomForest(d, 30),
                Classifiers::logisticRegression);
        assertEquals(List.of("model", "mean accuracy", "std"), table.columnNames());
        assertEquals(3, table.rowCount());
        double[] means = table.doubleColumn("mean accuracy").asDoubleArray();
        for (int i = 0; i < means.length; i++) {
            assertTrue(means[i] >= 0.9, table.print());
            assertTrue(i == 0 || means[i - 1] >= means[i], "sorted best first: " + table.print());
        }
        assertTrue(table.stringColumn("model").asList().contains("kNN (k=5)"), table.print());
    }

    @Test
    void tooManyFoldsIsAClearError() {
        var error = assertThrows(IllegalArgumentException.class,
                () -> CrossValidator.run(IRIS, 151, Classifiers::knn));
        assertTrue(error.getMessage().contains("between 2 and the number of rows (150)"), error.getMessage());
    }
}
