package dev.atj.ethics;

import dev.atj.ai.Classifier;
import dev.atj.ai.Dataset;
import dev.atj.ai.RegressionDataset;
import dev.atj.ai.Regressor;
import dev.atj.viz.Plot;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.knowm.xchart.XYChart;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

/**
 * One-feature partial dependence: the model's average prediction over a dataset when one
 * feature is set to the same value in every row, for each value of a grid (Friedman 2001,
 * "Greedy function approximation: a gradient boosting machine", Annals of Statistics
 * 29(5):1189-1232). Defined as scikit-learn's {@code partial_dependence(kind="average",
 * method="brute")}: the grid is 100 evenly spaced values between the 5th and 95th percentiles
 * of the feature (SciPy's {@code mquantiles}), or the feature's distinct values when there are
 * fewer than 100. It shows the average effect of a feature; it can hide effects that cancel
 * out (look at {@link PartialDependenceMap} for two features together).
 *
 * <pre>{@code
 * PartialDependence pd = PartialDependence.of(forest, train, "age");
 * pd.chart();
 * }</pre>
 *
 * @param feature the feature varied
 * @param grid the values it was set to, ascending
 * @param average the average prediction at each grid value
 */
public record PartialDependence(String feature, double[] grid, double[] average) {
    /** scikit-learn's default number of grid values. */
    public static final int DEFAULT_RESOLUTION = 100;
    /** scikit-learn's default lower percentile of the grid, as a fraction. */
    public static final double LOWER = 0.05;
    /** scikit-learn's default upper percentile of the grid, as a fraction. */
    public static final double UPPER = 0.95;

    /**
     * Checks that grid and averages match.
     *
     * @param feature the feature
     * @param grid the grid values
     * @param average the averages
     */
    public PartialDependence {
        if (grid.length != average.length) {
            throw new IllegalArgumentException("The grid has " + grid.length + " values but there are "
                    + average.length + " averages; pass one per grid value.");
        }
    }

    /**
     * Partial dependence of a two-class classifier's probability of class 1.
     *
     * @param model a trained classifier with probabilities
     * @param data the rows to average over (usually the training data)
     * @param feature the feature to vary
     * @return the partial dependence
     */
    public static PartialDependence of(Classifier model, Dataset data, String feature) {
        return of(ShapPredictions.positiveProbability(model), data.x(), data.featureNames(), feature);
    }

    /**
     * Partial dependence of a regressor's output.
     *
     * @param model a trained regressor
     * @param data the rows to average over
     * @param feature the feature to vary
     * @return the partial dependence
     */
    public static PartialDependence of(Regressor model, RegressionDataset data, String feature) {
        return of(ShapPredictions.output(model), data.x(), data.featureNames(), feature);
    }

    /**
     * Partial dependence of any prediction function, on scikit-learn's default grid.
     *
     * <pre>{@code
     * Function<double[][], double[]> f = rows -> Arrays.stream(rows).mapToDouble(r -> 2 * r[0] + r[1]).toArray();
     * PartialDependence.of(f, x, List.of("a", "b"), "a");   // slope 2
     * }</pre>
     *
     * @param model rows of features in, one prediction per row out
     * @param x the rows to average over
     * @param features the feature names, one per column
     * @param feature the feature to vary
     * @return the partial dependence
     */
    public static PartialDependence of(Function<double[][], double[]> model, double[][] x, List<String> features,
            String feature) {
        return of(model, x, features, feature, DEFAULT_RESOLUTION);
    }

    /**
     * Partial dependence of any prediction function on a grid of a chosen size.
     *
     * @param model rows of features in, one prediction per row out
     * @param x the rows to average over
     * @param features the feature names
     * @param feature the feature to vary
     * @param resolution how many grid values at most, at least 2
     * @return the partial dependence
     */
    public static PartialDependence of(Function<double[][], double[]> model, double[][] x, List<String> features,
            String feature, int resolution) {
        ShapPredictions.checkMatrix(x, features, "data");
        int j = ShapPredictions.featureIndex(features, feature);
        double[] grid = grid(column(x, j), LOWER, UPPER, resolution);
        double[] average = new double[grid.length];
        double[][] rows = PermutationImportance.copy(x);
        for (int g = 0; g < grid.length; g++) {
            for (double[] row : rows) {
                row[j] = grid[g];
            }
            average[g] = Arrays.stream(ShapPredictions.predict(model, rows)).average().orElse(Double.NaN);
        }
        return new PartialDependence(feature, grid, average);
    }

    /**
     * One row per grid value: the feature's value and {@code average_prediction}.
     *
     * @return the table
     */
    public Table table() {
        return Readable.fourDecimals(Table.create("Partial dependence on " + feature, DoubleColumn.create(feature, grid),
                DoubleColumn.create("average_prediction", average)));
    }

    /**
     * The average prediction against the feature's value.
     *
     * @return the chart
     */
    public XYChart chart() {
        return Plot.line("Partial dependence on " + feature, feature, "average prediction", grid, average);
    }

    /**
     * scikit-learn's grid for one feature: its distinct values if fewer than
     * {@code resolution}, else {@code resolution} evenly spaced values from the lower to the
     * upper percentile.
     *
     * @param values the feature's values
     * @param lower the lower percentile, as a fraction
     * @param upper the upper percentile, as a fraction
     * @param resolution the most grid values
     * @return the grid, ascending
     */
    static double[] grid(double[] values, double lower, double upper, int resolution) {
        if (resolution < 2) {
            throw new IllegalArgumentException("The grid needs at least 2 values, not " + resolution + ".");
        }
        double[] distinct = Arrays.stream(values).sorted().distinct().toArray();
        if (distinct.length < resolution) {
            return distinct;
        }
        double low = mquantile(values, lower);
        double high = mquantile(values, upper);
        if (Math.abs(high - low) <= 1e-8 + 1e-5 * Math.abs(low)) {
            throw new IllegalArgumentException("The " + lower + " and " + upper + " percentiles of the feature are the "
                    + "same (" + low + "), so there is no range to vary it over; pick another feature.");
        }
        double[] grid = new double[resolution];
        for (int g = 0; g < resolution; g++) {
            grid[g] = g == resolution - 1 ? high : low + (high - low) * g / (resolution - 1);
        }
        return grid;
    }

    /**
     * A sample quantile as SciPy's {@code mstats.mquantiles} computes it by default
     * (plotting positions with alphap = betap = 0.4, which scikit-learn uses for the grid).
     *
     * @param values the sample
     * @param p the probability, between 0 and 1
     * @return the quantile
     */
    static double mquantile(double[] values, double p) {
        double[] x = values.clone();
        Arrays.sort(x);
        int n = x.length;
        double alpha = 0.4;
        double beta = 0.4;
        double aleph = n * p + alpha + p * (1 - alpha - beta);
        int k = (int) Math.floor(Math.min(Math.max(aleph, 1), n - 1));
        double gamma = Math.min(Math.max(aleph - k, 0), 1);
        return n == 1 ? x[0] : (1 - gamma) * x[k - 1] + gamma * x[k];
    }

    static double[] column(double[][] x, int j) {
        return Arrays.stream(x).mapToDouble(row -> row[j]).toArray();
    }
}
