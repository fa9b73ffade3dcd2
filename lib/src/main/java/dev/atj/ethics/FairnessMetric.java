package dev.atj.ethics;

import dev.atj.ai.Metrics;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.ToDoubleBiFunction;

/**
 * The metrics a {@link MetricFrame} knows by name, each named as in Fairlearn's
 * {@code fairlearn.metrics} (<a href="https://fairlearn.org/main/api_reference/">Fairlearn API
 * reference</a>) and computed the same way: labels are binary, 1 the favourable outcome. A rate
 * whose denominator is empty in a group (a true positive rate for a group with no positive
 * examples, say) is 0, as Fairlearn and scikit-learn give it; the {@link MetricFrame} then
 * lists a warning in {@link MetricFrame#warnings()}.
 *
 * <pre>{@code
 * FairnessMetric.SELECTION_RATE.applyAsDouble(yTrue, yPred);   // share predicted 1
 * MetricFrame.of(yTrue, yPred, groups, FairnessMetric.TRUE_POSITIVE_RATE);
 * }</pre>
 */
public enum FairnessMetric implements ToDoubleBiFunction<int[], int[]> {
    /** The share of predictions that are right (scikit-learn's {@code accuracy_score}). */
    ACCURACY,
    /** The share of examples predicted 1 (Fairlearn's {@code selection_rate}). */
    SELECTION_RATE,
    /** Of the examples whose true label is 1, the share predicted 1 (Fairlearn's {@code true_positive_rate}). */
    TRUE_POSITIVE_RATE,
    /** Of the examples whose true label is 0, the share predicted 1 (Fairlearn's {@code false_positive_rate}). */
    FALSE_POSITIVE_RATE,
    /** Of the examples predicted 1, the share whose true label is 1 (scikit-learn's {@code precision_score}). */
    PRECISION,
    /** The same as the true positive rate (scikit-learn's {@code recall_score}). */
    RECALL,
    /** The number of examples (Fairlearn's {@code count}). */
    COUNT;

    /**
     * The metric's name in Fairlearn and in {@link MetricFrame} columns, for example
     * {@code "selection_rate"}.
     *
     * @return the lower-case name
     */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The metric named as in Fairlearn.
     *
     * @param label a name such as {@code "selection_rate"} or {@code "true_positive_rate"}
     * @return the metric
     * @throws IllegalArgumentException if no metric has that name
     */
    public static FairnessMetric named(String label) {
        for (FairnessMetric metric : values()) {
            if (metric.label().equals(label)) {
                return metric;
            }
        }
        throw new IllegalArgumentException("No fairness metric is named '" + label + "'; the named ones are "
                + Arrays.stream(values()).map(FairnessMetric::label).toList()
                + ". For another metric pass a function (yTrue, yPred) -> value in a map to MetricFrame.of.");
    }

    /**
     * Computes the metric on one set of examples.
     *
     * @param yTrue the true labels, 0 or 1
     * @param yPred the predicted labels, 0 or 1, as many as yTrue
     * @return the metric's value
     * @throws IllegalArgumentException if the arrays differ in length, are empty or hold a
     *     label other than 0 or 1
     */
    @Override
    public double applyAsDouble(int[] yTrue, int[] yPred) {
        FairnessInputs.checkLabels(yTrue, yPred);
        return switch (this) {
            case ACCURACY -> Metrics.accuracy(yTrue, yPred);
            case SELECTION_RATE -> (double) Arrays.stream(yPred).sum() / yPred.length;
            case TRUE_POSITIVE_RATE, RECALL -> Metrics.recall(yTrue, yPred);
            case FALSE_POSITIVE_RATE -> falsePositiveRate(yTrue, yPred);
            case PRECISION -> Metrics.precision(yTrue, yPred);
            case COUNT -> yTrue.length;
        };
    }

    /**
     * Why the metric's value is undefined on these examples (and so given as 0), or null if
     * it is defined.
     *
     * @param yTrue the true labels
     * @param yPred the predicted labels
     * @return the reason, or null
     */
    String undefinedBecause(int[] yTrue, int[] yPred) {
        return switch (this) {
            case TRUE_POSITIVE_RATE, RECALL -> Arrays.stream(yTrue).noneMatch(v -> v == 1)
                    ? "there are no examples with true label 1" : null;
            case FALSE_POSITIVE_RATE -> Arrays.stream(yTrue).noneMatch(v -> v == 0)
                    ? "there are no examples with true label 0" : null;
            case PRECISION -> Arrays.stream(yPred).noneMatch(v -> v == 1) ? "no example is predicted 1" : null;
            default -> null;
        };
    }

    private static double falsePositiveRate(int[] yTrue, int[] yPred) {
        double fallout = smile.validation.metric.Fallout.of(yTrue, yPred);
        return Double.isNaN(fallout) ? 0 : fallout;
    }
}
