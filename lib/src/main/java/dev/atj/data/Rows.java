package dev.atj.data;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Objects;
import java.util.Random;
import java.util.stream.IntStream;
import dev.atj.ai.Seeds;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;
import tech.tablesaw.selection.Selection;

/**
 * Picking rows: by value, by range, by whether a value is there, the largest few, a random
 * sample, or without duplicates. Each method returns a new table.
 *
 * <pre>{@code
 * Rows.equal(penguins, "species", "Gentoo");
 * Rows.between(penguins, "body_mass_g", 4000, 5000);
 * Rows.missing(penguins, "sex");
 * Rows.top(penguins, "body_mass_g", 5);
 * }</pre>
 */
public final class Rows {
    private Rows() {
    }

    /**
     * The rows whose value in {@code column} equals {@code value}: a number for a numeric
     * column (so {@code 2008} matches {@code 2008.0}), text for a text column, a
     * {@code LocalDate} or {@code "2014-05-31"} for a date column, {@code true}/{@code false}
     * for a boolean column.
     *
     * @param table the table
     * @param column the column to compare
     * @param value the value to keep
     * @return the matching rows
     */
    public static Table equal(Table table, String column, Object value) {
        Column<?> found = Columns.require(table, column);
        Object wanted = comparable(found, value);
        Selection matches = Selection.with();
        for (int row = 0; row < found.size(); row++) {
            if (!found.isMissing(row) && Objects.equals(comparable(found, found.get(row)), wanted)) {
                matches.add(row);
            }
        }
        return table.where(matches);
    }

    /**
     * The rows whose value in a numeric column lies between {@code low} and {@code high},
     * both included.
     *
     * @param table the table
     * @param column a numeric column
     * @param low the smallest value kept
     * @param high the largest value kept
     * @return the matching rows
     */
    public static Table between(Table table, String column, double low, double high) {
        return table.where(Columns.numeric(table, column, "Rows.between").isBetweenInclusive(low, high));
    }

    /**
     * The rows whose date lies between {@code from} and {@code to}, both included.
     *
     * @param table the table
     * @param column a date column
     * @param from the first day kept
     * @param to the last day kept
     * @return the matching rows
     */
    public static Table between(Table table, String column, LocalDate from, LocalDate to) {
        return table.where(dates(table, column).isBetweenIncluding(from, to));
    }

    /**
     * The rows missing a value in {@code column}.
     *
     * @param table the table
     * @param column the column to check
     * @return the rows with a gap there
     */
    public static Table missing(Table table, String column) {
        return table.where(Columns.require(table, column).isMissing());
    }

    /**
     * The rows that have a value in {@code column}.
     *
     * @param table the table
     * @param column the column to check
     * @return the rows without a gap there
     */
    public static Table notMissing(Table table, String column) {
        return table.where(Columns.require(table, column).isNotMissing());
    }

    /**
     * The {@code n} rows with the largest values in {@code column}, largest first; rows
     * missing that value are left out.
     *
     * @param table the table
     * @param column the column to rank by
     * @param n how many rows to keep
     * @return at most {@code n} rows
     */
    public static Table top(Table table, String column, int n) {
        return notMissing(table, column).sortDescendingOn(column).first(n);
    }

    /**
     * The {@code n} rows with the smallest values in {@code column}, smallest first; rows
     * missing that value are left out.
     *
     * @param table the table
     * @param column the column to rank by
     * @param n how many rows to keep
     * @return at most {@code n} rows
     */
    public static Table bottom(Table table, String column, int n) {
        return notMissing(table, column).sortAscendingOn(column).first(n);
    }

    /**
     * {@code n} rows picked at random without replacement, kept in their original order. The
     * pick comes from {@link Seeds#random(String)}, so it is the same on every run with the
     * same seed (Tablesaw's own {@code sampleN} is not seeded).
     *
     * @param table the table
     * @param n how many rows to pick; all of them if the table is smaller
     * @return the sample
     */
    public static Table sample(Table table, int n) {
        int[] order = IntStream.range(0, table.rowCount()).toArray();
        Random random = Seeds.random("Rows.sample");
        int keep = Math.min(Math.max(n, 0), order.length);
        for (int i = 0; i < keep; i++) {
            int j = i + random.nextInt(order.length - i);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        int[] picked = Arrays.copyOf(order, keep);
        Arrays.sort(picked);
        return table.rows(picked);
    }

    /**
     * The table without repeated rows: of rows equal in every column, the first is kept.
     *
     * @param table the table
     * @return the distinct rows
     */
    public static Table dropDuplicates(Table table) {
        return table.dropDuplicateRows();
    }

    private static DateColumn dates(Table table, String column) {
        Column<?> found = Columns.require(table, column);
        if (!(found instanceof DateColumn dates)) {
            throw new IllegalArgumentException("Column '" + column + "' holds " + found.type().name()
                    + " values, not dates; use Rows.between(table, column, low, high) with numbers.");
        }
        return dates;
    }

    /** The value in a form that compares as the user expects for this column's type. */
    private static Object comparable(Column<?> column, Object value) {
        if (value == null) {
            throw new IllegalArgumentException("To find rows missing a value in '" + column.name()
                    + "', use Rows.missing(table, \"" + column.name() + "\").");
        }
        if (column instanceof NumericColumn<?>) {
            if (value instanceof Number number) {
                return number.doubleValue();
            }
        } else if (column instanceof StringColumn) {
            return value.toString();
        } else if (column instanceof DateColumn) {
            if (value instanceof LocalDate) {
                return value;
            }
            if (value instanceof String text) {
                try {
                    return LocalDate.parse(text);
                } catch (DateTimeParseException e) {
                    throw new IllegalArgumentException("'" + text + "' is not a date like 2014-05-31.", e);
                }
            }
        } else if (column instanceof BooleanColumn) {
            if (value instanceof Boolean) {
                return value;
            }
        } else {
            return value;
        }
        String wanted = column instanceof NumericColumn<?> ? "a number"
                : column instanceof DateColumn ? "a LocalDate or a date like \"2014-05-31\""
                : "true or false";
        throw new IllegalArgumentException("Column '" + column.name() + "' holds " + column.type().name()
                + " values; compare it with " + wanted + ", not with the " + value.getClass().getSimpleName()
                + " " + (value instanceof String ? "\"" + value + "\"" : value) + ".");
    }
}
