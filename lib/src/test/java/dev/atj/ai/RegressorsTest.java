package dev.atj.ai;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class RegressorsTest {

    /** y = 3 + 2a - b exactly, on 30 points. */
    private static RegressionDataset plane() {
        int n = 30;
        double[][] x = new double[n][];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double a = i % 7;
            double b = (i * 5) % 11;
            x[i] = new double[] {a, b};
            y[i] = 3 + 2 * a - b;
        }
        return new RegressionDataset(x, y, List.of("a", "b"), "y", 0);
    }

    @Test
    void linearRegressionRecoversAnExactPlane() {
        LinearRegressor model = Regressors.linear(plane());
        assertArrayEquals(new double[] {2, -1}, model.coefficients(), 1e-9);
        assertEquals(3, model.intercept(), 1e-9);
        assertEquals(3 + 2 * 10 - 4, model.predict(new double[] {10, 4}), 1e-9);
        assertEquals(1.0, model.r2(plane()), 1e-12);
        assertEquals(0.0, model.rmse(plane()), 1e-9);
        assertEquals("linear regression: y = 3.000 + 2.000 × a - 1.000 × b", model.toString());
    }

    @Test
    void summaryNamesTheFeatures() {
        String summary = Regressors.linear(plane()).summary();
        assertTrue(summary.contains("\na ") && summary.contains("\nb "), summary);
        assertTrue(summary.contains("Intercept"), summary);
    }

    @Test
    void redundantFeaturesAreAClearError() {
        Table table = Table.create("t", DoubleColumn.create("size", 1.0, 2.0, 3.0, 4.0, 5.0, 6.0),
                StringColumn.create("kind", "a", "b", "a", "b", "a", "b"),
                DoubleColumn.create("y", 1.0, 3.0, 2.0, 5.0, 4.0, 7.0));
        Table oneHot = OneHot.encode(table, "kind");
        var error = assertThrows(IllegalArgumentException.class,
                () -> Regressors.linear(RegressionDataset.of(oneHot, "y")));
        assertTrue(error.getMessage().contains("OneHot.dummies"), error.getMessage());
        LinearRegressor model = Regressors.linear(RegressionDataset.of(OneHot.dummies(table, "kind"), "y"));
        assertEquals(List.of("size", "kind=b"), model.featureNames());
    }

    @Test
    void ridgeShrinksCoefficientsTowardZero() {
        double[] ols = Regressors.linear(plane()).coefficients();
        double[] ridge = Regressors.ridge(plane(), 50).coefficients();
        for (int j = 0; j < ols.length; j++) {
            assertTrue(Math.abs(ridge[j]) < Math.abs(ols[j]), "ridge " + ridge[j] + " vs OLS " + ols[j]);
        }
    }

    @Test
    void randomForestRegressionFitsIrisPetalWidth() {
        Seeds.set(42);
        TrainTestSplit split = TrainTestSplit.random(IrisData.table(), 0.3);
        RegressionDataset train = RegressionDataset.of(split.train(), "petal_width", "petal_length", "sepal_length");
        RegressionDataset test = train.matching(split.test());
        Regressor forest = Regressors.randomForest(train, 50);
        double r2 = forest.r2(test);
        assertTrue(r2 > 0.85, "R2 " + r2);
        Seeds.set(42);
        assertArrayEquals(forest.predict(test.x()), Regressors.randomForest(train, 50).predict(test.x()), 0,
                "same seed, same forest");
        assertArrayEquals(forest.predict(test.x()), forest.predict(split.test()), 0);
    }

    @Test
    void regressionDatasetDropsRowsWithMissingValues() {
        Table table = Table.create("t", DoubleColumn.create("x", 1.0, Double.NaN, 3.0),
                DoubleColumn.create("y", 2.0, 4.0, Double.NaN), StringColumn.create("name", "a", "b", "c"));
        RegressionDataset data = RegressionDataset.of(table, "y");
        assertEquals(List.of("x"), data.featureNames());
        assertEquals(2, data.droppedRows());
        assertArrayEquals(new double[] {2}, data.y());
    }

    @Test
    void nonNumericTargetIsAClearError() {
        var error = assertThrows(IllegalArgumentException.class, () -> RegressionDataset.of(IrisData.table(), "species"));
        assertTrue(error.getMessage().contains("'species' holds STRING"), error.getMessage());
    }
}
