package dev.atj.kernel.repl;

import dev.atj.viz.MimeBundle;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/**
 * Shows a MIME bundle in a terminal: a picture (a chart's PNG, an SVG) is saved to a file
 * and its path printed; anything else prints as its text/plain form (tables included).
 */
final class BundleWriter {
    private static final Map<String, String> PICTURES = Map.of(
            "image/png", "png", "image/svg+xml", "svg", "image/jpeg", "jpg", "image/gif", "gif");
    private static final java.util.List<String> PICTURE_ORDER =
            java.util.List.of("image/png", "image/svg+xml", "image/jpeg", "image/gif");

    private final TerminalPrinter printer;
    private final ImageFiles images;

    BundleWriter(TerminalPrinter printer, ImageFiles images) {
        this.printer = printer;
        this.images = images;
    }

    void write(MimeBundle bundle) {
        for (String type : PICTURE_ORDER) {
            Object content = bundle.data().get(type);
            if (content != null) {
                savePicture(content, PICTURES.get(type));
                return;
            }
        }
        Object text = bundle.data().get("text/plain");
        printer.line(text == null ? "" : text.toString());
    }

    private void savePicture(Object content, String extension) {
        byte[] bytes = content instanceof byte[] binary ? binary
                : content.toString().getBytes(StandardCharsets.UTF_8);
        try {
            Path file = images.save(bytes, extension);
            printer.line("image saved to " + file);
        } catch (UncheckedIOException e) {
            printer.error(e.getMessage());
        }
    }
}
