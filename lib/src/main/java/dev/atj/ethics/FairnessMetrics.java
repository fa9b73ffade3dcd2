package dev.atj.ethics;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Group fairness measures of a binary classifier's predictions, defined as in Fairlearn
 * (<a href="https://fairlearn.org/main/user_guide/assessment/common_fairness_metrics.html">Fairlearn
 * user guide, Common fairness metrics</a>) and AIF360 (Bellamy et al., "AI Fairness 360", 2018,
 * <a href="https://aif360.readthedocs.io/">aif360.readthedocs.io</a>). Label 1 is the
 * favourable outcome. Differences are largest minus smallest group value (0 is parity);
 * ratios are smallest divided by largest (1 is parity), both across all groups of the
 * sensitive feature. Each is computed through a {@link MetricFrame}; build one yourself to
 * see the group values behind a number.
 *
 * <pre>{@code
 * FairnessMetrics.demographicParityDifference(yTrue, yPred, gender);   // 0.25
 * FairnessMetrics.equalizedOddsDifference(yTrue, yPred, gender);
 * FairnessMetrics.disparateImpact(yPred, gender, "male").verdict();
 * FairnessMetrics.report(yTrue, yPred, gender);                        // all in one table
 * }</pre>
 */
public final class FairnessMetrics {
    private FairnessMetrics() {
    }

    /**
     * The share of predictions that are 1 (Fairlearn's {@code selection_rate}).
     *
     * @param yPred predicted labels, 0 or 1
     * @return the selection rate, between 0 and 1
     * @throws IllegalArgumentException if yPred is empty or holds a label other than 0 and 1
     */
    public static double selectionRate(int[] yPred) {
        return FairnessMetric.SELECTION_RATE.applyAsDouble(yPred, yPred);
    }

    /**
     * Each group's selection rate.
     *
     * @param yPred predicted labels, 0 or 1
     * @param sensitive the group of every example
     * @return group name to selection rate, groups sorted
     * @throws IllegalArgumentException if the arrays differ in length or hold bad values
     */
    public static Map<String, Double> selectionRates(int[] yPred, String[] sensitive) {
        return frame(yPred, yPred, sensitive, FairnessMetric.SELECTION_RATE).byGroup("selection_rate");
    }

    /**
     * The demographic parity difference (Fairlearn's {@code demographic_parity_difference}):
     * the largest minus the smallest group selection rate. Demographic parity asks that every
     * group be selected equally often, whatever the true labels.
     *
     * @param yTrue true labels, 0 or 1 (only their count is used, as in Fairlearn)
     * @param yPred predicted labels, 0 or 1
     * @param sensitive the group of every example
     * @return the difference, between 0 and 1; 0 is parity
     * @throws IllegalArgumentException if the arrays differ in length or hold bad values
     */
    public static double demographicParityDifference(int[] yTrue, int[] yPred, String[] sensitive) {
        return frame(yTrue, yPred, sensitive, FairnessMetric.SELECTION_RATE).difference("selection_rate");
    }

    /**
     * The demographic parity ratio (Fairlearn's {@code demographic_parity_ratio}): the
     * smallest divided by the largest group selection rate.
     *
     * @param yTrue true labels, 0 or 1
     * @param yPred predicted labels, 0 or 1
     * @param sensitive the group of every example
     * @return the ratio, between 0 and 1; 1 is parity; NaN if no one is selected
     * @throws IllegalArgumentException if the arrays differ in length or hold bad values
     */
    public static double demographicParityRatio(int[] yTrue, int[] yPred, String[] sensitive) {
        return frame(yTrue, yPred, sensitive, FairnessMetric.SELECTION_RATE).ratio("selection_rate");
    }

    /**
     * The equalized odds difference (Fairlearn's {@code equalized_odds_difference} with its
     * default {@code agg='worst_case'}): the larger of the true positive rate difference and
     * the false positive rate difference between groups. Equalized odds (Hardt, Price and
     * Srebro, "Equality of Opportunity in Supervised Learning", NeurIPS 2016) asks that every
     * group have the same true and false positive rates.
     *
     * @param yTrue true labels, 0 or 1
     * @param yPred predicted labels, 0 or 1
     * @param sensitive the group of every example
     * @return the difference, between 0 and 1; 0 is parity
     * @throws IllegalArgumentException if the arrays differ in length or hold bad values
     */
    public static double equalizedOddsDifference(int[] yTrue, int[] yPred, String[] sensitive) {
        MetricFrame frame = rates(yTrue, yPred, sensitive);
        return Math.max(frame.difference("true_positive_rate"), frame.difference("false_positive_rate"));
    }

    /**
     * The equalized odds ratio (Fairlearn's {@code equalized_odds_ratio}, {@code agg='worst_case'}):
     * the smaller of the true positive rate ratio and the false positive rate ratio.
     *
     * @param yTrue true labels, 0 or 1
     * @param yPred predicted labels, 0 or 1
     * @param sensitive the group of every example
     * @return the ratio, between 0 and 1; 1 is parity
     * @throws IllegalArgumentException if the arrays differ in length or hold bad values
     */
    public static double equalizedOddsRatio(int[] yTrue, int[] yPred, String[] sensitive) {
        MetricFrame frame = rates(yTrue, yPred, sensitive);
        return Math.min(frame.ratio("true_positive_rate"), frame.ratio("false_positive_rate"));
    }

