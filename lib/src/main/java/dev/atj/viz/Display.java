package dev.atj.viz;

import java.awt.image.RenderedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;

/**
 * Shows things in a notebook cell's output: any object, HTML, Markdown, LaTeX, images.
 * Every ATJ cell imports these methods, so {@code display(chart)} or {@code html("<b>hi</b>")}
 * work as they are. Outside a notebook the text form is printed to standard output.
 */
public final class Display {
    private static volatile DisplaySink sink = new ConsoleSink();

    private Display() {
    }

    /**
     * Sends display output to {@code target} from now on; the kernel calls this at start.
     *
     * @param target where output goes
     */
    public static void install(DisplaySink target) {
        sink = target;
    }

    /**
     * Shows a value as the kernel would show a cell result: a chart as a picture, a table
     * as HTML, anything else as text.
     *
     * @param value the object to show
     * @return a handle to update what is shown
     */
    public static DisplayHandle display(Object value) {
        return show(render(value));
    }

    /**
     * Shows a value in the given representations only, plus text/plain.
     *
     * @param value the object to show
     * @param mimeTypes the MIME types to keep, for example {@code "image/svg+xml"}
     * @return a handle to update what is shown
     */
    public static DisplayHandle display(Object value, String... mimeTypes) {
        return show(render(value, mimeTypes));
    }

    /**
     * Shows HTML.
     *
     * @param html the markup
     * @return a handle to update what is shown
     */
    public static DisplayHandle html(String html) {
        return show(MimeBundle.of("text/html", html).with("text/plain", html));
    }

    /**
     * Shows Markdown.
     *
     * @param markdown the text
     * @return a handle to update what is shown
     */
    public static DisplayHandle markdown(String markdown) {
        return show(MimeBundle.of("text/markdown", markdown).with("text/plain", markdown));
    }

    /**
     * Shows a LaTeX formula, typeset by the front end.
     *
     * @param latex a formula, with or without surrounding {@code $...$}
     * @return a handle to update what is shown
     */
    public static DisplayHandle latex(String latex) {
        String math = latex.strip().startsWith("$") ? latex.strip() : "$$" + latex.strip() + "$$";
        return show(MimeBundle.of("text/latex", math).with("text/plain", latex));
    }

    /**
     * Shows an image as PNG.
     *
     * @param image the picture, for example a {@code BufferedImage}
     * @return a handle to update what is shown
     */
    public static DisplayHandle image(RenderedImage image) {
        return show(imageBundle(image));
    }

    /**
     * Shows a PNG, JPEG, GIF or SVG file.
     *
     * @param file the image file
     * @return a handle to update what is shown
     */
    public static DisplayHandle image(Path file) {
        try {
            String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
            if (name.endsWith(".svg")) {
                return show(MimeBundle.of("image/svg+xml", Files.readString(file)).with("text/plain", file.toString()));
            }
            String type = name.endsWith(".jpg") || name.endsWith(".jpeg") ? "image/jpeg"
                    : name.endsWith(".gif") ? "image/gif" : "image/png";
            return show(MimeBundle.of(type, Files.readAllBytes(file)).with("text/plain", file.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the image " + file + ": " + e.getMessage(), e);
        }
    }

    /** Clears the cell's output now. */
    public static void clearOutput() {
        sink.clearOutput(false);
    }

    /**
     * Clears the cell's output, now or when new output arrives.
     *
     * @param wait true to clear only when the next output arrives (no flicker in animations)
     */
    public static void clearOutput(boolean wait) {
        sink.clearOutput(wait);
    }

    /**
     * The bundle a value would be shown as, without showing it.
     *
     * @param value any object, or null
     * @return its bundle, always with text/plain
     */
    public static MimeBundle render(Object value) {
        return value instanceof MimeBundle bundle && bundle.has("text/plain") ? bundle : sink.render(value);
    }

    /**
     * The bundle a value would be shown as, in the given representations only, plus text/plain
     * (IJava's {@code render(value, mimeTypes)}).
     *
     * @param value any object, or null
     * @param mimeTypes the MIME types to keep
     * @return the bundle
     */
    public static MimeBundle render(Object value, String... mimeTypes) {
        List<String> wanted = Arrays.asList(mimeTypes);
        Map<String, Object> kept = new LinkedHashMap<>();
        render(value).data().forEach((type, content) -> {
            if (wanted.isEmpty() || wanted.contains(type) || type.equals("text/plain")) {
                kept.put(type, content);
            }
        });
        return new MimeBundle(kept);
    }

    /**
     * Replaces what the display with this id shows (IJava's {@code updateDisplay}).
     *
     * @param displayId the id of a {@link DisplayHandle}
     * @param value the new content
     */
    public static void updateDisplay(String displayId, Object value) {
        sink.update(render(value), displayId);
    }

    /**
     * A PNG bundle for an image, with a text description as fallback.
     *
     * @param image the picture
     * @return the bundle
     */
    public static MimeBundle imageBundle(RenderedImage image) {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot encode the image as PNG", e);
        }
        return MimeBundle.of("image/png", png.toByteArray())
                .with("text/plain", "<image " + image.getWidth() + "x" + image.getHeight() + ">");
    }

    private static DisplayHandle show(MimeBundle bundle) {
        String id = UUID.randomUUID().toString();
        sink.display(bundle, id);
        return new DisplayHandle(id);
    }

    /** Outside a notebook: print the text form. */
    private static final class ConsoleSink implements DisplaySink {
        @Override
        public void display(MimeBundle bundle, String displayId) {
            System.out.println(bundle.data().getOrDefault("text/plain", ""));
        }

        @Override
        public void update(MimeBundle bundle, String displayId) {
            display(bundle, displayId);
        }

        @Override
        public void clearOutput(boolean wait) {
        }

        @Override
        public MimeBundle render(Object value) {
            return MimeBundle.of("text/plain", String.valueOf(value));
        }
    }
}
