package dev.atj.viz;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.BoxChart;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapSeries;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.internal.series.Series;
import tech.tablesaw.aggregate.AggregateFunctions;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

class PlotTest {
    private final Table penguins = Penguins.table();

    @Test
    void lineFromTableIsSortedByXAndLabelledWithColumnNames() {
        XYChart chart = Plot.line(penguins, "flipper_length_mm", "body_mass_g");
        assertTitles(chart, "body_mass_g vs flipper_length_mm", "flipper_length_mm", "body_mass_g");
        XYSeries series = only(chart);
        assertEquals("body_mass_g", series.getName());
        // the row with no flipper length is left out; the rest are in x order
        assertArrayEquals(new double[] {181, 186, 190, 195, 201, 217, 230}, series.getXData());
        assertArrayEquals(new double[] {3750, 3450, 4000, 3800, 4150, 5200, 5700}, series.getYData());
        assertEquals(Plot.WIDTH, chart.getWidth());
        assertEquals(Plot.HEIGHT, chart.getHeight());
        assertFalse(chart.getStyler().isLegendVisible(), "one series needs no legend");
    }

    @Test
    void lineWithDateColumnPutsDatesOnTheXAxis() {
        Table weather = Table.create("weather",
                DateColumn.create("date", LocalDate.of(2012, 1, 3), LocalDate.of(2012, 1, 1), LocalDate.of(2012, 1, 2)),
                DoubleColumn.create("temp_max", 7.2, 12.8, 10.6));
        XYChart chart = Plot.line("Seattle", weather, "date", "temp_max");
        assertTitles(chart, "Seattle", "date", "temp_max");
        XYSeries series = only(chart);
        assertEquals(Series.DataType.Date, series.getxAxisDataType());
        double newYear = LocalDate.of(2012, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        assertArrayEquals(new double[] {newYear, newYear + 86_400_000, newYear + 2 * 86_400_000}, series.getXData());
        assertArrayEquals(new double[] {12.8, 10.6, 7.2}, series.getYData());
        assertEquals("yyyy-MM-dd", chart.getStyler().getDatePattern());
        new ChartRenderer().render(chart).orElseThrow(); // draws without error
    }

    @Test
    void linesDrawOneSeriesPerYColumnWithALegend() {
        Table history = Table.create("history",
                DoubleColumn.create("epoch", 1, 2, 3),
                DoubleColumn.create("train_loss", 0.9, 0.5, 0.3),
                DoubleColumn.create("validation_loss", 1.0, 0.7, 0.6));
        XYChart chart = Plot.lines(history, "epoch", "train_loss", "validation_loss");
        assertTitles(chart, "train_loss, validation_loss vs epoch", "epoch", "value");
        assertEquals(List.of("train_loss", "validation_loss"), new ArrayList<>(chart.getSeriesMap().keySet()));
        assertTrue(chart.getStyler().isLegendVisible());
    }

    @Test
    void anEmptyLineChartTakesSeriesAddedLater() {
        XYChart chart = Plot.line("Loss", "epoch", "loss");
        assertTitles(chart, "Loss", "epoch", "loss");
        assertTrue(chart.getSeriesMap().isEmpty());
        chart.addSeries("train", new double[] {1, 2, 3}, new double[] {0.9, 0.5, 0.3});
        chart.addSeries("validation", new double[] {1, 2, 3}, new double[] {1.0, 0.7, 0.6});
        assertEquals(XYSeries.XYSeriesRenderStyle.Line, chart.getStyler().getDefaultSeriesRenderStyle());
        assertEquals(2, chart.getSeriesMap().size());
    }

    @Test
    void lineFromValuesAloneUsesTheirIndexAsX() {
        XYChart fromArray = Plot.line(new double[] {3, 1, 2});
        XYChart fromList = Plot.line(List.of(3, 1, 2));
        assertArrayEquals(new double[] {0, 1, 2}, only(fromArray).getXData());
        assertArrayEquals(only(fromArray).getYData(), only(fromList).getYData());
        assertTitles(fromList, "Line chart", "index", "value");
        XYChart titled = Plot.line("Squares", "n", "n²", List.of(1, 2, 3), List.of(1, 4, 9));
        assertTitles(titled, "Squares", "n", "n²");
        assertArrayEquals(new double[] {1, 4, 9}, only(titled).getYData());
    }

    @Test
    void scatterFromArraysListsAndTables() {
        XYChart arrays = Plot.scatter(new double[] {1, 2}, new double[] {3, 4});
        assertEquals(XYSeries.XYSeriesRenderStyle.Scatter, arrays.getStyler().getDefaultSeriesRenderStyle());
        assertTitles(arrays, "Scatter plot", "x", "y");
        XYChart lists = Plot.scatter("Titled", "a", "b", List.of(1, 2), List.of(3.5, 4.5));
        assertTitles(lists, "Titled", "a", "b");
        XYChart table = Plot.scatter(penguins, "flipper_length_mm", "body_mass_g");
        assertEquals(7, only(table).getXData().length, "rows in table order, less the one missing x");
        assertEquals(217, only(table).getXData()[0]);
    }

    @Test
    void groupedScatterHasOneSeriesPerCategory() {
        XYChart chart = Plot.scatter(penguins, "flipper_length_mm", "body_mass_g", "species");
        assertTitles(chart, "body_mass_g vs flipper_length_mm by species", "flipper_length_mm", "body_mass_g");
        assertEquals(List.of("Adelie", "Chinstrap", "Gentoo"), new ArrayList<>(chart.getSeriesMap().keySet()));
        assertArrayEquals(new double[] {181, 186, 190}, chart.getSeriesMap().get("Adelie").getXData());
        assertArrayEquals(new double[] {5200, 5700}, chart.getSeriesMap().get("Gentoo").getYData(),
                "the Gentoo with no flipper length is left out");
        assertTrue(chart.getStyler().isLegendVisible());
    }

    @Test
    void groupedScatterShowsMissingGroupValuesAsTheirOwnSeries() {
        XYChart chart = Plot.scatter("By sex", penguins, "flipper_length_mm", "body_mass_g", "sex");
        assertEquals(List.of("female", "male", Columns.MISSING), new ArrayList<>(chart.getSeriesMap().keySet()));
        assertArrayEquals(new double[] {186}, chart.getSeriesMap().get(Columns.MISSING).getXData());
    }

    @Test
    void groupingByANumberColumnSortsGroupsByValue() {
        XYChart chart = Plot.scatter(penguins, "flipper_length_mm", "body_mass_g", "year");
        assertEquals(List.of("2007", "2008", "2009"), new ArrayList<>(chart.getSeriesMap().keySet()));
    }

    @Test
    void barFromAGroupByKeepsItsRowsAndValues() {
        Table means = penguins.summarize("body_mass_g", AggregateFunctions.mean).by("species");
        CategoryChart chart = Plot.bar(means, "species", "Mean [body_mass_g]");
        assertTitles(chart, "Mean [body_mass_g] by species", "species", "Mean [body_mass_g]");
        CategorySeries series = onlyCategory(chart);
        assertEquals(List.of("Gentoo", "Adelie", "Chinstrap"), new ArrayList<>(series.getXData()));
        assertEquals(List.of(5266.666666666667, 3733.3333333333335, 3975.0), numbers(series.getYData()));
    }

    @Test
    void barFromAMapOrArraysKeepsTheGivenOrder() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("cat", 3);
        counts.put("ant", 5);
        CategoryChart fromMap = Plot.bar("Pets", "animal", "count", counts);
        assertTitles(fromMap, "Pets", "animal", "count");
        assertEquals(List.of("cat", "ant"), new ArrayList<>(onlyCategory(fromMap).getXData()));
        assertEquals(List.of(3.0, 5.0), numbers(onlyCategory(fromMap).getYData()));
        CategoryChart fromArrays = Plot.bar(new String[] {"cat", "ant"}, new double[] {3, 5});
        assertTitles(fromArrays, "Bar chart", "category", "value");
        assertEquals(List.of(3.0, 5.0), numbers(onlyCategory(fromArrays).getYData()));
    }

