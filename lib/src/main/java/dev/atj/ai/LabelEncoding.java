package dev.atj.ai;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * A category column turned into class numbers 0, 1, 2, ... that models need, with the class
 * names to turn predictions back into words. Classes are sorted (alphabetically, or by value
 * for a numeric column), so for a yes/no or false/true label the second class, 1, is the
 * "positive" one that binary metrics count.
 *
 * <pre>{@code
 * LabelEncoding species = LabelEncoding.of(iris, "species");
 * species.classes();   // [setosa, versicolor, virginica]
 * species.codes()[0];  // 0
 * }</pre>
 *
 * @param codes the class number of every row
 * @param classes the class names; class number {@code i} is {@code classes.get(i)}
 */
public record LabelEncoding(int[] codes, List<String> classes) {

    /**
     * Checks the parts and keeps an unmodifiable copy of the class names.
     *
     * @param codes the class number of every row
     * @param classes the class names
     */
    public LabelEncoding {
        classes = List.copyOf(classes);
        for (int code : codes) {
            if (code < 0 || code >= classes.size()) {
                throw new IllegalArgumentException("Class number " + code + " has no name; there are "
                        + classes.size() + " classes " + classes + ".");
            }
        }
    }

    /**
     * Encodes a column of a table. Every row must have a value.
     *
     * @param table the table
     * @param column the category column, for example {@code "species"}
     * @return the codes and class names
     * @throws IllegalArgumentException if the column does not exist or has missing values
     */
    public static LabelEncoding of(Table table, String column) {
        Column<?> labels = TableColumns.require(table, column);
        int missing = labels.countMissing();
        if (missing > 0) {
            throw new IllegalArgumentException("Column '" + column + "' has " + missing
                    + " missing values, which have no class. Drop those rows first "
                    + "(Dataset.of drops them for you), for example table.dropWhere(table.column(\""
                    + column + "\").isMissing()).");
        }
        return encode(labels, classNames(labels));
    }

    /**
     * The class name of a class number.
     *
     * @param code a class number
     * @return its name
     */
    public String decode(int code) {
        if (code < 0 || code >= classes.size()) {
            throw new IllegalArgumentException("Class number " + code + " is not between 0 and " + (classes.size() - 1) + ".");
        }
        return classes.get(code);
    }

    /**
     * The class number of a class name.
     *
     * @param name a class name
     * @return its number
     * @throws IllegalArgumentException if the name is not one of the classes
     */
    public int encode(String name) {
        int code = classes.indexOf(name);
        if (code < 0) {
            throw new IllegalArgumentException("'" + name + "' is not a class; the classes are " + classes + ".");
        }
        return code;
    }

    /**
     * How many classes there are.
     *
     * @return the number of classes
     */
    public int numClasses() {
        return classes.size();
    }

    @Override
    public String toString() {
        return "LabelEncoding[" + codes.length + " rows, classes " + classes + "]";
    }

    /** Sorted distinct class names of the non-missing values of a column. */
    static List<String> classNames(Column<?> column) {
        if (column instanceof NumericColumn<?> numeric) {
            TreeSet<Double> values = new TreeSet<>();
            for (int row = 0; row < numeric.size(); row++) {
                if (!numeric.isMissing(row)) {
                    values.add(numeric.getDouble(row));
                }
            }
            List<String> names = new ArrayList<>();
            values.forEach(v -> names.add(numberText(v)));
            return names;
        }
        TreeSet<String> values = new TreeSet<>(Comparator.naturalOrder());
        for (int row = 0; row < column.size(); row++) {
            if (!column.isMissing(row)) {
                values.add(column.getUnformattedString(row));
            }
        }
        return new ArrayList<>(values);
    }

    /** The class name of one (non-missing) cell. */
    static String text(Column<?> column, int row) {
        if (column instanceof NumericColumn<?> numeric) {
            return numberText(numeric.getDouble(row));
        }
        return column.getUnformattedString(row);
    }

    /** Encodes every row of a column against known class names; all rows must be classes. */
    static LabelEncoding encode(Column<?> column, List<String> classes) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < classes.size(); i++) {
            index.put(classes.get(i), i);
        }
        int[] codes = new int[column.size()];
        for (int row = 0; row < codes.length; row++) {
            String name = text(column, row);
            Integer code = index.get(name);
            if (code == null) {
                throw new IllegalArgumentException("Row " + row + " of column '" + column.name() + "' has class '"
                        + name + "', which the model was not trained on; its classes are " + classes + ".");
            }
            codes[row] = code;
        }
        return new LabelEncoding(codes, classes);
    }

    private static String numberText(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
    }
}
