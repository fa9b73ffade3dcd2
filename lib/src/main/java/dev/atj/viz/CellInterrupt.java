package dev.atj.viz;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Stops work that runs outside a cell's own thread when the user interrupts the cell (the ■
 * button, or Ctrl-C in the terminal REPL). The kernel stops the cell's thread by itself; a
 * library that runs jobs on threads of its own, such as Spark's scheduler or a thread pool,
 * registers an action here to cancel them too. Outside a kernel nothing runs the actions.
 *
 * <pre>{@code
 * Future<?> job = pool.submit(work);
 * CellInterrupt.onInterrupt(() -> job.cancel(true));
 * }</pre>
 */
public final class CellInterrupt {
    private static final List<Runnable> ACTIONS = new CopyOnWriteArrayList<>();

    private CellInterrupt() {
    }

    /**
     * Runs {@code action} each time a running cell is interrupted, until the registration is
     * closed.
     *
     * @param action what to stop; it should return quickly
     * @return the registration, to close when the action is no longer wanted
     */
    public static Registration onInterrupt(Runnable action) {
        if (action == null) {
            throw new IllegalArgumentException("No action given to run on interrupt.");
        }
        ACTIONS.add(action);
        return () -> ACTIONS.remove(action);
    }

    /**
     * Runs every registered action; the kernel calls this when it interrupts a cell. An action
     * that throws is reported on standard error and the others still run.
     */
    public static void interruptRunningWork() {
        for (Runnable action : ACTIONS) {
            try {
                action.run();
            } catch (RuntimeException e) {
                System.err.println("An action registered to run on interrupt failed: " + e);
            }
        }
    }

    /** A registered action; closing it stops it from running on later interrupts. */
    public interface Registration extends AutoCloseable {
        /** Removes the action; closing twice does nothing. */
        @Override
        void close();
    }
}
