package dev.atj.ethics;

import dev.atj.ai.Classifier;
import dev.atj.ai.Dataset;
import dev.atj.ai.RegressionDataset;
import dev.atj.ai.Regressor;
import dev.atj.ai.Seeds;
import dev.atj.ai.ShapTrees;
import dev.atj.viz.Plot;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.knowm.xchart.CategoryChart;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Shapley values of one prediction (Lundberg and Lee 2017, "A unified approach to interpreting
 * model predictions", NeurIPS): each feature's fair share of the difference between the
 * prediction and a base value, so that {@code baseValue + sum(values) = prediction}
 * (additivity). Random forests use Smile's exact TreeSHAP (Lundberg et al. 2020, through
 * {@link ShapTrees}), whose base value is the trees' average output over their training rows.
 * Any other model gets exact interventional Shapley values by enumerating every coalition of
 * features (what Smile lacks): the value of a coalition S is the average prediction over a
 * background dataset with the features in S set to the example's values, and the base value
 * is the average prediction over the background. Enumeration costs {@code 2^features x
 * background rows} predictions, so it is limited to {@value #MAX_EXACT_FEATURES} features.
 * For a linear model {@code f(x) = b + w.x} the values are {@code w_j (x_j - mean of x_j)}.
 *
 * <pre>{@code
 * ShapleyValues why = ShapleyValues.of(forest, train, test.x()[0]);
 * why.table();   // features by |value|
 * why.chart();   // waterfall from base value to prediction
 * }</pre>
 *
 * @param features the feature names
 * @param instance the example explained
 * @param values one Shapley value per feature
 * @param baseValue the expected prediction the values are measured from
 * @param prediction the prediction explained: {@code baseValue + sum(values)}
 * @param method how the values were computed: {@code "TreeSHAP"} or {@code "exact"}
 */
public record ShapleyValues(List<String> features, double[] instance, double[] values, double baseValue,
                            double prediction, String method) {
    /** The most features exact enumeration accepts. */
    public static final int MAX_EXACT_FEATURES = 12;
    /** Background rows the convenience methods sample from the training data, at most. */
    public static final int BACKGROUND_ROWS = 100;

    /**
     * Copies the feature list.
     *
     * @param features the feature names
     * @param instance the example
     * @param values the Shapley values
     * @param baseValue the base value
     * @param prediction the prediction
     * @param method the method
     */
    public ShapleyValues {
        features = List.copyOf(features);
        if (values.length != features.size()) {
            throw new IllegalArgumentException("There are " + values.length + " values for " + features.size()
                    + " features; pass one per feature.");
        }
    }

    /**
     * Explains a two-class classifier's probability of class 1: TreeSHAP for a random forest,
     * else exact Shapley values over up to 100 training rows (sampled with {@link Seeds}).
     *
     * @param model a trained classifier with probabilities
     * @param train the training data (the background)
     * @param instance the example's features
     * @return the Shapley values
     */
    public static ShapleyValues of(Classifier model, Dataset train, double[] instance) {
        int classIndex = ShapPredictions.defaultClass(model);
        Optional<ShapTrees> trees = ShapTrees.of(model);
        if (trees.isPresent()) {
            return tree(trees.get(), classIndex, train.featureNames(), instance);
        }
        return exact(ShapPredictions.probability(model, classIndex), background(train.x()), train.featureNames(),
                instance);
    }

    /**
     * Explains a regressor's output: TreeSHAP for a random forest, else exact Shapley values
     * over up to 100 training rows.
     *
     * @param model a trained regressor
     * @param train the training data (the background)
     * @param instance the example's features
     * @return the Shapley values
     */
    public static ShapleyValues of(Regressor model, RegressionDataset train, double[] instance) {
        Optional<ShapTrees> trees = ShapTrees.of(model);
        if (trees.isPresent()) {
            return tree(trees.get(), 0, train.featureNames(), instance);
        }
        return exact(ShapPredictions.output(model), background(train.x()), train.featureNames(), instance);
    }

    /**
     * Exact interventional Shapley values of any prediction function, by enumerating all
     * {@code 2^features} coalitions against a background dataset.
     *
     * <pre>{@code
     * Function<double[][], double[]> f = rows -> Arrays.stream(rows).mapToDouble(r -> 2 * r[0] + r[1]).toArray();
     * ShapleyValues.exact(f, background, List.of("a", "b"), new double[] {1, 1});
     * }</pre>
     *
     * @param model rows of features in, one prediction per row out
     * @param background rows standing for "feature unknown" (a sample of the training data)
     * @param features the feature names, at most {@value #MAX_EXACT_FEATURES}
     * @param instance the example's features
     * @return the Shapley values
     */
    public static ShapleyValues exact(Function<double[][], double[]> model, double[][] background,
            List<String> features, double[] instance) {
        ShapPredictions.checkMatrix(background, features, "background data");
        ShapPredictions.checkMatrix(new double[][] {instance}, features, "instance");
        int p = features.size();
        if (p > MAX_EXACT_FEATURES) {
            throw new IllegalArgumentException("Exact Shapley values enumerate 2^" + p + " coalitions, too many; explain "
                    + "at most " + MAX_EXACT_FEATURES + " features (drop or group some), or use a random forest, "
                    + "which gets TreeSHAP.");
        }
        double[] coalitionValue = coalitionValues(model, background, instance);
        double[] weight = new double[p];
        for (int size = 0; size < p; size++) {
            weight[size] = 1.0 / (p * binomial(p - 1, size));
        }
        double[] phi = new double[p];
        for (int mask = 0; mask < coalitionValue.length; mask++) {
            for (int j = 0; j < p; j++) {
                if ((mask & (1 << j)) == 0) {
                    phi[j] += weight[Integer.bitCount(mask)] * (coalitionValue[mask | (1 << j)] - coalitionValue[mask]);
                }
            }
        }
        return new ShapleyValues(features, instance.clone(), phi, coalitionValue[0],
                coalitionValue[coalitionValue.length - 1], "exact");
    }

    /**
     * The mean absolute Shapley value of each feature over many explanations, largest first:
     * a global importance ({@code feature}, {@code mean_abs_shap}).
     *
     * @param explanations explanations of the same features
     * @return the table
     */
    public static Table summary(List<ShapleyValues> explanations) {
        double[] mean = meanAbsolute(explanations);
        List<String> names = explanations.get(0).features();
        int[] order = descending(mean);
        return Readable.fourDecimals(Table.create("Mean |Shapley value|",
                StringColumn.create("feature", Arrays.stream(order).mapToObj(names::get)),
                DoubleColumn.create("mean_abs_shap", Arrays.stream(order).mapToDouble(j -> mean[j]))));
    }

    /**
     * A bar chart of the mean absolute Shapley value of each feature, largest first.
     *
     * @param explanations explanations of the same features
     * @return the chart
     */
    public static CategoryChart summaryChart(List<ShapleyValues> explanations) {
        double[] mean = meanAbsolute(explanations);
        List<String> names = explanations.get(0).features();
        int[] order = descending(mean);
        return Plot.bar("Mean |Shapley value| over " + explanations.size() + " predictions", "feature",
                "mean |Shapley value|", Arrays.stream(order).mapToObj(names::get).toArray(String[]::new),
                Arrays.stream(order).mapToDouble(j -> mean[j]).toArray());
    }

    /**
     * One row per feature, largest |value| first: {@code feature}, {@code value} (the
     * example's), {@code shap}.
     *
     * @return the table, titled with the base value and prediction
     */
    public Table table() {
        int[] order = byMagnitude();
        return Readable.fourDecimals(Table.create(String.format(java.util.Locale.ROOT, "Shapley values (%s): base %.4g + sum = prediction %.4g",
                        method, baseValue, prediction),
                StringColumn.create("feature", Arrays.stream(order).mapToObj(features::get)),
                DoubleColumn.create("value", Arrays.stream(order).mapToDouble(j -> instance[j])),
                DoubleColumn.create("shap", Arrays.stream(order).mapToDouble(j -> values[j]))));
    }

    /**
     * A waterfall chart: from the base value, each feature's Shapley value (largest |value|
     * first) as a step up (green) or down (red), ending at the prediction.
     *
     * @return the chart
     */
    public CategoryChart chart() {
        return ShapWaterfall.of(this, byMagnitude());
    }

    private int[] byMagnitude() {
        return descending(Arrays.stream(values).map(Math::abs).toArray());
    }

    private static ShapleyValues tree(ShapTrees trees, int classIndex, List<String> features, double[] instance) {
        ShapPredictions.checkMatrix(new double[][] {instance}, features, "instance");
        double[] phi = trees.values(instance, classIndex);
        double base = trees.expectedValue(classIndex);
        return new ShapleyValues(features, instance.clone(), phi, base, base + Arrays.stream(phi).sum(), "TreeSHAP");
    }

    /** v(S) for every coalition mask S: the background's average prediction with S taken from the instance. */
    private static double[] coalitionValues(Function<double[][], double[]> model, double[][] background,
            double[] instance) {
        int p = instance.length;
        int coalitions = 1 << p;
        int b = background.length;
        double[][] rows = new double[coalitions * b][];
        for (int mask = 0; mask < coalitions; mask++) {
            for (int i = 0; i < b; i++) {
                double[] row = background[i].clone();
                for (int j = 0; j < p; j++) {
                    if ((mask & (1 << j)) != 0) {
                        row[j] = instance[j];
                    }
                }
                rows[mask * b + i] = row;
            }
        }
        double[] predicted = ShapPredictions.predict(model, rows);
        double[] value = new double[coalitions];
        for (int mask = 0; mask < coalitions; mask++) {
            double sum = 0;
            for (int i = 0; i < b; i++) {
                sum += predicted[mask * b + i];
            }
            value[mask] = sum / b;
        }
        return value;
    }

    /** Up to {@value #BACKGROUND_ROWS} rows drawn without replacement, seeded. */
    private static double[][] background(double[][] x) {
        if (x.length <= BACKGROUND_ROWS) {
            return x;
        }
        Random random = Seeds.random("shapley background");
        int[] rows = IntStream.range(0, x.length).toArray();
        for (int i = 0; i < BACKGROUND_ROWS; i++) {
            int k = i + random.nextInt(rows.length - i);
            int t = rows[i];
            rows[i] = rows[k];
            rows[k] = t;
        }
        return Arrays.stream(rows, 0, BACKGROUND_ROWS).mapToObj(i -> x[i]).toArray(double[][]::new);
    }

    private static double binomial(int n, int k) {
        double result = 1;
        for (int i = 1; i <= k; i++) {
            result = result * (n - k + i) / i;
        }
        return result;
    }

    private static double[] meanAbsolute(List<ShapleyValues> explanations) {
        if (explanations.isEmpty()) {
            throw new IllegalArgumentException("Pass at least one explanation to summarise.");
        }
        int p = explanations.get(0).features().size();
        double[] mean = new double[p];
        for (ShapleyValues e : explanations) {
            if (!e.features().equals(explanations.get(0).features())) {
                throw new IllegalArgumentException("All explanations must have the same features; found "
                        + e.features() + " and " + explanations.get(0).features() + ".");
            }
            for (int j = 0; j < p; j++) {
                mean[j] += Math.abs(e.values()[j]) / explanations.size();
            }
        }
        return mean;
    }

    private static int[] descending(double[] score) {
        return IntStream.range(0, score.length).boxed().sorted(Comparator.comparingDouble((Integer j) -> -score[j]))
                .mapToInt(Integer::intValue).toArray();
    }
}
