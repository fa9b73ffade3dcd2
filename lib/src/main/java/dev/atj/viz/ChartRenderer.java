package dev.atj.viz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * Shows XChart charts (line, bar, pie, scatter, ...) as a PNG picture and as SVG, so a chart
 * that is a cell's last value, or passed to {@code display}, appears inline.
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
            ByteArrayOutputStream svg = new ByteArrayOutputStream();
            VectorGraphicsEncoder.saveVectorGraphic(chart, svg, VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
            String title = chart.getTitle() == null || chart.getTitle().isEmpty() ? "untitled" : chart.getTitle();
            return Optional.of(MimeBundle.of("image/png", png)
                    .with("image/svg+xml", svg.toString(StandardCharsets.UTF_8))
                    .with("text/plain", "<chart \"" + title + "\" " + chart.getWidth() + "x" + chart.getHeight() + ">"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot draw the chart: " + e.getMessage(), e);
        }
    }
}
