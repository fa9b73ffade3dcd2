package dev.atj.data;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tech.tablesaw.aggregate.AggregateFunctions;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Group-by and aggregate with readable result columns, over Tablesaw's
 * {@code summarize(...).by(...)}. Each method adds one result column; {@link #table()} builds
 * the result: one row per group, sorted by the key columns, then one column per aggregate,
 * named like {@code mean_body_mass_g} (and {@code count} for the number of rows).
 *
 * <pre>{@code
 * Table bySpecies = Group.by(penguins, "species")
 *         .count()
 *         .mean("body_mass_g")
 *         .max("flipper_length_mm")
 *         .table();   // columns: species, count, mean_body_mass_g, max_flipper_length_mm
 * }</pre>
 *
 * Missing values are skipped by every aggregate. Rows missing a key form their own group
 * (shown with an empty key, sorted first). A {@code Group} is immutable: each method returns a
 * new one.
 */
public final class Group {
    private final Table table;
    private final List<String> keys;
    private final Set<Aggregation> aggregations;

    private Group(Table table, List<String> keys, Set<Aggregation> aggregations) {
        this.table = table;
        this.keys = keys;
        this.aggregations = aggregations;
    }

    /**
     * Starts grouping {@code table} by one or more key columns.
     *
     * @param table the table
     * @param keys the columns whose values define a group, for example {@code "species"}
     * @return a grouping with no aggregates yet
     */
    public static Group by(Table table, String... keys) {
        if (keys.length == 0) {
            throw new IllegalArgumentException("Name at least one column to group by, for example "
                    + "Group.by(table, \"" + table.columnNames().get(0) + "\").");
        }
        Columns.requireAll(table, List.of(keys));
        return new Group(table, List.of(keys), new LinkedHashSet<>());
    }

    /**
     * Adds the number of rows in each group, as column {@code count}.
     *
     * @return the grouping with this aggregate added
     */
    public Group count() {
        return with(Aggregation.rows());
    }

    /**
     * Adds how many values of {@code column} are present in each group, as {@code count_<column>}.
     *
     * @param column the column to count
     * @return the grouping with this aggregate added
     */
    public Group count(String column) {
        return agg(Agg.COUNT, column);
    }

    /**
     * Adds each group's total of {@code column}, as {@code sum_<column>}.
     *
     * @param column a numeric column
     * @return the grouping with this aggregate added
     */
    public Group sum(String column) {
        return agg(Agg.SUM, column);
    }

    /**
     * Adds each group's mean of {@code column}, as {@code mean_<column>}.
     *
     * @param column a numeric column
     * @return the grouping with this aggregate added
     */
    public Group mean(String column) {
        return agg(Agg.MEAN, column);
    }

    /**
     * Adds each group's median of {@code column}, as {@code median_<column>}.
     *
     * @param column a numeric column
     * @return the grouping with this aggregate added
     */
    public Group median(String column) {
        return agg(Agg.MEDIAN, column);
    }

    /**
     * Adds each group's smallest value of {@code column}, as {@code min_<column>}.
     *
     * @param column a numeric column
     * @return the grouping with this aggregate added
     */
    public Group min(String column) {
        return agg(Agg.MIN, column);
    }

    /**
     * Adds each group's largest value of {@code column}, as {@code max_<column>}.
     *
     * @param column a numeric column
     * @return the grouping with this aggregate added
     */
    public Group max(String column) {
        return agg(Agg.MAX, column);
    }

    /**
     * Adds each group's sample standard deviation of {@code column}, as {@code std_<column>}.
     *
     * @param column a numeric column
     * @return the grouping with this aggregate added
     */
    public Group std(String column) {
        return agg(Agg.STD, column);
    }

    /**
     * Adds any aggregate of {@code column}, as {@code <agg>_<column>}.
     *
     * @param agg the aggregate
     * @param column the column it summarises (numeric for all but {@link Agg#COUNT})
     * @return the grouping with this aggregate added
     */
    public Group agg(Agg agg, String column) {
        if (agg == Agg.COUNT) {
            Columns.require(table, column);
        } else {
            Columns.numeric(table, column, agg.label());
        }
        return with(new Aggregation(agg, column));
    }

    /**
     * Computes the result: one row per group, sorted by the keys. With no aggregate added,
     * it holds the {@code count} of rows per group.
     *
     * @return the grouped table
     */
    public Table table() {
        Set<Aggregation> wanted = aggregations.isEmpty() ? Set.of(Aggregation.rows()) : aggregations;
        String[] keyArray = keys.toArray(String[]::new);
        Table result = null;
        for (Aggregation aggregation : wanted) {
            String source = aggregation.countsRows() ? keys.get(0) : aggregation.column();
            Table part = table.summarize(source, aggregation.countsRows()
                            ? AggregateFunctions.countWithMissing
                            : aggregation.agg().function())
                    .by(keyArray)
                    .sortAscendingOn(keyArray);
            Column<?> value = named(part.column(part.columnCount() - 1), aggregation);
            if (result == null) {
                result = Table.create(Describe.name(table, "grouped by " + String.join(", ", keys)));
                for (String key : keys) {
                    result.addColumns(part.column(key));
                }
            }
            result.addColumns(value);
        }
        return result;
    }

    /** Counts read better as whole numbers; everything else stays a double, as Tablesaw makes it. */
    static Column<?> named(Column<?> column, Aggregation aggregation) {
        Column<?> typed = aggregation.agg() == Agg.COUNT && column instanceof NumericColumn<?> numbers
                && !(column instanceof IntColumn)
                ? toInts(numbers)
                : column;
        return typed.setName(aggregation.resultName());
    }

    private static Column<?> toInts(NumericColumn<?> numbers) {
        DoubleColumn doubles = numbers.asDoubleColumn();
        return doubles.asIntColumn();
    }

    private Group with(Aggregation aggregation) {
        Set<Aggregation> more = new LinkedHashSet<>(aggregations);
        more.add(aggregation);
        return new Group(table, keys, more);
    }
}
