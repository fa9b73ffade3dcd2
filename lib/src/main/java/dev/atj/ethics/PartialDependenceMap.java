package dev.atj.ethics;

import dev.atj.ai.Classifier;
import dev.atj.ai.Dataset;
import dev.atj.ai.RegressionDataset;
import dev.atj.ai.Regressor;
import dev.atj.viz.Plot;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.knowm.xchart.HeatMapChart;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

/**
 * Two-feature partial dependence (Friedman 2001): the average prediction with two features
 * set together to each pair of grid values, which shows interactions a one-feature curve
 * hides. Each grid is scikit-learn's (see {@link PartialDependence}); the convenience methods
 * use 10 values per feature instead of scikit-learn's 100 so the heat map stays readable and
 * fast (pass 100 to {@link #of(Function, double[][], List, String, String, int)} for
 * scikit-learn's numbers).
 *
 * <pre>{@code
 * PartialDependenceMap map = PartialDependenceMap.of(forest, train, "age", "education");
 * map.heatmap();
 * }</pre>
 *
 * @param xFeature the feature along the heat map's columns
 * @param yFeature the feature along its rows
 * @param xGrid the values of {@code xFeature}, ascending
 * @param yGrid the values of {@code yFeature}, ascending
 * @param average {@code average[row][column]}: the average prediction at
 *     {@code (xGrid[column], yGrid[row])}
 */
public record PartialDependenceMap(String xFeature, String yFeature, double[] xGrid, double[] yGrid,
                                   double[][] average) {
    /** Grid values per feature in the convenience methods. */
    public static final int DEFAULT_RESOLUTION = 10;

    /**
     * Checks that the averages fill the grid.
     *
     * @param xFeature the column feature
     * @param yFeature the row feature
     * @param xGrid the column grid
     * @param yGrid the row grid
     * @param average the averages
     */
    public PartialDependenceMap {
        if (average.length != yGrid.length || Arrays.stream(average).anyMatch(row -> row.length != xGrid.length)) {
            throw new IllegalArgumentException("average must have one row per " + yFeature + " grid value ("
                    + yGrid.length + ") and one column per " + xFeature + " grid value (" + xGrid.length + ").");
        }
    }

    /**
     * Two-feature partial dependence of a two-class classifier's probability of class 1.
     *
     * @param model a trained classifier with probabilities
     * @param data the rows to average over
     * @param xFeature the feature along the columns
     * @param yFeature the feature along the rows
     * @return the partial dependence
     */
    public static PartialDependenceMap of(Classifier model, Dataset data, String xFeature, String yFeature) {
        return of(ShapPredictions.positiveProbability(model), data.x(), data.featureNames(), xFeature, yFeature,
                DEFAULT_RESOLUTION);
    }

    /**
     * Two-feature partial dependence of a regressor's output.
     *
     * @param model a trained regressor
     * @param data the rows to average over
     * @param xFeature the feature along the columns
     * @param yFeature the feature along the rows
     * @return the partial dependence
     */
    public static PartialDependenceMap of(Regressor model, RegressionDataset data, String xFeature, String yFeature) {
        return of(ShapPredictions.output(model), data.x(), data.featureNames(), xFeature, yFeature,
                DEFAULT_RESOLUTION);
    }

    /**
     * Two-feature partial dependence of any prediction function.
     *
     * @param model rows of features in, one prediction per row out
     * @param x the rows to average over
     * @param features the feature names
     * @param xFeature the feature along the columns
     * @param yFeature the feature along the rows, not the same as {@code xFeature}
     * @param resolution the most grid values per feature, at least 2
     * @return the partial dependence
     */
    public static PartialDependenceMap of(Function<double[][], double[]> model, double[][] x, List<String> features,
            String xFeature, String yFeature, int resolution) {
        ShapPredictions.checkMatrix(x, features, "data");
        int jx = ShapPredictions.featureIndex(features, xFeature);
        int jy = ShapPredictions.featureIndex(features, yFeature);
        if (jx == jy) {
            throw new IllegalArgumentException("Pick two different features; both are '" + xFeature + "'.");
        }
        double[] xGrid = PartialDependence.grid(PartialDependence.column(x, jx), PartialDependence.LOWER,
                PartialDependence.UPPER, resolution);
        double[] yGrid = PartialDependence.grid(PartialDependence.column(x, jy), PartialDependence.LOWER,
                PartialDependence.UPPER, resolution);
        double[][] average = new double[yGrid.length][xGrid.length];
        double[][] rows = PermutationImportance.copy(x);
        for (int r = 0; r < yGrid.length; r++) {
            for (int c = 0; c < xGrid.length; c++) {
                for (double[] row : rows) {
                    row[jx] = xGrid[c];
                    row[jy] = yGrid[r];
                }
                average[r][c] = Arrays.stream(ShapPredictions.predict(model, rows)).average().orElse(Double.NaN);
            }
        }
        return new PartialDependenceMap(xFeature, yFeature, xGrid, yGrid, average);
    }

    /**
     * One row per grid pair: both features' values and {@code average_prediction}.
     *
     * @return the table
     */
    public Table table() {
        int n = xGrid.length * yGrid.length;
        double[] xs = new double[n];
        double[] ys = new double[n];
        double[] avg = new double[n];
        for (int r = 0, i = 0; r < yGrid.length; r++) {
            for (int c = 0; c < xGrid.length; c++, i++) {
                xs[i] = xGrid[c];
                ys[i] = yGrid[r];
                avg[i] = average[r][c];
            }
        }
        return Table.create("Partial dependence on " + xFeature + " and " + yFeature,
                DoubleColumn.create(xFeature, xs), DoubleColumn.create(yFeature, ys),
                DoubleColumn.create("average_prediction", avg));
    }

    /**
     * A heat map of the average prediction, {@code yFeature} down the rows and
     * {@code xFeature} across the columns.
     *
     * @return the chart
     */
    public HeatMapChart heatmap() {
        return Plot.heatmap("Partial dependence on " + xFeature + " and " + yFeature, xFeature, yFeature, average,
                labels(yGrid), labels(xGrid));
    }

    private static List<String> labels(double[] grid) {
        return Arrays.stream(grid).mapToObj(v -> String.format(Locale.ROOT, "%.3g", v)).toList();
    }
}
