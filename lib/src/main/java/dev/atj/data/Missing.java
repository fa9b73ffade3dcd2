package dev.atj.data;

import java.util.List;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;
import tech.tablesaw.selection.Selection;

/**
 * Finding and dealing with missing values. Every method returns a new table and leaves the
 * one it was given unchanged.
 *
 * <pre>{@code
 * Missing.report(penguins);                          // which columns have gaps, how many
 * Table complete = Missing.dropRows(penguins);       // rows with no gaps at all
 * Table filled = Missing.fillMean(penguins, "body_mass_g", "flipper_length_mm");
 * }</pre>
 *
 * A whole-number column filled with a value that is not whole (a mean, say) becomes a
 * {@code DoubleColumn} of the same name, as in pandas.
 */
public final class Missing {
    private Missing() {
    }

    /**
     * How many values each column is missing.
     *
     * @param table the table
     * @return one row per column: {@code column}, {@code type}, {@code missing} and
     *     {@code percent} (0 to 100)
     */
    public static Table report(Table table) {
        StringColumn names = StringColumn.create("column");
        StringColumn types = StringColumn.create("type");
        IntColumn missing = IntColumn.create("missing");
        DoubleColumn percent = DoubleColumn.create("percent");
        for (Column<?> column : table.columns()) {
            names.append(column.name());
            types.append(column.type().name());
            missing.append(column.countMissing());
            percent.append(column.isEmpty() ? 0 : 100.0 * column.countMissing() / column.size());
        }
        return Table.create(Describe.name(table, "missing values"), names, types, missing, percent);
    }

    /**
     * Drops the rows missing a value in any of the given columns, or in any column at all when
     * none are given.
     *
     * @param table the table
     * @param columns the columns to check; none means all
     * @return the rows kept
     */
    public static Table dropRows(Table table, String... columns) {
        if (columns.length == 0) {
            return table.dropRowsWithMissingValues();
        }
        Columns.requireAll(table, List.of(columns));
        Selection missing = Selection.with();
        for (String name : columns) {
            missing = missing.or(table.column(name).isMissing());
        }
        return table.dropWhere(missing);
    }

    /**
     * Puts {@code value} in every missing cell of a numeric column.
     *
     * @param table the table
     * @param column a numeric column
     * @param value the value to fill in
     * @return a copy with the column filled
     */
    public static Table fill(Table table, String column, double value) {
        NumericColumn<?> numeric = Columns.numeric(table, column, "Missing.fill with a number");
        Table copy = table.copy();
        copy.replaceColumn(column, filled(numeric, value));
        return copy;
    }

    /**
     * Puts {@code value} in every missing cell of a text column, for example {@code "unknown"}.
     *
     * @param table the table
     * @param column a text column
     * @param value the text to fill in
     * @return a copy with the column filled
     */
    public static Table fill(Table table, String column, String value) {
        Column<?> found = Columns.require(table, column);
        if (!(found instanceof StringColumn text)) {
            throw new IllegalArgumentException("Column '" + column + "' holds " + found.type().name()
                    + " values; fill it with a number: Missing.fill(table, \"" + column + "\", 0).");
        }
        Table copy = table.copy();
        copy.replaceColumn(column, text.copy().setMissingTo(value));
        return copy;
    }

    /**
     * Fills the missing cells of each given numeric column with the mean of its present values.
     *
     * @param table the table
     * @param columns the numeric columns to fill
     * @return a copy with those columns filled
     */
    public static Table fillMean(Table table, String... columns) {
        Table copy = table.copy();
        for (String name : columns) {
            NumericColumn<?> numeric = Columns.numeric(table, name, "Missing.fillMean");
            copy.replaceColumn(name, filled(numeric, numeric.mean()));
        }
        return copy;
    }

    /**
     * Fills the missing cells of each given numeric column with the median of its present
     * values, which outliers move less than the mean.
     *
     * @param table the table
     * @param columns the numeric columns to fill
     * @return a copy with those columns filled
     */
    public static Table fillMedian(Table table, String... columns) {
        Table copy = table.copy();
        for (String name : columns) {
            NumericColumn<?> numeric = Columns.numeric(table, name, "Missing.fillMedian");
            copy.replaceColumn(name, filled(numeric, numeric.median()));
        }
        return copy;
    }

    private static Column<?> filled(NumericColumn<?> column, double value) {
        boolean whole = value == Math.rint(value) && !Double.isInfinite(value);
        if (column instanceof IntColumn ints && whole && Math.abs(value) <= Integer.MAX_VALUE) {
            return ints.copy().setMissingTo((int) value);
        }
        if (column instanceof LongColumn longs && whole) {
            return longs.copy().setMissingTo((long) value);
        }
        DoubleColumn doubles = column instanceof DoubleColumn d ? d.copy() : column.asDoubleColumn();
        return doubles.setName(column.name()).setMissingTo(value);
    }
}
