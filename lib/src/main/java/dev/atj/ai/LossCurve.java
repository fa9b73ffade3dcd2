package dev.atj.ai;

import dev.atj.viz.Plot;
import dev.atj.viz.Display;
import dev.atj.viz.DisplayHandle;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * A chart of the loss per epoch (or per training step, see {@link #live(String)}), drawn while a
 * network trains: shown once, at the first point, then redrawn in place at most every {@value #MIN_UPDATE_MILLIS} ms and once more at
 * {@link #close()}. Drawing a chart costs tens of milliseconds, so the limit keeps fast
 * epochs fast. {@link #chart(List, List)} draws a finished history without showing it.
 *
 * <pre>{@code
 * try (LossCurve curve = LossCurve.live()) {
 *     for (int epoch = 0; epoch < 50; epoch++) { ...; curve.add(trainLoss, validationLoss); }
 * }
 * }</pre>
 */
public final class LossCurve implements AutoCloseable {
    /** The chart's title. */
    public static final String TITLE = "Training loss";
    static final long MIN_UPDATE_MILLIS = 250;

    private final LongSupplier clock;
    private final String xLabel;
    private final List<Integer> xs = new ArrayList<>();
    private final List<Double> train = new ArrayList<>();
    private final List<Double> validation = new ArrayList<>();
    private DisplayHandle handle;
    private long lastShownAt;
    private boolean changedSinceShown;
    private boolean closed;

    LossCurve(LongSupplier clock) {
        this(clock, "epoch");
    }

    private LossCurve(LongSupplier clock, String xLabel) {
        this.clock = clock;
        this.xLabel = xLabel;
    }

    /**
     * A curve that shows itself through {@link Display} as epochs are added.
     *
     * @return the curve, empty until the first {@link #add}
     */
    public static LossCurve live() {
        return new LossCurve(System::currentTimeMillis);
    }

    /**
     * A curve like {@link #live()} whose points are placed with {@link #addAt(int, double, double)}
     * on an x axis of its own, for example training steps of a language model.
     *
     * @param xLabel the x axis title, for example {@code "step"}
     * @return the curve, empty until the first {@link #addAt}
     */
    public static LossCurve live(String xLabel) {
        return new LossCurve(System::currentTimeMillis, xLabel);
    }

    /**
     * Adds one epoch without a validation loss.
     *
     * @param trainLoss the mean training loss of the epoch
     */
    public void add(double trainLoss) {
        add(trainLoss, Double.NaN);
    }

    /**
     * Adds one epoch and redraws the chart if the last drawing is old enough.
     *
     * @param trainLoss the mean training loss of the epoch
     * @param validationLoss the loss on held-out data, or {@code NaN} if there is none
     */
    public synchronized void add(double trainLoss, double validationLoss) {
        addAt(train.size() + 1, trainLoss, validationLoss);
    }

    /**
     * Adds one point at a given x (an epoch or step number) and redraws the chart if the last
     * drawing is old enough.
     *
     * @param x where the point goes on the x axis; larger than the last point's
     * @param trainLoss the training loss at that point
     * @param validationLoss the loss on held-out data, or {@code NaN} if there is none
     */
    public synchronized void addAt(int x, double trainLoss, double validationLoss) {
        if (closed) {
            throw new IllegalStateException("This loss curve is closed; start a new one with LossCurve.live()");
        }
        xs.add(x);
        train.add(trainLoss);
        validation.add(validationLoss);
        changedSinceShown = true;
        long now = clock.getAsLong();
        if (handle == null) {
            handle = Display.display(drawing());
            shown(now);
        } else if (now - lastShownAt >= MIN_UPDATE_MILLIS) {
            handle.update(drawing());
            shown(now);
        }
    }

    /**
     * How many epochs were added.
     *
     * @return the number of points on the training curve
     */
    public synchronized int epochs() {
        return train.size();
    }

    /** Draws the final curve if epochs were added since the last drawing; later calls do nothing. */
    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            if (handle != null && changedSinceShown) {
                handle.update(drawing());
            }
        }
    }

    private XYChart drawing() {
        return chart(xLabel, xs, train, validation);
    }

    private void shown(long now) {
        lastShownAt = now;
        changedSinceShown = false;
    }

    /**
     * A line chart titled {@value #TITLE} with the epoch (from 1) on x and the loss on y: a
     * "train" series and, when any validation loss is a number, a "validation" series.
     *
     * @param train the training loss per epoch, at least one
     * @param validation the validation loss per epoch ({@code NaN} where there is none), or
     *     an empty list
     * @return the chart, ready for {@code display(...)}
     */
    public static XYChart chart(List<Double> train, List<Double> validation) {
        List<Integer> epochs = new ArrayList<>();
        for (int i = 1; i <= train.size(); i++) {
            epochs.add(i);
        }
        return chart("epoch", epochs, train, validation);
    }

    /**
     * A line chart titled {@value #TITLE} with the loss on y at given x values, for example
     * training steps: a "train" series and, when any validation loss is a number, a
     * "validation" series.
     *
     * @param xLabel the x axis title
     * @param xs the x value of each point
     * @param train the training loss at each x, at least one
     * @param validation the validation loss at each x ({@code NaN} where there is none), or an
     *     empty list
     * @return the chart, ready for {@code display(...)}
     */
    public static XYChart chart(String xLabel, List<Integer> xs, List<Double> train, List<Double> validation) {
        if (train.isEmpty()) {
            throw new IllegalArgumentException("No losses to draw: train at least one " + xLabel + " first");
        }
        if (xs.size() != train.size()) {
            throw new IllegalArgumentException("Got " + xs.size() + " x values for " + train.size()
                    + " training losses; give one x per loss");
        }
        XYChart chart = Plot.line(TITLE, xLabel, "loss");
        series(chart, "train", xs, train);
        if (validation.stream().anyMatch(v -> !Double.isNaN(v))) {
            series(chart, "validation", xs, validation);
        }
        return chart;
    }

    private static void series(XYChart chart, String name, List<Integer> xs, List<Double> losses) {
        List<Integer> placed = new ArrayList<>();
        List<Double> kept = new ArrayList<>();
        for (int i = 0; i < losses.size(); i++) {
            if (!Double.isNaN(losses.get(i))) {
                placed.add(xs.get(i));
                kept.add(losses.get(i));
            }
        }
        XYSeries series = chart.addSeries(name, placed, kept);
        series.setMarker(losses.size() > 30 ? SeriesMarkers.NONE : SeriesMarkers.CIRCLE);
    }
}
