package dev.atj.kernel.repl;

import java.io.PrintWriter;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;

/**
 * Prints the REPL's own lines (values, saved paths, errors) after whatever the snippet printed,
 * errors in red where colour is wanted.
 */
final class TerminalPrinter {
    private final PrintWriter out;
    private final boolean colour;

    TerminalPrinter(PrintWriter out, boolean colour) {
        this.out = out;
        this.colour = colour;
    }

    void line(String text) {
        flushSnippetOutput();
        out.println(text);
        out.flush();
    }

    void error(String text) {
        flushSnippetOutput();
        out.println(colour ? new AttributedString(text, AttributedStyle.DEFAULT.foreground(AttributedStyle.RED)).toAnsi()
                : text);
        out.flush();
    }

    /** Snippets write to System.out/err; what they left buffered goes first, so the order holds. */
    private static void flushSnippetOutput() {
        System.out.flush();
        System.err.flush();
    }
}
