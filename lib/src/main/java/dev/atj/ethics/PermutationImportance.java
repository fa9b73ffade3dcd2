package dev.atj.ethics;

import dev.atj.ai.Classifier;
import dev.atj.ai.Dataset;
import dev.atj.ai.Metrics;
import dev.atj.ai.RegressionDataset;
import dev.atj.ai.Regressor;
import dev.atj.ai.Seeds;
import dev.atj.viz.Plot;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;
import org.knowm.xchart.CategoryChart;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Permutation feature importance: how much a model's score drops when one feature's values are
 * shuffled among the rows, which breaks the link between that feature and the target while
 * keeping its distribution (Breiman 2001, "Random Forests", Machine Learning 45:5-32; the
 * model-agnostic form of scikit-learn's {@code sklearn.inspection.permutation_importance}).
 * As in scikit-learn, importance = baseline score minus the score with the column permuted,
 * repeated {@code repeats} times (default 5) with a seeded generator; {@link #mean()} and
 * {@link #std()} (population standard deviation, like NumPy's {@code std}) summarise the
 * repeats. The default score is accuracy for classifiers and R squared for regressors, as in
 * scikit-learn. Measure on held-out data: on training data it shows what the model
 * memorised. Correlated features share importance: shuffling one leaves the other to stand in.
 *
 * <pre>{@code
 * PermutationImportance importance = PermutationImportance.of(forest, test);
 * importance.table();   // features sorted by mean importance
 * importance.chart();   // bar chart
 * }</pre>
 *
 * @param features the feature names
 * @param importances {@code importances[j][r]}: the score drop for feature j in repeat r
 * @param baselineScore the score with no column permuted
 * @param scoreName what the score is, for example {@code "accuracy"}
 */
public record PermutationImportance(List<String> features, double[][] importances, double baselineScore,
                                    String scoreName) {
    /** scikit-learn's default number of repeats. */
    public static final int DEFAULT_REPEATS = 5;

    /**
     * Checks that there is one row of repeats per feature.
     *
     * @param features the feature names
     * @param importances the score drops per feature and repeat
     * @param baselineScore the unpermuted score
     * @param scoreName the score's name
     */
    public PermutationImportance {
        features = List.copyOf(features);
        if (importances.length != features.size()) {
            throw new IllegalArgumentException("There are " + importances.length + " rows of importances for "
                    + features.size() + " features; pass one row per feature.");
        }
    }

    /**
     * Importance of each feature of a classifier by accuracy, 5 repeats, seeded from
     * {@link Seeds}.
     *
     * @param model a trained classifier
     * @param test held-out data with the model's features
     * @return the importances
     */
    public static PermutationImportance of(Classifier model, Dataset test) {
        int[] truth = test.y();
        return of(x -> Metrics.accuracy(truth, model.predict(x)), "accuracy", test.x(), test.featureNames(),
                DEFAULT_REPEATS, Seeds.random("permutation importance"));
    }

    /**
     * Importance of each feature of a regressor by R squared, 5 repeats, seeded from
     * {@link Seeds}.
     *
     * @param model a trained regressor
     * @param test held-out data with the model's features
     * @return the importances
     */
    public static PermutationImportance of(Regressor model, RegressionDataset test) {
        double[] truth = test.y();
        return of(x -> Metrics.r2(truth, model.predict(x)), "R squared", test.x(), test.featureNames(),
                DEFAULT_REPEATS, Seeds.random("permutation importance"));
    }

    /**
     * Importance of each feature for any model and any score where larger is better. The
     * score function sees the feature matrix (with one column permuted) and compares the
     * model's predictions on it with the fixed targets it holds.
     *
     * <pre>{@code
     * ToDoubleFunction<double[][]> auc = x -> Metrics.auc(test.y(), positive.apply(x));
     * PermutationImportance.of(auc, "AUC", test.x(), test.featureNames(), 10, new Random(0));
     * }</pre>
     *
     * @param score the model's score on a feature matrix (rows in the original order)
     * @param scoreName what the score is, for the table and chart
     * @param x the features, one row per example; not changed
     * @param features the feature names, one per column
     * @param repeats how many shuffles per feature, at least 1
     * @param random the generator for the shuffles
     * @return the importances
     */
    public static PermutationImportance of(ToDoubleFunction<double[][]> score, String scoreName, double[][] x,
            List<String> features, int repeats, Random random) {
        ShapPredictions.checkMatrix(x, features, "feature matrix");
        if (repeats < 1) {
            throw new IllegalArgumentException("repeats must be at least 1, not " + repeats + ".");
        }
        double baseline = score.applyAsDouble(x);
        double[][] drops = new double[features.size()][repeats];
        for (int j = 0; j < features.size(); j++) {
            double[][] shuffled = copy(x);
            for (int r = 0; r < repeats; r++) {
                permuteColumn(x, shuffled, j, random);
                drops[j][r] = baseline - score.applyAsDouble(shuffled);
            }
        }
        return new PermutationImportance(features, drops, baseline, scoreName);
    }

    /**
     * The mean score drop of each feature, in feature order.
     *
     * @return one mean per feature
     */
    public double[] mean() {
        return Arrays.stream(importances).mapToDouble(row -> Arrays.stream(row).average().orElse(0)).toArray();
    }

    /**
     * The population standard deviation of each feature's score drops over the repeats.
     *
     * @return one standard deviation per feature
     */
    public double[] std() {
        double[] mean = mean();
        double[] std = new double[importances.length];
        for (int j = 0; j < std.length; j++) {
            double m = mean[j];
            std[j] = Math.sqrt(Arrays.stream(importances[j]).map(v -> (v - m) * (v - m)).average().orElse(0));
        }
        return std;
    }

    /**
     * One row per feature, most important first: {@code feature}, {@code importance_mean},
     * {@code importance_std}.
     *
     * @return the table
     */
    public Table table() {
        int[] order = byImportance();
        double[] mean = mean();
        double[] std = std();
        return Readable.fourDecimals(Table.create("Permutation importance (drop in " + scoreName + ")",
                StringColumn.create("feature", Arrays.stream(order).mapToObj(features::get)),
                DoubleColumn.create("importance_mean", Arrays.stream(order).mapToDouble(j -> mean[j])),
                DoubleColumn.create("importance_std", Arrays.stream(order).mapToDouble(j -> std[j]))));
    }

    /**
     * A bar chart of the mean importances, most important first.
     *
     * @return the chart
     */
    public CategoryChart chart() {
        int[] order = byImportance();
        double[] mean = mean();
        return Plot.bar("Permutation importance", "feature", "mean drop in " + scoreName,
                Arrays.stream(order).mapToObj(features::get).toArray(String[]::new),
                Arrays.stream(order).mapToDouble(j -> mean[j]).toArray());
    }

    private int[] byImportance() {
        double[] mean = mean();
        return IntStream.range(0, mean.length).boxed()
                .sorted(Comparator.comparingDouble((Integer j) -> -mean[j]))
                .mapToInt(Integer::intValue).toArray();
    }

    /** Puts column j of {@code x}, shuffled, into {@code target} (other columns untouched). */
    private static void permuteColumn(double[][] x, double[][] target, int j, Random random) {
        int[] rows = IntStream.range(0, x.length).toArray();
        for (int i = rows.length - 1; i > 0; i--) {
            int k = random.nextInt(i + 1);
            int t = rows[i];
            rows[i] = rows[k];
            rows[k] = t;
        }
        for (int i = 0; i < x.length; i++) {
            target[i][j] = x[rows[i]][j];
        }
    }

    static double[][] copy(double[][] x) {
        return Arrays.stream(x).map(double[]::clone).toArray(double[][]::new);
    }
}
