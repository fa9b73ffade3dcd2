package dev.atj.ai;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Data ready for a classifier: a matrix of numeric features {@code x}, the class number of
 * every row {@code y}, and the names that go with them. Build it from a table with
 * {@link #of(Table, String, String...)}, which drops rows with a missing label or feature and
 * counts them in {@link #droppedRows()}. The arrays are shared, not copied: treat them as
 * read-only.
 *
 * <pre>{@code
 * Dataset train = Dataset.of(split.train(), "species");   // all numeric columns as features
 * Dataset test = train.matching(split.test());           // same features and classes
 * }</pre>
 *
 * @param x the features, one row per example
 * @param y the class number of every row, between 0 and {@code classNames.size() - 1}
 * @param featureNames the name of each feature column
 * @param classNames the name of each class number
 * @param labelName the name of the label column
 * @param droppedRows how many table rows were left out for missing values
 */
public record Dataset(double[][] x, int[] y, List<String> featureNames, List<String> classNames,
                      String labelName, int droppedRows) {

    /**
     * Checks that the parts fit together.
     *
     * @param x the features
     * @param y the class numbers
     * @param featureNames the feature names
     * @param classNames the class names
     * @param labelName the label column's name
     * @param droppedRows rows left out
     */
    public Dataset {
        featureNames = List.copyOf(featureNames);
        classNames = List.copyOf(classNames);
        if (x.length != y.length) {
            throw new IllegalArgumentException("x has " + x.length + " rows but y has " + y.length + "; they must match.");
        }
        for (double[] row : x) {
            if (row.length != featureNames.size()) {
                throw new IllegalArgumentException("A row of x has " + row.length + " values but there are "
                        + featureNames.size() + " feature names " + featureNames + ".");
            }
        }
        new LabelEncoding(y, classNames); // checks every class number has a name
    }

    /**
     * Builds a dataset from a table: the label column becomes class numbers (classes sorted,
     * see {@link LabelEncoding}), the feature columns a matrix. Rows with a missing value in
     * any of these columns are dropped.
     *
     * @param table the table
     * @param label the category column to predict, for example {@code "species"}
     * @param features the numeric feature columns; none means every numeric column but the label
     * @return the dataset
     * @throws IllegalArgumentException if a column is unknown, a feature is not numeric, or
     *     the label has fewer than two classes
     */
    public static Dataset of(Table table, String label, String... features) {
        Column<?> labels = TableColumns.require(table, label);
        List<String> names = TableColumns.namesOrAllNumeric(table, label, features);
        names.forEach(name -> TableColumns.requireNumeric(table, name));
        List<String> used = new ArrayList<>(names);
        used.add(label);
        int[] rows = Features.completeRows(table, used);
        Column<?> kept = labels.subset(rows);
        List<String> classes = LabelEncoding.classNames(kept);
        if (classes.size() < 2) {
            throw new IllegalArgumentException("Label column '" + label + "' has " + (classes.isEmpty()
                    ? "no values" : "only one class, '" + classes.get(0) + "',") + " in its " + rows.length
                    + " complete rows; a classifier needs at least two classes to tell apart.");
        }
        return new Dataset(Features.matrix(table, names, rows), LabelEncoding.encode(kept, classes).codes(),
                names, classes, label, table.rowCount() - rows.length);
    }

    /**
     * Builds a dataset from another table (say, the test half of a split) with this
     * dataset's label, features and class numbers, so that class 1 means the same in both.
     * Rows with missing values are dropped.
     *
     * @param table a table with the same columns
     * @return the dataset
     * @throws IllegalArgumentException if a column is missing or a label is a class this
     *     dataset does not have
     */
    public Dataset matching(Table table) {
        Column<?> labels = TableColumns.require(table, labelName);
        featureNames.forEach(name -> TableColumns.requireNumeric(table, name));
        List<String> used = new ArrayList<>(featureNames);
        used.add(labelName);
        int[] rows = Features.completeRows(table, used);
        int[] codes = LabelEncoding.encode(labels.subset(rows), classNames).codes();
        return new Dataset(Features.matrix(table, featureNames, rows), codes, featureNames, classNames,
                labelName, table.rowCount() - rows.length);
    }

    /**
     * The examples at the given positions (used for cross-validation folds).
     *
     * @param rows positions between 0 and {@code size() - 1}
     * @return a dataset with those rows, the same names and no dropped rows
     */
    public Dataset rows(int[] rows) {
        double[][] xs = new double[rows.length][];
        int[] ys = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            xs[i] = x[rows[i]];
            ys[i] = y[rows[i]];
        }
        return new Dataset(xs, ys, featureNames, classNames, labelName, 0);
    }

    /**
     * The same labels and names with new feature values, for example standardised ones.
     *
     * @param newX the new features, same number of rows and columns
     * @return the new dataset
     */
    public Dataset withX(double[][] newX) {
        return new Dataset(newX, y, featureNames, classNames, labelName, droppedRows);
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

    /**
     * How many classes the label has.
     *
     * @return the number of classes
     */
    public int numClasses() {
        return classNames.size();
    }

    /**
     * How many examples each class has, in class order.
     *
     * @return counts per class
     */
    public int[] classCounts() {
        int[] counts = new int[classNames.size()];
        for (int label : y) {
            counts[label]++;
        }
        return counts;
    }

    @Override
    public String toString() {
        return "Dataset[" + size() + " rows, " + numFeatures() + " features " + featureNames + ", label '" + labelName
                + "' with classes " + classNames + " (counts " + Arrays.toString(classCounts()) + "), "
                + droppedRows + " rows dropped for missing values]";
    }
}
