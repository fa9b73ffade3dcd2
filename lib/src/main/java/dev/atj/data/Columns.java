package dev.atj.data;

import java.util.List;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/** Looks up columns by name with errors that list what the table does have. */
final class Columns {
    private Columns() {
    }

    static Column<?> require(Table table, String name) {
        if (name == null || !table.containsColumn(name)) {
            throw new IllegalArgumentException("No column '" + name + "' in table '" + table.name()
                    + "'. Its columns are: " + String.join(", ", table.columnNames()) + ".");
        }
        return table.column(name);
    }

    static void requireAll(Table table, List<String> names) {
        names.forEach(name -> require(table, name));
    }

    static NumericColumn<?> numeric(Table table, String name, String purpose) {
        Column<?> column = require(table, name);
        if (!(column instanceof NumericColumn<?> numeric)) {
            throw new IllegalArgumentException("Column '" + name + "' holds " + column.type().name()
                    + " values, but " + purpose + " needs numbers. Numeric columns in '" + table.name() + "': "
                    + String.join(", ", table.numericColumns().stream().map(Column::name).toList()) + ".");
        }
        return numeric;
    }
}
