package dev.atj.viz;

import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/** Pearson correlations between numeric table columns, each pair over the rows where both are present. */
final class Correlation {
    private Correlation() {
    }

    /** The named columns, or every numeric column when none is named. */
    static List<NumericColumn<?>> columns(Table table, String... names) {
        List<NumericColumn<?>> columns = new ArrayList<>();
        if (names == null || names.length == 0) {
            for (Column<?> column : table.columns()) {
                if (column instanceof NumericColumn<?> numbers) {
                    columns.add(numbers);
                }
            }
        } else {
            for (String name : names) {
                columns.add(Columns.numeric(table, name, "correlation"));
            }
        }
        if (columns.size() < 2) {
            throw new IllegalArgumentException("A correlation matrix needs at least 2 numeric columns, but "
                    + Columns.describe(table) + " gives " + columns.size() + "; its columns are " + table.columnNames());
        }
        return columns;
    }

    /** The matrix {@code r[i][j]} of Pearson correlations between columns i and j. */
    static double[][] matrix(List<NumericColumn<?>> columns) {
        int n = columns.size();
        double[][] r = new double[n][n];
        for (int i = 0; i < n; i++) {
            r[i][i] = 1;
            for (int j = 0; j < i; j++) {
                r[i][j] = pearson(columns.get(i), columns.get(j));
                r[j][i] = r[i][j];
            }
        }
        return r;
    }

    static double pearson(NumericColumn<?> a, NumericColumn<?> b) {
        double sumA = 0;
        double sumB = 0;
        int n = 0;
        for (int row = 0; row < a.size(); row++) {
            if (!a.isMissing(row) && !b.isMissing(row)) {
                sumA += a.getDouble(row);
                sumB += b.getDouble(row);
                n++;
            }
        }
        if (n < 2) {
            throw new IllegalArgumentException("Columns '" + a.name() + "' and '" + b.name() + "' have " + n
                    + " rows where both are present; a correlation needs at least 2");
        }
        double meanA = sumA / n;
        double meanB = sumB / n;
        double cov = 0;
        double varA = 0;
        double varB = 0;
        for (int row = 0; row < a.size(); row++) {
            if (!a.isMissing(row) && !b.isMissing(row)) {
                double da = a.getDouble(row) - meanA;
                double db = b.getDouble(row) - meanB;
                cov += da * db;
                varA += da * da;
                varB += db * db;
            }
        }
        if (varA == 0 || varB == 0) {
            String constant = varA == 0 ? a.name() : b.name();
            throw new IllegalArgumentException("Column '" + constant + "' has the same value in every row it shares with '"
                    + (varA == 0 ? b.name() : a.name()) + "', so their correlation is undefined; leave it out");
        }
        return cov / Math.sqrt(varA * varB);
    }
}
