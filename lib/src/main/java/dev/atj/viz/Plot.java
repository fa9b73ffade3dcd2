package dev.atj.viz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.BoxChart;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.internal.chartpart.Chart;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Charts in one call, from Tablesaw tables, arrays or lists: line, scatter, bar, histogram, box
 * and heat map. Each returns an XChart chart of {@value #WIDTH}x{@value #HEIGHT} pixels with a
 * title and axis titles (taken from the column names unless given), which a notebook shows
 * inline when it is a cell's value or passed to {@code display}. Change anything afterwards
 * with XChart's own methods, for example {@code chart.setTitle(...)} or
 * {@code chart.getStyler().setYAxisLogarithmic(true)}, and write it to a file with
 * {@link #save(Chart, Path)}.
 *
 * <pre>{@code
 * Plot.scatter(penguins, "flipper_length_mm", "body_mass_g", "species")
 * Plot.line(weather, "date", "temp_max")
 * Plot.histogram(penguins, "body_mass_g", 20)
 * }</pre>
 *
 * <p>Rows where a plotted column is missing are left out. Categories (groups, bars of a
 * count, heat map rows) are sorted: numbers by value, text alphabetically, missing values last
 * as {@code "(missing)"}.
 */
public final class Plot {
    /** Width of every chart, in pixels. */
    public static final int WIDTH = ChartStyle.WIDTH;
    /** Height of every chart, in pixels. */
    public static final int HEIGHT = ChartStyle.HEIGHT;

    private Plot() {
    }

    // ---- line charts -------------------------------------------------------------------

    /**
     * A line through the rows of a table, sorted by x. The x column may hold numbers or dates
     * (Tablesaw {@code DateColumn}, {@code DateTimeColumn} or {@code InstantColumn}).
     *
     * @param table the data
     * @param xColumn the column along the x axis: numbers or dates
     * @param yColumn the numeric column along the y axis
     * @return the chart, titled "y vs x"
     */
    public static XYChart line(Table table, String xColumn, String yColumn) {
        return line(yColumn + " vs " + xColumn, table, xColumn, yColumn);
    }

    /**
     * A titled line through the rows of a table, sorted by x.
     *
     * @param title the chart title
     * @param table the data
     * @param xColumn the column along the x axis: numbers or dates
     * @param yColumn the numeric column along the y axis
     * @return the chart
     */
    public static XYChart line(String title, Table table, String xColumn, String yColumn) {
        return lines(title, table, xColumn, yColumn);
    }

    /**
     * Several lines sharing one x column, one per y column, with a legend: for example
     * {@code Plot.lines(history, "epoch", "train_loss", "validation_loss")}.
     *
     * @param table the data
     * @param xColumn the column along the x axis: numbers or dates
     * @param yColumns the numeric columns, one line each
     * @return the chart, titled "y1, y2 vs x"
     */
    public static XYChart lines(Table table, String xColumn, String... yColumns) {
        return lines(String.join(", ", requireColumns(yColumns)) + " vs " + xColumn, table, xColumn, yColumns);
    }

    /**
     * Several titled lines sharing one x column, one per y column.
     *
     * @param title the chart title
     * @param table the data
     * @param xColumn the column along the x axis: numbers or dates
     * @param yColumns the numeric columns, one line each
     * @return the chart
     */
    public static XYChart lines(String title, Table table, String xColumn, String... yColumns) {
        requireColumns(yColumns);
        String xName = Columns.xAxis(table, xColumn).name();
        String yLabel = yColumns.length == 1 ? Columns.find(table, yColumns[0]).name() : "value";
        XYChart chart = ChartStyle.xy(Values.text(title, "title"), xName, yLabel);
        for (String yColumn : yColumns) {
            XyData data = XyData.of(table, xColumn, yColumn, true);
            XYSeries series = chart.addSeries(Columns.find(table, yColumn).name(), data.x(), data.y());
            ChartStyle.markLine(series, data.size());
            ChartStyle.labelXAxis(chart, data.x());
        }
        if (yColumns.length == 1) {
            ChartStyle.hideLegend(chart.getStyler());
        }
        return chart;
    }

    /**
     * A line through {@code y} against its index 0, 1, 2, ...
     *
     * @param y the values
     * @return the chart
     */
    public static XYChart line(double[] y) {
        return line("Line chart", "index", "value", Values.indices(Values.nonEmpty(y, "y").length), y);
    }

    /**
     * A line through the points (x[i], y[i]), in the order given.
     *
     * @param x the x values
     * @param y the y values, as many as x
     * @return the chart
     */
    public static XYChart line(double[] x, double[] y) {
        return line("Line chart", "x", "y", x, y);
    }

    /**
     * A titled line through the points (x[i], y[i]), in the order given.
     *
     * @param title the chart title
     * @param xLabel the x axis title
     * @param yLabel the y axis title, also the series name
     * @param x the x values
     * @param y the y values, as many as x
     * @return the chart
     */
    public static XYChart line(String title, String xLabel, String yLabel, double[] x, double[] y) {
        return xy(title, xLabel, yLabel, x, y, XYSeriesRenderStyle.Line);
    }

    /**
     * A line through {@code y} against its index 0, 1, 2, ...
     *
     * @param y the values
     * @return the chart
     */
    public static XYChart line(List<? extends Number> y) {
        return line(Values.of(y, "y"));
    }

    /**
     * A line through the points (x[i], y[i]), in the order given.
     *
     * @param x the x values
     * @param y the y values, as many as x
     * @return the chart
     */
    public static XYChart line(List<? extends Number> x, List<? extends Number> y) {
        return line(Values.of(x, "x"), Values.of(y, "y"));
    }

    /**
     * A titled line through the points (x[i], y[i]), in the order given.
     *
     * @param title the chart title
     * @param xLabel the x axis title
     * @param yLabel the y axis title, also the series name
     * @param x the x values
     * @param y the y values, as many as x
     * @return the chart
     */
    public static XYChart line(String title, String xLabel, String yLabel,
            List<? extends Number> x, List<? extends Number> y) {
        return line(title, xLabel, yLabel, Values.of(x, "x"), Values.of(y, "y"));
    }

    /**
     * An empty line chart to add series to with XChart's {@code addSeries}, for several lines
     * on one chart:
     * <pre>{@code
     * XYChart loss = Plot.line("Loss", "epoch", "loss");
     * loss.addSeries("train", epochs, trainLoss);
     * loss.addSeries("validation", epochs, validationLoss);
     * }</pre>
     *
     * @param title the chart title
     * @param xLabel the x axis title
     * @param yLabel the y axis title
     * @return the chart, without series
     */
    public static XYChart line(String title, String xLabel, String yLabel) {
        XYChart chart = ChartStyle.xy(Values.text(title, "title"), Values.text(xLabel, "x label"),
                Values.text(yLabel, "y label"));
        chart.getStyler().setDefaultSeriesRenderStyle(XYSeriesRenderStyle.Line);
        return chart;
    }

    // ---- scatter plots -----------------------------------------------------------------

    /**
     * A dot for each row of a table.
     *
     * @param table the data
     * @param xColumn the column along the x axis: numbers or dates
     * @param yColumn the numeric column along the y axis
     * @return the chart, titled "y vs x"
     */
    public static XYChart scatter(Table table, String xColumn, String yColumn) {
        return scatter(yColumn + " vs " + xColumn, table, xColumn, yColumn);
    }

    /**
     * A titled dot for each row of a table.
     *
     * @param title the chart title
     * @param table the data
     * @param xColumn the column along the x axis: numbers or dates
     * @param yColumn the numeric column along the y axis
     * @return the chart
     */
    public static XYChart scatter(String title, Table table, String xColumn, String yColumn) {
        XyData data = XyData.of(table, xColumn, yColumn, false);
        XYChart chart = scatterChart(title, table, xColumn, yColumn);
        chart.addSeries(Columns.find(table, yColumn).name(), data.x(), data.y());
        ChartStyle.labelXAxis(chart, data.x());
        ChartStyle.hideLegend(chart.getStyler());
        return chart;
    }

    /**
     * Dots coloured by category: one series, with its own colour and legend entry, per value of
     * {@code groupColumn} (for example penguin species).
     *
     * @param table the data
     * @param xColumn the column along the x axis: numbers or dates
     * @param yColumn the numeric column along the y axis
     * @param groupColumn the column whose values split the rows into series
     * @return the chart, titled "y vs x by group"
     */
    public static XYChart scatter(Table table, String xColumn, String yColumn, String groupColumn) {
        return scatter(yColumn + " vs " + xColumn + " by " + groupColumn, table, xColumn, yColumn, groupColumn);
    }

    /**
     * Titled dots coloured by category, one series per value of {@code groupColumn}.
     *
     * @param title the chart title
     * @param table the data
     * @param xColumn the column along the x axis: numbers or dates
     * @param yColumn the numeric column along the y axis
     * @param groupColumn the column whose values split the rows into series
     * @return the chart
     */
    public static XYChart scatter(String title, Table table, String xColumn, String yColumn, String groupColumn) {
        Map<String, XyData> groups = XyData.byGroup(table, xColumn, yColumn, groupColumn);
        XYChart chart = scatterChart(title, table, xColumn, yColumn);
        groups.forEach((group, data) -> chart.addSeries(group, data.x(), data.y()));
        ChartStyle.labelXAxis(chart, groups.values().stream().flatMap(data -> data.x().stream()).toList());
        return chart;
    }

    /**
     * A dot for each point (x[i], y[i]).
     *
     * @param x the x values
     * @param y the y values, as many as x
     * @return the chart
     */
    public static XYChart scatter(double[] x, double[] y) {
        return scatter("Scatter plot", "x", "y", x, y);
    }

    /**
     * A titled dot for each point (x[i], y[i]).
     *
     * @param title the chart title
     * @param xLabel the x axis title
     * @param yLabel the y axis title, also the series name
     * @param x the x values
     * @param y the y values, as many as x
     * @return the chart
     */
    public static XYChart scatter(String title, String xLabel, String yLabel, double[] x, double[] y) {
        return xy(title, xLabel, yLabel, x, y, XYSeriesRenderStyle.Scatter);
    }

    /**
     * A dot for each point (x[i], y[i]).
     *
     * @param x the x values
     * @param y the y values, as many as x
     * @return the chart
     */
    public static XYChart scatter(List<? extends Number> x, List<? extends Number> y) {
        return scatter(Values.of(x, "x"), Values.of(y, "y"));
    }

    /**
     * A titled dot for each point (x[i], y[i]).
     *
     * @param title the chart title
     * @param xLabel the x axis title
     * @param yLabel the y axis title, also the series name
     * @param x the x values
     * @param y the y values, as many as x
     * @return the chart
     */
    public static XYChart scatter(String title, String xLabel, String yLabel,
            List<? extends Number> x, List<? extends Number> y) {
        return scatter(title, xLabel, yLabel, Values.of(x, "x"), Values.of(y, "y"));
    }

    // ---- bar charts --------------------------------------------------------------------

    /**
     * A bar per row: its category and its height, for example the result of
     * {@code penguins.summarize("body_mass_g", mean).by("species")}. Bars keep the table's row
     * order; each category must appear once.
     *
     * @param table the data, one row per bar
     * @param categoryColumn the column naming each bar
     * @param valueColumn the numeric column giving each bar's height
     * @return the chart, titled "value by category"
     */
    public static CategoryChart bar(Table table, String categoryColumn, String valueColumn) {
        return bar(valueColumn + " by " + categoryColumn, table, categoryColumn, valueColumn);
    }

    /**
     * A titled bar per row: its category and its height.
     *
     * @param title the chart title
     * @param table the data, one row per bar
     * @param categoryColumn the column naming each bar
     * @param valueColumn the numeric column giving each bar's height
     * @return the chart
     */
    public static CategoryChart bar(String title, Table table, String categoryColumn, String valueColumn) {
        Column<?> categories = Columns.find(table, categoryColumn);
        NumericColumn<?> values = Columns.numeric(table, valueColumn, "bar height");
        Map<String, Double> bars = new LinkedHashMap<>();
        for (int row = 0; row < table.rowCount(); row++) {
            String category = Columns.category(categories, row);
            if (bars.containsKey(category)) {
                throw new IllegalArgumentException("Category '" + category + "' appears in more than one row of column '"
                        + categories.name() + "'; a bar chart needs one row per bar, so aggregate first, e.g. "
                        + "table.summarize(\"" + values.name() + "\", AggregateFunctions.mean).by(\""
                        + categories.name() + "\")");
            }
            if (!values.isMissing(row)) {
                bars.put(category, values.getDouble(row));
            }
        }
        if (bars.isEmpty()) {
            throw new IllegalArgumentException("No data to plot: " + Columns.describe(table) + " has "
                    + table.rowCount() + " rows and none has a value in '" + values.name() + "'");
        }
        return bars(title, categories.name(), values.name(), bars);
    }

    /**
     * A bar per map entry, in the map's order (use a {@code LinkedHashMap} or {@code TreeMap}
     * for a fixed order).
     *
     * @param values each bar's label and height
     * @return the chart
     */
    public static CategoryChart bar(Map<String, ? extends Number> values) {
        return bar("Bar chart", "category", "value", values);
    }

    /**
     * A titled bar per map entry, in the map's order.
     *
     * @param title the chart title
     * @param xLabel the x axis title
     * @param yLabel the y axis title
     * @param values each bar's label and height
     * @return the chart
     */
    public static CategoryChart bar(String title, String xLabel, String yLabel, Map<String, ? extends Number> values) {
        Objects.requireNonNull(values, "The map of bars is null; pass a Map from label to height");
        if (values.isEmpty()) {
            throw new IllegalArgumentException("No data to plot: the map of bars is empty");
        }
        Map<String, Double> bars = new LinkedHashMap<>();
        values.forEach((label, value) -> {
            if (label == null || value == null) {
                throw new IllegalArgumentException("The map of bars holds " + label + " -> " + value
                        + "; every bar needs a label and a height");
            }
            bars.put(label, value.doubleValue());
        });
        return bars(title, xLabel, yLabel, bars);
    }

    /**
     * A bar per category: {@code categories[i]} with height {@code values[i]}.
     *
     * @param categories the bar labels, each once
     * @param values the bar heights, as many as labels
     * @return the chart
     */
    public static CategoryChart bar(String[] categories, double[] values) {
        return bar("Bar chart", "category", "value", categories, values);
    }

    /**
     * A titled bar per category: {@code categories[i]} with height {@code values[i]}.
     *
     * @param title the chart title
     * @param xLabel the x axis title
     * @param yLabel the y axis title
     * @param categories the bar labels, each once
     * @param values the bar heights, as many as labels
     * @return the chart
     */
    public static CategoryChart bar(String title, String xLabel, String yLabel, String[] categories, double[] values) {
        Objects.requireNonNull(categories, "The categories array is null; pass one label per bar");
        Values.nonEmpty(values, "values");
        if (categories.length != values.length) {
            throw new IllegalArgumentException("There are " + categories.length + " categories but " + values.length
                    + " values; pass one value per category");
        }
        Map<String, Double> bars = new LinkedHashMap<>();
        for (int i = 0; i < categories.length; i++) {
            if (bars.put(Objects.requireNonNull(categories[i], "categories[" + i + "] is null"), values[i]) != null) {
                throw new IllegalArgumentException("Category '" + categories[i] + "' appears twice; each bar needs its own label");
            }
        }
        return bars(title, xLabel, yLabel, bars);
    }

    // ---- histograms --------------------------------------------------------------------

    /**
     * How a numeric column's values spread: counts in equal-width bins, as many as Sturges'
     * rule suggests ({@code ceil(log2 n) + 1}).
     *
     * @param table the data
     * @param column the numeric column
     * @return the chart, titled "Distribution of column"
     */
    public static CategoryChart histogram(Table table, String column) {
        NumericColumn<?> numbers = Columns.numeric(table, column, "histogram");
        return histogram(table, column, Bins.defaultCount(numbers.size() - numbers.countMissing()));
    }

    /**
     * Counts of a numeric column's values in {@code bins} equal-width bins from its smallest to
     * its largest value. Bin i counts values from its lower edge up to, not including, its upper
     * edge; the last bin includes the largest value. Missing values are not counted.
     *
     * @param table the data
     * @param column the numeric column
     * @param bins how many bins, at least 1
     * @return the chart, titled "Distribution of column"
     */
    public static CategoryChart histogram(Table table, String column, int bins) {
        return histogram("Distribution of " + column, table, column, bins);
    }

    /**
     * A titled histogram of a numeric column, in {@code bins} equal-width bins.
     *
     * @param title the chart title
     * @param table the data
     * @param column the numeric column
     * @param bins how many bins, at least 1
     * @return the chart
     */
    public static CategoryChart histogram(String title, Table table, String column, int bins) {
        NumericColumn<?> numbers = Columns.numeric(table, column, "histogram");
        if (numbers.size() == numbers.countMissing()) {
            throw new IllegalArgumentException("No data to plot: column '" + numbers.name() + "' of "
                    + Columns.describe(table) + " has no values (" + numbers.size() + " rows, all missing)");
        }
        double[] values = new double[numbers.size()];
        for (int row = 0; row < values.length; row++) {
            values[row] = numbers.isMissing(row) ? Double.NaN : numbers.getDouble(row);
        }
        return histogram(title, numbers.name(), values, bins);
    }

    /**
     * Counts of values in equal-width bins, as many as Sturges' rule suggests.
     *
     * @param values the numbers; NaN is not counted
     * @return the chart
     */
    public static CategoryChart histogram(double[] values) {
        return histogram(values, Bins.defaultCount(Values.nonEmpty(values, "values").length));
    }

    /**
     * Counts of values in {@code bins} equal-width bins from the smallest to the largest value.
     *
     * @param values the numbers; NaN is not counted
     * @param bins how many bins, at least 1
     * @return the chart
     */
    public static CategoryChart histogram(double[] values, int bins) {
        return histogram("Histogram", "value", values, bins);
    }

    /**
     * A titled histogram in {@code bins} equal-width bins; the y axis is the count.
     *
     * @param title the chart title
     * @param xLabel the x axis title: what the values are
     * @param values the numbers; NaN is not counted
     * @param bins how many bins, at least 1
     * @return the chart
     */
    public static CategoryChart histogram(String title, String xLabel, double[] values, int bins) {
        Bins counts = Bins.of(Values.nonEmpty(values, "values"), bins);
        CategoryChart chart = ChartStyle.category(Values.text(title, "title"), Values.text(xLabel, "x label"), "count");
        List<Long> heights = new ArrayList<>();
        for (long count : counts.counts()) {
            heights.add(count);
        }
        chart.addSeries(xLabel.isEmpty() ? "count" : xLabel, counts.labels(), heights);
        chart.getStyler().setAvailableSpaceFill(0.98);
        // counts are whole: XChart widens the tick step until the rounded labels differ
        chart.getStyler().setYAxisDecimalPattern("#,##0");
        ChartStyle.hideLegend(chart.getStyler());
        ChartStyle.fitLabels(chart.getStyler(), counts.labels());
        return chart;
    }

    /**
     * Counts of values in equal-width bins, as many as Sturges' rule suggests.
     *
     * @param values the numbers
     * @return the chart
     */
    public static CategoryChart histogram(List<? extends Number> values) {
        return histogram(Values.of(values, "values"));
    }

    /**
     * Counts of values in {@code bins} equal-width bins.
     *
     * @param values the numbers
     * @param bins how many bins, at least 1
     * @return the chart
     */
    public static CategoryChart histogram(List<? extends Number> values, int bins) {
        return histogram(Values.of(values, "values"), bins);
    }

    /**
     * A titled histogram in {@code bins} equal-width bins.
     *
     * @param title the chart title
     * @param xLabel the x axis title: what the values are
     * @param values the numbers
     * @param bins how many bins, at least 1
     * @return the chart
     */
    public static CategoryChart histogram(String title, String xLabel, List<? extends Number> values, int bins) {
        return histogram(title, xLabel, Values.of(values, "values"), bins);
    }

    // ---- box plots ---------------------------------------------------------------------

    /**
     * A box plot of one numeric column: median, quartiles and whiskers.
     *
     * @param table the data
     * @param valueColumn the numeric column
     * @return the chart, titled "Distribution of column"
     */
    public static BoxChart box(Table table, String valueColumn) {
        return box("Distribution of " + valueColumn, table, valueColumn);
    }

    /**
     * A titled box plot of one numeric column.
     *
     * @param title the chart title
     * @param table the data
     * @param valueColumn the numeric column
     * @return the chart
     */
    public static BoxChart box(String title, Table table, String valueColumn) {
        NumericColumn<?> values = Columns.numeric(table, valueColumn, "box plot");
        Map<String, double[]> boxes = new LinkedHashMap<>();
        boxes.put(values.name(), present(values, null, null));
        return box(title, "column", values.name(), boxes);
    }

    /**
     * One box per category, side by side: for example body mass per species.
     *
     * @param table the data
     * @param groupColumn the column whose values split the rows into boxes
     * @param valueColumn the numeric column
     * @return the chart, titled "value by group"
     */
    public static BoxChart box(Table table, String groupColumn, String valueColumn) {
        return box(valueColumn + " by " + groupColumn, table, groupColumn, valueColumn);
    }

    /**
     * A titled box per category, side by side.
     *
     * @param title the chart title
     * @param table the data
     * @param groupColumn the column whose values split the rows into boxes
     * @param valueColumn the numeric column
     * @return the chart
     */
    public static BoxChart box(String title, Table table, String groupColumn, String valueColumn) {
        Column<?> groups = Columns.find(table, groupColumn);
        NumericColumn<?> values = Columns.numeric(table, valueColumn, "box plot");
        Map<String, double[]> boxes = new LinkedHashMap<>();
        for (String group : Columns.categories(groups)) {
            double[] inGroup = present(values, groups, group);
            if (inGroup.length > 0) {
                boxes.put(group, inGroup);
            }
        }
        if (boxes.isEmpty()) {
            throw new IllegalArgumentException("No data to plot: column '" + values.name() + "' of "
                    + Columns.describe(table) + " has no values");
        }
        return box(title, groups.name(), values.name(), boxes);
    }

    /**
     * A box plot of the values.
     *
     * @param values the numbers
     * @return the chart
     */
    public static BoxChart box(double[] values) {
        return box("Box plot", "", "value", Map.of("values", Values.nonEmpty(values, "values")));
    }

    /**
     * A box plot of the values.
     *
     * @param values the numbers
     * @return the chart
     */
    public static BoxChart box(List<? extends Number> values) {
        return box(Values.of(values, "values"));
    }

    /**
     * One titled box per map entry, in the map's order.
     *
     * @param title the chart title
     * @param xLabel the x axis title: what the entries are
     * @param yLabel the y axis title: what the values are
     * @param groups each box's label and values
     * @return the chart
     */
    public static BoxChart box(String title, String xLabel, String yLabel, Map<String, double[]> groups) {
        Objects.requireNonNull(groups, "The map of boxes is null; pass a Map from label to values");
        if (groups.isEmpty()) {
            throw new IllegalArgumentException("No data to plot: the map of boxes is empty");
        }
        BoxChart chart = ChartStyle.box(Values.text(title, "title"), Values.text(xLabel, "x label"),
                Values.text(yLabel, "y label"));
        groups.forEach((label, values) -> chart.addSeries(Values.text(label, "box label"),
                Values.nonEmpty(values, "'" + label + "' values")));
        ChartStyle.hideLegend(chart.getStyler());
        return chart;
    }

    // ---- heat maps ---------------------------------------------------------------------

    /**
     * A heat map of a matrix with rows and columns numbered from 0; each cell shows its value.
     *
     * @param values the matrix, {@code values[row][column]}
     * @return the chart
     */
    public static HeatMapChart heatmap(double[][] values) {
        Objects.requireNonNull(values, "The matrix is null; pass a double[][] of values");
        int columns = values.length == 0 || values[0] == null ? 0 : values[0].length;
        return heatmap(values, numbered(values.length), numbered(columns));
    }

    /**
     * A heat map of a matrix with labelled rows (top to bottom) and columns (left to right);
     * each cell shows its value.
     *
     * @param values the matrix, {@code values[row][column]}
     * @param rowLabels one label per row
     * @param columnLabels one label per column
     * @return the chart
     */
    public static HeatMapChart heatmap(double[][] values, List<String> rowLabels, List<String> columnLabels) {
        return heatmap("Heat map", "column", "row", values, rowLabels, columnLabels);
    }

    /**
     * A titled heat map of a matrix with labelled rows and columns; colours run from white at
     * the smallest value to blue at the largest, and each cell shows its value.
     *
     * @param title the chart title
     * @param xLabel the x axis title: what the columns are
     * @param yLabel the y axis title: what the rows are
     * @param values the matrix, {@code values[row][column]}
     * @param rowLabels one label per row, shown top to bottom
     * @param columnLabels one label per column, shown left to right
     * @return the chart
     */
    public static HeatMapChart heatmap(String title, String xLabel, String yLabel, double[][] values,
            List<String> rowLabels, List<String> columnLabels) {
        return Heatmaps.of(Values.text(title, "title"), Values.text(xLabel, "x label"), Values.text(yLabel, "y label"),
                values, rowLabels, columnLabels, Heatmaps.SEQUENTIAL, Double.NaN, Double.NaN);
    }

    /**
     * How many rows have each pair of values of two columns (a cross tabulation), for example
     * species against island.
     *
     * @param table the data
     * @param xColumn the column whose values are the heat map's columns
     * @param yColumn the column whose values are the heat map's rows
     * @return the chart, titled "Rows by x and y"
     */
    public static HeatMapChart heatmap(Table table, String xColumn, String yColumn) {
        return heatmap("Rows by " + xColumn + " and " + yColumn, table, xColumn, yColumn);
    }

    /**
     * A titled count of rows for each pair of values of two columns.
     *
     * @param title the chart title
     * @param table the data
     * @param xColumn the column whose values are the heat map's columns
     * @param yColumn the column whose values are the heat map's rows
     * @return the chart
     */
    public static HeatMapChart heatmap(String title, Table table, String xColumn, String yColumn) {
        return Heatmaps.counts(Values.text(title, "title"), table, xColumn, yColumn);
    }

    /**
     * The Pearson correlation of each pair of numeric columns, as a heat map from -1 (blue)
     * through 0 (white) to +1 (red). Each pair uses the rows where both values are present.
     *
     * @param table the data
     * @param columns the numeric columns to compare; none means every numeric column
     * @return the chart
     */
    public static HeatMapChart correlation(Table table, String... columns) {
        return correlation("Correlation", table, columns);
    }

    /**
     * A titled heat map of the Pearson correlation of each pair of numeric columns.
     *
     * @param title the chart title
     * @param table the data
     * @param columns the numeric columns to compare; none means every numeric column
     * @return the chart
     */
    public static HeatMapChart correlation(String title, Table table, String... columns) {
        List<NumericColumn<?>> numeric = Correlation.columns(Objects.requireNonNull(table, "The table is null"), columns);
        List<String> names = numeric.stream().map(Column::name).toList();
        return Heatmaps.of(Values.text(title, "title"), "column", "column", Correlation.matrix(numeric),
                names, names, Heatmaps.DIVERGING, -1, 1);
    }

    /**
     * A confusion matrix: how often each actual class (rows) was predicted as each class
     * (columns), for example Smile's {@code ConfusionMatrix.of(truth, predicted).matrix}.
     *
     * @param counts {@code counts[actual][predicted]}, square
     * @param classes the class names, in the matrix's order
     * @return the chart
     */
    public static HeatMapChart confusionMatrix(int[][] counts, List<String> classes) {
        return confusionMatrix("Confusion matrix", counts, classes);
    }

    /**
     * A titled confusion matrix: actual classes as rows, predicted classes as columns.
     *
     * @param title the chart title
     * @param counts {@code counts[actual][predicted]}, square
     * @param classes the class names, in the matrix's order
     * @return the chart
     */
    public static HeatMapChart confusionMatrix(String title, int[][] counts, List<String> classes) {
        Objects.requireNonNull(counts, "The confusion matrix is null; pass int[actual][predicted] counts");
        double[][] values = new double[counts.length][];
        for (int r = 0; r < counts.length; r++) {
            if (counts[r] == null || counts[r].length != counts.length) {
                throw new IllegalArgumentException("A confusion matrix is square, but row " + r + " has "
                        + (counts[r] == null ? "no array" : counts[r].length + " counts") + " and there are "
                        + counts.length + " rows");
            }
            values[r] = Arrays.stream(counts[r]).asDoubleStream().toArray();
        }
        return Heatmaps.of(Values.text(title, "title"), "predicted", "actual", values, classes, classes,
                Heatmaps.SEQUENTIAL, 0, Double.NaN);
    }

    // ---- files -------------------------------------------------------------------------

    /**
     * Writes a chart to a file, as PNG or SVG by the file's extension; missing folders are made.
     *
     * @param chart any XChart chart
     * @param file where to write, ending in {@code .png} or {@code .svg}
     * @return the file
     */
    public static Path save(Chart<?, ?> chart, Path file) {
        Objects.requireNonNull(chart, "The chart is null");
        Objects.requireNonNull(file, "The file is null; pass a path ending in .png or .svg");
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean png = name.endsWith(".png");
        if (!png && !name.endsWith(".svg")) {
            throw new IllegalArgumentException("Cannot save a chart as '" + file.getFileName()
                    + "': the name must end in .png (picture) or .svg (vector drawing)");
        }
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                if (png) {
                    BitmapEncoder.saveBitmap(chart, out, BitmapEncoder.BitmapFormat.PNG);
                } else {
                    VectorGraphicsEncoder.saveVectorGraphic(chart, out, VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the chart to " + file + ": " + e.getMessage(), e);
        }
        return file;
    }

    /**
     * Writes a chart to a file, as PNG or SVG by the file's extension.
     *
     * @param chart any XChart chart
     * @param file where to write, ending in {@code .png} or {@code .svg}
     * @return the file
     */
    public static Path save(Chart<?, ?> chart, String file) {
        return save(chart, Path.of(Objects.requireNonNull(file, "The file name is null")));
    }

    /**
     * The chart as an SVG vector drawing, sharp at any zoom (for papers and slides):
     * {@code display(Plot.svg(chart))}. Charts are shown as PNG otherwise.
     *
     * @param chart the chart
     * @return a bundle with {@code image/svg+xml} and a text description
     */
    public static MimeBundle svg(Chart<?, ?> chart) {
        Objects.requireNonNull(chart, "The chart is null");
        ByteArrayOutputStream svg = new ByteArrayOutputStream();
        try {
            VectorGraphicsEncoder.saveVectorGraphic(chart, svg, VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot draw the chart as SVG: " + e.getMessage(), e);
        }
        return MimeBundle.of("image/svg+xml", svg.toString(java.nio.charset.StandardCharsets.UTF_8))
                .with("text/plain", ChartRenderer.describe(chart));
    }

    // ---- shared steps ------------------------------------------------------------------

    private static XYChart xy(String title, String xLabel, String yLabel, double[] x, double[] y,
            XYSeriesRenderStyle style) {
        Values.pairs(x, y);
        XYChart chart = ChartStyle.xy(Values.text(title, "title"), Values.text(xLabel, "x label"),
                Values.text(yLabel, "y label"));
        chart.getStyler().setDefaultSeriesRenderStyle(style);
        XYSeries series = chart.addSeries(yLabel.isEmpty() ? "y" : yLabel, x, y);
        if (style == XYSeriesRenderStyle.Line) {
            ChartStyle.markLine(series, x.length);
        }
        ChartStyle.hideLegend(chart.getStyler());
        return chart;
    }

    private static XYChart scatterChart(String title, Table table, String xColumn, String yColumn) {
        XYChart chart = ChartStyle.xy(Values.text(title, "title"), Columns.find(table, xColumn).name(),
                Columns.find(table, yColumn).name());
        chart.getStyler().setDefaultSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
        return chart;
    }

    private static CategoryChart bars(String title, String xLabel, String yLabel, Map<String, Double> bars) {
        CategoryChart chart = ChartStyle.category(Values.text(title, "title"), Values.text(xLabel, "x label"),
                Values.text(yLabel, "y label"));
        List<String> labels = new ArrayList<>(bars.keySet());
        chart.addSeries(yLabel.isEmpty() ? "value" : yLabel, labels, new ArrayList<>(bars.values()));
        ChartStyle.hideLegend(chart.getStyler());
        ChartStyle.fitLabels(chart.getStyler(), labels);
        return chart;
    }

    /** The present values of a column, of the rows in {@code group} when a group column is given. */
    private static double[] present(NumericColumn<?> values, Column<?> groups, String group) {
        List<Double> kept = new ArrayList<>();
        for (int row = 0; row < values.size(); row++) {
            if (!values.isMissing(row) && (groups == null || Columns.category(groups, row).equals(group))) {
                kept.add(values.getDouble(row));
            }
        }
        if (groups == null && kept.isEmpty()) {
            throw new IllegalArgumentException("No data to plot: column '" + values.name() + "' has no values");
        }
        return kept.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static String[] requireColumns(String[] columns) {
        if (columns == null || columns.length == 0) {
            throw new IllegalArgumentException("Name at least one y column to plot");
        }
        Set<String> seen = new HashSet<>();
        for (String column : columns) {
            if (!seen.add(String.valueOf(column).toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("Column '" + column + "' is named twice; name each y column once");
            }
        }
        return columns;
    }

    private static List<String> numbered(int count) {
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            labels.add(String.valueOf(i));
        }
        return labels;
    }
}
