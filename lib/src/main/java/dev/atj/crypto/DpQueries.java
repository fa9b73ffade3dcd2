package dev.atj.crypto;

import java.math.BigDecimal;
import java.math.MathContext;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.IntStream;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.numbers.NumberColumnFormatter;
import tech.tablesaw.columns.Column;

/**
 * Differentially private counts, sums and means of a table column, charged to a
 * {@link PrivacyBudget}. Each value is first clamped to {@code [lower, upper]}, so one
 * person can change a sum by at most {@code max(|lower|, |upper|)}: the sensitivity comes
 * from the bounds, never from the data. Choose the bounds from domain knowledge (ages 0 to
 * 100), not from the data, or the bounds themselves leak.
 *
 * <p>Neighbouring tables differ by adding or removing one row. A count has sensitivity 1.
 * A mean is computed as a noisy sum of {@code value - midpoint} over a noisy count, each
 * with half the ε, then clamped to the bounds. Missing values are skipped.
 * Noise comes from {@link SecureRandom}; {@link #seeded(long)} is for teaching only.
 *
 * <pre>{@code
 * Table titanic = Datasets.load("titanic");
 * DpQueries dp = new DpQueries(new PrivacyBudget(1.0));
 * dp.count(titanic, 0.2);                   // about 1309
 * dp.mean(titanic, "age", 0, 100, 0.5);     // about 29.9
 * dp.budget().remainingEpsilon();           // 0.3
 * }</pre>
 */
public final class DpQueries {
    private final PrivacyBudget budget;
    private final Random random;

    /**
     * Queries charged to {@code budget}, with {@link SecureRandom} noise.
     *
     * @param budget the accountant every query is charged to
     */
    public DpQueries(PrivacyBudget budget) {
        this(budget, new SecureRandom());
    }

    private DpQueries(PrivacyBudget budget, Random random) {
        if (budget == null) {
            throw new IllegalArgumentException("Give a PrivacyBudget, for example new PrivacyBudget(1.0).");
        }
        this.budget = budget;
        this.random = random;
    }

    /**
     * The same budget with seeded, repeatable noise: FOR TEACHING ONLY (whoever knows the
     * seed can remove the noise).
     *
     * @param seed the seed
     * @return queries with repeatable noise, charged to the same budget
     */
    public DpQueries seeded(long seed) {
        return new DpQueries(budget, new Random(seed));
    }

    /**
     * The budget the queries are charged to.
     *
     * @return the budget
     */
    public PrivacyBudget budget() {
        return budget;
    }

    /**
     * The number of rows, with Laplace noise (sensitivity 1).
     *
     * @param table the data
     * @param epsilon the ε to spend
     * @return the noisy count
     * @throws PrivacyBudgetExceededException if the budget has less than ε left
     */
    public double count(Table table, double epsilon) {
        budget.spend("count of " + table.name(), epsilon);
        return LaplaceMechanism.of(1, epsilon, random).release(table.rowCount());
    }

    /**
     * The sum of a column with values clamped to {@code [lower, upper]}, with Laplace noise
     * of sensitivity {@code max(|lower|, |upper|)}.
     *
     * @param table the data
     * @param column a numeric column
     * @param lower the smallest value counted as is
     * @param upper the largest value counted as is
     * @param epsilon the ε to spend
     * @return the noisy sum
     * @throws PrivacyBudgetExceededException if the budget has less than ε left
     */
    public double sum(Table table, String column, double lower, double upper, double epsilon) {
        double[] values = clamped(table, column, lower, upper);
        budget.spend("sum of " + column + range(lower, upper), epsilon);
        return LaplaceMechanism.of(sumSensitivity(lower, upper), epsilon, random).release(Arrays.stream(values).sum());
    }

    /**
     * The mean of a column with values clamped to {@code [lower, upper]}: a noisy sum over a
     * noisy count, each with ε / 2, clamped to the bounds.
     *
     * @param table the data
     * @param column a numeric column
     * @param lower the smallest value counted as is
     * @param upper the largest value counted as is
     * @param epsilon the ε to spend in all
     * @return the noisy mean, within {@code [lower, upper]}
     * @throws PrivacyBudgetExceededException if the budget has less than ε left
     */
    public double mean(Table table, String column, double lower, double upper, double epsilon) {
        double[] values = clamped(table, column, lower, upper);
        budget.spend("mean of " + column + range(lower, upper), epsilon);
        return laplaceMean(values, lower, upper, epsilon, random);
    }

    /**
     * The clamped sum of a column with Gaussian noise, charged (ε, δ).
     *
     * @param table the data
     * @param column a numeric column
     * @param lower the smallest value counted as is
     * @param upper the largest value counted as is
     * @param epsilon the ε to spend, below 1
     * @param delta the δ to spend
     * @return the noisy sum
     * @throws PrivacyBudgetExceededException if the budget has less than ε or δ left
     */
    public double gaussianSum(Table table, String column, double lower, double upper, double epsilon, double delta) {
        double[] values = clamped(table, column, lower, upper);
        GaussianMechanism mechanism = GaussianMechanism.of(sumSensitivity(lower, upper), epsilon, delta, random);
        budget.spend("Gaussian sum of " + column + range(lower, upper), epsilon, delta);
        return mechanism.release(Arrays.stream(values).sum());
    }