    @Test
    void histogramCountsMatchAHandCount() {
        // 3 bins over [1, 10]: [1, 4) holds 1 2 2 3, [4, 7) holds 4 5, [7, 10] holds 9 10
        CategoryChart chart = Plot.histogram(new double[] {1, 2, 2, 3, 4, 5, 9, 10}, 3);
        assertTitles(chart, "Histogram", "value", "count");
        CategorySeries series = onlyCategory(chart);
        assertEquals(List.of(4.0, 2.0, 2.0), numbers(series.getYData()));
        assertEquals(List.of("2.5", "5.5", "8.5"), new ArrayList<>(series.getXData()));
    }

    @Test
    void histogramOfAColumnSkipsMissingValuesAndNamesTheColumn() {
        // flipper lengths 181..230 (one missing): 2 bins split at 205.5
        CategoryChart chart = Plot.histogram(penguins, "flipper_length_mm", 2);
        assertTitles(chart, "Distribution of flipper_length_mm", "flipper_length_mm", "count");
        assertEquals(List.of(5.0, 2.0), numbers(onlyCategory(chart).getYData()));
    }

    @Test
    void histogramWithoutABinCountUsesSturgesRule() {
        // 8 values: ceil(log2 8) + 1 = 4 bins
        CategoryChart chart = Plot.histogram(List.of(1, 2, 3, 4, 5, 6, 7, 8));
        assertEquals(List.of(2.0, 2.0, 2.0, 2.0), numbers(onlyCategory(chart).getYData()));
        // 7 present flipper lengths: ceil(log2 7) + 1 = 4 bins
        assertEquals(4, onlyCategory(Plot.histogram(penguins, "flipper_length_mm")).getXData().size());
    }

