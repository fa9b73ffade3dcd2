package dev.atj.ai;

import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/** Looks up columns of a Tablesaw table and says clearly what is wrong when it cannot. */
final class TableColumns {
    private TableColumns() {
    }

    static Column<?> require(Table table, String name) {
        if (name == null) {
            throw new IllegalArgumentException("A column name is null; pass the name of one of " + table.columnNames());
        }
        if (!table.containsColumn(name)) {
            throw new IllegalArgumentException("No column '" + name + "' in table '" + table.name()
                    + "'. Its columns are " + table.columnNames() + ".");
        }
        return table.column(name);
    }

    static NumericColumn<?> requireNumeric(Table table, String name) {
        Column<?> column = require(table, name);
        if (!(column instanceof NumericColumn<?> numeric)) {
            throw new IllegalArgumentException("Column '" + name + "' holds " + column.type().name()
                    + " values, not numbers, so it cannot be a feature. Encode it first, for example "
                    + "OneHot.encode(table, \"" + name + "\"), or leave it out of the feature list.");
        }
        return numeric;
    }

    /** All numeric columns except those named in {@code except}, in table order. */
    static List<String> numericNames(Table table, String... except) {
        List<String> skip = List.of(except);
        List<String> names = new ArrayList<>();
        for (Column<?> column : table.columns()) {
            if (column instanceof NumericColumn<?> && !skip.contains(column.name())) {
                names.add(column.name());
            }
        }
        return names;
    }

    static List<String> namesOrAllNumeric(Table table, String label, String... features) {
        List<String> names = features == null || features.length == 0
                ? numericNames(table, label) : List.of(features);
        if (names.isEmpty()) {
            throw new IllegalArgumentException("Table '" + table.name() + "' has no numeric columns besides '"
                    + label + "' to use as features. Its columns are " + table.columnNames() + ".");
        }
        if (names.contains(label)) {
            throw new IllegalArgumentException("Column '" + label + "' is both the label and a feature; "
                    + "leave it out of the feature list.");
        }
        return names;
    }
}
