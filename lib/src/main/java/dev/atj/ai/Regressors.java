package dev.atj.ai;

import smile.data.formula.Formula;
import smile.math.matrix.Matrix;
import smile.regression.LinearModel;
import smile.regression.OLS;
import smile.regression.RandomForest;
import smile.regression.RidgeRegression;

/**
 * Trains regression models (Smile 3 underneath) on a {@link RegressionDataset}. Random
 * forests take their randomness from {@link Seeds}, so the same seed gives the same model.
 *
 * <pre>{@code
 * RegressionDataset data = RegressionDataset.of(penguins, "body_mass_g", "flipper_length_mm");
 * LinearRegressor line = Regressors.linear(data);
 * line.coefficients();   // grams per millimetre of flipper
 * }</pre>
 */
public final class Regressors {
    private Regressors() {
    }

    /**
     * Ordinary least squares: the line (plane) with the smallest sum of squared errors.
     *
     * @param data the training data, more rows than features
     * @return the fitted model
     * @throws IllegalArgumentException if the features are redundant (one is a combination of
     *     others), so that no single best answer exists
     */
    public static LinearRegressor linear(RegressionDataset data) {
        checkRows(data);
        if (redundant(data)) {
            throw new IllegalArgumentException("The features " + data.featureNames() + " are redundant: one is a "
                    + "combination of the others (often one-hot columns for every category, which always add up to 1, "
                    + "like the intercept), so least squares has no single answer. Use OneHot.dummies, which leaves "
                    + "one category out, drop a feature, or use Regressors.ridge.");
        }
        LinearModel model = OLS.fit(Formula.lhs("y"), SmileFrames.of(data), "qr", true, false);
        return new LinearRegressor("linear regression", data.featureNames(), model);
    }

    /** Whether the intercept and features are linearly dependent (rank below their count). */
    private static boolean redundant(RegressionDataset data) {
        int p = data.numFeatures();
        double[][] design = new double[data.size()][p + 1];
        for (int i = 0; i < design.length; i++) {
            design[i][0] = 1;
            System.arraycopy(data.x()[i], 0, design[i], 1, p);
        }
        return Matrix.of(design).svd(false, true).rank() < p + 1;
    }

    /**
     * Ridge regression with penalty 1.
     *
     * @param data the training data
     * @return the fitted model
     */
    public static LinearRegressor ridge(RegressionDataset data) {
        return ridge(data, 1.0);
    }

    /**
     * Ridge regression: least squares plus {@code lambda} times the sum of squared
     * coefficients, which shrinks them toward 0 and steadies models with correlated features.
     *
     * @param data the training data
     * @param lambda the penalty, 0 or more (0 is ordinary least squares)
     * @return the fitted model
     */
    public static LinearRegressor ridge(RegressionDataset data, double lambda) {
        checkRows(data);
        Require.that(lambda >= 0, "lambda (the ridge penalty) must be 0 or more, not " + lambda + ".");
        LinearModel model = RidgeRegression.fit(Formula.lhs("y"), SmileFrames.of(data), lambda);
        return new LinearRegressor("ridge regression (lambda=" + Require.number(lambda) + ")",
                data.featureNames(), model);
    }

    /**
     * A random forest of 100 regression trees.
     *
     * @param data the training data
     * @return the fitted model
     */
    public static Regressor randomForest(RegressionDataset data) {
        return randomForest(data, 100);
    }

    /**
     * A random forest for regression: trees grown on bootstrap samples, each trying a third
     * of the features at each split; the prediction is the trees' average.
     *
     * @param data the training data
     * @param trees how many trees to grow
     * @return the fitted model
     */
    public static Regressor randomForest(RegressionDataset data, int trees) {
        checkRows(data);
        Require.that(trees >= 1, "A forest needs at least one tree, not " + trees + ".");
        int mtry = Math.max(1, data.numFeatures() / 3);
        int maxNodes = Math.max(2, data.size() / 5);
        RandomForest model = RandomForest.fit(Formula.lhs("y"), SmileFrames.of(data), trees, mtry, 20, maxNodes, 5, 1.0,
                Seeding.treeSeeds("random forest regression"));
        return new SmileRegressor("random forest regression (" + trees + " trees)", data.featureNames(), model,
                SmileFrames.featureSchema(data.x(), data.numFeatures()));
    }

    private static void checkRows(RegressionDataset data) {
        if (data.size() <= data.numFeatures()) {
            throw new IllegalArgumentException("Fitting " + data.numFeatures() + " features needs more rows than that; "
                    + "the data has " + data.size() + ".");
        }
    }
}
