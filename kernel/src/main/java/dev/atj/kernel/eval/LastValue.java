package dev.atj.kernel.eval;

/**
 * Holds the object the last snippet evaluated to. JShell only hands back a string form of a
 * value; the kernel needs the object itself to display it, so snippet code is rewritten to
 * report its value here before returning it.
 */
public final class LastValue {
    private static volatile Object value;

    private LastValue() {
    }

    public static Object record(Object result) {
        value = result;
        return result;
    }

    static void clear() {
        value = null;
    }

    static Object get() {
        return value;
    }
}
