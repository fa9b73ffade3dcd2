package dev.atj.kernel.cli;

import dev.atj.kernel.run.NotebookRun;
import dev.atj.kernel.run.RunOptions;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code atj run NOTEBOOK...}: executes notebooks without Jupyter. Each notebook gets a fresh
 * kernel JVM (the kernelspec's options), started in the notebook's folder as Jupyter starts a
 * kernel, so no state leaks from one notebook into the next.
 */
final class RunCommand {
    static final String IN_THIS_JVM = "run-notebook";
    private static final String USAGE = """
            usage: atj run [--output DIR | --inplace] [--timeout SECONDS] [--html] [--jvm-opt OPTION]... NOTEBOOK...
              writes NAME.executed.ipynb beside each notebook (or DIR/NAME.ipynb, or the notebook itself),
              and NAME.html beside that with --html; stops a notebook at its first failing cell""";

    private RunCommand() {
    }

    static int run(List<String> args) throws IOException, InterruptedException {
        RunOptions options;
        try {
            options = RunOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("atj run: " + e.getMessage());
            System.err.println(USAGE);
            return 2;
        }
        Path home = KernelSpecInstaller.atjHome();
        int failed = 0;
        long start = System.nanoTime();
        for (Path notebook : options.notebooks()) {
            if (!Files.isRegularFile(notebook)) {
                System.err.println("atj run: there is no notebook at " + notebook);
                failed++;
            } else if (runInFreshJvm(home, options, notebook) != 0) {
                failed++;
            }
        }
        int count = options.notebooks().size();
        if (count > 1) {
            System.out.printf(Locale.ROOT, "atj run: %d notebooks, %d ok, %d failed, in %.1f s%n",
                    count, count - failed, failed, (System.nanoTime() - start) / 1e9);
        }
        return failed == 0 ? 0 : 1;
    }

    private static int runInFreshJvm(Path home, RunOptions options, Path notebook)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(KernelSpecInstaller.javaExecutable());
        command.add("-D" + NotebookRun.STARTED_IN_PROPERTY + "=" + Path.of("").toAbsolutePath());
        command.addAll(KernelJvm.options(home, options.jvmOptions()));
        command.add(Main.class.getName());
        command.add(IN_THIS_JVM);
        command.addAll(options.arguments(notebook));
        Path folder = notebook.toAbsolutePath().getParent();
        Process process = new ProcessBuilder(command).directory(folder.toFile()).inheritIO().start();
        try {
            return process.waitFor();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            throw e;
        }
    }

    /** The notebook JVM's side: runs the notebooks it is given here, one engine each. */
    static int runHere(List<String> args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        KernelCommand.logToProcessStderr();
        RunOptions options = RunOptions.parse(args);
        SnippetClasspath classpath = SnippetClasspath.fromSystemProperty();
        int status = 0;
        for (Path notebook : options.notebooks()) {
            status |= new NotebookRun(options, out, err).run(notebook, classpath.entries(), classpath.startupSnippets());
        }
        return status;
    }
}
