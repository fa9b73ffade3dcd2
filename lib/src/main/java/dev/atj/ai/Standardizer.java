package dev.atj.ai;

import java.util.Arrays;
import java.util.List;
import smile.math.MathEx;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;

/**
 * Rescales features to mean 0 and standard deviation 1, which distance- and gradient-based
 * models (kNN, SVM, logistic regression, k-means, PCA) need when features have different
 * units. Fit it on the training data only, then apply the same {@link #mean()} and
 * {@link #std()} to the test data, so that nothing about the test set leaks into training.
 * The standard deviation is the sample one (divided by n - 1); a constant feature is only
 * centred.
 *
 * <pre>{@code
 * Standardizer scale = Standardizer.fit(train);
 * Dataset trainZ = scale.transform(train);
 * Dataset testZ = scale.transform(test);
 * }</pre>
 */
public final class Standardizer {
    private final List<String> columns;
    private final double[] mean;
    private final double[] std;

    private Standardizer(List<String> columns, double[] mean, double[] std) {
        this.columns = List.copyOf(columns);
        this.mean = mean;
        this.std = std;
        for (int j = 0; j < std.length; j++) {
            if (!(std[j] > 0)) {
                this.std[j] = 1;
            }
        }
    }

    /**
     * Learns each column's mean and standard deviation from a matrix.
     *
     * @param x the training features, at least two rows
     * @return the fitted standardizer; it has no column names, so it cannot transform tables
     */
    public static Standardizer fit(double[][] x) {
        if (x.length < 2) {
            throw new IllegalArgumentException("Standardising needs at least two rows to measure spread; got " + x.length + ".");
        }
        return new Standardizer(List.of(), MathEx.colMeans(x), MathEx.colSds(x));
    }

    /**
     * Learns each feature's mean and standard deviation from a classification dataset.
     *
     * @param data the training data
     * @return the fitted standardizer, which knows the feature names
     */
    public static Standardizer fit(Dataset data) {
        Standardizer fitted = fit(data.x());
        return new Standardizer(data.featureNames(), fitted.mean, fitted.std);
    }

    /**
     * Learns each feature's mean and standard deviation from a regression dataset.
     *
     * @param data the training data
     * @return the fitted standardizer, which knows the feature names
     */
    public static Standardizer fit(RegressionDataset data) {
        Standardizer fitted = fit(data.x());
        return new Standardizer(data.featureNames(), fitted.mean, fitted.std);
    }

    /**
     * Learns the mean and standard deviation of numeric table columns, skipping missing values.
     *
     * @param table the training table
     * @param columns the numeric columns to rescale
     * @return the fitted standardizer
     */
    public static Standardizer fit(Table table, String... columns) {
        if (columns.length == 0) {
            throw new IllegalArgumentException("Name the columns to standardise; the numeric ones are "
                    + TableColumns.numericNames(table) + ".");
        }
        double[] mean = new double[columns.length];
        double[] std = new double[columns.length];
        for (int j = 0; j < columns.length; j++) {
            NumericColumn<?> column = TableColumns.requireNumeric(table, columns[j]);
            double[] values = java.util.stream.IntStream.range(0, column.size())
                    .filter(row -> !column.isMissing(row)).mapToDouble(column::getDouble).toArray();
            if (values.length < 2) {
                throw new IllegalArgumentException("Column '" + columns[j] + "' has " + values.length
                        + " values; standardising needs at least two.");
            }
            mean[j] = MathEx.mean(values);
            std[j] = MathEx.sd(values);
        }
        return new Standardizer(List.of(columns), mean, std);
    }

    /**
     * Rescales one example.
     *
     * @param row one example's features, in the order fitted
     * @return the rescaled copy
     */
    public double[] transform(double[] row) {
        if (row.length != mean.length) {
            throw new IllegalArgumentException("This standardizer was fitted on " + mean.length
                    + " features but the row has " + row.length + ".");
        }
        double[] z = new double[row.length];
        for (int j = 0; j < row.length; j++) {
            z[j] = (row[j] - mean[j]) / std[j];
        }
        return z;
    }

    /**
     * Rescales a matrix of examples.
     *
     * @param x features, one example per row
     * @return the rescaled copy
     */
    public double[][] transform(double[][] x) {
        return Arrays.stream(x).map(this::transform).toArray(double[][]::new);
    }

    /**
     * Rescales a dataset's features.
     *
     * @param data the data, for example the test set
     * @return a dataset with rescaled features and the same labels
     */
    public Dataset transform(Dataset data) {
        checkNames(data.featureNames());
        return data.withX(transform(data.x()));
    }

    /**
     * Rescales a regression dataset's features.
     *
     * @param data the data
     * @return a dataset with rescaled features and the same targets
     */
    public RegressionDataset transform(RegressionDataset data) {
        checkNames(data.featureNames());
        return data.withX(transform(data.x()));
    }

    /**
     * A copy of a table with the fitted columns rescaled (as double columns); missing values
     * stay missing and other columns are kept as they are.
     *
     * @param table a table with the fitted columns
     * @return the rescaled copy
     */
    public Table transform(Table table) {
        if (columns.isEmpty()) {
            throw new IllegalStateException("This standardizer was fitted on a bare matrix and does not know column "
                    + "names; fit it on a Table, Dataset or RegressionDataset to transform tables.");
        }
        Table result = table.copy();
        for (int j = 0; j < columns.size(); j++) {
            NumericColumn<?> column = TableColumns.requireNumeric(result, columns.get(j));
            DoubleColumn scaled = DoubleColumn.create(column.name(), column.size());
            for (int row = 0; row < column.size(); row++) {
                if (column.isMissing(row)) {
                    scaled.setMissing(row);
                } else {
                    scaled.set(row, (column.getDouble(row) - mean[j]) / std[j]);
                }
            }
            result.replaceColumn(column.name(), scaled);
        }
        return result;
    }

    /**
     * The mean of each feature in the training data.
     *
     * @return a copy of the means
     */
    public double[] mean() {
        return mean.clone();
    }

    /**
     * The standard deviation of each feature in the training data (1 for a constant feature).
     *
     * @return a copy of the standard deviations
     */
    public double[] std() {
        return std.clone();
    }

    /**
     * The names of the fitted columns, empty when fitted on a bare matrix.
     *
     * @return the column names
     */
    public List<String> columns() {
        return columns;
    }

    @Override
    public String toString() {
        return "Standardizer[columns " + columns + ", mean " + Arrays.toString(mean) + ", std " + Arrays.toString(std) + "]";
    }

    private void checkNames(List<String> names) {
        if (!columns.isEmpty() && !columns.equals(names)) {
            throw new IllegalArgumentException("This standardizer was fitted on features " + columns
                    + " but the data has " + names + ".");
        }
    }
}
