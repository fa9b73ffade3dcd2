package dev.atj.data;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Summary statistics of a table, one row per column, like pandas' {@code describe()} turned on
 * its side (so a table with thirty columns gives thirty readable rows).
 *
 * <pre>{@code
 * Describe.of(penguins);           // numeric columns: count, missing, mean, std, min, 25%, 50%, 75%, max
 * Describe.categorical(penguins);  // text columns: count, missing, unique, top, freq
 * }</pre>
 */
public final class Describe {
    private Describe() {
    }

    /**
     * Statistics of every numeric column: {@code count} (values present), {@code missing},
     * {@code mean}, {@code std} (sample standard deviation, n - 1), {@code min}, the quartiles
     * {@code 25%}, {@code 50%} (the median), {@code 75%}, and {@code max}. Missing values are
     * skipped. Quartiles interpolate linearly between the two nearest values, as pandas and
     * NumPy do by default (Tablesaw's own {@code percentile} uses another rule and can differ on
     * small data).
     *
     * @param table the table
     * @return one row per numeric column, in the table's order
     */
    public static Table of(Table table) {
        StringColumn names = StringColumn.create("column");
        IntColumn count = IntColumn.create("count");
        IntColumn missing = IntColumn.create("missing");
        DoubleColumn mean = DoubleColumn.create("mean");
        DoubleColumn std = DoubleColumn.create("std");
        DoubleColumn min = DoubleColumn.create("min");
        DoubleColumn q1 = DoubleColumn.create("25%");
        DoubleColumn median = DoubleColumn.create("50%");
        DoubleColumn q3 = DoubleColumn.create("75%");
        DoubleColumn max = DoubleColumn.create("max");
        for (NumericColumn<?> column : table.numericColumns()) {
            double[] sorted = column.asDoubleColumn().removeMissing().asDoubleArray();
            Arrays.sort(sorted);
            names.append(column.name());
            count.append(sorted.length);
            missing.append(column.countMissing());
            mean.append(sorted.length == 0 ? Double.NaN : column.mean());
            std.append(sorted.length < 2 ? Double.NaN : column.standardDeviation());
            min.append(quantile(sorted, 0));
            q1.append(quantile(sorted, 0.25));
            median.append(quantile(sorted, 0.5));
            q3.append(quantile(sorted, 0.75));
            max.append(quantile(sorted, 1));
        }
        return Table.create(name(table, "describe"), names, count, missing, mean, std, min, q1, median, q3, max);
    }

    /**
     * Statistics of every text or true/false column: {@code count} (values present),
     * {@code missing}, {@code unique} (distinct values present), {@code top} (the most common
     * value; on a tie, the one that sorts first) and {@code freq} (how often {@code top} occurs).
     *
     * @param table the table
     * @return one row per text or boolean column, in the table's order
     */
    public static Table categorical(Table table) {
        StringColumn names = StringColumn.create("column");
        IntColumn count = IntColumn.create("count");
        IntColumn missing = IntColumn.create("missing");
        IntColumn unique = IntColumn.create("unique");
        StringColumn top = StringColumn.create("top");
        IntColumn freq = IntColumn.create("freq");
        for (Column<?> column : table.columns()) {
            if (!(column instanceof StringColumn || column instanceof BooleanColumn)) {
                continue;
            }
            Map<String, Integer> counts = new TreeMap<>();
            for (int row = 0; row < column.size(); row++) {
                if (!column.isMissing(row)) {
                    counts.merge(column.getString(row), 1, Integer::sum);
                }
            }
            Map.Entry<String, Integer> most = counts.entrySet().stream()
                    .max(Comparator.comparingInt(Map.Entry<String, Integer>::getValue)
                            .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                    .orElse(null);
            names.append(column.name());
            count.append(column.size() - column.countMissing());
            missing.append(column.countMissing());
            unique.append(counts.size());
            top.append(most == null ? "" : most.getKey());
            freq.append(most == null ? 0 : most.getValue());
        }
        return Table.create(name(table, "describe categorical"), names, count, missing, unique, top, freq);
    }

    /** The q-quantile (0 to 1) of sorted values by linear interpolation (NumPy's default). */
    static double quantile(double[] sorted, double q) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        double position = q * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }

    static String name(Table table, String what) {
        return (table.name() == null || table.name().isEmpty() ? "table" : table.name()) + ": " + what;
    }
}
