package dev.atj.viz;

/**
 * Something shown with {@link Display}, which can be replaced in place:
 * {@code var h = display(progress); ... h.update(newProgress);}.
 *
 * @param id the display id Jupyter knows this output by
 */
public record DisplayHandle(String id) {

    /**
     * Replaces what this display shows with {@code value}, rendered as a cell result would be.
     *
     * @param value the new content
     */
    public void update(Object value) {
        Display.updateDisplay(id, value);
    }
}
