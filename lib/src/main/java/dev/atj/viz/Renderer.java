package dev.atj.viz;

import java.util.Optional;

/**
 * Turns objects of some type into a {@link MimeBundle}. Renderers are found with
 * {@link java.util.ServiceLoader}: list the class in
 * {@code META-INF/services/dev.atj.viz.Renderer} of any jar on the notebook's class path
 * (the helper library, a {@code %maven} dependency, your own jar).
 */
public interface Renderer {

    /**
     * Renders {@code value}, or declines so that another renderer may try.
     *
     * @param value a non-null object
     * @return the bundle, or empty if this renderer does not handle the value
     */
    Optional<MimeBundle> render(Object value);

    /**
     * When several renderers accept a value, the highest priority wins. Built-in renderers
     * use 0; a renderer for a more specific type should return more.
     *
     * @return the priority
     */
    default int priority() {
        return 0;
    }
}
