package dev.atj.kernel.eval;

/** Thrown in place of ending the JVM when a cell asks to exit. */
public final class CellExitException extends RuntimeException {
    private final int status;

    public CellExitException(int status) {
        super("exit status " + status, null, false, false);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
