package dev.atj.ethics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleBiFunction;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Any metric computed on every group of a sensitive feature, and over all examples, modelled
 * on Fairlearn's {@code MetricFrame} (<a href="https://fairlearn.org/main/user_guide/assessment/">Fairlearn
 * user guide, Assessment</a>): {@link #byGroup()} holds one row per group and one column per
 * metric; {@link #difference(String)} and {@link #ratio(String)} compare groups the way
 * Fairlearn's default {@code method='between_groups'} does: largest minus smallest group
 * value, and smallest divided by largest. Groups are sorted alphabetically.
 *
 * <p>Labels are binary for the named metrics ({@link FairnessMetric}): 1 is the favourable
 * outcome (hired, approved, high wage), 0 the other. A rate with an empty denominator in a
 * group (no positive examples for a true positive rate) is 0, as in Fairlearn, and noted in
 * {@link #warnings()} so that a 0 that means "undefined" is not read as a real 0.
 *
 * <pre>{@code
 * MetricFrame frame = MetricFrame.of(yTrue, yPred, gender, "accuracy", "selection_rate");
 * frame.byGroup();                      // table: group, accuracy, selection_rate
 * frame.difference("selection_rate");   // the demographic parity difference
 * frame.ratio("selection_rate");        // the demographic parity ratio
 * }</pre>
 */
public final class MetricFrame {
    private final List<String> groups;
    private final Map<String, Map<String, Double>> byGroup;
    private final Map<String, Double> overall;
    private final List<String> warnings;

    private MetricFrame(List<String> groups, Map<String, Map<String, Double>> byGroup, Map<String, Double> overall,
            List<String> warnings) {
        this.groups = groups;
        this.byGroup = byGroup;
        this.overall = overall;
        this.warnings = warnings;
    }

    /**
     * A frame of every named metric: accuracy, selection rate, true and false positive rate,
     * precision, recall and count.
     *
     * @param yTrue the true labels, 0 or 1
     * @param yPred the predicted labels, 0 or 1
     * @param sensitive the group of every example, for example {@code "female"} or {@code "male"}
     * @return the frame
     * @throws IllegalArgumentException if the arrays differ in length, are empty, or hold a
     *     missing group or a label other than 0 and 1
     */
    public static MetricFrame of(int[] yTrue, int[] yPred, String[] sensitive) {
        return of(yTrue, yPred, sensitive, FairnessMetric.values());
    }

    /**
     * A frame of metrics given by their Fairlearn names.
     *
     * @param yTrue the true labels, 0 or 1
     * @param yPred the predicted labels, 0 or 1
     * @param sensitive the group of every example
     * @param metrics names such as {@code "accuracy"}, {@code "selection_rate"},
     *     {@code "true_positive_rate"}, {@code "false_positive_rate"}, {@code "precision"},
     *     {@code "recall"}, {@code "count"}
     * @return the frame
     * @throws IllegalArgumentException if a name is unknown, or as {@link #of(int[], int[], String[])}
     */
    public static MetricFrame of(int[] yTrue, int[] yPred, String[] sensitive, String... metrics) {
        return of(yTrue, yPred, sensitive, Arrays.stream(metrics).map(FairnessMetric::named)
                .toArray(FairnessMetric[]::new));
    }

    /**
     * A frame of named metrics.
     *
     * @param yTrue the true labels, 0 or 1
     * @param yPred the predicted labels, 0 or 1
     * @param sensitive the group of every example
     * @param metrics the metrics, at least one
     * @return the frame
     * @throws IllegalArgumentException as {@link #of(int[], int[], String[])}
     */
    public static MetricFrame of(int[] yTrue, int[] yPred, String[] sensitive, FairnessMetric... metrics) {
        Map<String, FairnessMetric> named = new LinkedHashMap<>();
        for (FairnessMetric metric : metrics) {
            named.put(metric.label(), metric);
        }
        return of(yTrue, yPred, sensitive, named);
    }

    /**
     * A frame of any metrics: each is a function of (true labels, predicted labels) of the
     * examples in one group, like Fairlearn's {@code metrics={"name": function}} argument.
     * Only the named {@link FairnessMetric}s require binary labels.
     *
     * <pre>{@code
     * Map<String, ToDoubleBiFunction<int[], int[]>> metrics = new LinkedHashMap<>();
     * metrics.put("f1", Metrics::f1);
     * metrics.put("selection_rate", FairnessMetric.SELECTION_RATE);
     * MetricFrame.of(yTrue, yPred, race, metrics).byGroup();
     * }</pre>
     *
     * @param yTrue the true labels
     * @param yPred the predicted labels
     * @param sensitive the group of every example
     * @param metrics metric name to function, in the column order wanted; at least one
     * @return the frame
     * @throws IllegalArgumentException if the arrays differ in length, are empty, hold a
     *     missing group, or no metric is given
     */
    public static MetricFrame of(int[] yTrue, int[] yPred, String[] sensitive,
            Map<String, ? extends ToDoubleBiFunction<int[], int[]>> metrics) {
        FairnessInputs.checkSameLength(yTrue, yPred, sensitive);
        if (metrics.isEmpty()) {
            throw new IllegalArgumentException("No metric given; name at least one, for example \"selection_rate\".");
        }
        Map<String, int[]> rows = FairnessInputs.rowsByGroup(sensitive);
        Map<String, Map<String, Double>> byGroup = new LinkedHashMap<>();
        Map<String, Double> overall = new LinkedHashMap<>();
        List<String> warnings = new ArrayList<>();
        metrics.forEach((name, metric) -> {
            Map<String, Double> values = new LinkedHashMap<>();
            rows.forEach((group, groupRows) -> {
                int[] groupTrue = FairnessInputs.pick(yTrue, groupRows);
                int[] groupPred = FairnessInputs.pick(yPred, groupRows);
                values.put(group, metric.applyAsDouble(groupTrue, groupPred));
                noteUndefined(warnings, name, metric, "group '" + group + "'", groupTrue, groupPred);
            });
            byGroup.put(name, Collections.unmodifiableMap(values));
            overall.put(name, metric.applyAsDouble(yTrue, yPred));
            noteUndefined(warnings, name, metric, "all examples", yTrue, yPred);
        });
        return new MetricFrame(List.copyOf(rows.keySet()), Collections.unmodifiableMap(byGroup),
                Collections.unmodifiableMap(overall), List.copyOf(warnings));
    }

    private static void noteUndefined(List<String> warnings, String name, ToDoubleBiFunction<int[], int[]> metric,
            String where, int[] yTrue, int[] yPred) {
        if (metric instanceof FairnessMetric named) {
            String reason = named.undefinedBecause(yTrue, yPred);
            if (reason != null) {
                warnings.add(name + " is undefined for " + where + " (" + reason + "); it is given as 0, as Fairlearn does.");
            }
        }
    }

    /**
     * The groups, sorted alphabetically.
     *
     * @return the group names
     */
    public List<String> groups() {
        return groups;
    }

    /**
     * The metric names, in column order.
     *
     * @return the names
     */
    public List<String> metrics() {
        return List.copyOf(byGroup.keySet());
    }

    /**
     * Every metric on every group: a column {@code group} and one column per metric.
     *
     * @return the table, one row per group
     */
    public Table byGroup() {
        Table table = Table.create("Metrics by group", StringColumn.create("group", groups));
        byGroup.forEach((name, values) -> table.addColumns(DoubleColumn.create(name,
                groups.stream().mapToDouble(values::get).toArray())));
        return Readable.fourDecimals(table);
    }

    /**
     * One metric on every group.
     *
     * @param metric the metric's name
     * @return group name to value, groups sorted
     * @throws IllegalArgumentException if the frame has no metric of that name
     */
    public Map<String, Double> byGroup(String metric) {
        return values(metric);
    }

    /**
     * One metric's value for one group.
     *
     * @param metric the metric's name
     * @param group the group's name
     * @return the value
     * @throws IllegalArgumentException if the metric or group is unknown
     */
    public double value(String metric, String group) {
        FairnessInputs.requireKnown(group, groups, "metric '" + metric + "'");
        return values(metric).get(group);
    }

    /**
     * Every metric over all examples, groups ignored.
     *
     * @return metric name to value
     */
    public Map<String, Double> overall() {
        return overall;
    }

    /**
     * One metric over all examples.
     *
     * @param metric the metric's name
     * @return the value
     * @throws IllegalArgumentException if the frame has no metric of that name
     */
    public double overall(String metric) {
        values(metric);
        return overall.get(metric);
    }

    /**
     * The smallest value of a metric across groups (Fairlearn's {@code group_min}).
     *
     * @param metric the metric's name
     * @return the smallest group value
     * @throws IllegalArgumentException if the frame has no metric of that name
     */
    public double groupMin(String metric) {
        return values(metric).values().stream().mapToDouble(Double::doubleValue).min().orElseThrow();
    }

    /**
     * The largest value of a metric across groups (Fairlearn's {@code group_max}).
     *
     * @param metric the metric's name
     * @return the largest group value
     * @throws IllegalArgumentException if the frame has no metric of that name
     */
    public double groupMax(String metric) {
        return values(metric).values().stream().mapToDouble(Double::doubleValue).max().orElseThrow();
    }

    /**
     * The largest minus the smallest group value (Fairlearn's {@code difference()} with its
     * default {@code method='between_groups'}); 0 means every group has the same value.
     *
     * @param metric the metric's name
     * @return the difference, 0 or more
     * @throws IllegalArgumentException if the frame has no metric of that name
     */
    public double difference(String metric) {
        return groupMax(metric) - groupMin(metric);
    }

    /**
     * The smallest divided by the largest group value (Fairlearn's {@code ratio()} with
     * {@code method='between_groups'}); 1 means every group has the same value. When every
     * group's value is 0 the ratio is 0/0, NaN, as in Fairlearn.
     *
     * @param metric the metric's name
     * @return the ratio, between 0 and 1 for metrics that are never negative
     * @throws IllegalArgumentException if the frame has no metric of that name
     */
    public double ratio(String metric) {
        return groupMin(metric) / groupMax(metric);
    }

    /**
     * For every metric: its overall value, group minimum and maximum, difference and ratio.
     *
     * @return a table with a {@code statistic} column and one column per metric
     */
    public Table summary() {
        List<String> statistics = List.of("overall", "group_min", "group_max", "difference", "ratio");
        Table table = Table.create("Metric summary", StringColumn.create("statistic", statistics));
        for (String metric : byGroup.keySet()) {
            table.addColumns(DoubleColumn.create(metric, overall(metric), groupMin(metric), groupMax(metric),
                    difference(metric), ratio(metric)));
        }
        return Readable.fourDecimals(table);
    }

    /**
     * Where a named metric was undefined (a zero denominator) and given as 0, in plain words;
     * empty when every value is defined.
     *
     * @return the warnings
     */
    public List<String> warnings() {
        return warnings;
    }

    private Map<String, Double> values(String metric) {
        Map<String, Double> values = byGroup.get(metric);
        if (values == null) {
            throw new IllegalArgumentException("This frame has no metric '" + metric + "'; it has " + metrics() + ".");
        }
        return values;
    }

    @Override
    public String toString() {
        return "MetricFrame" + metrics() + " over groups " + groups + (warnings.isEmpty() ? ""
                : " (" + warnings.size() + " warnings)");
    }
}
