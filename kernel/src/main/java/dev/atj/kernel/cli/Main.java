package dev.atj.kernel.cli;

import dev.atj.kernel.repl.Repl;
import java.util.Arrays;
import java.util.List;

/**
 * Entry point: {@code kernel CONNECTION_FILE}, {@code install}, {@code uninstall},
 * {@code run NOTEBOOK...}, {@code repl}.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            usage();
            System.exit(2);
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        int status = switch (args[0]) {
            case "kernel" -> KernelCommand.run(rest);
            case "install" -> new KernelSpecInstaller().install(rest);
            case "uninstall" -> new KernelSpecInstaller().uninstall(rest);
            case "run" -> RunCommand.run(rest);
            case RunCommand.IN_THIS_JVM -> RunCommand.runHere(rest);
            case "train" -> TrainingRun.run();
            case "repl" -> {
                SnippetClasspath classpath = SnippetClasspath.fromSystemProperty();
                yield Repl.run(classpath.entries(), classpath.startupSnippets());
            }
            case "help", "--help", "-h" -> {
                usage();
                yield 0;
            }
            default -> {
                System.err.println("atj: unknown command '" + args[0] + "'");
                usage();
                yield 2;
            }
        };
        System.exit(status);
    }

    private static void usage() {
        System.err.println("""
                usage: atj COMMAND
                  install [--user | --sys-prefix | --prefix DIR] [--jvm-opt OPTION]...
                                          install the Jupyter kernelspec "atj" (Java (ATJ))
                  uninstall [--user | --sys-prefix | --prefix DIR]
                                          remove it
                  kernel CONNECTION_FILE  run the kernel (Jupyter starts it this way)
                  run [--output DIR | --inplace] [--timeout SECONDS] [--html] NOTEBOOK...
                                          execute notebooks without Jupyter; exits 1 if a cell fails
                  repl                    Java at a terminal prompt, on the kernel's engine""");
    }
}