    @Test
    void binEdgesAreEqualAndTheLastBinHoldsTheMaximum() {
        Bins bins = Bins.of(new double[] {0, 10, 5, 2.5, Double.NaN}, 4);
        assertArrayEquals(new double[] {0, 2.5, 5, 7.5, 10}, bins.edges());
        assertArrayEquals(new long[] {1, 1, 1, 1}, bins.counts());
        assertArrayEquals(new long[] {3}, Bins.of(new double[] {7, 7, 7}, 1).counts());
    }

    @Test
    void boxPlotHasOneBoxPerCategory() {
        BoxChart chart = Plot.box(penguins, "species", "body_mass_g");
        assertTitles(chart, "body_mass_g by species", "species", "body_mass_g");
        assertEquals(List.of("Adelie", "Chinstrap", "Gentoo"), new ArrayList<>(chart.getSeriesMap().keySet()));
        assertEquals(List.of(3750.0, 3450.0, 4000.0), numbers(chart.getSeriesMap().get("Adelie").getYData()));
        BoxChart single = Plot.box(penguins, "flipper_length_mm");
        assertTitles(single, "Distribution of flipper_length_mm", "column", "flipper_length_mm");
        assertEquals(7, single.getSeriesMap().get("flipper_length_mm").getYData().size());
        assertEquals(1, Plot.box(new double[] {1, 2, 3}).getSeriesMap().size());
        assertEquals(1, Plot.box(List.of(1, 2, 3)).getSeriesMap().size());
        new ChartRenderer().render(chart).orElseThrow();
    }

    @Test
    void heatmapPutsRowZeroOnTopAndShowsTheValues() {
        double[][] values = {{1, 2, 3}, {4, 5, 6}};
        HeatMapChart chart = Plot.heatmap("Grid", "column", "row", values, List.of("r0", "r1"), List.of("a", "b", "c"));
        assertTitles(chart, "Grid", "column", "row");
        HeatMapSeries series = chart.getHeatMapSeries();
        assertEquals(List.of("a", "b", "c"), series.getXData());
        assertEquals(List.of("r1", "r0"), series.getYData(), "XChart draws y index 0 at the bottom");
        assertEquals(cell(series, 0, 1), 1.0, "values[0][0] sits in column 0 of the top row");
        assertEquals(cell(series, 2, 0), 6.0);
        assertTrue(chart.getStyler().isShowValue());
        assertEquals(1.0, chart.getStyler().getMin());
        assertEquals(6.0, chart.getStyler().getMax());
        new ChartRenderer().render(chart).orElseThrow();
        assertEquals(List.of("0", "1"), Plot.heatmap(values).getHeatMapSeries().getXData().subList(0, 2));
    }

