package dev.atj.kernel.display;

import dev.atj.viz.Display;
import dev.atj.viz.MimeBundle;
import dev.atj.viz.Renderer;
import java.awt.image.RenderedImage;
import java.util.List;
import java.util.Optional;

/** Renderers for JDK types and for JSON trees of any Jackson version. */
final class BuiltInRenderers {
    private BuiltInRenderers() {
    }

    static List<Renderer> all() {
        return List.of(new ImageRenderer(), new JsonTreeRenderer());
    }

    /** {@link RenderedImage} (BufferedImage and friends) as image/png. */
    static final class ImageRenderer implements Renderer {
        @Override
        public Optional<MimeBundle> render(Object value) {
            return value instanceof RenderedImage image ? Optional.of(Display.imageBundle(image)) : Optional.empty();
        }
    }

    /**
     * Jackson's JsonNode as application/json. Matched by class name because cells may use
     * their own Jackson from %maven, a different class from the kernel's.
     */
    static final class JsonTreeRenderer implements Renderer {
        @Override
        public Optional<MimeBundle> render(Object value) {
            for (Class<?> type = value.getClass(); type != null; type = type.getSuperclass()) {
                if (type.getName().equals("com.fasterxml.jackson.databind.JsonNode")) {
                    String json = value.toString();
                    return Optional.of(MimeBundle.of("application/json", json).with("text/plain", json));
                }
            }
            return Optional.empty();
        }
    }
}
