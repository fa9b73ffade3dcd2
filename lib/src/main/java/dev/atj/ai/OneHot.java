package dev.atj.ai;

import java.util.List;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * One-hot encoding: a category column becomes one 0/1 column per category, named
 * {@code column=category}, so that models that only read numbers can use it. A row with a
 * missing category gets missing values in all the new columns (so {@link Dataset#of} drops it).
 *
 * <pre>{@code
 * Table encoded = OneHot.encode(penguins, "island");
 * // island is replaced by island=Biscoe, island=Dream, island=Torgersen
 * Table dummies = OneHot.dummies(penguins, "island");
 * // island is replaced by island=Dream, island=Torgersen (Biscoe is the baseline)
 * }</pre>
 */
public final class OneHot {
    private OneHot() {
    }

    /**
     * A copy of the table where each named column is replaced, at the same place, by one 0/1
     * integer column per category (categories sorted).
     *
     * @param table the table; it is not changed
     * @param columns the category columns to encode
     * @return the encoded copy
     * @throws IllegalArgumentException if a column does not exist
     */
    public static Table encode(Table table, String... columns) {
        return encode(table, false, columns);
    }

    /**
     * Like {@link #encode}, but leaves out the first category of each column (its rows are
     * 0 in every new column). Linear regression needs this: with one column per category the
     * columns always add up to 1, the same as the intercept, and the fit has no single answer.
     *
     * @param table the table; it is not changed
     * @param columns the category columns to encode
     * @return the encoded copy
     * @throws IllegalArgumentException if a column does not exist
     */
    public static Table dummies(Table table, String... columns) {
        return encode(table, true, columns);
    }

    private static Table encode(Table table, boolean dropFirst, String... columns) {
        if (columns.length == 0) {
            throw new IllegalArgumentException("Name at least one category column to encode; the table's columns are "
                    + table.columnNames() + ".");
        }
        Table result = table.copy();
        for (String name : columns) {
            Column<?> column = TableColumns.require(result, name);
            int position = result.columnIndex(column);
            result.removeColumns(column);
            List<String> categories = LabelEncoding.classNames(column);
            int first = dropFirst ? 1 : 0;
            for (int c = categories.size() - 1; c >= first; c--) {
                result.insertColumn(position, indicator(column, categories.get(c)));
            }
        }
        return result;
    }

    private static IntColumn indicator(Column<?> column, String category) {
        IntColumn indicator = IntColumn.create(column.name() + "=" + category, column.size());
        for (int row = 0; row < column.size(); row++) {
            if (column.isMissing(row)) {
                indicator.setMissing(row);
            } else {
                indicator.set(row, category.equals(LabelEncoding.text(column, row)) ? 1 : 0);
            }
        }
        return indicator;
    }
}
