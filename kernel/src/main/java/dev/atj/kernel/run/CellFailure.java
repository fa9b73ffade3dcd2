package dev.atj.kernel.run;

/**
 * The cell a run stopped at: its 1-based position among all the notebook's cells, its
 * execution count, the first line of its source and the error it raised.
 */
public record CellFailure(int position, int executionCount, String firstLine, String name, String message,
                          boolean timedOut) {

    /** One line for the terminal, e.g. {@code cell 3 (In [2]: throw new ...) failed: IllegalStateException: boom}. */
    public String describe() {
        String what = timedOut ? "timed out" : "failed";
        return "cell " + position + " (In [" + executionCount + "]: " + firstLine + ") " + what + ": "
                + name + (message.isEmpty() ? "" : ": " + message);
    }
}
