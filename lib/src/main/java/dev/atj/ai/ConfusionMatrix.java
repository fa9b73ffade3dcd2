package dev.atj.ai;

import dev.atj.viz.Plot;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;

/**
 * How often each true class was predicted as each class: row = actual class, column =
 * predicted class, so correct predictions lie on the diagonal. Its text form is an aligned
 * table and {@link #chart()} draws it as a heat map.
 *
 * <pre>{@code
 * ConfusionMatrix cm = ConfusionMatrix.of(model, test);
 * cm.count("versicolor", "virginica");   // versicolor flowers taken for virginica
 * cm.chart();                            // shown inline as the cell's result
 * }</pre>
 */
public final class ConfusionMatrix {
    private final List<String> classNames;
    private final int[][] counts;

    private ConfusionMatrix(List<String> classNames, int[][] counts) {
        this.classNames = List.copyOf(classNames);
        this.counts = counts;
    }

    /**
     * Counts true classes against predicted ones. Every class gets a row and a column, in
     * {@code classNames} order, even if it never occurs.
     *
     * @param truth the true class numbers
     * @param predicted the predicted class numbers
     * @param classNames the class names, indexed by class number
     * @return the matrix
     */
    public static ConfusionMatrix of(int[] truth, int[] predicted, List<String> classNames) {
        if (truth.length != predicted.length) {
            throw new IllegalArgumentException("There are " + truth.length + " true classes but " + predicted.length
                    + " predictions; they must match one to one.");
        }
        int k = classNames.size();
        int[][] counts = new int[k][k];
        for (int i = 0; i < truth.length; i++) {
            if (truth[i] < 0 || truth[i] >= k || predicted[i] < 0 || predicted[i] >= k) {
                throw new IllegalArgumentException("Example " + i + " has class numbers " + truth[i] + " (true) and "
                        + predicted[i] + " (predicted), but only classes 0 to " + (k - 1) + " " + classNames + " exist.");
            }
            counts[truth[i]][predicted[i]]++;
        }
        return new ConfusionMatrix(classNames, counts);
    }

    /**
     * The confusion matrix of a model on test data.
     *
     * @param model the trained model
     * @param test data the model was not trained on
     * @return the matrix
     */
    public static ConfusionMatrix of(Classifier model, Dataset test) {
        return of(test.y(), model.predict(test.x()), test.classNames());
    }

    /**
     * The class names, in row and column order.
     *
     * @return the class names
     */
    public List<String> classNames() {
        return classNames;
    }

    /**
     * All counts: {@code counts()[actual][predicted]}.
     *
     * @return a copy of the counts
     */
    public int[][] counts() {
        int[][] copy = new int[counts.length][];
        for (int i = 0; i < counts.length; i++) {
            copy[i] = counts[i].clone();
        }
        return copy;
    }

    /**
     * How many examples of one class were predicted as another.
     *
     * @param actual the true class name
     * @param predicted the predicted class name
     * @return the count
     */
    public int count(String actual, String predicted) {
        return counts[index(actual)][index(predicted)];
    }

    /**
     * How many examples were counted.
     *
     * @return the total
     */
    public int total() {
        int total = 0;
        for (int[] row : counts) {
            for (int count : row) {
                total += count;
            }
        }
        return total;
    }

    /**
     * How many examples were predicted correctly (the diagonal).
     *
     * @return the number correct
     */
    public int correct() {
        int correct = 0;
        for (int i = 0; i < counts.length; i++) {
            correct += counts[i][i];
        }
        return correct;
    }

    /**
     * The matrix as a heat map, actual classes down the side (first class at the top) and
     * predicted classes along the bottom, with the counts written in the cells.
     *
     * @return an XChart heat map, shown inline when it is a cell's result
     */
    public HeatMapChart chart() {
        return Plot.confusionMatrix(counts(), classNames);
    }

    /**
     * An aligned text table: a header of predicted classes, then one row per actual class.
     *
     * @return the table
     */
    @Override
    public String toString() {
        String corner = "actual \\ predicted";
        int nameWidth = 0;
        for (String name : classNames) {
            nameWidth = Math.max(nameWidth, name.length());
        }
        int countWidth = nameWidth;
        for (int[] row : counts) {
            for (int count : row) {
                countWidth = Math.max(countWidth, Integer.toString(count).length());
            }
        }
        String first = "%-" + Math.max(corner.length(), nameWidth) + "s";
        String cell = "  %" + countWidth + "s";
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, first, corner));
        for (String name : classNames) {
            text.append(String.format(Locale.ROOT, cell, name));
        }
        for (int actual = 0; actual < counts.length; actual++) {
            text.append('\n').append(String.format(Locale.ROOT, first, classNames.get(actual)));
            for (int count : counts[actual]) {
                text.append(String.format(Locale.ROOT, cell, count));
            }
        }
        return text.toString();
    }

    private int index(String name) {
        int index = classNames.indexOf(name);
        if (index < 0) {
            throw new IllegalArgumentException("'" + name + "' is not a class; the classes are " + classNames + ".");
        }
        return index;
    }
}
