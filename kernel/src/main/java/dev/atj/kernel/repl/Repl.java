package dev.atj.kernel.repl;

import dev.atj.kernel.eval.EvalOutcome;
import dev.atj.viz.DisplayHandle;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.Reference;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.utils.InfoCmp;

/**
 * {@code atj repl}: Java at a terminal prompt on the kernel's engine. JLine edits the line,
 * keeps the history file and waits for complete code; Ctrl-C stops a running snippet or
 * clears the line, Ctrl-D on an empty line quits.
 */
public final class Repl {
    private static final String PROMPT = "atj> ";
    private static final String CONTINUATION = "...> ";

    private final Terminal terminal;
    private final LineReader reader;
    private final ReplEngine engine;
    private final TerminalPrinter printer;
    private final BundleWriter bundles;
    private int inputCount;

    private Repl(Terminal terminal, List<String> snippetClasspath, List<String> startupSnippets) {
        this.terminal = terminal;
        this.printer = new TerminalPrinter(terminal.writer(), wantsColour(terminal));
        this.bundles = new BundleWriter(printer, ImageFiles.fromEnvironment());
        this.engine = new ReplEngine(snippetClasspath, startupSnippets, bundles);
        InputReadiness readiness = new InputReadiness(code -> engine.analysis().readiness(code));
        this.reader = LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("atj")
                .parser(new InputParser(readiness))
                .completer(new JavaCompleter(engine::analysis, engine::magicNames))
                .variable(LineReader.HISTORY_FILE, historyFile())
                .variable(LineReader.SECONDARY_PROMPT_PATTERN, CONTINUATION)
                // "!" is Java's not, never history expansion.
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .option(LineReader.Option.INSERT_TAB, true)
                .build();
        // JLine's "}" removes a space before it (an unindent for shells), even inside a Java string.
        reader.getKeyMaps().get(LineReader.MAIN).bind(new Reference(LineReader.SELF_INSERT), "}");
    }

    /** Runs the REPL until Ctrl-D; returns the exit status. */
    public static int run(List<String> snippetClasspath, List<String> startupSnippets) throws IOException {
        try (Terminal terminal = TerminalBuilder.builder().name("atj").system(true).build()) {
            Repl repl = new Repl(terminal, snippetClasspath, startupSnippets);
            try {
                repl.loop();
            } finally {
                repl.engine.close();
            }
        }
        return 0;
    }

    private void loop() {
        printer.line("ATJ " + System.getProperty("java.version")
                + " REPL. Enter runs complete code; Tab completes; %lsmagic lists magics; Ctrl-D quits.");
        terminal.handle(Terminal.Signal.INT, signal -> engine.interrupt());
        while (true) {
            String input;
            try {
                input = reader.readLine(PROMPT);
            } catch (UserInterruptException cleared) {
                // JLine ends the read by interrupting this thread; a flag left set would end the next read too.
                Thread.interrupted();
                continue;
            } catch (EndOfFileException quit) {
                saveHistory();
                return;
            }
            if (!input.isBlank()) {
                inputCount++;
                show(engine.run("input [" + inputCount + "]", input));
                // Stopping a snippet may interrupt this thread as well; the next read must not see it.
                Thread.interrupted();
            }
        }
    }

    private void show(EvalOutcome outcome) {
        if (outcome instanceof EvalOutcome.Success success) {
            // Like the notebook: display handles and System.out.printf's stream are not results.
            if (success.hasValue() && !(success.value() instanceof DisplayHandle)
                    && !(success.value() instanceof PrintStream)) {
                bundles.write(engine.render(success.value(), success.text()));
            }
        } else if (outcome instanceof EvalOutcome.Failure failure) {
            failure.traceback().forEach(printer::error);
        } else {
            printer.error("Interrupted: the snippet was stopped.");
        }
    }

    private void saveHistory() {
        try {
            reader.getHistory().save();
        } catch (IOException e) {
            printer.error("Could not save the history to " + historyFile() + ": " + e.getMessage());
        }
    }

    /** {@code ATJ_HISTORY}, else {@code ~/.atj_history}. */
    private static Path historyFile() {
        String configured = System.getenv("ATJ_HISTORY");
        return configured != null && !configured.isBlank()
                ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".atj_history");
    }

    /** Colour unless NO_COLOR is set (no-color.org) or the terminal has no colours. */
    private static boolean wantsColour(Terminal terminal) {
        String noColour = System.getenv("NO_COLOR");
        if (noColour != null && !noColour.isEmpty()) {
            return false;
        }
        Integer colours = terminal.getNumericCapability(InfoCmp.Capability.max_colors);
        return colours != null && colours >= 8;
    }
}
