package dev.atj.kernel.eval;

/**
 * Cell code that calls {@code System.exit}, {@code Runtime.exit} or {@code Runtime.halt} is
 * rewritten to call these methods instead, so a cell can end itself but never the kernel.
 */
public final class ExitTrap {
    private ExitTrap() {
    }

    public static void exit(int status) {
        throw new CellExitException(status);
    }

    public static void exit(Runtime runtime, int status) {
        throw new CellExitException(status);
    }
}
