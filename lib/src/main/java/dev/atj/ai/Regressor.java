package dev.atj.ai;

import java.util.List;
import tech.tablesaw.api.Table;

/**
 * A trained regression model: give it an example's features, get a number back. Every model
 * made by {@link Regressors} has this shape.
 *
 * <pre>{@code
 * Regressor model = Regressors.linear(train);
 * double[] predicted = model.predict(test.x());
 * Metrics.rmse(test.y(), predicted);
 * }</pre>
 */
public interface Regressor {

    /**
     * The model's name and main settings, for example {@code "ridge regression (lambda=1)"}.
     *
     * @return a short description
     */
    String name();

    /**
     * The feature columns the model reads, in order.
     *
     * @return the feature names
     */
    List<String> featureNames();

    /**
     * Predicts the target of one example.
     *
     * @param x the example's features, in {@link #featureNames()} order
     * @return the prediction
     */
    double predict(double[] x);

    /**
     * Predicts the target of each example.
     *
     * @param x features, one example per row
     * @return the predictions
     */
    default double[] predict(double[][] x) {
        double[] predicted = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            predicted[i] = predict(x[i]);
        }
        return predicted;
    }

    /**
     * Predicts the target of every row of a table that has the model's feature columns.
     *
     * @param table the table; rows must have no missing feature values
     * @return one prediction per row
     */
    default double[] predict(Table table) {
        return predict(Features.matrix(table, featureNames().toArray(String[]::new)));
    }

    /**
     * R squared of the model on a dataset.
     *
     * @param test data the model was not trained on
     * @return R squared, at most 1
     */
    default double r2(RegressionDataset test) {
        return Metrics.r2(test.y(), predict(test.x()));
    }

    /**
     * Root mean squared error of the model on a dataset.
     *
     * @param test data the model was not trained on
     * @return the RMSE, in the target's units
     */
    default double rmse(RegressionDataset test) {
        return Metrics.rmse(test.y(), predict(test.x()));
    }
}
