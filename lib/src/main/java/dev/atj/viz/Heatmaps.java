package dev.atj.viz;

import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.style.HeatMapStyler;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/** Builds heat maps from matrices: row 0 on top, each cell's value written in it. */
final class Heatmaps {
    /** White to mid blue: dark enough to see, light enough for black numbers on top. */
    static final Color[] SEQUENTIAL = {new Color(0xFFFFFF), new Color(0xDEEBF7), new Color(0x9ECAE1), new Color(0x4292C6)};
    /** Blue for -1, white for 0, red for +1: the sign of a correlation at a glance. */
    static final Color[] DIVERGING = {new Color(0x4292C6), new Color(0xFFFFFF), new Color(0xEF6548)};

    private Heatmaps() {
    }

    /**
     * A heat map of {@code values[row][column]}; colours span the data's range, or
     * {@code [low, high]} when those are not NaN.
     */
    static HeatMapChart of(String title, String xLabel, String yLabel, double[][] values,
            List<String> rowLabels, List<String> columnLabels, Color[] colors, double low, double high) {
        int columns = checkShape(values, rowLabels, columnLabels);
        double min = Double.isNaN(low) ? min(values) : low;
        double max = Double.isNaN(high) ? max(values) : high;
        if (min == max) {
            max = min + 1; // one value everywhere: any colour range will do, XChart needs one
        }
        List<Number[]> cells = new ArrayList<>();
        int rows = values.length;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                // XChart puts y index 0 at the bottom; a matrix reads from the top
                cells.add(new Number[] {c, rows - 1 - r, values[r][c]});
            }
        }
        List<String> bottomUp = new ArrayList<>(rowLabels);
        Collections.reverse(bottomUp);
        HeatMapChart chart = ChartStyle.heatMap(title, xLabel, yLabel);
        HeatMapStyler styler = chart.getStyler();
        styler.setShowValue(true);
        styler.setHeatMapValueDecimalPattern("0.##");
        styler.setValueFont(new Font(Font.SANS_SERIF, Font.PLAIN, rows * columns > 64 ? 10 : 13));
        styler.setValueFontColor(Color.BLACK);
        styler.setRangeColors(colors);
        styler.setMin(min);
        styler.setMax(max);
        styler.setPlotGridLinesVisible(false);
        ChartStyle.fitLabels(styler, columnLabels);
        chart.addSeries(title.isEmpty() ? "values" : title, new ArrayList<>(columnLabels), bottomUp, cells);
        return chart;
    }

    /** How many rows have each pair of categories: {@code counts[y][x]}, categories sorted. */
    static HeatMapChart counts(String title, Table table, String xName, String yName) {
        Column<?> xs = Columns.find(table, xName);
        Column<?> ys = Columns.find(table, yName);
        if (table.rowCount() == 0) {
            throw new IllegalArgumentException("No data to plot: " + Columns.describe(table) + " has no rows");
        }
        List<String> xCategories = Columns.categories(xs);
        List<String> yCategories = Columns.categories(ys);
        Map<String, Integer> xIndex = indexOf(xCategories);
        Map<String, Integer> yIndex = indexOf(yCategories);
        double[][] counts = new double[yCategories.size()][xCategories.size()];
        for (int row = 0; row < table.rowCount(); row++) {
            counts[yIndex.get(Columns.category(ys, row))][xIndex.get(Columns.category(xs, row))]++;
        }
        return of(title, xs.name(), ys.name(), counts, yCategories, xCategories, SEQUENTIAL, 0, Double.NaN);
    }

    private static int checkShape(double[][] values, List<String> rowLabels, List<String> columnLabels) {
        Objects.requireNonNull(values, "The matrix is null; pass a double[][] of values");
        Objects.requireNonNull(rowLabels, "The row labels are null; pass one label per row");
        Objects.requireNonNull(columnLabels, "The column labels are null; pass one label per column");
        if (values.length == 0 || values[0] == null || values[0].length == 0) {
            throw new IllegalArgumentException("No data to plot: the matrix has no cells");
        }
        int columns = values[0].length;
        for (int r = 0; r < values.length; r++) {
            if (values[r] == null || values[r].length != columns) {
                throw new IllegalArgumentException("Row " + r + " of the matrix has "
                        + (values[r] == null ? "no array" : values[r].length + " values") + " but row 0 has "
                        + columns + "; every row needs the same number of columns");
            }
            for (int c = 0; c < columns; c++) {
                if (!Double.isFinite(values[r][c])) {
                    throw new IllegalArgumentException("Cell [" + r + "][" + c + "] of the matrix is " + values[r][c]
                            + "; a heat map needs a finite number in every cell");
                }
            }
        }
        if (rowLabels.size() != values.length || columnLabels.size() != columns) {
            throw new IllegalArgumentException("The matrix is " + values.length + "x" + columns + " but there are "
                    + rowLabels.size() + " row labels and " + columnLabels.size()
                    + " column labels; pass one label per row and one per column");
        }
        return columns;
    }

    private static Map<String, Integer> indexOf(List<String> labels) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < labels.size(); i++) {
            index.put(labels.get(i), i);
        }
        return index;
    }

    private static double min(double[][] values) {
        double min = Double.POSITIVE_INFINITY;
        for (double[] row : values) {
            for (double v : row) {
                min = Math.min(min, v);
            }
        }
        return min;
    }

    private static double max(double[][] values) {
        double max = Double.NEGATIVE_INFINITY;
        for (double[] row : values) {
            for (double v : row) {
                max = Math.max(max, v);
            }
        }
        return max;
    }
}
