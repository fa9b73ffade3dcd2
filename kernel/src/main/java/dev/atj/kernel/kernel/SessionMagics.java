package dev.atj.kernel.kernel;

import dev.atj.kernel.display.RendererRegistry;
import dev.atj.kernel.eval.EvalOutcome;
import dev.atj.kernel.eval.JShellEvaluator;
import dev.atj.kernel.magic.MagicCellRunner;
import dev.atj.kernel.magic.MagicContext;
import dev.atj.kernel.magic.MagicRegistry;
import dev.atj.viz.DisplaySink;
import dev.atj.viz.MimeBundle;
import java.nio.file.Path;
import java.util.List;

/** What magics can do to this kernel's session (the notebook's or the terminal REPL's). */
public final class SessionMagics implements MagicContext {
    private final EvaluatorStartup evaluator;
    private final RendererRegistry renderers;
    private final DisplaySink display;
    private final MagicRegistry magics;
    private final MagicCellRunner cells;

    public SessionMagics(EvaluatorStartup evaluator, RendererRegistry renderers, DisplaySink display,
                         MagicRegistry magics, MagicCellRunner cells) {
        this.evaluator = evaluator;
        this.renderers = renderers;
        this.display = display;
        this.magics = magics;
        this.cells = cells;
    }

    @Override
    public EvalOutcome evaluate(String code) {
        return evaluator.get().evaluate("this cell", code);
    }

    @Override
    public EvalOutcome runCell(String code) {
        return cells.run("this cell", code, evaluator.get(), this);
    }

    @Override
    public void addToClasspath(List<Path> entries) {
        evaluator.get().addToClasspath(entries.stream().map(p -> p.toAbsolutePath().toString()).toList());
        renderers.refresh();
    }

    @Override
    public List<String> classpath() {
        return evaluator.get().classpath();
    }

    @Override
    public void display(MimeBundle bundle) {
        display.display(bundle, null);
    }

    @Override
    public Path workingDirectory() {
        return Path.of("").toAbsolutePath();
    }

    @Override
    public MagicRegistry magics() {
        return magics;
    }

    @Override
    public List<JShellEvaluator.Variable> variables() {
        return evaluator.get().variables();
    }

    @Override
    public Path exportCellClasses() {
        return evaluator.get().exportCellClasses();
    }

    @Override
    public void reset() {
        evaluator.get().reset();
    }
}
