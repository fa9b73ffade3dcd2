package dev.atj.viz;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.InstantColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/** Finds a table's columns by name and reads their values for a chart, with messages that name the fix. */
final class Columns {
    /** The category shown for rows whose group value is missing. */
    static final String MISSING = "(missing)";

    private Columns() {
    }

    /** The column called {@code name} (any case, as Tablesaw matches names), or an error listing the columns. */
    static Column<?> find(Table table, String name) {
        Objects.requireNonNull(table, "The table is null; pass a Tablesaw Table");
        for (String existing : table.columnNames()) {
            if (existing.equalsIgnoreCase(name)) {
                return table.column(existing);
            }
        }
        throw new IllegalArgumentException(describe(table) + " has no column '" + name
                + "'; its columns are " + table.columnNames());
    }

    /** A numeric column, or an error that lists the numeric columns to choose from. */
    static NumericColumn<?> numeric(Table table, String name, String role) {
        Column<?> column = find(table, name);
        if (column instanceof NumericColumn<?> numbers) {
            return numbers;
        }
        throw new IllegalArgumentException("Column '" + column.name() + "' holds " + column.type().name()
                + " values, but the " + role + " needs numbers; the numeric columns of " + describe(table)
                + " are " + numericNames(table));
    }

    /** A column for an x axis: numbers, dates, date-times or instants. */
    static Column<?> xAxis(Table table, String name) {
        Column<?> column = find(table, name);
        if (column instanceof NumericColumn<?> || isTime(column)) {
            return column;
        }
        throw new IllegalArgumentException("Column '" + column.name() + "' holds " + column.type().name()
                + " values, but the x axis needs numbers or dates; for categories use Plot.bar or Plot.box."
                + " The numeric columns of " + describe(table) + " are " + numericNames(table));
    }

    /** The x value of a row as XChart takes it: a Double, or a Date (UTC midnight for a plain date). */
    static Object xValue(Column<?> column, int row) {
        if (column instanceof NumericColumn<?> numbers) {
            return numbers.getDouble(row);
        }
        if (column instanceof DateColumn dates) {
            return Date.from(dates.get(row).atStartOfDay(ZoneOffset.UTC).toInstant());
        }
        if (column instanceof DateTimeColumn dateTimes) {
            return Date.from(dateTimes.get(row).toInstant(ZoneOffset.UTC));
        }
        return Date.from(((InstantColumn) column).get(row));
    }

    /** A row's category: its value as text, or {@link #MISSING}. */
    static String category(Column<?> column, int row) {
        return column.isMissing(row) ? MISSING : column.getString(row);
    }

    /**
     * The distinct categories of a column, sorted (by value for numbers, else alphabetically),
     * {@link #MISSING} last, so charts do not depend on row order.
     */
    static List<String> categories(Column<?> column) {
        Map<String, Double> sortKeys = new LinkedHashMap<>();
        boolean missing = false;
        for (int row = 0; row < column.size(); row++) {
            if (column.isMissing(row)) {
                missing = true;
            } else {
                double key = column instanceof NumericColumn<?> numbers ? numbers.getDouble(row) : 0;
                sortKeys.putIfAbsent(column.getString(row), key);
            }
        }
        List<String> sorted = new ArrayList<>(sortKeys.keySet());
        if (column instanceof NumericColumn<?>) {
            sorted.sort(Comparator.comparingDouble(sortKeys::get));
        } else {
            sorted.sort(Comparator.naturalOrder());
        }
        if (missing) {
            sorted.add(MISSING);
        }
        return sorted;
    }

    /** "table 'penguins'", or "the table" when it has no name, for messages. */
    static String describe(Table table) {
        return table.name() == null || table.name().isBlank() ? "the table" : "table '" + table.name() + "'";
    }

    private static boolean isTime(Column<?> column) {
        return column instanceof DateColumn || column instanceof DateTimeColumn || column instanceof InstantColumn;
    }

    private static List<String> numericNames(Table table) {
        return table.columns().stream().filter(c -> c instanceof NumericColumn<?>).map(Column::name).toList();
    }
}
