package dev.atj.viz;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;

/**
 * A line chart that grows while a loop runs, for example a loss curve during training. It is
 * shown once and then redrawn in place, at most every {@value #MIN_UPDATE_MILLIS} ms (less
 * often once drawing takes longer than half that), so calling {@link #add} every step costs
 * little; {@link #close()} draws the final state.
 *
 * <pre>{@code
 * try (LiveChart live = LiveChart.show("Training loss", "epoch", "loss")) {
 *     for (int epoch = 1; epoch <= 20; epoch++) {
 *         live.add("train", epoch, trainOneEpoch());
 *         live.add("validation", epoch, validate());
 *     }
 * }
 * }</pre>
 */
public final class LiveChart implements AutoCloseable {
    /** The shortest time between two redraws, in milliseconds. */
    public static final long MIN_UPDATE_MILLIS = 250;

    private final XYChart chart;
    private final Map<String, Points> series = new LinkedHashMap<>();
    private final LongSupplier clock;
    private final long minUpdateMillis;
    private final DisplayHandle handle;
    private long nextDueAt;
    private boolean changed;
    private boolean closed;

    LiveChart(XYChart chart, LongSupplier clock, long minUpdateMillis) {
        this.chart = chart;
        this.clock = clock;
        this.minUpdateMillis = minUpdateMillis;
        this.handle = Display.display(chart);
        this.nextDueAt = clock.getAsLong() + minUpdateMillis;
    }

    /**
     * Shows an empty line chart, ready for points.
     *
     * @param title the chart title
     * @param xLabel the x axis title, for example {@code "epoch"}
     * @param yLabel the y axis title, for example {@code "loss"}
     * @return the live chart
     */
    public static LiveChart show(String title, String xLabel, String yLabel) {
        return new LiveChart(Plot.line(title, xLabel, yLabel), System::currentTimeMillis, MIN_UPDATE_MILLIS);
    }

    /**
     * Adds the point (x, y) to a series, making the series on first use; redraws the chart
     * if the last redraw was long enough ago.
     *
     * @param seriesName the line, for example {@code "train"}
     * @param x the x value, for example the epoch
     * @param y the y value, for example the loss; must be finite
     */
    public synchronized void add(String seriesName, double x, double y) {
        if (closed) {
            throw new IllegalStateException("This live chart is closed; start a new one with LiveChart.show(...)");
        }
        Values.text(seriesName, "series name");
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("Point (" + x + ", " + y + ") of series '" + seriesName
                    + "' is not finite; a NaN or infinite loss usually means training diverged"
                    + " (try a smaller learning rate)");
        }
        series.computeIfAbsent(seriesName, name -> new Points()).add(x, y);
        changed = true;
        if (clock.getAsLong() >= nextDueAt) {
            redraw();
        }
    }

    /**
     * Adds a point to a series at the next x: 0 for its first point, then 1, 2, ...
     *
     * @param seriesName the line, for example {@code "train"}
     * @param y the y value; must be finite
     */
    public synchronized void add(String seriesName, double y) {
        Points points = series.get(seriesName);
        add(seriesName, points == null ? 0 : points.size, y);
    }

    /** Redraws now if points were added since the last redraw, however recent that was. */
    public synchronized void refresh() {
        if (changed) {
            redraw();
        }
    }

    /**
     * The chart with every point added so far, for example to save it after training.
     *
     * @return the chart
     */
    public synchronized XYChart chart() {
        syncSeries();
        return chart;
    }

    /** Draws the final state; later calls do nothing, and later {@link #add} calls fail. */
    @Override
    public synchronized void close() {
        if (!closed) {
            refresh();
            closed = true;
        }
    }

    private void redraw() {
        long start = clock.getAsLong();
        syncSeries();
        handle.update(chart);
        changed = false;
        long end = clock.getAsLong();
        // drawing thousands of points takes a while: wait at least twice as long as it took,
        // so redraws never take more than a third of the loop's time
        nextDueAt = end + Math.max(minUpdateMillis, 2 * (end - start));
    }

    private void syncSeries() {
        series.forEach((name, points) -> {
            double[] xs = Arrays.copyOf(points.x, points.size);
            double[] ys = Arrays.copyOf(points.y, points.size);
            XYSeries line = chart.getSeriesMap().containsKey(name)
                    ? chart.updateXYSeries(name, xs, ys, null)
                    : chart.addSeries(name, xs, ys);
            ChartStyle.markLine(line, points.size);
        });
    }

    /** A series' points, in a growing pair of arrays. */
    private static final class Points {
        private double[] x = new double[16];
        private double[] y = new double[16];
        private int size;

        void add(double xValue, double yValue) {
            if (size == x.length) {
                x = Arrays.copyOf(x, size * 2);
                y = Arrays.copyOf(y, size * 2);
            }
            x[size] = xValue;
            y[size] = yValue;
            size++;
        }
    }
}
