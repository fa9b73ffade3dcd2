package dev.atj.ethics;

import dev.atj.viz.MimeBundle;
import dev.atj.viz.Renderer;
import java.util.Optional;

/**
 * Shows {@link ModelCard}s and {@link DataSheet}s in a notebook as formatted HTML, with Markdown and
 * plain text alongside. Listed in {@code META-INF/services/dev.atj.viz.Renderer}, so a card that is
 * a cell's result, or passed to {@code display(...)}, appears formatted.
 */
public final class GovernanceRenderer implements Renderer {

    /** Creates the renderer; the kernel finds it through {@link java.util.ServiceLoader}. */
    public GovernanceRenderer() {
    }

    @Override
    public Optional<MimeBundle> render(Object value) {
        if (value instanceof ModelCard card) {
            return Optional.of(card.toMimeBundle());
        }
        if (value instanceof DataSheet sheet) {
            return Optional.of(sheet.toMimeBundle());
        }
        return Optional.empty();
    }

    @Override
    public int priority() {
        return 10;
    }
}
