package dev.atj.ethics;

import dev.atj.ai.Classifier;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

/**
 * One decision threshold per group, chosen so that groups are treated alike (equal selection
 * rates, or equal true positive rates) while as many predictions as possible stay right: a
 * post-processing step in the spirit of Hardt, Price and Srebro, "Equality of Opportunity in
 * Supervised Learning" (NeurIPS 2016) and Fairlearn's {@code ThresholdOptimizer}
 * (<a href="https://fairlearn.org/main/user_guide/mitigation/postprocessing.html">Fairlearn
 * user guide, Postprocessing</a>).
 *
 * <p>This is a simplified, deterministic version. Fairlearn and Hardt et al. mix two
 * thresholds at random for some examples so that the rates match exactly; here every group
 * gets one plain threshold ({@code score >= threshold} predicts 1), so rates can only match up
 * to a tolerance. The search is exact over such thresholds: for every candidate lowest rate
 * {@code t} (a rate some group can reach), each group takes the threshold with the most
 * correct predictions among those whose rate lies in {@code [t, t + tolerance]}, and the
 * combination with the most correct predictions overall wins. If no combination is within
 * the tolerance, the smallest reachable disparity is used instead (see {@link #disparity()}).
 * For equal opportunity, a group with no positive examples has no true positive rate; it is
 * left out of the constraint and gets its most accurate threshold.
 *
 * <pre>{@code
 * double[] scores = ThresholdOptimizer.positiveScores(model, train.x());
 * ThresholdOptimizer fair = ThresholdOptimizer.fit(scores, train.y(), trainGender,
 *         ThresholdOptimizer.Constraint.DEMOGRAPHIC_PARITY, 0.02);
 * fair.thresholds();                       // {female=0.41, male=0.63}
 * int[] yPred = fair.predict(ThresholdOptimizer.positiveScores(model, test.x()), testGender);
 * }</pre>
 */
public final class ThresholdOptimizer {
    /** The tolerance {@link #fit(double[], int[], String[], Constraint)} uses. */
    public static final double DEFAULT_TOLERANCE = 0.02;

    /** What must be equal across groups. */
    public enum Constraint {
        /** Equal selection rates (share predicted 1): demographic parity. */
        DEMOGRAPHIC_PARITY("selection_rate"),
        /** Equal true positive rates: equal opportunity (Hardt et al. 2016). */
        EQUAL_OPPORTUNITY("true_positive_rate");

        private final String metric;

        Constraint(String metric) {
            this.metric = metric;
        }

        /**
         * The {@link MetricFrame} metric that must be equal, for example {@code "selection_rate"}.
         *
         * @return the metric's name
         */
        public String metric() {
            return metric;
        }
    }

    private final Constraint constraint;
    private final Map<String, Double> thresholds;
    private final MetricFrame fitted;
    private final double disparity;

    private ThresholdOptimizer(Constraint constraint, Map<String, Double> thresholds, MetricFrame fitted,
            double disparity) {
        this.constraint = constraint;
        this.thresholds = Collections.unmodifiableMap(thresholds);
        this.fitted = fitted;
        this.disparity = disparity;
    }

    /**
     * Chooses thresholds with the default tolerance, {@value #DEFAULT_TOLERANCE}.
     *
     * @param scores a score per example, higher meaning more likely label 1 (a probability,
     *     see {@link #positiveScores(Classifier, double[][])})
     * @param yTrue the true labels, 0 or 1
     * @param sensitive the group of every example
     * @param constraint what must be equal across groups
     * @return the fitted thresholds
     * @throws IllegalArgumentException if the arrays differ in length, are empty, or hold bad values
     */
    public static ThresholdOptimizer fit(double[] scores, int[] yTrue, String[] sensitive, Constraint constraint) {
        return fit(scores, yTrue, sensitive, constraint, DEFAULT_TOLERANCE);
    }

