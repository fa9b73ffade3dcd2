package dev.atj.ai;

import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Turns numeric columns of a table into the matrix of numbers (one row per table row, one
 * column per feature) that models read.
 *
 * <pre>{@code
 * double[][] x = Features.matrix(iris, "petal_length", "petal_width");
 * }</pre>
 */
public final class Features {
    private Features() {
    }

    /**
     * The values of the named numeric columns, row by row.
     *
     * @param table the table
     * @param columns the numeric columns, in the order wanted
     * @return a matrix with {@code table.rowCount()} rows and {@code columns.length} columns
     * @throws IllegalArgumentException if a column is missing, is not numeric or has missing values
     */
    public static double[][] matrix(Table table, String... columns) {
        if (columns.length == 0) {
            throw new IllegalArgumentException("Name at least one column; the numeric ones are "
                    + TableColumns.numericNames(table) + ".");
        }
        for (String name : columns) {
            int missing = TableColumns.requireNumeric(table, name).countMissing();
            if (missing > 0) {
                throw new IllegalArgumentException("Column '" + name + "' has " + missing + " missing values. "
                        + "Drop those rows first, or use Dataset.of, which drops them for you.");
            }
        }
        return matrix(table, List.of(columns), allRows(table.rowCount()));
    }

    /** The named numeric columns at the given rows (checked by the caller). */
    static double[][] matrix(Table table, List<String> columns, int[] rows) {
        List<NumericColumn<?>> numeric = new ArrayList<>();
        for (String name : columns) {
            numeric.add(TableColumns.requireNumeric(table, name));
        }
        double[][] x = new double[rows.length][columns.size()];
        for (int j = 0; j < numeric.size(); j++) {
            NumericColumn<?> column = numeric.get(j);
            for (int i = 0; i < rows.length; i++) {
                x[i][j] = column.getDouble(rows[i]);
            }
        }
        return x;
    }

    /** The rows where none of the named columns is missing. */
    static int[] completeRows(Table table, List<String> columns) {
        List<Column<?>> checked = new ArrayList<>();
        for (String name : columns) {
            checked.add(TableColumns.require(table, name));
        }
        return java.util.stream.IntStream.range(0, table.rowCount())
                .filter(row -> checked.stream().noneMatch(column -> column.isMissing(row)))
                .toArray();
    }

    static int[] allRows(int count) {
        return java.util.stream.IntStream.range(0, count).toArray();
    }
}
