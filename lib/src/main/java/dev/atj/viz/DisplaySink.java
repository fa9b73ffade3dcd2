package dev.atj.viz;

/**
 * Where {@link Display} sends its output. In a notebook the kernel installs one that
 * publishes Jupyter display messages; in a plain Java program the default prints the
 * text/plain representation to standard output.
 */
public interface DisplaySink {

    /**
     * Shows a bundle in the cell's output.
     *
     * @param bundle what to show
     * @param displayId an id for later updates, or null
     */
    void display(MimeBundle bundle, String displayId);

    /**
     * Replaces what an earlier {@link #display} with the same id shows.
     *
     * @param bundle the new content
     * @param displayId the id given to {@link #display}
     */
    void update(MimeBundle bundle, String displayId);

    /**
     * Clears the cell's output.
     *
     * @param wait if true, clear only when new output arrives (avoids flicker)
     */
    void clearOutput(boolean wait);

    /**
     * Renders a value as the kernel would for a cell result.
     *
     * @param value any object, or null
     * @return its bundle, always with text/plain
     */
    MimeBundle render(Object value);
}
