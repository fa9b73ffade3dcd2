package dev.atj.data;

import java.util.List;
import tech.tablesaw.api.Table;
import tech.tablesaw.joining.JoinType;

/**
 * Joins two tables on key columns that both have under the same names, over Tablesaw's
 * {@code joinOn}. Each left row is paired with every right row whose keys equal its own.
 * A non-key column that both tables have is kept twice; the right table's copy is renamed
 * with that table's name as prefix, for example {@code countries.name} (Tablesaw would call it
 * {@code T2.name}).
 *
 * <pre>{@code
 * Table withRegion = Join.left(gapminder, regions, "cluster");
 * }</pre>
 */
public final class Join {
    private Join() {
    }

    /**
     * Only the rows whose keys appear in both tables.
     *
     * @param left the first table; its columns come first
     * @param right the second table
     * @param keys the key columns, named the same in both tables
     * @return the joined table
     */
    public static Table inner(Table left, Table right, String... keys) {
        return join(left, right, JoinType.INNER, keys);
    }

    /**
     * Every row of {@code left}, with the matching columns of {@code right} where its keys
     * appear there and missing values where they do not.
     *
     * @param left the table whose rows are all kept; its columns come first
     * @param right the table looked up
     * @param keys the key columns, named the same in both tables
     * @return the joined table
     */
    public static Table left(Table left, Table right, String... keys) {
        return join(left, right, JoinType.LEFT_OUTER, keys);
    }

    private static Table join(Table left, Table right, JoinType type, String... keys) {
        if (keys.length == 0) {
            throw new IllegalArgumentException("Name the key columns to join on, for example "
                    + "Join.inner(left, right, \"id\").");
        }
        Columns.requireAll(left, List.of(keys));
        Columns.requireAll(right, List.of(keys));
        for (String key : keys) {
            if (left.column(key).type() != right.column(key).type()) {
                throw new IllegalArgumentException("Key '" + key + "' holds " + left.column(key).type().name()
                        + " in '" + left.name() + "' but " + right.column(key).type().name() + " in '"
                        + right.name() + "'; convert one so both hold the same type.");
            }
        }
        Table joined = left.joinOn(keys).with(right).type(type).allowDuplicateColumnNames(true).join();
        String prefix = right.name() == null || right.name().isBlank() ? "right" : right.name();
        for (String name : right.columnNames()) {
            // Tablesaw names the right table's copy of a shared column "T2.<name>"
            if (left.containsColumn(name) && joined.containsColumn("T2." + name)) {
                joined.column("T2." + name).setName(prefix + "." + name);
            }
        }
        return joined;
    }
}
