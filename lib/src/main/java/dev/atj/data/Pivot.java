package dev.atj.data;

import tech.tablesaw.api.CategoricalColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Pivot tables: one row per value of one column, one column per value of another, and in
 * each cell an aggregate of a third, over Tablesaw's {@code pivot}.
 *
 * <pre>{@code
 * Pivot.of(penguins, "species", "island", "body_mass_g", Agg.MEAN);
 * //  species   | Biscoe | Dream | Torgersen     (an empty cell: no penguins of that kind there)
 * Pivot.counts(titanic, "pclass", "survived");
 * }</pre>
 */
public final class Pivot {
    private Pivot() {
    }

    /**
     * Pivots {@code table}: rows by {@code rows}, columns by {@code columns}, cells the
     * {@code agg} of {@code values}. Rows are sorted; the new columns are named by the values of
     * {@code columns}, sorted. A combination that never occurs is a missing cell.
     *
     * @param table the table
     * @param rows the column whose values become rows (text, whole numbers or dates)
     * @param columns the column whose values become columns (text, whole numbers or dates)
     * @param values the numeric column summarised in the cells
     * @param agg how to summarise it
     * @return the pivot table
     */
    public static Table of(Table table, String rows, String columns, String values, Agg agg) {
        categorical(table, rows);
        categorical(table, columns);
        Columns.numeric(table, values, "Pivot.of's values");
        return table.pivot(rows, columns, values, agg.function()).sortAscendingOn(rows)
                .setName(Describe.name(table, agg.label() + " of " + values + " by " + rows + " and " + columns));
    }

    /**
     * Counts rows for each combination of two columns (a cross tabulation), with totals: a
     * last column {@code total} and a last row {@code Total}.
     *
     * @param table the table
     * @param rows the column whose values become rows
     * @param columns the column whose values become columns
     * @return the counts
     */
    public static Table counts(Table table, String rows, String columns) {
        categorical(table, rows);
        categorical(table, columns);
        return table.xTabCounts(rows, columns)
                .setName(Describe.name(table, "counts by " + rows + " and " + columns));
    }

    private static void categorical(Table table, String name) {
        Column<?> column = Columns.require(table, name);
        if (!(column instanceof CategoricalColumn<?>)) {
            throw new IllegalArgumentException("Column '" + name + "' holds " + column.type().name()
                    + " values, which cannot label rows or columns; use a text, whole-number or date column.");
        }
    }
}