    /**
     * The equal opportunity difference (Fairlearn's {@code equal_opportunity_difference}): the
     * largest minus the smallest group true positive rate. Equal opportunity (Hardt et al.
     * 2016) asks only that examples that deserve the favourable outcome get it equally often
     * in every group.
     *
     * @param yTrue true labels, 0 or 1
     * @param yPred predicted labels, 0 or 1
     * @param sensitive the group of every example
     * @return the difference, between 0 and 1; 0 is parity
     * @throws IllegalArgumentException if the arrays differ in length or hold bad values
     */
    public static double equalOpportunityDifference(int[] yTrue, int[] yPred, String[] sensitive) {
        return frame(yTrue, yPred, sensitive, FairnessMetric.TRUE_POSITIVE_RATE).difference("true_positive_rate");
    }

    /**
     * The equal opportunity ratio (Fairlearn's {@code equal_opportunity_ratio}): the smallest
     * divided by the largest group true positive rate.
     *
     * @param yTrue true labels, 0 or 1
     * @param yPred predicted labels, 0 or 1
     * @param sensitive the group of every example
     * @return the ratio, between 0 and 1; 1 is parity
     * @throws IllegalArgumentException if the arrays differ in length or hold bad values
     */
    public static double equalOpportunityRatio(int[] yTrue, int[] yPred, String[] sensitive) {
        return frame(yTrue, yPred, sensitive, FairnessMetric.TRUE_POSITIVE_RATE).ratio("true_positive_rate");
    }

    /**
     * The disparate impact of the predictions on every group but the privileged one, taken
     * together (AIF360's {@code disparate_impact} with the privileged group and the rest),
     * with the four-fifths rule's verdict. Pass true labels instead of predictions to measure
     * the data's own disparate impact (AIF360's {@code BinaryLabelDatasetMetric}).
     *
     * @param yPred predicted labels, 0 or 1
     * @param sensitive the group of every example
     * @param privileged the group expected to be favoured, for example {@code "male"}
     * @return the rates, their ratio and the verdict
     * @throws IllegalArgumentException if the group is not in {@code sensitive}, no example is
     *     outside it, or the arrays hold bad values
     */
    public static FairnessDisparateImpact disparateImpact(int[] yPred, String[] sensitive, String privileged) {
        String[] twoGroups = Arrays.stream(sensitive).map(group -> privileged.equals(group) ? group
                : group == null ? null : "not " + privileged).toArray(String[]::new);
        return disparateImpact(yPred, twoGroups, privileged, "not " + privileged);
    }

    /**
     * The disparate impact on one unprivileged group compared with one privileged group
     * (AIF360's {@code disparate_impact}): the unprivileged selection rate divided by the
     * privileged one, with the four-fifths rule's verdict. Other groups are ignored.
     *
     * @param yPred predicted labels, 0 or 1
     * @param sensitive the group of every example
     * @param privileged the group expected to be favoured
     * @param unprivileged the group to compare with it
     * @return the rates, their ratio and the verdict
     * @throws IllegalArgumentException if either group is not in {@code sensitive}, or the
     *     arrays hold bad values
     */
    public static FairnessDisparateImpact disparateImpact(int[] yPred, String[] sensitive, String privileged,
            String unprivileged) {
        Map<String, Double> rates = selectionRates(yPred, sensitive);
        FairnessInputs.requireKnown(privileged, rates.keySet(), "the privileged group");
        FairnessInputs.requireKnown(unprivileged, rates.keySet(), "the unprivileged group");
        double privilegedRate = rates.get(privileged);
        double unprivilegedRate = rates.get(unprivileged);
        return new FairnessDisparateImpact(privileged, unprivileged, privilegedRate, unprivilegedRate,
                unprivilegedRate / privilegedRate);
    }

    /**
     * Every measure above in one table: accuracy, demographic parity difference and ratio,
     * equalized odds difference and ratio, equal opportunity difference and ratio.
     *
     * @param yTrue true labels, 0 or 1
     * @param yPred predicted labels, 0 or 1
     * @param sensitive the group of every example
     * @return a table with columns {@code measure} and {@code value}
     * @throws IllegalArgumentException if the arrays differ in length or hold bad values
     */
    public static Table report(int[] yTrue, int[] yPred, String[] sensitive) {
        List<String> names = List.of("accuracy", "demographic_parity_difference", "demographic_parity_ratio",
                "equalized_odds_difference", "equalized_odds_ratio", "equal_opportunity_difference",
                "equal_opportunity_ratio");
        double[] values = {
            FairnessMetric.ACCURACY.applyAsDouble(yTrue, yPred),
            demographicParityDifference(yTrue, yPred, sensitive), demographicParityRatio(yTrue, yPred, sensitive),
            equalizedOddsDifference(yTrue, yPred, sensitive), equalizedOddsRatio(yTrue, yPred, sensitive),
            equalOpportunityDifference(yTrue, yPred, sensitive), equalOpportunityRatio(yTrue, yPred, sensitive),
        };
        return Readable.fourDecimals(Table.create("Fairness report", StringColumn.create("measure", names),
                DoubleColumn.create("value", values)));
    }

    private static MetricFrame rates(int[] yTrue, int[] yPred, String[] sensitive) {
        return frame(yTrue, yPred, sensitive, FairnessMetric.TRUE_POSITIVE_RATE, FairnessMetric.FALSE_POSITIVE_RATE);
    }

    private static MetricFrame frame(int[] yTrue, int[] yPred, String[] sensitive, FairnessMetric... metrics) {
        return MetricFrame.of(yTrue, yPred, sensitive, metrics);
    }
}
