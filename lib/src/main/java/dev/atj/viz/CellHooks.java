package dev.atj.viz;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Actions the kernel runs around cells, for libraries that keep state or run work outside a
 * cell's own thread. Outside a kernel nothing runs them.
 *
 * <ul>
 *   <li>{@link #onInterrupt}: when the user interrupts a running cell (the ■ button, or Ctrl-C in
 *       the terminal REPL). The kernel stops the cell's thread by itself; work on threads of a
 *       library's own, such as Spark's jobs or a thread pool, is cancelled here.</li>
 *   <li>{@link #beforeEachCell}: before each cell runs, on the thread that starts the cell's
 *       thread. Each cell runs on a new thread, which inherits the context class loader and
 *       inheritable thread-locals set here (Spark keeps its active session in one).</li>
 * </ul>
 *
 * <pre>{@code
 * Future<?> job = pool.submit(work);
 * try (CellHooks.Registration cancel = CellHooks.onInterrupt(() -> job.cancel(true))) {
 *     job.get();
 * }
 * }</pre>
 */
public final class CellHooks {
    private static final List<Runnable> ON_INTERRUPT = new CopyOnWriteArrayList<>();
    private static final List<Runnable> BEFORE_EACH_CELL = new CopyOnWriteArrayList<>();

    private CellHooks() {
    }

    /**
     * Runs {@code action} each time a running cell is interrupted, until the registration is
     * closed.
     *
     * @param action what to stop; it should return quickly
     * @return the registration, to close when the action is no longer wanted
     */
    public static Registration onInterrupt(Runnable action) {
        return register(ON_INTERRUPT, action);
    }

    /**
     * Runs {@code action} before each cell, until the registration is closed.
     *
     * @param action what to set up; it should return quickly
     * @return the registration, to close when the action is no longer wanted
     */
    public static Registration beforeEachCell(Runnable action) {
        return register(BEFORE_EACH_CELL, action);
    }

    /** Runs the interrupt actions; the kernel calls this when it interrupts a cell. */
    public static void cellInterrupted() {
        runAll(ON_INTERRUPT, "on interrupt");
    }

    /** Runs the before-each-cell actions; the kernel calls this before it starts a cell's thread. */
    public static void cellStarting() {
        runAll(BEFORE_EACH_CELL, "before a cell");
    }

    private static Registration register(List<Runnable> actions, Runnable action) {
        if (action == null) {
            throw new IllegalArgumentException("No action given to register.");
        }
        actions.add(action);
        return () -> actions.remove(action);
    }

    /** An action that throws is reported on standard error, and the others still run. */
    private static void runAll(List<Runnable> actions, String when) {
        for (Runnable action : actions) {
            try {
                action.run();
            } catch (RuntimeException e) {
                System.err.println("An action registered to run " + when + " failed: " + e);
            }
        }
    }

    /** A registered action; closing it stops it from running again. */
    public interface Registration extends AutoCloseable {
        /** Removes the action; closing twice does nothing. */
        @Override
        void close();
    }
}
