package dev.atj.data;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The aggregates of a {@link ChunkedCsv} pass, added as in {@link Group}: each method adds one
 * result column, named the same way ({@code count}, {@code sum_units}, ...). Count, sum, mean,
 * min, max and standard deviation merge from per-chunk parts; the median does not, so it is not
 * offered (load the file with {@link Load#csv(java.nio.file.Path)} and use {@link Group} for it).
 *
 * <p>The result equals {@code Group.by(Load.csv(file), key)} with the same aggregates: one row
 * per key sorted by key, counts as whole numbers, the rest as doubles (sums may differ from
 * Tablesaw's in the last digits, since the numbers are added in another order). The key column
 * is typed as {@link Load} would type it for the common cases: whole numbers, ISO dates or
 * decimals, otherwise text.
 */
public final class ChunkedGroup {
    private final ChunkedCsv source;
    private final String key;
    private final List<Aggregation> aggregations;

    ChunkedGroup(ChunkedCsv source, String key, List<Aggregation> aggregations) {
        this.source = source;
        this.key = key;
        this.aggregations = aggregations;
    }

    /**
     * Adds the number of rows in each group, as column {@code count}.
     *
     * @return the grouping with this aggregate added
     */
    public ChunkedGroup count() {
        return with(Aggregation.rows());
    }

    /**
     * Adds how many values of {@code column} are present in each group, as {@code count_<column>}.
     *
     * @param column the column to count
     * @return the grouping with this aggregate added
     */
    public ChunkedGroup count(String column) {
        return agg(Agg.COUNT, column);
    }

    /**
     * Adds each group's total of {@code column}, as {@code sum_<column>}.
     *
     * @param column a numeric column
     * @return the grouping with this aggregate added
     */
    public ChunkedGroup sum(String column) {
        return agg(Agg.SUM, column);
    }

    /**
     * Adds each group's mean of {@code column}, as {@code mean_<column>}.
     *
     * @param column a numeric column
     * @return the grouping with this aggregate added
     */
    public ChunkedGroup mean(String column) {
        return agg(Agg.MEAN, column);
    }

    /**
     * Adds each group's smallest value of {@code column}, as {@code min_<column>}.
     *
     * @param column a numeric column
     * @return the grouping with this aggregate added
     */
    public ChunkedGroup min(String column) {
        return agg(Agg.MIN, column);
    }

    /**
     * Adds each group's largest value of {@code column}, as {@code max_<column>}.
     *
     * @param column a numeric column
     * @return the grouping with this aggregate added
     */
    public ChunkedGroup max(String column) {
        return agg(Agg.MAX, column);
    }

    /**
     * Adds each group's sample standard deviation of {@code column}, as {@code std_<column>}.
     *
     * @param column a numeric column
     * @return the grouping with this aggregate added
     */
    public ChunkedGroup std(String column) {
        return agg(Agg.STD, column);
    }

    /**
     * Adds any aggregate except {@link Agg#MEDIAN} of {@code column}, as {@code <agg>_<column>}.
     *
     * @param agg the aggregate
     * @param column the column it summarises
     * @return the grouping with this aggregate added
     */
    public ChunkedGroup agg(Agg agg, String column) {
        if (agg == Agg.MEDIAN) {
            throw new IllegalArgumentException("A median cannot be merged from per-chunk parts, so ChunkedCsv "
                    + "does not compute it. Load the file with Load.csv and use Group.by(...).median(\"" + column
                    + "\"), or use the mean.");
        }
        source.requireColumn(column);
        return with(new Aggregation(agg, column));
    }

    /**
     * Reads the file and returns the aggregated table; {@link #run()} also tells how it went.
     * With no aggregate added, the result holds the {@code count} of rows per key.
     *
     * @return one row per key, sorted by key
     */
    public Table table() {
        return run().table();
    }

    /**
     * Reads the file and returns the aggregated table with figures on the pass: rows, chunks,
     * and the most chunks held in memory at once.
     *
     * @return the result
     */
    public ChunkedResult run() {
        List<Aggregation> wanted = aggregations.isEmpty() ? List.of(Aggregation.rows()) : aggregations;
        List<String> values = wanted.stream().filter(a -> !a.countsRows()).map(Aggregation::column).distinct().toList();
        long start = System.nanoTime();
        ChunkPipeline.Outcome outcome = source.pipeline(key, values).run();
        Table table = table(outcome.totals(), wanted, values);
        return new ChunkedResult(table, outcome.rows(), outcome.chunks(), outcome.peakQueued(),
                outcome.peakInMemory(), (System.nanoTime() - start) / 1_000_000);
    }

    private Table table(Map<String, KeyTotals> totals, List<Aggregation> wanted, List<String> values) {
        List<String> keys = new ArrayList<>(totals.keySet());
        Table table = Table.create(source.file().getFileName() + ": grouped by " + key, keyColumn(keys));
        for (Aggregation aggregation : wanted) {
            int index = values.indexOf(aggregation.column());
            if (aggregation.agg() == Agg.COUNT) {
                IntColumn counts = IntColumn.create(aggregation.resultName());
                keys.forEach(k -> counts.append((int) (aggregation.countsRows()
                        ? totals.get(k).rows : totals.get(k).values[index].count)));
                table.addColumns(counts);
            } else {
                DoubleColumn numbers = DoubleColumn.create(aggregation.resultName());
                keys.forEach(k -> numbers.append(totals.get(k).values[index].value(aggregation.agg())));
                table.addColumns(numbers);
            }
        }
        return table.sortAscendingOn(key);
    }

    /** The keys as the column type Load would give them: whole numbers, dates, decimals, or text. */
    private Column<?> keyColumn(List<String> keys) {
        List<String> present = keys.stream().filter(k -> !k.isEmpty()).toList();
        if (!present.isEmpty() && present.stream().allMatch(parses(Integer::parseInt))) {
            IntColumn column = IntColumn.create(key);
            keys.forEach(k -> column.append(k.isEmpty() ? null : Integer.valueOf(k)));
            return column;
        }
        if (!present.isEmpty() && present.stream().allMatch(parses(Long::parseLong))) {
            LongColumn column = LongColumn.create(key);
            keys.forEach(k -> {
                if (k.isEmpty()) {
                    column.appendMissing();
                } else {
                    column.append(Long.parseLong(k));
                }
            });
            return column;
        }
        if (!present.isEmpty() && present.stream().allMatch(parses(LocalDate::parse))) {
            DateColumn column = DateColumn.create(key);
            keys.forEach(k -> column.append(k.isEmpty() ? null : LocalDate.parse(k)));
            return column;
        }
        if (!present.isEmpty() && present.stream().allMatch(parses(Double::parseDouble))) {
            DoubleColumn column = DoubleColumn.create(key);
            keys.forEach(k -> column.append(k.isEmpty() ? Double.NaN : Double.parseDouble(k)));
            return column;
        }
        return StringColumn.create(key, keys);
    }

    private static Predicate<String> parses(java.util.function.Function<String, ?> parser) {
        return text -> {
            try {
                parser.apply(text);
                return true;
            } catch (NumberFormatException | DateTimeParseException e) {
                return false;
            }
        };
    }

    private ChunkedGroup with(Aggregation aggregation) {
        LinkedHashSet<Aggregation> more = new LinkedHashSet<>(aggregations);
        more.add(aggregation);
        return new ChunkedGroup(source, key, List.copyOf(more));
    }
}
