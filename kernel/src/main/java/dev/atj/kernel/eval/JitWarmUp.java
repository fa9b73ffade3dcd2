package dev.atj.kernel.eval;

import java.util.ArrayList;
import java.util.List;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Right after start, while the user is still reading the notebook, compiles throwaway cells
 * on a second, private JShell so that the JIT has compiled javac's hot paths before the
 * user's cells arrive (a cell then takes ~5 ms instead of ~15-20 ms). It runs a bounded
 * number of cells and gives way for good as soon as the user asks for anything.
 */
public final class JitWarmUp {
    private static final Logger LOG = Logger.getLogger(JitWarmUp.class.getName());
    private static final int CELLS = 300;
    private static final List<String> SAMPLE = List.of(
            "int warm = 3;\nString text = \"w\" + warm;\ntext.length() + warm",
            "List<Integer> values = new ArrayList<>(List.of(3, 1, 2));\nCollections.sort(values);\nvalues",
            "double mean(double... xs) { return Arrays.stream(xs).average().orElse(0); }\nmean(1, 2, 3)",
            "record Point(int x, int y) { }\nnew Point(1, 2)");
    private volatile boolean stopped;

    /** Warms up on the calling thread, {@code before} first, until done or stopped. */
    public void run(Runnable before) {
        Thread.currentThread().setPriority(Thread.MIN_PRIORITY);
        warm(before);
    }

    /** Gives way to the user; warming up does not resume. */
    public void stop() {
        stopped = true;
    }

    private static List<SnippetEvent> evalAll(JShell shell, String cell) {
        List<SnippetEvent> events = new ArrayList<>();
        String rest = cell;
        while (!rest.isBlank()) {
            SourceCodeAnalysis.CompletionInfo info = shell.sourceCodeAnalysis().analyzeCompletion(rest);
            events.addAll(shell.eval(info.source()));
            rest = info.remaining();
        }
        return events;
    }

    private void warm(Runnable before) {
        before.run();
        if (stopped) {
            return;
        }
        // JShell's plain in-process engine: the scratch cells must not touch the kernel's
        // LastValue and StopSignal, which belong to the user's cells.
        try (JShell scratch = JShell.builder().executionEngine("local").build()) {
            scratch.eval("import java.util.*;");
            int[] anchor = new int[1];
            for (int i = 0; i < CELLS && !stopped; i++) {
                String cell = SAMPLE.get(i % SAMPLE.size());
                for (SnippetEvent event : evalAll(scratch, cell)) {
                    if (event.snippet().subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND) {
                        scratch.drop(event.snippet());
                    }
                }
                scratch.sourceCodeAnalysis().completionSuggestions("Math.ma", 7, anchor);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "JIT warm-up stopped early", e);
        }
    }
}
