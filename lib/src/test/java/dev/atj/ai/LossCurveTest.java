package dev.atj.ai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.atj.viz.Display;
import dev.atj.viz.DisplaySink;
import dev.atj.viz.MimeBundle;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;

class LossCurveTest {

    /** Records what reaches the notebook, without drawing anything. */
    static final class RecordingSink implements DisplaySink {
        final List<String> calls = new ArrayList<>();
        final List<Object> shown = new ArrayList<>();
        private final List<String> ids = new ArrayList<>();
        private Object lastRendered;

        @Override
        public void display(MimeBundle bundle, String displayId) {
            calls.add("display");
            ids.add(displayId);
            shown.add(takeRendered());
        }

        @Override
        public void update(MimeBundle bundle, String displayId) {
            calls.add(ids.contains(displayId) ? "update" : "update of unknown id");
            shown.add(takeRendered());
        }

        @Override
        public void clearOutput(boolean wait) {
            calls.add("clear");
        }

        @Override
        public MimeBundle render(Object value) {
            lastRendered = value;
            return MimeBundle.of("text/plain", String.valueOf(value));
        }

        /** The object behind the bundle just shown, or null when a bundle was shown as it is. */
        private Object takeRendered() {
            Object value = lastRendered;
            lastRendered = null;
            return value;
        }

        List<Object> charts() {
            return shown.stream().filter(XYChart.class::isInstance).toList();
        }
    }

    /**
     * Installs {@code sink} for the duration of {@code body}, then puts back whatever sink was
     * there. Display has no getter (the kernel only ever installs), so the test reads its field.
     */
    static void withSink(DisplaySink sink, Runnable body) {
        DisplaySink previous = currentSink();
        Display.install(sink);
        try {
            body.run();
        } finally {
            Display.install(previous);
        }
        assertSame(previous, currentSink());
    }

    private static DisplaySink currentSink() {
        try {
            Field field = Display.class.getDeclaredField("sink");
            field.setAccessible(true);
            return (DisplaySink) field.get(null);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("Display keeps its sink in a static field named sink", e);
        }
    }

    @Test
    void showsOnceThenUpdatesAtMostEveryQuarterSecondAndOnceAtTheEnd() {
        RecordingSink sink = new RecordingSink();
        AtomicLong now = new AtomicLong(1_000);
        withSink(sink, () -> {
            try (LossCurve curve = new LossCurve(now::get)) {
                // Epochs every 100 ms: shown at 0 ms, redrawn at 300 and 600 ms, final at close.
                for (int epoch = 0; epoch < 8; epoch++) {
                    curve.add(1.0 / (epoch + 1), 2.0 / (epoch + 1));
                    now.addAndGet(100);
                }
                assertEquals(8, curve.epochs());
            }
        });
        assertEquals(List.of("display", "update", "update", "update"), sink.calls);
        XYChart last = (XYChart) sink.shown.get(sink.shown.size() - 1);
        assertEquals(8, last.getSeriesMap().get("train").getXData().length);
    }

    @Test
    void closeAddsNoUpdateWhenTheLastEpochWasAlreadyDrawn() {
        RecordingSink sink = new RecordingSink();
        AtomicLong now = new AtomicLong();
        withSink(sink, () -> {
            LossCurve curve = new LossCurve(now::get);
            curve.add(0.5);
            curve.close();
            curve.close();
            assertThrows(IllegalStateException.class, () -> curve.add(0.4));
        });
        assertEquals(List.of("display"), sink.calls);
    }

    @Test
    void chartIsTitledWithEpochAndLossAxesAndATrainAndValidationSeries() {
        XYChart chart = LossCurve.chart(List.of(0.9, 0.5, 0.3), List.of(1.0, 0.7, 0.6));
        assertEquals("Training loss", chart.getTitle());
        assertEquals("epoch", chart.getXAxisTitle());
        assertEquals("loss", chart.getYAxisTitle());
        assertEquals(List.of("train", "validation"), List.copyOf(chart.getSeriesMap().keySet()));
        double[] epochs = chart.getSeriesMap().get("train").getXData();
        assertEquals(1.0, epochs[0]);
        assertEquals(3.0, epochs[2]);
        assertEquals(0.6, chart.getSeriesMap().get("validation").getYData()[2]);
    }

    @Test
    void chartLeavesOutTheValidationSeriesWhenThereIsNone() {
        XYChart chart = LossCurve.chart(List.of(0.9, 0.5), List.of(Double.NaN, Double.NaN));
        assertEquals(List.of("train"), List.copyOf(chart.getSeriesMap().keySet()));
        assertEquals(List.of("train"), List.copyOf(new MlpHistory(List.of(0.9), List.of()).chart()
                .getSeriesMap().keySet()));
    }

    @Test
    void chartOverStepsPlacesEachPointAtItsStep() {
        XYChart chart = LossCurve.chart("step", List.of(50, 100), List.of(2.0, 1.5), List.of(2.1, 1.7));
        assertEquals("step", chart.getXAxisTitle());
        assertEquals(50.0, chart.getSeriesMap().get("validation").getXData()[0]);
        assertEquals(100.0, chart.getSeriesMap().get("train").getXData()[1]);
        assertThrows(IllegalArgumentException.class,
                () -> LossCurve.chart("step", List.of(50), List.of(2.0, 1.5), List.of()));
    }

    @Test
    void emptyHistoryCannotBeDrawn() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> LossCurve.chart(List.of(), List.of()));
        assertTrue(error.getMessage().contains("train at least one epoch"), error.getMessage());
    }

    @Test
    void historySummarisesFirstAndLastLoss() {
        MlpHistory history = new MlpHistory(List.of(1.0, 0.5, 0.25), List.of(1.5, 1.0, 0.75));
        assertEquals("MlpHistory[3 epochs, train loss 1.0000 -> 0.2500, validation loss 1.5000 -> 0.7500]",
                history.toString());
        assertEquals(0.25, history.lastTrainLoss());
        assertThrows(IllegalArgumentException.class, () -> new MlpHistory(List.of(1.0, 0.5), List.of(1.0)));
    }
}