    /**
     * Chooses the thresholds that predict the most examples right while the constrained rate
     * differs between groups by at most {@code tolerance} (on these examples).
     *
     * @param scores a score per example, higher meaning more likely label 1
     * @param yTrue the true labels, 0 or 1
     * @param sensitive the group of every example
     * @param constraint what must be equal across groups
     * @param tolerance the largest difference allowed between group rates, 0 to 1
     * @return the fitted thresholds
     * @throws IllegalArgumentException if the arrays differ in length, are empty, hold bad
     *     values, or the tolerance is outside [0, 1]
     */
    public static ThresholdOptimizer fit(double[] scores, int[] yTrue, String[] sensitive, Constraint constraint,
            double tolerance) {
        FairnessInputs.checkSameLength(yTrue, yTrue, sensitive);
        FairnessInputs.checkBinary("yTrue", yTrue);
        checkScores(scores, sensitive.length);
        if (!(tolerance >= 0 && tolerance <= 1)) {
            throw new IllegalArgumentException("The tolerance is a difference of rates, between 0 and 1, not "
                    + tolerance + ".");
        }
        Map<String, ThresholdOptimizerSearch.Candidates> groups = new LinkedHashMap<>();
        FairnessInputs.rowsByGroup(sensitive).forEach((group, rows) -> groups.put(group, ThresholdOptimizerSearch.Candidates.of(
                FairnessInputs.pick(scores, rows), FairnessInputs.pick(yTrue, rows), constraint)));
        double reachable = Math.max(tolerance, ThresholdOptimizerSearch.smallestDisparity(groups.values()));
        Map<String, Integer> chosen = ThresholdOptimizerSearch.best(groups, reachable);
        Map<String, Double> thresholds = new LinkedHashMap<>();
        chosen.forEach((group, index) -> thresholds.put(group, groups.get(group).thresholds()[index]));
        int[] predicted = predict(thresholds, scores, sensitive);
        MetricFrame fitted = MetricFrame.of(yTrue, predicted, sensitive, FairnessMetric.ACCURACY,
                FairnessMetric.SELECTION_RATE, FairnessMetric.TRUE_POSITIVE_RATE, FairnessMetric.FALSE_POSITIVE_RATE);
        double disparity = ThresholdOptimizerSearch.disparity(groups, chosen);
        return new ThresholdOptimizer(constraint, thresholds, fitted, disparity);
    }

    /**
     * Class 1's probability for every row, the scores this optimiser takes.
     *
     * @param model a two-class model that gives probabilities
     * @param x features, one example per row
     * @return the probability of class 1 for each row
     * @throws IllegalArgumentException if the model does not have exactly two classes
     * @throws UnsupportedOperationException if the model gives no probabilities
     */
    public static double[] positiveScores(Classifier model, double[][] x) {
        if (model.classNames().size() != 2) {
            throw new IllegalArgumentException(model.name() + " has classes " + model.classNames()
                    + "; per-group thresholds need a two-class model.");
        }
        return Arrays.stream(model.probabilities(x)).mapToDouble(p -> p[1]).toArray();
    }

    /**
     * Predicts 1 where a score reaches its group's threshold.
     *
     * @param scores a score per example
     * @param sensitive the group of every example; every group must have been seen in fitting
     * @return the predicted labels, 0 or 1
     * @throws IllegalArgumentException if the arrays differ in length or a group is unknown
     */
    public int[] predict(double[] scores, String[] sensitive) {
        FairnessInputs.checkGroups(sensitive);
        checkScores(scores, sensitive.length);
        for (String group : sensitive) {
            FairnessInputs.requireKnown(group, thresholds.keySet(), "the fitted thresholds");
        }
        return predict(thresholds, scores, sensitive);
    }

    private static int[] predict(Map<String, Double> thresholds, double[] scores, String[] sensitive) {
        int[] predicted = new int[scores.length];
        for (int i = 0; i < scores.length; i++) {
            predicted[i] = scores[i] >= thresholds.get(sensitive[i]) ? 1 : 0;
        }
        return predicted;
    }

    private static void checkScores(double[] scores, int examples) {
        if (scores.length != examples) {
            throw new IllegalArgumentException("There are " + scores.length + " scores but " + examples
                    + " groups; give one score and one group per example.");
        }
        for (int i = 0; i < scores.length; i++) {
            if (Double.isNaN(scores[i])) {
                throw new IllegalArgumentException("scores[" + i + "] is NaN; every example needs a score.");
            }
        }
    }

    /**
     * Each group's threshold; infinity means the group is never selected.
     *
     * @return group name to threshold, groups sorted
     */
    public Map<String, Double> thresholds() {
        return thresholds;
    }

    /**
     * The constraint the thresholds satisfy.
     *
     * @return the constraint
     */
    public Constraint constraint() {
        return constraint;
    }

    /**
     * The largest difference of the constrained rate between groups on the fitting data: at
     * most the tolerance, or the smallest reachable difference if the tolerance could not be met.
     *
     * @return the disparity reached
     */
    public double disparity() {
        return disparity;
    }

    /**
     * Accuracy, selection rate, true and false positive rate by group on the fitting data,
     * with these thresholds.
     *
     * @return the metric frame
     */
    public MetricFrame fittedMetrics() {
        return fitted;
    }

    /**
     * One row per group: its threshold and, on the fitting data, its accuracy, selection
     * rate, true and false positive rate.
     *
     * @return the table
     */
    public Table table() {
        Table table = fitted.byGroup().setName("Per-group thresholds (" + constraint.metric() + ")");
        table.insertColumn(1, DoubleColumn.create("threshold",
                fitted.groups().stream().mapToDouble(thresholds::get).toArray()));
        return Readable.fourDecimals(table);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "ThresholdOptimizer(%s, thresholds %s, %s difference %.4f)",
                constraint, thresholds, constraint.metric(), disparity);
    }
}
