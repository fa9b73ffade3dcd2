package dev.atj.kernel.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.atj.kernel.kernel.Engine;
import dev.atj.kernel.kernel.IoPub;
import dev.atj.kernel.protocol.MessageFactory;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Runs one notebook in this JVM on a fresh engine and writes the executed notebook (and its
 * HTML page when asked), even when a cell failed, so that the error can be read in it.
 * Prints one summary line to {@code out}; a failure goes to {@code err}, naming the cell.
 */
public final class NotebookRun {
    /** The folder {@code atj run} was started in, for paths in messages (each notebook runs in its own folder). */
    public static final String STARTED_IN_PROPERTY = "atj.run.startedIn";
    private final RunOptions options;
    private final PrintStream out;
    private final PrintStream err;

    /** {@code out} and {@code err}: the process's own streams, taken before cells capture System.out/err. */
    public NotebookRun(RunOptions options, PrintStream out, PrintStream err) {
        this.options = options;
        this.out = out;
        this.err = err;
    }

    /** 0 when every cell ran, 1 when a cell failed or the notebook could not be read or written. */
    public int run(Path file, List<String> snippetClasspath, List<String> startupSnippets) {
        long start = System.nanoTime();
        Notebook notebook;
        try {
            notebook = Notebook.read(file);
        } catch (IOException e) {
            err.println("atj run: " + e.getMessage());
            return 1;
        }
        ObjectMapper json = new ObjectMapper();
        MessageFactory messages = new MessageFactory(json);
        OutputRecorder recorder = new OutputRecorder();
        IoPub iopub = new IoPub(recorder, messages);
        Engine engine = new Engine(iopub, null, snippetClasspath, startupSnippets, () -> { });
        NotebookExecutor executor = new NotebookExecutor(engine, recorder, messages, iopub, options.cellTimeout(),
                stuck -> abandon(notebook, file, recorder, stuck));
        Optional<CellFailure> failure;
        try {
            failure = executor.execute(notebook);
        } finally {
            executor.close();
        }
        Path executed = options.executedPath(file);
        try {
            recorder.whileQuietThrowing(() -> write(notebook, file, executed));
        } catch (IOException e) {
            err.println("atj run: " + shown(file) + ": could not write " + e.getMessage());
            return 1;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (failure.isPresent()) {
            err.println(shown(file) + ": " + failure.get().describe());
            err.println(shown(file) + ": stopped at the first failing cell; the cells after it did not run."
                    + " The error is in " + shown(executed));
            out.printf(Locale.ROOT, "atj run: %s FAILED in %.1f s -> %s%n", shown(file), seconds, shown(executed));
            return 1;
        }
        long codeCells = notebook.cells().stream().filter(cell -> cell.path("cell_type").asText().equals("code")).count();
        out.printf(Locale.ROOT, "atj run: %s ok, %d code cells in %.1f s -> %s%n", shown(file), codeCells, seconds,
                shown(executed));
        return 0;
    }

    /** A cell that will not stop: write what there is, say so, and end the JVM (its thread cannot be ended). */
    private void abandon(Notebook notebook, Path file, OutputRecorder recorder, CellFailure failure) {
        Path executed = options.executedPath(file);
        try {
            recorder.whileQuietThrowing(() -> write(notebook, file, executed));
        } catch (IOException e) {
            err.println("atj run: " + shown(file) + ": could not write " + e.getMessage());
        }
        err.println(shown(file) + ": " + failure.describe());
        err.flush();
        Runtime.getRuntime().halt(1);
    }

    /** The notebook's path as the user gave it, relative to where atj run was started. */
    private static Path shown(Path file) {
        String startedIn = System.getProperty(STARTED_IN_PROPERTY);
        Path absolute = file.toAbsolutePath().normalize();
        if (startedIn == null) {
            return absolute;
        }
        Path base = Path.of(startedIn).toAbsolutePath().normalize();
        return absolute.startsWith(base) ? base.relativize(absolute) : absolute;
    }

    private void write(Notebook notebook, Path file, Path executed) throws IOException {
        notebook.write(executed);
        if (options.html()) {
            Path html = options.htmlPath(file);
            String title = file.getFileName().toString().replaceFirst("\\.ipynb$", "");
            Files.writeString(html, new HtmlExport().render(notebook, title), StandardCharsets.UTF_8);
        }
    }
}
