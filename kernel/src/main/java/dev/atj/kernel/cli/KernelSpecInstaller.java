package dev.atj.kernel.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Writes (or removes) the Jupyter kernelspec {@code atj} that starts this kernel. */
final class KernelSpecInstaller {
    static final String NAME = "atj";
    static final String DISPLAY_NAME = "Java (ATJ)";
    private static final List<String> LOGOS = List.of("logo-32x32.png", "logo-64x64.png");

    int install(List<String> args) throws IOException {
        Options options = Options.parse(args);
        Path home = atjHome();
        Path target = options.kernelsDirectory().resolve(NAME);
        Files.createDirectories(target);
        ObjectNode spec = new ObjectMapper().createObjectNode();
        List<String> jvm = KernelJvm.options(home, options.jvmOptions());
        ClassDataArchive archive = ClassDataArchive.forHome(home);
        List<String> archiveOptions = archive.train(javaExecutable(), jvm) ? archive.useOptions() : List.of();
        ArrayNode argv = spec.putArray("argv");
        argv.add(javaExecutable());
        archiveOptions.forEach(argv::add);
        jvm.forEach(argv::add);
        argv.add(Main.class.getName()).add("kernel").add("{connection_file}");
        spec.put("display_name", DISPLAY_NAME);
        spec.put("language", "java");
        spec.put("interrupt_mode", "message");
        spec.putObject("metadata").put("debugger", false);
        new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(target.resolve("kernel.json").toFile(), spec);
        copyLogos(target);
        System.out.println("Installed kernelspec " + NAME + " (" + DISPLAY_NAME + ") in " + target);
        return 0;
    }

    int uninstall(List<String> args) throws IOException {
        Path target = Options.parse(args).kernelsDirectory().resolve(NAME);
        if (!Files.isDirectory(target)) {
            System.out.println("No kernelspec " + NAME + " in " + target.getParent());
            return 0;
        }
        try (Stream<Path> files = Files.walk(target)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
        System.out.println("Removed kernelspec " + NAME + " from " + target);
        return 0;
    }

    static String javaExecutable() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    static Path atjHome() {
        String home = System.getProperty("atj.home");
        if (home == null) {
            throw new IllegalStateException("atj.home is not set: run this through the ./atj launcher");
        }
        return Path.of(home).toAbsolutePath().normalize();
    }

    private static void copyLogos(Path target) throws IOException {
        for (String logo : LOGOS) {
            try (InputStream in = KernelSpecInstaller.class.getResourceAsStream(logo)) {
                if (in != null) {
                    Files.copy(in, target.resolve(logo), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /** Where to install: --user (default), --sys-prefix or --prefix DIR; plus --jvm-opt OPTION. */
    record Options(Path kernelsDirectory, List<String> jvmOptions) {
        static Options parse(List<String> args) throws IOException {
            Path directory = userKernels();
            List<String> jvmOptions = new ArrayList<>();
            for (int i = 0; i < args.size(); i++) {
                String arg = args.get(i);
                switch (arg) {
                    case "--user" -> directory = userKernels();
                    case "--sys-prefix" -> directory = Path.of(pythonSysPrefix(), "share", "jupyter", "kernels");
                    case "--prefix" -> directory = Path.of(value(args, ++i, arg), "share", "jupyter", "kernels");
                    case "--jvm-opt" -> jvmOptions.add(value(args, ++i, arg));
                    default -> {
                        if (arg.startsWith("--jvm-opt=")) {
                            jvmOptions.add(arg.substring("--jvm-opt=".length()));
                        } else if (arg.startsWith("--prefix=")) {
                            directory = Path.of(arg.substring("--prefix=".length()), "share", "jupyter", "kernels");
                        } else {
                            throw new IllegalArgumentException("Unknown option '" + arg
                                    + "'. Use --user, --sys-prefix, --prefix DIR or --jvm-opt OPTION.");
                        }
                    }
                }
            }
            return new Options(directory.toAbsolutePath(), List.copyOf(jvmOptions));
        }

        private static String value(List<String> args, int index, String option) {
            if (index >= args.size()) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args.get(index);
        }

        /** Jupyter's per-user data directory, as jupyter_core computes it on Linux and macOS. */
        private static Path userKernels() {
            String jupyterData = System.getenv("JUPYTER_DATA_DIR");
            if (jupyterData != null && !jupyterData.isBlank()) {
                return Path.of(jupyterData, "kernels");
            }
            String xdg = System.getenv("XDG_DATA_HOME");
            Path data = xdg != null && !xdg.isBlank()
                    ? Path.of(xdg)
                    : Path.of(System.getProperty("user.home"), ".local", "share");
            return data.resolve("jupyter").resolve("kernels");
        }

        /** sys.prefix of the Python that runs Jupyter ($ATJ_PYTHON, else python3). */
        private static String pythonSysPrefix() throws IOException {
            String python = System.getenv().getOrDefault("ATJ_PYTHON", "python3");
            Process process = new ProcessBuilder(python, "-c", "import sys; print(sys.prefix)")
                    .redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            try {
                if (process.waitFor() != 0 || output.isEmpty()) {
                    throw new IOException("Could not ask " + python + " for sys.prefix: " + output);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("Interrupted while asking " + python + " for sys.prefix", e);
            }
            return output;
        }
    }
}
