package dev.atj.viz;

import java.util.Locale;

/**
 * A progress bar for long work (training, reading a big file), shown once and updated in
 * place. In a notebook it is an HTML bar; elsewhere its text form is printed. Updates are
 * sent at most every {@value #MIN_UPDATE_MILLIS} ms, so calling {@link #step()} in a tight
 * loop costs little.
 *
 * <pre>{@code
 * try (Progress bar = Progress.start("Reading", rows)) {
 *     for (...) { ...; bar.step(); }
 * }
 * }</pre>
 */
public final class Progress implements AutoCloseable {
    static final long MIN_UPDATE_MILLIS = 200;
    private static final int TEXT_BAR_WIDTH = 30;

    private final String label;
    private final long total;
    private final DisplayHandle handle;
    private long done;
    private String note = "";
    private long lastShownAt;
    private boolean finished;

    private Progress(String label, long total) {
        this.label = label;
        this.total = Math.max(total, 1);
        this.handle = Display.display(bundle());
        this.lastShownAt = System.currentTimeMillis();
    }

    /**
     * Shows a new bar at 0%.
     *
     * @param label what the work is, for example {@code "Training"}
     * @param total how many steps make 100%
     * @return the bar
     */
    public static Progress start(String label, long total) {
        return new Progress(label, total);
    }

    /** Counts one step done. */
    public synchronized void step() {
        advance(1);
    }

    /**
     * Counts {@code steps} more steps done.
     *
     * @param steps how many steps finished since the last call
     */
    public synchronized void advance(long steps) {
        done = Math.min(total, done + steps);
        showIfDue();
    }

    /**
     * Sets a short note shown beside the bar, for example the current loss.
     *
     * @param text the note
     */
    public synchronized void note(String text) {
        note = text == null ? "" : text;
        showIfDue();
    }

    /**
     * How many steps are done so far.
     *
     * @return steps done, never more than the total
     */
    public synchronized long done() {
        return done;
    }

    /** Shows the final state; later calls do nothing. */
    @Override
    public synchronized void close() {
        if (!finished) {
            finished = true;
            handle.update(bundle());
        }
    }

    private void showIfDue() {
        long now = System.currentTimeMillis();
        if (!finished && now - lastShownAt >= MIN_UPDATE_MILLIS) {
            lastShownAt = now;
            handle.update(bundle());
        }
    }

    private MimeBundle bundle() {
        return MimeBundle.of("text/html", html()).with("text/plain", text());
    }

    private int percent() {
        return (int) (100 * done / total);
    }

    String text() {
        int filled = (int) (TEXT_BAR_WIDTH * done / total);
        String bar = "#".repeat(filled) + "-".repeat(TEXT_BAR_WIDTH - filled);
        String counts = String.format(Locale.ROOT, "%s [%s] %3d%% (%d/%d)", label, bar, percent(), done, total);
        return note.isEmpty() ? counts : counts + " " + note;
    }

    private String html() {
        return String.format(Locale.ROOT,
                "<div><span>%s</span> <progress value=\"%d\" max=\"%d\" style=\"width:40%%\"></progress> "
                        + "<span>%d%% (%d/%d) %s</span></div>",
                escape(label), done, total, percent(), done, total, escape(note));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
