package dev.atj.crypto;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;
import tech.tablesaw.selection.BitmapBackedSelection;
import tech.tablesaw.selection.Selection;

/**
 * Generalisation of quasi-identifiers, to make a table k-anonymous ({@link KAnonymity}):
 * numbers become ranges ({@code 34 → [30, 40)}), text keeps a prefix
 * ({@code 02139 → 021*}), and a column can be suppressed altogether ({@code *}). Each
 * method returns a new table and leaves the input alone; the generalised column becomes
 * text and missing values stay missing.
 *
 * <p>{@link #toK} does it automatically in the way of Sweeney's Datafly algorithm: while
 * some class is smaller than k, generalise one more step the quasi-identifier with the most
 * distinct values; once few enough rows remain in small classes, suppress those rows.
 *
 * <pre>{@code
 * Table titanic = Datasets.load("titanic");
 * Table byDecade = Generalize.ranges(titanic, "age", 10);     // age: [20, 30), [30, 40), ...
 * Generalize.Result result = Generalize.toK(titanic, 5, 0.02, "age", "sex", "embarked");
 * result.table();            // 5-anonymous on age, sex and embarked
 * result.steps();            // what was generalised, in order
 * }</pre>
 */
public final class Generalize {
    /** What a suppressed value becomes. */
    public static final String SUPPRESSED = "*";

    private Generalize() {
    }

    /**
     * The outcome of {@link #toK}.
     *
     * @param table the generalised table, k-anonymous on the quasi-identifiers
     * @param k the k reached
     * @param quasiIdentifiers the quasi-identifier columns
     * @param steps the generalisations applied, in order, in words
     * @param suppressedRows how many rows were removed at the end
     */
    public record Result(Table table, int k, List<String> quasiIdentifiers, List<String> steps, int suppressedRows) {
        /**
         * Checks the generalised table again.
         *
         * @return the k-anonymity check of {@link #table()}
         */
        public KAnonymity check() {
            return KAnonymity.check(table, k, quasiIdentifiers.toArray(String[]::new));
        }
    }

    /**
     * Replaces a numeric column by ranges of equal width starting at multiples of the width:
     * with width 10, 34 becomes {@code [30, 40)}.
     *
     * @param table the data
     * @param column a numeric column
     * @param width the range width, above 0
     * @return a copy with the column as text ranges
     * @throws IllegalArgumentException if the column is not numeric or the width not positive
     */
    public static Table ranges(Table table, String column, double width) {
        DifferentialPrivacy.positive(width, "range width");
        NumericColumn<?> numbers = numeric(table, column);
        StringColumn ranges = StringColumn.create(column);
        for (int row = 0; row < numbers.size(); row++) {
            if (numbers.isMissing(row)) {
                ranges.appendMissing();
            } else {
                double lower = Math.floor(numbers.getDouble(row) / width) * width;
                ranges.append("[" + plain(lower) + ", " + plain(lower + width) + ")");
            }
        }
        return replaced(table, ranges);
    }

    /**
     * Keeps the first {@code keep} characters of each value and marks the cut with
     * {@code *}: with keep 3, {@code 02139} becomes {@code 021*}. Shorter values stay.
     *
     * @param table the data
     * @param column any column; its values are read as text
     * @param keep how many leading characters to keep, 0 or more (0 suppresses)
     * @return a copy with the column as text prefixes
     * @throws IllegalArgumentException if keep is negative or the column is missing
     */
    public static Table prefix(Table table, String column, int keep) {
        if (keep < 0) {
            throw new IllegalArgumentException("Keep 0 or more characters, got " + keep);
        }
        Column<?> source = KAnonymity.columns(table, column).get(0);
        StringColumn prefixes = StringColumn.create(column);
        for (int row = 0; row < source.size(); row++) {
            if (source.isMissing(row)) {
                prefixes.appendMissing();
            } else {
                String value = source.getString(row);
                prefixes.append(value.length() <= keep ? value : value.substring(0, keep) + SUPPRESSED);
            }
        }
        return replaced(table, prefixes);
    }

