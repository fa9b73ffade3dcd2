package dev.atj.viz;

import java.awt.Color;
import java.awt.Font;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.knowm.xchart.BoxChart;
import org.knowm.xchart.BoxChartBuilder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** The look every {@link Plot} chart shares: size, fonts, colours, white background. */
final class ChartStyle {
    static final int WIDTH = 640;
    static final int HEIGHT = 400;
    /** Above this many points a line is drawn without markers, which would hide it. */
    static final int MAX_POINTS_WITH_MARKERS = 50;

    /** Okabe and Ito's palette, told apart by colour-blind readers too (yellow moved last). */
    private static final Color[] SERIES_COLORS = {
        new Color(0x0072B2), new Color(0xE69F00), new Color(0x009E73), new Color(0xD55E00),
        new Color(0xCC79A7), new Color(0x56B4E9), new Color(0x000000), new Color(0xC9B400),
    };
    private static final Color GRID = new Color(0xE5E5E5);
    private static final int CROWDED_LABEL_CHARS = 60;
    private static final int CROWDED_LABEL_COUNT = 12;
    private static final long TWO_DAYS_MILLIS = 2L * 24 * 60 * 60 * 1000;

    private ChartStyle() {
    }

    static XYChart xy(String title, String xLabel, String yLabel) {
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT)
                .title(title).xAxisTitle(xLabel).yAxisTitle(yLabel).build();
        axes(chart.getStyler());
        chart.getStyler().setMarkerSize(6);
        return chart;
    }

    static CategoryChart category(String title, String xLabel, String yLabel) {
        CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT)
                .title(title).xAxisTitle(xLabel).yAxisTitle(yLabel).build();
        axes(chart.getStyler());
        return chart;
    }

    static BoxChart box(String title, String xLabel, String yLabel) {
        BoxChart chart = new BoxChartBuilder().width(WIDTH).height(HEIGHT)
                .title(title).xAxisTitle(xLabel).yAxisTitle(yLabel).build();
        axes(chart.getStyler());
        return chart;
    }

    static HeatMapChart heatMap(String title, String xLabel, String yLabel) {
        HeatMapChart chart = new HeatMapChartBuilder().width(WIDTH).height(HEIGHT)
                .title(title).xAxisTitle(xLabel).yAxisTitle(yLabel).build();
        axes(chart.getStyler());
        return chart;
    }

    /** A chart with one series needs no legend; its axis titles already say what it shows. */
    static void hideLegend(Styler styler) {
        styler.setLegendVisible(false);
    }

    /** Turns category labels sideways when there are too many, or too long ones, to sit in a row. */
    static void fitLabels(AxesChartStyler styler, List<String> labels) {
        int chars = labels.stream().mapToInt(String::length).sum();
        if (labels.size() > CROWDED_LABEL_COUNT || chars > CROWDED_LABEL_CHARS) {
            styler.setXAxisLabelRotation(45);
        }
    }

    /** Markers on a long line cover it; they stay where they help count the points. */
    static void markLine(XYSeries series, int points) {
        if (points > MAX_POINTS_WITH_MARKERS) {
            series.setMarker(SeriesMarkers.NONE);
        }
    }

    /**
     * Labels a date axis with whole dates (times too, for spans under two days). XChart's own
     * choice for long spans is the year alone, written at ticks that are 365 days apart but not
     * on New Year's Day, so a tick in late December 2011 read "2011" for data starting in 2012.
     */
    static void labelXAxis(XYChart chart, Collection<?> xValues) {
        if (!xValues.isEmpty() && xValues.stream().allMatch(ChartStyle::isWholeNumber)) {
            // Years and counts: "1955", not XChart's "1,955".
            chart.getStyler().setXAxisDecimalPattern("#");
            return;
        }
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (Object x : xValues) {
            if (!(x instanceof Date date)) {
                return;
            }
            min = Math.min(min, date.getTime());
            max = Math.max(max, date.getTime());
        }
        boolean hours = max - min < TWO_DAYS_MILLIS;
        chart.getStyler().setDatePattern(hours ? "yyyy-MM-dd HH:mm" : "yyyy-MM-dd");
    }

    private static boolean isWholeNumber(Object x) {
        return x instanceof Number number && number.doubleValue() == Math.rint(number.doubleValue())
                && Math.abs(number.doubleValue()) < 1e15;
    }

    private static void axes(AxesChartStyler styler) {
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotBackgroundColor(Color.WHITE);
        styler.setPlotBorderVisible(false);
        styler.setPlotGridLinesColor(GRID);
        styler.setChartTitleBoxVisible(false);
        styler.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        styler.setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        styler.setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        styler.setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        styler.setLegendBorderColor(GRID);
        styler.setLegendPosition(Styler.LegendPosition.OutsideE);
        styler.setSeriesColors(SERIES_COLORS);
        styler.setAntiAlias(true);
        styler.setChartPadding(12);
        // the same picture on every machine: '.' as decimal point, dates in UTC
        styler.setLocale(Locale.ROOT);
        styler.setTimezone(TimeZone.getTimeZone("UTC"));
    }
}
