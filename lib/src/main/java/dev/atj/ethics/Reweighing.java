package dev.atj.ethics;

import dev.atj.ai.Dataset;
import dev.atj.ai.Seeds;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Reweighing (Kamiran and Calders, "Data preprocessing techniques for classification without
 * discrimination", Knowledge and Information Systems 33, 2012; as in AIF360's
 * {@code aif360.algorithms.preprocessing.Reweighing}): gives every training example of group
 * {@code g} and label {@code y} the weight
 * {@code P(g) P(y) / P(g, y) = (n_g n_y) / (n n_gy)}, the count the cell would have if group
 * and label were independent divided by the count it has. Under these weights every group
 * has the same share of label 1, so a model trained on them cannot learn the link between
 * group and label from the labels' frequencies.
 *
 * <p>Smile 3's classifiers that {@code dev.atj.ai.Classifiers} trains take no per-example
 * weights (logistic regression and the tree ensembles fit unweighted rows), so
 * {@link #resample(Dataset)} applies the weights by sampling instead: Kamiran and Calders'
 * "uniform sampling" from the same paper, which makes each (group, label) cell
 * {@code round(n_g n_y / n)} rows long: a cell with weight below 1 keeps a random subset of
 * its rows, one with weight above 1 keeps all and adds random repeats. Randomness comes from
 * {@link Seeds}. Use {@link #weights()} directly with a learner that takes weights.
 *
 * <pre>{@code
 * Reweighing reweighing = Reweighing.fit(train.y(), trainGender);
 * reweighing.table();                                   // weight of each (group, label)
 * Dataset fairer = reweighing.resample(train);
 * Classifier model = Classifiers.logisticRegression(fairer);
 * }</pre>
 */
public final class Reweighing {
    private final int[] labels;
    private final String[] sensitive;
    private final Map<String, int[]> rowsByGroup;
    private final int[] labelCounts = new int[2];

    private Reweighing(int[] labels, String[] sensitive) {
        this.labels = labels.clone();
        this.sensitive = sensitive.clone();
        this.rowsByGroup = FairnessInputs.rowsByGroup(sensitive);
        for (int label : labels) {
            labelCounts[label]++;
        }
    }

    /**
     * Computes the weights of a training set.
     *
     * @param y the true labels, 0 or 1
     * @param sensitive the group of every example
     * @return the reweighing
     * @throws IllegalArgumentException if the arrays differ in length, are empty, or hold a
     *     missing group or a label other than 0 and 1
     */
    public static Reweighing fit(int[] y, String[] sensitive) {
        FairnessInputs.checkSameLength(y, y, sensitive);
        FairnessInputs.checkBinary("y", y);
        return new Reweighing(y, sensitive);
    }

    /**
     * The weight of one (group, label) cell: {@code (n_g n_y) / (n n_gy)}; 0 for a cell with
     * no examples (nothing to weigh).
     *
     * @param group a group name
     * @param label 0 or 1
     * @return the weight
     * @throws IllegalArgumentException if the group is unknown or the label is not 0 or 1
     */
    public double weight(String group, int label) {
        FairnessInputs.requireKnown(group, rowsByGroup.keySet(), "reweighing");
        FairnessInputs.checkBinary("label", new int[] {label});
        int cell = cellCount(group, label);
        return cell == 0 ? 0 : expectedCount(group, label) / cell;
    }

    /**
     * Every training example's weight, in the order given to {@link #fit(int[], String[])}.
     *
     * @return one weight per example
     */
    public double[] weights() {
        double[] weights = new double[labels.length];
        for (int i = 0; i < labels.length; i++) {
            weights[i] = weight(sensitive[i], labels[i]);
        }
        return weights;
    }

    /**
     * Each group's share of label 1, weighted by {@link #weights()}: the same for every group
     * (the overall share {@code n_1 / n}), which is what reweighing is for.
     *
     * @return group name to weighted share of label 1
     */
    public Map<String, Double> weightedPositiveRates() {
        double[] weights = weights();
        Map<String, Double> rates = new LinkedHashMap<>();
        rowsByGroup.forEach((group, rows) -> {
            double positive = Arrays.stream(rows).filter(row -> labels[row] == 1).mapToDouble(row -> weights[row]).sum();
            double total = Arrays.stream(rows).mapToDouble(row -> weights[row]).sum();
            rates.put(group, positive / total);
        });
        return rates;
    }

    /**
     * One row per (group, label) cell: how many examples it has, how many it would have if
     * group and label were independent, and its weight.
     *
     * @return a table with columns group, label, count, expected, weight
     */
    public Table table() {
        StringColumn group = StringColumn.create("group");
        IntColumn label = IntColumn.create("label");
        IntColumn count = IntColumn.create("count");
        DoubleColumn expected = DoubleColumn.create("expected");
        DoubleColumn weight = DoubleColumn.create("weight");
        for (String name : rowsByGroup.keySet()) {
            for (int y = 0; y <= 1; y++) {
                group.append(name);
                label.append(y);
                count.append(cellCount(name, y));
                expected.append(expectedCount(name, y));
                weight.append(weight(name, y));
            }
        }
        return Readable.fourDecimals(Table.create("Reweighing", group, label, count, expected, weight));
    }

    /**
     * The positions of a resampled training set (Kamiran and Calders' uniform sampling): each
     * (group, label) cell made {@code round(n_g n_y / n)} rows long, by keeping a random
     * subset of its rows or adding random repeats. Seeded by {@link Seeds}.
     *
     * @return row positions into the data given to {@link #fit(int[], String[])}, repeats allowed
     */
    public int[] resampleRows() {
        Random random = Seeds.random("reweighing");
        List<Integer> chosen = new ArrayList<>();
        rowsByGroup.forEach((group, rows) -> {
            for (int y = 0; y <= 1; y++) {
                int label = y;
                List<Integer> cell = new ArrayList<>(Arrays.stream(rows).filter(row -> labels[row] == label)
                        .boxed().toList());
                int target = (int) Math.round(expectedCount(group, label));
                java.util.Collections.shuffle(cell, random);
                for (int i = 0; i < target && !cell.isEmpty(); i++) {
                    chosen.add(i < cell.size() ? cell.get(i) : cell.get(random.nextInt(cell.size())));
                }
            }
        });
        return chosen.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * A training set resampled so that group and label are independent, for learners that
     * take no weights (see the class comment).
     *
     * @param data the training set the weights were fitted on: its labels must be the
     *     {@code y} given to {@link #fit(int[], String[])}, row for row
     * @return the resampled training set
     * @throws IllegalArgumentException if the data's labels are not those the weights were
     *     fitted on
     */
    public Dataset resample(Dataset data) {
        if (!Arrays.equals(data.y(), labels)) {
            throw new IllegalArgumentException("The dataset's labels are not the ones this reweighing was fitted on ("
                    + data.size() + " rows vs " + labels.length + "); fit it with Reweighing.fit(data.y(), sensitive) "
                    + "where sensitive has one group per row of the same dataset.");
        }
        return data.rows(resampleRows());
    }

    /**
     * The groups of a resampled set, row for row with {@link #resampleRows()}'s positions.
     *
     * @param rows positions from {@link #resampleRows()}
     * @return the group of every resampled row
     */
    public String[] groupsOf(int[] rows) {
        return Arrays.stream(rows).mapToObj(row -> sensitive[row]).toArray(String[]::new);
    }

    private int cellCount(String group, int label) {
        return (int) Arrays.stream(rowsByGroup.get(group)).filter(row -> labels[row] == label).count();
    }

    private double expectedCount(String group, int label) {
        return (double) rowsByGroup.get(group).length * labelCounts[label] / labels.length;
    }

    @Override
    public String toString() {
        return "Reweighing of " + labels.length + " examples in groups " + rowsByGroup.keySet();
    }
}
