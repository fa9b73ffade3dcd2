package dev.atj.viz;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;

class LiveChartTest {
    private final RecordingSink sink = new RecordingSink();
    private final AtomicLong now = new AtomicLong(1_000);
    private DisplaySink previous;

    @BeforeEach
    void installRecordingSink() throws ReflectiveOperationException {
        previous = (DisplaySink) sinkField().get(null);
        Display.install(sink);
    }

    @AfterEach
    void restoreSink() {
        Display.install(previous);
    }

    @Test
    void showsOnceThenRedrawsInPlaceAtMostEveryInterval() {
        LiveChart live = new LiveChart(Plot.line("Training loss", "epoch", "loss"), now::get, 250);
        assertEquals(1, sink.displayed.size());
        for (int epoch = 0; epoch < 10; epoch++) {
            live.add("train", epoch, 1.0 / (epoch + 1));
        }
        assertEquals(0, sink.updates.size(), "no time has passed");
        now.addAndGet(249);
        live.add("train", 10, 0.09);
        assertEquals(0, sink.updates.size(), "249 ms is not yet 250");
        now.addAndGet(1);
        live.add("validation", 10, 0.2);
        assertEquals(1, sink.updates.size());
        now.addAndGet(100);
        live.add("train", 11, 0.08);
        assertEquals(1, sink.updates.size(), "100 ms after a redraw is too soon");
        live.close();
        assertEquals(2, sink.updates.size(), "close draws the final state");
        live.close();
        assertEquals(2, sink.updates.size(), "a second close draws nothing");
        XYChart chart = live.chart();
        assertEquals(12, chart.getSeriesMap().get("train").getXData().length);
        assertEquals(1, chart.getSeriesMap().get("validation").getXData().length);
    }

    @Test
    void updatesGoToTheDisplayFirstShownAsRealCharts() {
        try (LiveChart live = new LiveChart(Plot.line("Training loss", "epoch", "loss"), now::get, 250)) {
            live.add("train", 1, 0.5);
            now.addAndGet(250);
            live.add("train", 2, 0.4);
        }
        String id = sink.displayed.get(0).id();
        assertTrue(sink.updates.stream().allMatch(update -> update.id().equals(id)));
        MimeBundle last = sink.updates.get(sink.updates.size() - 1).bundle();
        assertTrue(last.has("image/png"));
        assertEquals("<chart \"Training loss\" 640x400>", last.data().get("text/plain"));
    }

    @Test
    void aTightLoopIsThrottledByTheRealClock() {
        long start = System.currentTimeMillis();
        LiveChart live = LiveChart.show("Loss", "step", "loss");
        for (int step = 0; step < 1_000; step++) {
            live.add("train", 1.0 / (step + 1));
        }
        live.close();
        long elapsed = System.currentTimeMillis() - start;
        assertEquals(1, sink.displayed.size());
        long allowed = elapsed / LiveChart.MIN_UPDATE_MILLIS + 1;
        assertTrue(sink.updates.size() >= 1 && sink.updates.size() <= allowed,
                sink.updates.size() + " updates in " + elapsed + " ms");
        assertEquals(1_000, live.chart().getSeriesMap().get("train").getXData().length);
    }

    @Test
    void pointsWithoutXAreNumberedPerSeries() {
        LiveChart live = new LiveChart(Plot.line("Loss", "step", "loss"), now::get, 250);
        live.add("train", 0.9);
        live.add("train", 0.7);
        live.add("test", 0.95);
        assertArrayEquals(new double[] {0, 1}, live.chart().getSeriesMap().get("train").getXData());
        assertArrayEquals(new double[] {0}, live.chart().getSeriesMap().get("test").getXData());
    }

    @Test
    void aNanLossOrAClosedChartIsRefusedWithAHint() {
        LiveChart live = new LiveChart(Plot.line("Loss", "step", "loss"), now::get, 250);
        String message = assertThrows(IllegalArgumentException.class, () -> live.add("train", 3, Double.NaN)).getMessage();
        assertTrue(message.contains("training diverged"), message);
        live.close();
        assertThrows(IllegalStateException.class, () -> live.add("train", 4, 0.1));
    }

    /** The field Display keeps its sink in; there is no getter, and each test puts it back. */
    private static Field sinkField() throws NoSuchFieldException {
        Field field = Display.class.getDeclaredField("sink");
        field.setAccessible(true);
        return field;
    }

    private record Shown(MimeBundle bundle, String id) {
    }

    /** Keeps what was shown, rendering values as the kernel does. */
    private static final class RecordingSink implements DisplaySink {
        final List<Shown> displayed = new ArrayList<>();
        final List<Shown> updates = new ArrayList<>();

        @Override
        public void display(MimeBundle bundle, String displayId) {
            displayed.add(new Shown(bundle, displayId));
        }

        @Override
        public void update(MimeBundle bundle, String displayId) {
            updates.add(new Shown(bundle, displayId));
        }

        @Override
        public void clearOutput(boolean wait) {
        }

        @Override
        public MimeBundle render(Object value) {
            return new ChartRenderer().render(value).orElseGet(() -> MimeBundle.of("text/plain", String.valueOf(value)));
        }
    }
}
