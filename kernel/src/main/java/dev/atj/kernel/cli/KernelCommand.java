package dev.atj.kernel.cli;

import dev.atj.kernel.kernel.Kernel;
import dev.atj.kernel.protocol.ConnectionInfo;
import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import java.util.logging.StreamHandler;

/** {@code atj kernel CONNECTION_FILE}: what Jupyter runs to start the kernel. */
final class KernelCommand {
    private KernelCommand() {
    }

    static int run(List<String> args) throws IOException, InterruptedException {
        if (args.size() != 1) {
            System.err.println("usage: atj kernel CONNECTION_FILE");
            return 2;
        }
        logToProcessStderr();
        ConnectionInfo info = ConnectionInfo.read(Path.of(args.get(0)));
        SnippetClasspath classpath = SnippetClasspath.fromSystemProperty();
        Kernel kernel = new Kernel(info, classpath.entries(), classpath.startupSnippets());
        trapSigint(kernel);
        exitWithParent();
        kernel.serve();
        return 0;
    }

    /** Kernel logs go to the process's stderr (Jupyter's log), never into a cell's output. */
    static void logToProcessStderr() {
        System.setProperty("java.util.logging.SimpleFormatter.format", "[atj %4$s] %5$s%6$s%n");
        LogManager.getLogManager().reset();
        PrintStream stderr = new PrintStream(new FileOutputStream(FileDescriptor.err), true);
        // Not a ConsoleHandler given another stream: replacing its stream closes System.err, and
        // with it file descriptor 2, so that nothing the process printed to stderr arrived.
        StreamHandler handler = new StreamHandler(stderr, new SimpleFormatter()) {
            @Override
            public synchronized void publish(LogRecord record) {
                super.publish(record);
                flush();
            }
        };
        handler.setLevel(Level.INFO);
        Logger.getLogger("").addHandler(handler);
    }

    /**
     * Jupyter names its own process in JPY_PARENT_PID; when that process dies without shutting
     * us down (a crashed client), the kernel ends too instead of lingering.
     */
    private static void exitWithParent() {
        String parent = System.getenv("JPY_PARENT_PID");
        if (parent == null || !parent.matches("\\d+")) {
            return;
        }
        ProcessHandle.of(Long.parseLong(parent)).ifPresent(process -> process.onExit().thenRun(() -> {
            Logger.getLogger(KernelCommand.class.getName()).warning("Jupyter (pid " + parent + ") exited; stopping");
            Runtime.getRuntime().halt(0);
        }));
    }

    /** A terminal's Ctrl-C reaches the kernel as SIGINT; treat it as an interrupt, not an exit. */
    @SuppressWarnings("restriction")
    private static void trapSigint(Kernel kernel) {
        try {
            sun.misc.Signal.handle(new sun.misc.Signal("INT"), signal -> kernel.interruptRunningCell());
        } catch (IllegalArgumentException unsupported) {
            Logger.getLogger(KernelCommand.class.getName()).fine("SIGINT cannot be trapped here");
        }
    }
}
