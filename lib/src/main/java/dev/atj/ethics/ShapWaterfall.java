package dev.atj.ethics;

import dev.atj.viz.Plot;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;

/**
 * Draws one prediction's Shapley values as a waterfall: stacked bars whose invisible lower
 * part carries each step up to where the previous one ended.
 */
final class ShapWaterfall {
    private static final Color UP = new Color(0x2CA02C);
    private static final Color DOWN = new Color(0xD62728);
    private static final Color TOTAL = new Color(0x1F77B4);

    private ShapWaterfall() {
    }

    static CategoryChart of(ShapleyValues shap, int[] order) {
        List<String> labels = new ArrayList<>();
        List<Double> hidden = new ArrayList<>();
        List<Double> up = new ArrayList<>();
        List<Double> down = new ArrayList<>();
        List<Double> total = new ArrayList<>();
        labels.add("base value");
        addBar(hidden, up, down, total, 0, 0, 0, shap.baseValue());
        double level = shap.baseValue();
        for (int j : order) {
            double v = shap.values()[j];
            labels.add(shap.features().get(j));
            addBar(hidden, up, down, total, Math.min(level, level + v), Math.max(v, 0), Math.max(-v, 0), 0);
            level += v;
        }
        labels.add("prediction");
        addBar(hidden, up, down, total, 0, 0, 0, shap.prediction());
        // Plot.bar gives the library's title, axes and style; the series are then replaced.
        CategoryChart chart = Plot.bar("Shapley values (" + shap.method() + "): base value to prediction", "feature",
                "prediction", new String[] {"base value"}, new double[] {shap.baseValue()});
        chart.removeSeries(chart.getSeriesMap().keySet().iterator().next());
        chart.getStyler().setStacked(true);
        chart.getStyler().setLegendVisible(true);
        series(chart, " ", labels, hidden, new Color(0, 0, 0, 0));
        series(chart, "raises", labels, up, UP);
        series(chart, "lowers", labels, down, DOWN);
        series(chart, "base / prediction", labels, total, TOTAL);
        return chart;
    }

    private static void addBar(List<Double> hidden, List<Double> up, List<Double> down, List<Double> total,
            double start, double rise, double fall, double whole) {
        hidden.add(start);
        up.add(rise);
        down.add(fall);
        total.add(whole);
    }

    private static void series(CategoryChart chart, String name, List<String> labels, List<Double> values, Color color) {
        CategorySeries series = chart.addSeries(name, labels, values);
        series.setFillColor(color);
    }
}
