package dev.atj.kernel.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jdk.jshell.Diag;
import jdk.jshell.JShell;
import jdk.jshell.JShellException;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;

/** Runs cells on one in-process JShell: snippets in, an {@link EvalOutcome} out. */
public final class JShellEvaluator implements AutoCloseable {
    private final JShell shell;
    private final CellSplitter splitter;
    private final SnippetLocations locations = new SnippetLocations();
    private final StackFormatter stacks = new StackFormatter(locations);
    private final CodeAnalysis analysis;
    private final CellExecutionControl.Provider engine;
    private final SourceRoots sources;
    private final List<String> classpath = new ArrayList<>();

    private JShellEvaluator(JShell shell, CellExecutionControl.Provider engine, SourceRoots sources) {
        this.shell = shell;
        this.engine = engine;
        this.sources = sources;
        this.splitter = new CellSplitter(shell.sourceCodeAnalysis());
        this.analysis = new CodeAnalysis(shell.sourceCodeAnalysis(), splitter);
    }

    /** Starts JShell with the snippet class path and runs the start-up snippets (imports). */
    public static JShellEvaluator start(List<String> classpath, List<String> startupSnippets) {
        CellExecutionControl.Provider engine = new CellExecutionControl.Provider(
                classpath.stream().map(entry -> java.nio.file.Path.of(entry).toAbsolutePath().toString()).toList());
        JShell shell = JShell.builder().executionEngine(engine, Map.of()).build();
        // The start-up class path goes in before JShell's source analysis is first used.
        classpath.forEach(shell::addToClasspath);
        JShellEvaluator evaluator = new JShellEvaluator(shell, engine, new SourceRoots());
        evaluator.rememberClasspath(classpath);
        for (String snippet : startupSnippets) {
            EvalOutcome outcome = evaluator.evaluate("start-up", snippet);
            if (outcome instanceof EvalOutcome.Failure failure) {
                throw new IllegalStateException("Start-up snippet failed: " + snippet + "\n"
                        + String.join("\n", failure.traceback()));
            }
        }
        evaluator.warmUp();
        return evaluator;
    }

    /** Compiles and runs a throwaway snippet so that the user's first cell does not pay for it. */
    private void warmUp() {
        List<SnippetEvent> events = shell.eval("int atj$warmUp = Integer.parseInt(\"1\") + 1;");
        events.forEach(e -> shell.drop(e.snippet()));
        analysis.complete("Strin", 5);
    }

    public CodeAnalysis analysis() {
        return analysis;
    }

    /** Adds jars or class directories: cells compile and run against them from now on. */
    public void addToClasspath(List<String> entries) {
        entries.forEach(shell::addToClasspath);
        rememberClasspath(entries);
    }

    private void rememberClasspath(List<String> entries) {
        for (String entry : entries) {
            sources.addSourcesOf(java.nio.file.Path.of(entry));
            classpath.add(entry);
        }
        sources.applyTo(shell.sourceCodeAnalysis());
    }

    /** What {@link #addToClasspath} added so far. */
    public List<String> classpath() {
        return List.copyOf(classpath);
    }

    /** The class loader of cell code: it sees the JDK, the kernel's class path and what was added. */
    public ClassLoader snippetClassLoader() {
        ClassLoader loader = engine.snippetClassLoader();
        return loader != null ? loader : getClass().getClassLoader();
    }

    /**
     * Starts writing the classes of cells, as loaded, into a folder in class-path layout (for Spark
     * executors, which load cell lambdas from it); every later cell's classes follow.
     *
     * @return the folder, the same on every call
     */
    public java.nio.file.Path exportCellClasses() {
        return engine.exportCellClasses();
    }

    /** A variable declared by cells: name, type and its value as JShell prints it. */
    public record Variable(String name, String type, String value) {
    }

    public List<Variable> variables() {
        return shell.variables()
                .filter(v -> !v.name().contains("$"))
                .map(v -> new Variable(v.name(), v.typeName(), shell.varValue(v)))
                .toList();
    }

