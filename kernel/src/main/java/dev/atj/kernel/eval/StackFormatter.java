package dev.atj.kernel.eval;

import java.util.ArrayList;
import java.util.List;
import jdk.jshell.EvalException;
import jdk.jshell.JShellException;
import jdk.jshell.UnresolvedReferenceException;

/** Writes a runtime exception as the user's frames: cell and line for snippet code, no kernel frames. */
final class StackFormatter {
    private final SnippetLocations locations;

    StackFormatter(SnippetLocations locations) {
        this.locations = locations;
    }

    static String exceptionName(JShellException e) {
        if (e instanceof EvalException eval) {
            return eval.getExceptionClassName();
        }
        return "UnresolvedReference";
    }

    static String message(JShellException e) {
        if (e instanceof UnresolvedReferenceException unresolved) {
            return unresolved.getSnippet().source().lines().findFirst().orElse("")
                    + " cannot run: it uses something not yet declared";
        }
        return e.getMessage() == null ? "" : e.getMessage();
    }

    List<String> traceback(JShellException exception) {
        List<String> lines = new ArrayList<>();
        Throwable current = exception;
        String prefix = "";
        while (current instanceof JShellException e) {
            String text = message(e);
            lines.add(prefix + exceptionName(e) + (text.isEmpty() ? "" : ": " + text));
            addFrames(lines, e.getStackTrace());
            current = e.getCause();
            prefix = "Caused by: ";
        }
        return lines;
    }

    /** Runs of the same frame (deep recursion) are written once with a count, not 1000 times. */
    private void addFrames(List<String> lines, StackTraceElement[] frames) {
        String previous = null;
        int repeats = 0;
        for (StackTraceElement frame : frames) {
            if (frame.getClassName().startsWith("dev.atj.kernel.")) {
                continue;
            }
            String line = "    at " + describe(frame);
            if (line.equals(previous)) {
                repeats++;
                continue;
            }
            addRepeats(lines, repeats);
            lines.add(line);
            previous = line;
            repeats = 0;
        }
        addRepeats(lines, repeats);
    }

    private static void addRepeats(List<String> lines, int repeats) {
        if (repeats > 0) {
            lines.add("    ... the line above " + repeats + " more time" + (repeats == 1 ? "" : "s"));
        }
    }

    private String describe(StackTraceElement frame) {
        String file = frame.getFileName();
        if (file == null || !file.startsWith("#")) {
            return frame.toString();
        }
        String where = locations.describe(file.substring(1), frame.getLineNumber());
        String method = frame.getClassName().isEmpty()
                ? frame.getMethodName()
                : frame.getClassName() + "." + frame.getMethodName();
        return method.isEmpty() ? where : method + " (" + where + ")";
    }
}
