package dev.atj.kernel.repl;

import dev.atj.kernel.display.RendererRegistry;
import dev.atj.kernel.eval.CodeAnalysis;
import dev.atj.kernel.eval.EvalOutcome;
import dev.atj.kernel.kernel.EvaluatorStartup;
import dev.atj.kernel.kernel.Interrupts;
import dev.atj.kernel.kernel.SessionMagics;
import dev.atj.kernel.magic.MagicCellRunner;
import dev.atj.kernel.magic.MagicRegistry;
import dev.atj.viz.Display;
import dev.atj.viz.MimeBundle;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The kernel's evaluation engine behind the terminal REPL: the same JShell start-up, magics,
 * renderers and interrupt handling as a notebook, with displays going to the terminal.
 */
final class ReplEngine implements AutoCloseable {
    private final EvaluatorStartup evaluator;
    private final Interrupts interrupts;
    private final RendererRegistry renderers;
    private final MagicRegistry magics = MagicRegistry.builtIn();
    private final MagicCellRunner cells = new MagicCellRunner(magics);
    private final SessionMagics session;

    ReplEngine(List<String> snippetClasspath, List<String> startupSnippets, BundleWriter output) {
        evaluator = new EvaluatorStartup(snippetClasspath, startupSnippets, () -> { });
        interrupts = new Interrupts(evaluator);
        renderers = new RendererRegistry(() -> evaluator.get().snippetClassLoader());
        TerminalDisplay display = new TerminalDisplay(output, renderers);
        Display.install(display);
        session = new SessionMagics(evaluator, renderers, display, magics, cells);
    }

    /** Runs one input, magics included; an interrupt meanwhile ends it with {@code Interrupted}. */
    EvalOutcome run(String label, String input) {
        interrupts.cellStarted(Instant.now());
        try {
            return cells.run(label, input, evaluator.get(), session);
        } finally {
            interrupts.cellEnded();
        }
    }

    /** Ctrl-C: stops the running input (a no-op between inputs). */
    void interrupt() {
        interrupts.interrupt(Instant.now());
    }

    CodeAnalysis analysis() {
        return evaluator.get().analysis();
    }

    MimeBundle render(Object value, String text) {
        return renderers.render(value, text);
    }

    /** Magic names as typed: {@code %name} for line magics, {@code %%name} for cell magics. */
    List<String> magicNames() {
        List<String> names = new ArrayList<>();
        magics.lineNames().forEach(name -> names.add("%" + name));
        magics.cellNames().forEach(name -> names.add("%%" + name));
        return names;
    }

    @Override
    public void close() {
        evaluator.close();
    }
}
