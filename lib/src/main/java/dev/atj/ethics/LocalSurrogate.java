package dev.atj.ethics;

import dev.atj.ai.Classifier;
import dev.atj.ai.Dataset;
import dev.atj.ai.RegressionDataset;
import dev.atj.ai.Regressor;
import dev.atj.ai.Seeds;
import dev.atj.viz.Plot;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.knowm.xchart.CategoryChart;
import smile.math.matrix.Matrix;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * A local surrogate explanation of one prediction, LIME-style (Ribeiro, Singh and Guestrin
 * 2016, "Why should I trust you? Explaining the predictions of any classifier", KDD): sample
 * points around the example (Gaussian, each feature's standard deviation taken from the
 * training data, seeded), weight each by its closeness to the example with LIME's kernel
 * {@code sqrt(exp(-d^2 / w^2))}, where {@code d} is the Euclidean distance in standardised
 * units and {@code w = 0.75 sqrt(features)} (LIME's default width), choose the most telling
 * features by forward selection on weighted R squared, and fit a weighted least-squares line on
 * them. The line's coefficients (in the features' own units) say how the prediction moves
 * near this example; {@link #r2()}, the weighted R squared of the line on the samples, says
 * how faithful the line is there. Unlike LIME's tabular default this samples around the
 * example, not the training mean, and does not bin features into quartiles, and it fits
 * without a ridge penalty, so a model that is linear recovers its own coefficients.
 *
 * <pre>{@code
 * LocalSurrogate why = LocalSurrogate.of(forest, train, test.x()[0]);
 * why.table();
 * why.chart();
 * }</pre>
 *
 * @param features all feature names
 * @param instance the example explained
 * @param coefficients one per feature; 0 for features not selected
 * @param selected whether each feature was selected
 * @param intercept the line's intercept
 * @param r2 weighted R squared of the line on the samples (fidelity), at most 1
 * @param prediction the model's prediction for the example
 * @param scale each feature's training standard deviation (1 where it is 0)
 */
public record LocalSurrogate(List<String> features, double[] instance, double[] coefficients, boolean[] selected,
                             double intercept, double r2, double prediction, double[] scale) {
    /** LIME's default number of samples. */
    public static final int DEFAULT_SAMPLES = 5000;
    /** LIME's default number of features in an explanation. */
    public static final int DEFAULT_FEATURES = 10;

    /**
     * Copies the lists.
     *
     * @param features the feature names
     * @param instance the example
     * @param coefficients the coefficients
     * @param selected the selection
     * @param intercept the intercept
     * @param r2 the fidelity
     * @param prediction the model's prediction
     * @param scale the feature scales
     */
    public LocalSurrogate {
        features = List.copyOf(features);
    }

    /**
     * Explains a two-class classifier's probability of class 1 for one example, with 5000
     * samples and up to 10 features, seeded from {@link Seeds}.
     *
     * @param model a trained classifier with probabilities
     * @param train the training data (for the features' spread)
     * @param instance the example's features
     * @return the explanation
     */
    public static LocalSurrogate of(Classifier model, Dataset train, double[] instance) {
        return of(ShapPredictions.positiveProbability(model), train.x(), train.featureNames(), instance,
                Math.min(DEFAULT_FEATURES, train.numFeatures()), DEFAULT_SAMPLES, Seeds.random("local surrogate"));
    }

    /**
     * Explains a regressor's output for one example, with 5000 samples and up to 10 features.
     *
     * @param model a trained regressor
     * @param train the training data (for the features' spread)
     * @param instance the example's features
     * @return the explanation
     */
    public static LocalSurrogate of(Regressor model, RegressionDataset train, double[] instance) {
        return of(ShapPredictions.output(model), train.x(), train.featureNames(), instance,
                Math.min(DEFAULT_FEATURES, train.numFeatures()), DEFAULT_SAMPLES, Seeds.random("local surrogate"));
    }

    /**
     * Explains any prediction function for one example.
     *
     * @param model rows of features in, one prediction per row out
     * @param train the training rows (for each feature's standard deviation)
     * @param features the feature names
     * @param instance the example's features
     * @param maxFeatures how many features the line may use, 1 to the number of features
     * @param samples how many points to sample around the example, more than {@code maxFeatures + 1}
     * @param random the generator for the samples
     * @return the explanation
     */
    public static LocalSurrogate of(Function<double[][], double[]> model, double[][] train, List<String> features,
            double[] instance, int maxFeatures, int samples, Random random) {
        ShapPredictions.checkMatrix(train, features, "training data");
        ShapPredictions.checkMatrix(new double[][] {instance}, features, "instance");
        int p = features.size();
        if (maxFeatures < 1 || maxFeatures > p) {
            throw new IllegalArgumentException("maxFeatures must be between 1 and " + p + ", not " + maxFeatures + ".");
        }
        if (samples <= maxFeatures + 1) {
            throw new IllegalArgumentException("Use more samples (" + samples + ") than features plus one; LIME uses "
                    + DEFAULT_SAMPLES + ".");
        }
        double[] scale = scales(train);
        double[][] z = new double[samples][];
        double[] weights = new double[samples];
        double width = 0.75 * Math.sqrt(p);
        z[0] = instance.clone();
        weights[0] = 1;
        for (int i = 1; i < samples; i++) {
            z[i] = new double[p];
            double squared = 0;
            for (int j = 0; j < p; j++) {
                double step = random.nextGaussian();
                z[i][j] = instance[j] + step * scale[j];
                squared += step * step;
            }
            weights[i] = Math.sqrt(Math.exp(-squared / (width * width)));
        }
        double[] y = ShapPredictions.predict(model, z);
        List<Integer> chosen = forwardSelection(z, y, weights, maxFeatures);
        double[] fit = weightedLeastSquares(z, y, weights, chosen);
        double[] coefficients = new double[p];
        boolean[] selected = new boolean[p];
        for (int c = 0; c < chosen.size(); c++) {
            coefficients[chosen.get(c)] = fit[c + 1];
            selected[chosen.get(c)] = true;
        }
        return new LocalSurrogate(features, instance.clone(), coefficients, selected, fit[0],
                weightedR2(z, y, weights, chosen, fit), y[0], scale);
    }

    /**
     * The line's prediction for the example itself.
     *
     * @return intercept plus coefficients times the example's features
     */
    public double localPrediction() {
        double sum = intercept;
        for (int j = 0; j < coefficients.length; j++) {
            sum += coefficients[j] * instance[j];
        }
        return sum;
    }

    /**
     * The selected features, largest effect first: {@code feature}, {@code value} (the
     * example's), {@code coefficient} (per unit), {@code effect_per_sd} (coefficient times the
     * feature's standard deviation, comparable across features).
     *
     * @return the table, titled with the intercept, fidelity and predictions
     */
    public Table table() {
        int[] order = bySize();
        return Readable.fourDecimals(Table.create(String.format(java.util.Locale.ROOT,
                        "Local surrogate: intercept %.4g, local R squared %.3f, model %.4g, surrogate %.4g",
                        intercept, r2, prediction, localPrediction()),
                StringColumn.create("feature", Arrays.stream(order).mapToObj(features::get)),
                DoubleColumn.create("value", Arrays.stream(order).mapToDouble(j -> instance[j])),
                DoubleColumn.create("coefficient", Arrays.stream(order).mapToDouble(j -> coefficients[j])),
                DoubleColumn.create("effect_per_sd", Arrays.stream(order).mapToDouble(j -> coefficients[j] * scale[j]))));
    }

    /**
     * A bar chart of the selected features' effects per standard deviation.
     *
     * @return the chart
     */
    public CategoryChart chart() {
        int[] order = bySize();
        return Plot.bar(String.format(java.util.Locale.ROOT, "Local surrogate (local R squared %.2f)", r2), "feature",
                "change in prediction per standard deviation",
                Arrays.stream(order).mapToObj(features::get).toArray(String[]::new),
                Arrays.stream(order).mapToDouble(j -> coefficients[j] * scale[j]).toArray());
    }

    private int[] bySize() {
        return IntStream.range(0, features.size()).filter(j -> selected[j]).boxed()
                .sorted(Comparator.comparingDouble((Integer j) -> -Math.abs(coefficients[j] * scale[j])))
                .mapToInt(Integer::intValue).toArray();
    }

    /** Population standard deviation of each column, 1 for a constant column (as LIME does). */
    private static double[] scales(double[][] x) {
        int p = x[0].length;
        double[] scale = new double[p];
        for (int j = 0; j < p; j++) {
            double[] column = PartialDependence.column(x, j);
            double mean = Arrays.stream(column).average().orElse(0);
            double sd = Math.sqrt(Arrays.stream(column).map(v -> (v - mean) * (v - mean)).average().orElse(0));
            scale[j] = sd > 0 ? sd : 1;
        }
        return scale;
    }

    /** Greedily adds the feature that most raises the weighted R squared, as LIME's "forward_selection". */
    private static List<Integer> forwardSelection(double[][] z, double[] y, double[] w, int count) {
        List<Integer> chosen = new ArrayList<>();
        while (chosen.size() < count) {
            int best = -1;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < z[0].length; j++) {
                if (chosen.contains(j)) {
                    continue;
                }
                List<Integer> trial = new ArrayList<>(chosen);
                trial.add(j);
                double score = weightedR2(z, y, w, trial, weightedLeastSquares(z, y, w, trial));
                if (score > bestScore) {
                    bestScore = score;
                    best = j;
                }
            }
            chosen.add(best);
        }
        return chosen;
    }

    /** Intercept then one coefficient per chosen column, by QR on the square-root-weighted rows. */
    private static double[] weightedLeastSquares(double[][] z, double[] y, double[] w, List<Integer> columns) {
        double[][] design = new double[z.length][columns.size() + 1];
        double[] target = new double[z.length];
        for (int i = 0; i < z.length; i++) {
            double root = Math.sqrt(w[i]);
            design[i][0] = root;
            for (int c = 0; c < columns.size(); c++) {
                design[i][c + 1] = root * z[i][columns.get(c)];
            }
            target[i] = root * y[i];
        }
        double[] solution = Matrix.of(design).qr(true).solve(target);
        return Arrays.copyOf(solution, columns.size() + 1);
    }

    private static double weightedR2(double[][] z, double[] y, double[] w, List<Integer> columns, double[] fit) {
        double total = Arrays.stream(w).sum();
        double mean = 0;
        for (int i = 0; i < y.length; i++) {
            mean += w[i] * y[i] / total;
        }
        double residual = 0;
        double spread = 0;
        for (int i = 0; i < y.length; i++) {
            double predicted = fit[0];
            for (int c = 0; c < columns.size(); c++) {
                predicted += fit[c + 1] * z[i][columns.get(c)];
            }
            residual += w[i] * (y[i] - predicted) * (y[i] - predicted);
            spread += w[i] * (y[i] - mean) * (y[i] - mean);
        }
        return spread > 0 ? 1 - residual / spread : 1;
    }
}