    /** Forgets every variable, method and class the cells declared; imports stay. */
    public void reset() {
        shell.snippets()
                .filter(s -> s.kind() != Snippet.Kind.IMPORT && shell.status(s).isActive())
                .toList()
                .forEach(shell::drop);
    }

    /** Runs every snippet of the cell in order and stops at the first failure. */
    public EvalOutcome evaluate(String label, String code) {
        return evaluate(label, code, 1);
    }

    /** Like {@link #evaluate(String, String)} for Java that starts at line {@code firstLine} of a cell. */
    public EvalOutcome evaluate(String label, String code, int firstLine) {
        CellSource cell = new CellSource(label, code, firstLine);
        EvalOutcome last = EvalOutcome.Success.nothing();
        for (SourceSlice slice : splitter.split(code)) {
            if (StopSignal.isRequested()) {
                return new EvalOutcome.Interrupted();
            }
            LastValue.clear();
            List<SnippetEvent> events = shell.eval(slice.text());
            if (StopSignal.isRequested()) {
                return new EvalOutcome.Interrupted();
            }
            last = judge(cell, slice, events);
            if (last instanceof EvalOutcome.Failure) {
                return last;
            }
        }
        return last;
    }

    /** Asks the running cell to stop; JShell's stop checks end loops, interrupts end waits. */
    public void stop() {
        StopSignal.request();
        shell.stop();
    }

    private EvalOutcome judge(CellSource cell, SourceSlice slice, List<SnippetEvent> events) {
        SnippetEvent main = events.stream().filter(e -> e.causeSnippet() == null).findFirst()
                .orElse(events.isEmpty() ? null : events.get(0));
        if (main == null) {
            return EvalOutcome.Success.nothing();
        }
        Snippet snippet = main.snippet();
        locations.remember(snippet.id(), cell, slice);
        if (main.status() == Snippet.Status.REJECTED) {
            return compileFailure(cell, slice, snippet);
        }
        forgetTemporaryVariable(snippet);
        if (main.exception() != null) {
            return runtimeFailure(main.exception());
        }
        if (isExpression(snippet)) {
            return new EvalOutcome.Success(true, LastValue.get(), main.value());
        }
        return EvalOutcome.Success.nothing();
    }

    /**
     * JShell keeps every expression's value as a variable ($1, $2, ...) and imports all of them
     * into each later snippet, so a long session compiles ever slower (15-25 ms per cell after
     * a few hundred, against 4-6 ms). Cells never show those names, so they are dropped.
     */
    private void forgetTemporaryVariable(Snippet snippet) {
        if (snippet.subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND) {
            shell.drop(snippet);
        }
    }

    private static boolean isExpression(Snippet snippet) {
        return snippet.kind() == Snippet.Kind.EXPRESSION
                || snippet.subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND;
    }

    private EvalOutcome compileFailure(CellSource cell, SourceSlice slice, Snippet snippet) {
        List<Diag> errors = shell.diagnostics(snippet).filter(Diag::isError).toList();
        if (errors.isEmpty()) {
            return new EvalOutcome.Failure("CompileError", "JShell could not accept this code",
                    List.of("Compile error in " + cell.label() + ": JShell could not accept this code"));
        }
        List<String> traceback = new ArrayList<>();
        errors.forEach(diag -> traceback.addAll(CompileErrorFormatter.format(cell, slice, diag)));
        return new EvalOutcome.Failure("CompileError", CompileErrorFormatter.plainMessage(errors.get(0)), traceback);
    }

    private EvalOutcome runtimeFailure(JShellException exception) {
        String name = StackFormatter.exceptionName(exception);
        if (name.equals(CellExitException.class.getName())) {
            String status = exception.getMessage() == null ? "" : exception.getMessage().replace("exit status ", "");
            String message = "System.exit(" + status + ") was called. The kernel keeps running;"
                    + " use Kernel > Restart to start afresh.";
            return new EvalOutcome.Failure("SystemExit", message, List.of("SystemExit: " + message));
        }
        return new EvalOutcome.Failure(name, StackFormatter.message(exception), stacks.traceback(exception));
    }

    @Override
    public void close() {
        shell.close();
    }
}
