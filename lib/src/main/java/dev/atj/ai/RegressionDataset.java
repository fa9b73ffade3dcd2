package dev.atj.ai;

import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.Table;

/**
 * Data ready for a regressor: a matrix of numeric features {@code x}, the number to predict
 * for every row {@code y}, and the names that go with them. Built from a table by
 * {@link #of(Table, String, String...)}, which drops rows with a missing target or feature and
 * counts them in {@link #droppedRows()}. The arrays are shared, not copied: treat them as
 * read-only.
 *
 * @param x the features, one row per example
 * @param y the target value of every row
 * @param featureNames the name of each feature column
 * @param targetName the name of the target column
 * @param droppedRows how many table rows were left out for missing values
 */
public record RegressionDataset(double[][] x, double[] y, List<String> featureNames, String targetName,
                                int droppedRows) {

    /**
     * Checks that the parts fit together.
     *
     * @param x the features
     * @param y the targets
     * @param featureNames the feature names
     * @param targetName the target column's name
     * @param droppedRows rows left out
     */
    public RegressionDataset {
        featureNames = List.copyOf(featureNames);
        if (x.length != y.length) {
            throw new IllegalArgumentException("x has " + x.length + " rows but y has " + y.length + "; they must match.");
        }
        for (double[] row : x) {
            if (row.length != featureNames.size()) {
                throw new IllegalArgumentException("A row of x has " + row.length + " values but there are "
                        + featureNames.size() + " feature names " + featureNames + ".");
            }
        }
    }

    /**
     * Builds a dataset from a table, dropping rows with a missing value in the target or a
     * feature.
     *
     * @param table the table
     * @param target the numeric column to predict, for example {@code "body_mass_g"}
     * @param features the numeric feature columns; none means every numeric column but the target
     * @return the dataset
     * @throws IllegalArgumentException if a column is unknown or not numeric
     */
    public static RegressionDataset of(Table table, String target, String... features) {
        TableColumns.requireNumeric(table, target);
        List<String> names = TableColumns.namesOrAllNumeric(table, target, features);
        return build(table, target, names);
    }

    /**
     * Builds a dataset from another table (say, the test half of a split) with this
     * dataset's target and features.
     *
     * @param table a table with the same columns
     * @return the dataset
     */
    public RegressionDataset matching(Table table) {
        TableColumns.requireNumeric(table, targetName);
        return build(table, targetName, featureNames);
    }

    /**
     * The examples at the given positions.
     *
     * @param rows positions between 0 and {@code size() - 1}
     * @return a dataset with those rows and no dropped rows
     */
    public RegressionDataset rows(int[] rows) {
        double[][] xs = new double[rows.length][];
        double[] ys = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            xs[i] = x[rows[i]];
            ys[i] = y[rows[i]];
        }
        return new RegressionDataset(xs, ys, featureNames, targetName, 0);
    }

    /**
     * The same targets and names with new feature values, for example standardised ones.
     *
     * @param newX the new features
     * @return the new dataset
     */
    public RegressionDataset withX(double[][] newX) {
        return new RegressionDataset(newX, y, featureNames, targetName, droppedRows);
    }

    /**
     * How many examples there are.
     *
     * @return the number of rows
     */
    public int size() {
        return y.length;
    }

    /**
     * How many features each example has.
     *
     * @return the number of feature columns
     */
    public int numFeatures() {
        return featureNames.size();
    }

    @Override
    public String toString() {
        return "RegressionDataset[" + size() + " rows, " + numFeatures() + " features " + featureNames
                + ", target '" + targetName + "', " + droppedRows + " rows dropped for missing values]";
    }

    private static RegressionDataset build(Table table, String target, List<String> names) {
        names.forEach(name -> TableColumns.requireNumeric(table, name));
        List<String> used = new ArrayList<>(names);
        used.add(target);
        int[] rows = Features.completeRows(table, used);
        if (rows.length == 0) {
            throw new IllegalArgumentException("No row of table '" + table.name() + "' has values in all of " + used + ".");
        }
        double[][] x = Features.matrix(table, names, rows);
        double[] y = column(table, target, rows);
        return new RegressionDataset(x, y, names, target, table.rowCount() - rows.length);
    }

    private static double[] column(Table table, String name, int[] rows) {
        double[][] values = Features.matrix(table, List.of(name), rows);
        double[] y = new double[values.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = values[i][0];
        }
        return y;
    }
}
