package dev.atj.kernel.eval;

/**
 * A stop request for the current cell that cannot be lost. JShell's own stop only reaches
 * code that is already running; a request that lands while a snippet is still compiling is
 * kept here and checked when each snippet starts (the rewriter puts {@link #check} there).
 */
public final class StopSignal {
    private static volatile boolean requested;

    private StopSignal() {
    }

    /** Called at the start of every snippet's code. */
    @SuppressWarnings("removal")
    public static void check() {
        if (requested) {
            throw new ThreadDeath();
        }
    }

    public static void request() {
        requested = true;
    }

    static boolean isRequested() {
        return requested;
    }

    /** Forgets a stop request; called when a cell starts and when it ends. */
    public static void clear() {
        requested = false;
    }
}