    /**
     * Replaces every value of a column, missing or not, by {@code *}.
     *
     * @param table the data
     * @param column the column to suppress
     * @return a copy with the column suppressed
     */
    public static Table suppress(Table table, String column) {
        KAnonymity.columns(table, column);
        StringColumn suppressed = StringColumn.create(column);
        for (int row = 0; row < table.rowCount(); row++) {
            suppressed.append(SUPPRESSED);
        }
        return replaced(table, suppressed);
    }

    /**
     * Generalises the quasi-identifiers until the table is k-anonymous, suppressing at most
     * 1 % of the rows; see {@link #toK(Table, int, double, String...)}.
     *
     * @param table the data
     * @param k the smallest class size wanted
     * @param quasiIdentifiers the columns to generalise
     * @return the generalised table and what was done
     */
    public static Result toK(Table table, int k, String... quasiIdentifiers) {
        return toK(table, k, 0.01, quasiIdentifiers);
    }

    /**
     * Generalises the quasi-identifiers until the table is k-anonymous. Numbers go through
     * ranges of growing width (1-2-5 steps from about 1/32 of their spread) and text through
     * shorter and shorter prefixes; the column with the most distinct values goes first, one
     * step at a time; the last step of a column is suppression. As soon as the rows left in
     * classes smaller than k are at most {@code maxSuppressedFraction} of the table, those
     * rows are removed instead.
     *
     * @param table the data
     * @param k the smallest class size wanted, at most the row count
     * @param maxSuppressedFraction the share of rows that may be removed, in [0, 1)
     * @param quasiIdentifiers the columns to generalise
     * @return the generalised table and what was done
     * @throws IllegalArgumentException if k exceeds the row count or a column is missing
     */
    public static Result toK(Table table, int k, double maxSuppressedFraction, String... quasiIdentifiers) {
        KAnonymity.columns(table, quasiIdentifiers);
        if (k < 1 || k > table.rowCount()) {
            throw new IllegalArgumentException("k must be between 1 and the row count " + table.rowCount() + ", got " + k);
        }
        if (!(maxSuppressedFraction >= 0 && maxSuppressedFraction < 1)) {
            throw new IllegalArgumentException("The suppressed fraction must be in [0, 1), got " + maxSuppressedFraction);
        }
        Map<String, List<Level>> ladders = new LinkedHashMap<>();
        Map<String, Integer> levels = new LinkedHashMap<>();
        for (String column : quasiIdentifiers) {
            ladders.put(column, ladder(table, column));
            levels.put(column, 0);
        }
        List<String> steps = new ArrayList<>();
        Table current = table;
        while (true) {
            KAnonymity check = KAnonymity.check(current, k, quasiIdentifiers);
            if (check.satisfied()) {
                return new Result(current, k, List.of(quasiIdentifiers), List.copyOf(steps), 0);
            }
            if (check.offendingRows() <= maxSuppressedFraction * table.rowCount()) {
                Table kept = withoutSmallClasses(current, check, quasiIdentifiers);
                steps.add("suppressed " + check.offendingRows() + " rows in classes smaller than " + k);
                return new Result(kept, k, List.of(quasiIdentifiers), List.copyOf(steps), check.offendingRows());
            }
            String column = mostDistinct(current, ladders, levels);
            int level = nextLevel(table, column, ladders.get(column), levels.get(column), distinct(current, column));
            levels.put(column, level);
            steps.add(ladders.get(column).get(level).description());
            current = apply(table, ladders, levels);
        }
    }

    private record Level(String description, UnaryOperator<Table> apply) {
    }

