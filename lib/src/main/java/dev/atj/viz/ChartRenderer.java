package dev.atj.viz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * Shows XChart charts (line, bar, pie, scatter, ...) as a PNG picture, so a chart that is a
 * cell's last value, or passed to {@code display}, appears inline. PNG only: XChart's SVG
 * draws text as outlines and weighs 100-250 KB a chart, which bloats saved notebooks; ask for
 * a vector drawing with {@link Plot#svg(Chart)}.
 */
public final class ChartRenderer implements Renderer {

    /** Creates the renderer; the kernel finds it through {@link java.util.ServiceLoader}. */
    public ChartRenderer() {
    }

    @Override
    public Optional<MimeBundle> render(Object value) {
        if (!(value instanceof Chart<?, ?> chart)) {
            return Optional.empty();
        }
        try {
            byte[] png = BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
            return Optional.of(MimeBundle.of("image/png", png).with("text/plain", describe(chart)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot draw the chart: " + e.getMessage(), e);
        }
    }

    static String describe(Chart<?, ?> chart) {
        String title = chart.getTitle() == null || chart.getTitle().isEmpty() ? "untitled" : chart.getTitle();
        return "<chart \"" + title + "\" " + chart.getWidth() + "x" + chart.getHeight() + ">";
    }
}
