package dev.atj.kernel.display;

import dev.atj.viz.MimeBundle;
import dev.atj.viz.Renderer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.ServiceConfigurationError;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns values into MIME bundles with the renderers found by {@link ServiceLoader} on the
 * cells' class path (the kernel's built-ins, the helper library's, and any jar added later),
 * highest priority first. Every bundle ends up with a text/plain fallback.
 */
public final class RendererRegistry {
    private static final Logger LOG = Logger.getLogger(RendererRegistry.class.getName());
    private final Supplier<ClassLoader> classLoader;
    private volatile List<Renderer> renderers;

    public RendererRegistry(Supplier<ClassLoader> classLoader) {
        this.classLoader = classLoader;
    }

    /** Looks for renderers again, after jars were added to the class path. */
    public void refresh() {
        renderers = null;
    }

    /** The bundle for a value; {@code plainText} (JShell's text for it) is the fallback. */
    public MimeBundle render(Object value, String plainText) {
        String text = plainText != null ? plainText : PlainText.of(value);
        if (value == null) {
            return MimeBundle.of("text/plain", text);
        }
        if (value instanceof MimeBundle bundle) {
            return bundle.has("text/plain") ? bundle : bundle.with("text/plain", firstText(bundle));
        }
        // Renderers run with the cells' class loader as context loader, as cell code does: libraries
        // such as Spark find their codecs and plug-ins through it.
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(classLoader.get());
        try {
            return renderWithRenderers(value, text);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private MimeBundle renderWithRenderers(Object value, String text) {
        List<String> failures = new ArrayList<>();
        for (Renderer renderer : renderers()) {
            Optional<MimeBundle> bundle = tryRender(renderer, value, failures);
            if (bundle.isPresent()) {
                return bundle.get().has("text/plain") ? bundle.get() : bundle.get().with("text/plain", text);
            }
        }
        return MimeBundle.of("text/plain", failures.isEmpty() ? text : text + "\n" + String.join("\n", failures));
    }

    /** A bundle made by hand without text/plain falls back to its first textual representation. */
    private static String firstText(MimeBundle bundle) {
        return bundle.data().values().stream().filter(String.class::isInstance).map(String.class::cast)
                .findFirst().orElse("");
    }

    /**
     * A renderer that throws is skipped, but the learner is told why the picture is missing
     * (for example XChart refusing a logarithmic axis over a bar that starts at zero).
     */
    private static Optional<MimeBundle> tryRender(Renderer renderer, Object value, List<String> failures) {
        try {
            return renderer.render(value);
        } catch (RuntimeException | LinkageError e) {
            LOG.log(Level.WARNING, "Renderer " + renderer.getClass().getName() + " failed on a "
                    + value.getClass().getName(), e);
            failures.add("(this " + value.getClass().getSimpleName() + " could not be drawn: "
                    + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
            return Optional.empty();
        }
    }

    private List<Renderer> renderers() {
        List<Renderer> current = renderers;
        if (current == null) {
            current = load();
            renderers = current;
        }
        return current;
    }

    private List<Renderer> load() {
        List<Renderer> found = new ArrayList<>(BuiltInRenderers.all());
        try {
            ServiceLoader.load(Renderer.class, classLoader.get()).forEach(found::add);
        } catch (ServiceConfigurationError e) {
            LOG.log(Level.WARNING, "A renderer on the class path could not be loaded", e);
        }
        found.sort(Comparator.comparingInt(Renderer::priority).reversed());
        return List.copyOf(found);
    }
}
