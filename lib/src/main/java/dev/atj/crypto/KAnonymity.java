package dev.atj.crypto;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * A k-anonymity check: rows with equal quasi-identifiers (attributes such as age, sex or zip
 * code that are not secret on their own but can be linked to other data) form an
 * equivalence class, and a table is k-anonymous when every class has at least k rows, so
 * nobody can be singled out among fewer than k people (Sweeney 2002). k-anonymity does not
 * protect against a class whose rows all share the same sensitive value, nor against
 * background knowledge; differential privacy ({@link DpQueries}) does.
 *
 * <p>Missing values count as one value, shown as {@code (missing)}. To reach k, see
 * {@link Generalize}.
 *
 * <pre>{@code
 * KAnonymity check = KAnonymity.check(Datasets.load("titanic"), 5, "age", "sex", "embarked");
 * check.smallestClass();     // 1: someone is unique
 * check.offendingGroups();   // the classes with fewer than 5 rows
 * }</pre>
 */
public final class KAnonymity {
    /** How a missing quasi-identifier is shown; all missing values of a column form one value. */
    public static final String MISSING = "(missing)";

    private final int k;
    private final List<String> quasiIdentifiers;
    private final Map<List<String>, Integer> classes;

    private KAnonymity(int k, List<String> quasiIdentifiers, Map<List<String>, Integer> classes) {
        this.k = k;
        this.quasiIdentifiers = quasiIdentifiers;
        this.classes = classes;
    }

    /**
     * Groups the rows by their quasi-identifiers and measures the classes.
     *
     * @param table the data
     * @param k the smallest class size wanted, 1 or more
     * @param quasiIdentifiers the columns an attacker could link, at least one
     * @return the check's result
     * @throws IllegalArgumentException if k is below 1, no column is named or a column is
     *     missing
     */
    public static KAnonymity check(Table table, int k, String... quasiIdentifiers) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be 1 or more, got " + k);
        }
        List<Column<?>> columns = columns(table, quasiIdentifiers);
        Map<List<String>, Integer> classes = new LinkedHashMap<>();
        for (int row = 0; row < table.rowCount(); row++) {
            List<String> key = new ArrayList<>(columns.size());
            for (Column<?> column : columns) {
                key.add(column.isMissing(row) ? MISSING : column.getString(row));
            }
            classes.merge(List.copyOf(key), 1, Integer::sum);
        }
        return new KAnonymity(k, List.of(quasiIdentifiers), classes);
    }

    /**
     * The k checked against.
     *
     * @return k
     */
    public int k() {
        return k;
    }

    /**
     * The quasi-identifier columns, in the order given.
     *
     * @return the column names
     */
    public List<String> quasiIdentifiers() {
        return quasiIdentifiers;
    }

    /**
     * The size of the smallest equivalence class: the table is k-anonymous for every k up
     * to this (0 for an empty table).
     *
     * @return the smallest class size
     */
    public int smallestClass() {
        return classes.values().stream().mapToInt(Integer::intValue).min().orElse(0);
    }

    /**
     * Whether every class has at least k rows.
     *
     * @return true if the table is k-anonymous
     */
    public boolean satisfied() {
        return smallestClass() >= k;
    }

    /**
     * How many equivalence classes there are.
     *
     * @return the number of distinct combinations of quasi-identifiers
     */
    public int classCount() {
        return classes.size();
    }

    /**
     * How many rows sit in classes smaller than k: the rows that would have to be
     * generalised further or suppressed.
     *
     * @return the row count
     */
    public int offendingRows() {
        return classes.values().stream().filter(size -> size < k).mapToInt(Integer::intValue).sum();
    }

    /**
     * Every equivalence class with its size, smallest first.
     *
     * @return a table with one column per quasi-identifier and {@code class_size}
     */
    public Table classSizes() {
        return classTable("Equivalence classes", Integer.MAX_VALUE);
    }

    /**
     * The classes with fewer than k rows, smallest first: the people who can be singled
     * out.
     *
     * @return a table with one column per quasi-identifier and {@code class_size}
     */
    public Table offendingGroups() {
        return classTable("Classes smaller than k = " + k, k);
    }

    private Table classTable(String name, int below) {
        List<StringColumn> keys = quasiIdentifiers.stream().map(StringColumn::create).toList();
        IntColumn size = IntColumn.create("class_size");
        classes.entrySet().stream()
                .filter(entry -> entry.getValue() < below)
                .sorted(Map.Entry.<List<String>, Integer>comparingByValue()
                        .thenComparing(entry -> String.join("\u0000", entry.getKey()), Comparator.naturalOrder()))
                .forEach(entry -> {
                    for (int i = 0; i < keys.size(); i++) {
                        keys.get(i).append(entry.getKey().get(i));
                    }
                    size.append(entry.getValue());
                });
        Table table = Table.create(name);
        keys.forEach(table::addColumns);
        return table.addColumns(size);
    }

    static List<Column<?>> columns(Table table, String... names) {
        if (names == null || names.length == 0) {
            throw new IllegalArgumentException("Name at least one quasi-identifier column, for example \"age\".");
        }
        List<Column<?>> columns = new ArrayList<>();
        for (String name : names) {
            if (!table.containsColumn(name)) {
                throw new IllegalArgumentException("No column \"" + name + "\" in " + table.name()
                        + "; its columns are " + table.columnNames());
            }
            columns.add(table.column(name));
        }
        if (Arrays.stream(names).distinct().count() < names.length) {
            throw new IllegalArgumentException("A quasi-identifier is named twice: " + Arrays.toString(names));
        }
        return columns;
    }

    @Override
    public String toString() {
        return "KAnonymity(k=" + k + " on " + quasiIdentifiers + ": smallest class " + smallestClass() + ", "
                + classCount() + " classes, " + offendingRows() + " rows in classes smaller than k)";
    }
}
