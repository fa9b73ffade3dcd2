package dev.atj.ai;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * A table cut in two at random: rows to train a model on and rows, never seen in training,
 * to test it on. The cut depends only on {@link Seeds}, so a notebook gets the same halves on
 * every run. Both halves keep the original row order.
 *
 * <pre>{@code
 * TrainTestSplit split = TrainTestSplit.stratified(iris, 0.3, "species");
 * split.train().rowCount();   // 105
 * split.test().rowCount();    // 45, 15 of each species
 * }</pre>
 *
 * @param train the rows to train on
 * @param test the rows to test on
 */
public record TrainTestSplit(Table train, Table test) {

    /**
     * Puts a random {@code testFraction} of the rows in the test half.
     *
     * @param table the table to split
     * @param testFraction the share of rows to test on, between 0 and 1 (0.2 to 0.3 is usual)
     * @return the two halves
     */
    public static TrainTestSplit random(Table table, double testFraction) {
        checkFraction(testFraction);
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < table.rowCount(); i++) {
            rows.add(i);
        }
        Collections.shuffle(rows, Seeds.random("train/test split"));
        int testCount = (int) Math.round(rows.size() * testFraction);
        return of(table, rows.subList(0, testCount));
    }

    /**
     * Puts a random {@code testFraction} of each class's rows in the test half, so both halves
     * have the classes in the same proportions as the whole table. Rows with a missing label
     * form a group of their own.
     *
     * @param table the table to split
     * @param testFraction the share of rows to test on, between 0 and 1
     * @param labelColumn the category column whose proportions to keep, for example {@code "species"}
     * @return the two halves
     */
    public static TrainTestSplit stratified(Table table, double testFraction, String labelColumn) {
        checkFraction(testFraction);
        Column<?> labels = TableColumns.require(table, labelColumn);
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < table.rowCount(); i++) {
            String key = labels.isMissing(i) ? "\0missing" : LabelEncoding.text(labels, i);
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
        }
        Random random = Seeds.random("stratified train/test split");
        List<Integer> testRows = new ArrayList<>();
        for (List<Integer> group : groups.values()) {
            Collections.shuffle(group, random);
            testRows.addAll(group.subList(0, (int) Math.round(group.size() * testFraction)));
        }
        return of(table, testRows);
    }

    @Override
    public String toString() {
        return "TrainTestSplit[train " + train.rowCount() + " rows, test " + test.rowCount() + " rows]";
    }

    private static TrainTestSplit of(Table table, List<Integer> testRows) {
        boolean[] inTest = new boolean[table.rowCount()];
        testRows.forEach(row -> inTest[row] = true);
        int[] train = java.util.stream.IntStream.range(0, inTest.length).filter(i -> !inTest[i]).toArray();
        int[] test = testRows.stream().mapToInt(Integer::intValue).toArray();
        Arrays.sort(test);
        if (train.length == 0 || test.length == 0) {
            throw new IllegalArgumentException("Splitting " + table.rowCount() + " rows left the "
                    + (train.length == 0 ? "train" : "test") + " half empty; use a bigger table or a test fraction "
                    + "nearer 0.5.");
        }
        return new TrainTestSplit(table.rows(train).setName(table.name() + " (train)"),
                table.rows(test).setName(table.name() + " (test)"));
    }

    private static void checkFraction(double testFraction) {
        if (!(testFraction > 0 && testFraction < 1)) {
            throw new IllegalArgumentException("The test fraction must be between 0 and 1 (for example 0.3), not "
                    + testFraction + ".");
        }
    }
}
