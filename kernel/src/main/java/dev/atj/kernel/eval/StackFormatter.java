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
            for (StackTraceElement frame : e.getStackTrace()) {
                if (!frame.getClassName().startsWith("dev.atj.kernel.")) {
                    lines.add("    at " + describe(frame));
                }
            }
            current = e.getCause();
            prefix = "Caused by: ";
        }
        return lines;
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