    private static List<Level> ladder(Table table, String column) {
        List<Level> ladder = new ArrayList<>();
        ladder.add(new Level(column + " as is", t -> t));
        Column<?> source = table.column(column);
        if (source instanceof NumericColumn<?> numbers && numbers.countMissing() < numbers.size()) {
            double spread = numbers.max() - numbers.min();
            double width = niceAtLeast(spread / 32);
            while (true) {
                double w = width;
                ladder.add(new Level(column + " in ranges of " + plain(w), t -> ranges(t, column, w)));
                if (w > spread) {
                    break;
                }
                width = nextNice(width);
            }
        } else {
            int longest = 0;
            for (int row = 0; row < source.size(); row++) {
                longest = source.isMissing(row) ? longest : Math.max(longest, source.getString(row).length());
            }
            for (int keep = longest - 1; keep >= 1; keep--) {
                int n = keep;
                ladder.add(new Level(column + " cut to its first " + n + " characters", t -> prefix(t, column, n)));
            }
        }
        ladder.add(new Level(column + " suppressed", t -> suppress(t, column)));
        return ladder;
    }

    /** Skips levels that would not merge any values, so each recorded step does something. */
    private static int nextLevel(Table original, String column, List<Level> ladder, int level, int distinctNow) {
        int next = level + 1;
        while (next < ladder.size() - 1 && distinct(ladder.get(next).apply().apply(original), column) >= distinctNow) {
            next++;
        }
        return next;
    }

    private static String mostDistinct(Table current, Map<String, List<Level>> ladders, Map<String, Integer> levels) {
        String best = null;
        int bestCount = -1;
        for (String column : ladders.keySet()) {
            int count = distinct(current, column);
            if (levels.get(column) < ladders.get(column).size() - 1 && count > bestCount) {
                best = column;
                bestCount = count;
            }
        }
        if (best == null) {
            throw new IllegalStateException("Every quasi-identifier is already suppressed and the table is still not"
                    + " k-anonymous; this cannot happen when k is at most the row count.");
        }
        return best;
    }

    private static Table apply(Table original, Map<String, List<Level>> ladders, Map<String, Integer> levels) {
        Table result = original;
        for (Map.Entry<String, Integer> entry : levels.entrySet()) {
            result = ladders.get(entry.getKey()).get(entry.getValue()).apply().apply(result);
        }
        return result;
    }

    private static Table withoutSmallClasses(Table table, KAnonymity check, String... quasiIdentifiers) {
        Set<List<String>> small = new HashSet<>();
        Table offending = check.offendingGroups();
        for (int row = 0; row < offending.rowCount(); row++) {
            List<String> key = new ArrayList<>();
            for (String column : quasiIdentifiers) {
                key.add(offending.stringColumn(column).get(row));
            }
            small.add(key);
        }
        List<Column<?>> columns = KAnonymity.columns(table, quasiIdentifiers);
        Selection keep = new BitmapBackedSelection();
        for (int row = 0; row < table.rowCount(); row++) {
            List<String> key = new ArrayList<>();
            for (Column<?> column : columns) {
                key.add(column.isMissing(row) ? KAnonymity.MISSING : column.getString(row));
            }
            if (!small.contains(key)) {
                keep.add(row);
            }
        }
        return table.where(keep);
    }

    private static int distinct(Table table, String column) {
        Column<?> values = table.column(column);
        Set<String> seen = new HashSet<>();
        for (int row = 0; row < values.size(); row++) {
            seen.add(values.isMissing(row) ? KAnonymity.MISSING : values.getString(row));
        }
        return seen.size();
    }

    private static double niceAtLeast(double value) {
        if (!(value > 0)) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(value)));
        for (double step : new double[] {1, 2, 5, 10}) {
            if (step * power >= value) {
                return step * power;
            }
        }
        return 10 * power;
    }

    private static double nextNice(double width) {
        return niceAtLeast(width * 1.5);
    }

    private static NumericColumn<?> numeric(Table table, String column) {
        Column<?> found = KAnonymity.columns(table, column).get(0);
        if (!(found instanceof NumericColumn<?> numbers)) {
            throw new IllegalArgumentException("Column \"" + column + "\" holds " + found.type().name()
                    + ", not numbers; use Generalize.prefix or Generalize.suppress for it.");
        }
        return numbers;
    }

    private static Table replaced(Table table, StringColumn column) {
        Table copy = table.copy();
        copy.replaceColumn(column.name(), column);
        return copy;
    }

    private static String plain(double value) {
        return new BigDecimal(value).round(new MathContext(12)).stripTrailingZeros().toPlainString();
    }
}