    /**
     * The clamped mean of a column with Gaussian noise on its sum and count (each with
     * ε / 2 and δ / 2), charged (ε, δ).
     *
     * @param table the data
     * @param column a numeric column
     * @param lower the smallest value counted as is
     * @param upper the largest value counted as is
     * @param epsilon the ε to spend in all, below 2
     * @param delta the δ to spend in all
     * @return the noisy mean, within {@code [lower, upper]}
     * @throws PrivacyBudgetExceededException if the budget has less than ε or δ left
     */
    public double gaussianMean(Table table, String column, double lower, double upper, double epsilon, double delta) {
        double[] values = clamped(table, column, lower, upper);
        double midpoint = (lower + upper) / 2;
        GaussianMechanism sumNoise = GaussianMechanism.of(halfWidth(lower, upper), epsilon / 2, delta / 2, random);
        GaussianMechanism countNoise = GaussianMechanism.of(1, epsilon / 2, delta / 2, random);
        budget.spend("Gaussian mean of " + column + range(lower, upper), epsilon, delta);
        double centredSum = Arrays.stream(values).map(v -> v - midpoint).sum();
        return meanFrom(sumNoise.release(centredSum), countNoise.release(values.length), lower, upper);
    }

    /**
     * How far the Laplace {@link #mean} lands from the true mean at several ε: for each ε,
     * {@code runs} seeded releases and their mean and largest absolute error. This is a
     * simulation for learning (it looks at the true mean, and spends no budget); chart it
     * with {@code Plot.line(table, "epsilon", "mean_absolute_error")}.
     *
     * <pre>{@code
     * Table accuracy = DpQueries.meanAccuracy(Datasets.load("titanic"), "age", 0, 100,
     *         new double[] {0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1}, 200, 42);
     * }</pre>
     *
     * @param table the data
     * @param column a numeric column
     * @param lower the lower clamping bound
     * @param upper the upper clamping bound
     * @param epsilons the ε values to try, each above 0
     * @param runs releases per ε, 1 or more
     * @param seed the seed for the noise
     * @return a table with columns {@code epsilon}, {@code mean_absolute_error},
     *     {@code max_absolute_error}, one row per ε
     */
    public static Table meanAccuracy(Table table, String column, double lower, double upper,
                                     double[] epsilons, int runs, long seed) {
        if (runs < 1) {
            throw new IllegalArgumentException("Use at least 1 run per ε, got " + runs);
        }
        double[] values = clamped(table, column, lower, upper);
        double truth = Arrays.stream(values(table, column)).average().orElse(Double.NaN);
        Random random = new Random(seed);
        DoubleColumn epsilon = DoubleColumn.create("epsilon");
        DoubleColumn meanError = DoubleColumn.create("mean_absolute_error");
        DoubleColumn maxError = DoubleColumn.create("max_absolute_error");
        for (double e : epsilons) {
            double total = 0;
            double worst = 0;
            for (int run = 0; run < runs; run++) {
                double error = Math.abs(laplaceMean(values, lower, upper, e, random) - truth);
                total += error;
                worst = Math.max(worst, error);
            }
            epsilon.append(e);
            meanError.append(total / runs);
            maxError.append(worst);
        }
        meanError.setPrintFormatter(NumberColumnFormatter.fixedWithGrouping(3));
        maxError.setPrintFormatter(NumberColumnFormatter.fixedWithGrouping(3));
        return Table.create("Accuracy of the DP mean of " + column, epsilon, meanError, maxError);
    }

    private static double laplaceMean(double[] values, double lower, double upper, double epsilon, Random random) {
        double midpoint = (lower + upper) / 2;
        double centredSum = Arrays.stream(values).map(v -> v - midpoint).sum();
        double noisySum = LaplaceMechanism.of(halfWidth(lower, upper), epsilon / 2, random).release(centredSum);
        double noisyCount = LaplaceMechanism.of(1, epsilon / 2, random).release(values.length);
        return meanFrom(noisySum, noisyCount, lower, upper);
    }

    private static double meanFrom(double noisyCentredSum, double noisyCount, double lower, double upper) {
        double mean = (lower + upper) / 2 + noisyCentredSum / Math.max(1, noisyCount);
        return Math.max(lower, Math.min(upper, mean));
    }

    private static String range(double lower, double upper) {
        return " in [" + plain(lower) + ", " + plain(upper) + "]";
    }

    private static String plain(double value) {
        return new BigDecimal(value).round(new MathContext(10)).stripTrailingZeros().toPlainString();
    }

    private static double sumSensitivity(double lower, double upper) {
        return Math.max(Math.max(Math.abs(lower), Math.abs(upper)), Double.MIN_NORMAL);
    }

    private static double halfWidth(double lower, double upper) {
        return Math.max((upper - lower) / 2, Double.MIN_NORMAL);
    }

    private static double[] clamped(Table table, String column, double lower, double upper) {
        if (!(Double.isFinite(lower) && Double.isFinite(upper) && lower < upper)) {
            throw new IllegalArgumentException("The bounds must be finite with lower < upper, got [" + lower + ", "
                    + upper + "]. Pick them from what the column can hold (ages 0 to 100), not from the data.");
        }
        return Arrays.stream(values(table, column)).map(v -> Math.max(lower, Math.min(upper, v))).toArray();
    }

    private static double[] values(Table table, String column) {
        if (!table.containsColumn(column)) {
            throw new IllegalArgumentException("No column \"" + column + "\" in " + table.name() + "; its columns are "
                    + table.columnNames());
        }
        Column<?> found = table.column(column);
        if (!(found instanceof NumericColumn<?> numbers)) {
            throw new IllegalArgumentException("Column \"" + column + "\" holds " + found.type().name()
                    + ", not numbers; DP sums and means need a numeric column.");
        }
        return IntStream.range(0, numbers.size())
                .filter(row -> !numbers.isMissing(row))
                .mapToDouble(numbers::getDouble)
                .toArray();
    }
}