    @Test
    void heatmapOfTwoColumnsCountsTheirPairs() {
        HeatMapChart chart = Plot.heatmap(penguins, "species", "island");
        assertTitles(chart, "Rows by species and island", "species", "island");
        HeatMapSeries series = chart.getHeatMapSeries();
        assertEquals(List.of("Adelie", "Chinstrap", "Gentoo"), series.getXData());
        assertEquals(List.of("Torgersen", "Dream", "Biscoe"), series.getYData());
        // 3 Gentoo on Biscoe (top row, y index 2), no Chinstrap on Biscoe
        assertEquals(3.0, cell(series, 2, 2));
        assertEquals(0.0, cell(series, 1, 2));
        assertEquals(2.0, cell(series, 1, 1));
    }

    @Test
    void correlationHeatmapHasKnownAnswers() {
        Table table = Table.create("lines",
                DoubleColumn.create("x", 1, 2, 3, 4, 5),
                DoubleColumn.create("twice", 2, 4, 6, 8, 10),
                DoubleColumn.create("minus", -1, -2, -3, -4, -5));
        HeatMapChart chart = Plot.correlation(table);
        assertTitles(chart, "Correlation", "column", "column");
        HeatMapSeries series = chart.getHeatMapSeries();
        assertEquals(List.of("x", "twice", "minus"), series.getXData());
        assertEquals(1.0, cell(series, 1, 2), 1e-12); // twice vs x
        assertEquals(-1.0, cell(series, 2, 2), 1e-12); // minus vs x
        assertEquals(-1.0, chart.getStyler().getMin());
        assertEquals(1.0, chart.getStyler().getMax());
        assertEquals(List.of("twice", "x"), Plot.correlation(table, "x", "twice").getHeatMapSeries().getYData());
    }

    @Test
    void confusionMatrixHasActualRowsAndPredictedColumns() {
        HeatMapChart chart = Plot.confusionMatrix(new int[][] {{5, 1}, {2, 7}}, List.of("cat", "dog"));
        assertTitles(chart, "Confusion matrix", "predicted", "actual");
        assertEquals(5.0, cell(chart.getHeatMapSeries(), 0, 1));
        assertEquals(7.0, cell(chart.getHeatMapSeries(), 1, 0));
        assertEquals(0.0, chart.getStyler().getMin());
    }

    @Test
    void everyChartDrawsAsPngAndOnRequestSvg() {
        List<Chart<?, ?>> charts = List.of(
                Plot.line(penguins, "flipper_length_mm", "body_mass_g"),
                Plot.scatter(penguins, "flipper_length_mm", "body_mass_g", "species"),
                Plot.bar(Map.of("a", 1)),
                Plot.histogram(penguins, "body_mass_g"),
                Plot.box(penguins, "species", "body_mass_g"),
                Plot.correlation(penguins));
        for (Chart<?, ?> chart : charts) {
            MimeBundle bundle = new ChartRenderer().render(chart).orElseThrow();
            assertTrue(bundle.has("image/png") && !bundle.has("image/svg+xml"), chart.getTitle());
            assertTrue(((String) Plot.svg(chart).data().get("image/svg+xml")).contains("<svg"), chart.getTitle());
        }
    }

    private static void assertTitles(Chart<?, ?> chart, String title, String xTitle, String yTitle) {
        assertEquals(title, chart.getTitle());
        assertEquals(xTitle, chart.getXAxisTitle());
        assertEquals(yTitle, chart.getYAxisTitle());
    }

    private static XYSeries only(XYChart chart) {
        assertEquals(1, chart.getSeriesMap().size());
        return chart.getSeriesMap().values().iterator().next();
    }

    private static CategorySeries onlyCategory(CategoryChart chart) {
        assertEquals(1, chart.getSeriesMap().size());
        return chart.getSeriesMap().values().iterator().next();
    }

    private static List<Double> numbers(java.util.Collection<? extends Number> values) {
        return values.stream().map(Number::doubleValue).toList();
    }

    /** The value XChart holds at (x index, y index), y counted from the bottom. */
    private static double cell(HeatMapSeries series, int x, int y) {
        for (Number[] c : series.getHeatData()) {
            if (c[0].intValue() == x && c[1].intValue() == y) {
                return c[2].doubleValue();
            }
        }
        throw new AssertionError("no cell at (" + x + ", " + y + ")");
    }
}
