package dev.atj.kernel.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * An AppCDS archive of the classes a kernel loads while starting (its own, JeroMQ, Jackson,
 * JShell and javac), recorded by a training run at install time. One archive per JDK
 * build and ATJ checkout, in ~/.cache/atj. On JDK 19+ the JVM also rebuilds it by itself
 * when the jars change; on JDK 17 a stale archive is ignored until the next install.
 */
record ClassDataArchive(Path file) {
    private static final int TRAINING_SECONDS = 120;
    /** A missing or stale archive is not worth a warning in Jupyter's log on every start. */
    private static final List<String> QUIET = List.of("-Xlog:cds=off", "-Xlog:cds+dynamic=off");

    static ClassDataArchive forHome(Path atjHome) {
        String checkout = HexFormat.of().formatHex(atjHome.toString().getBytes(StandardCharsets.UTF_8));
        String name = "kernel-" + Runtime.version().toString().replaceAll("[^0-9A-Za-z.+-]", "_")
                + "-" + Integer.toHexString(checkout.hashCode()) + ".jsa";
        return new ClassDataArchive(Path.of(System.getProperty("user.home"), ".cache", "atj", name));
    }

    private static boolean autoCreateSupported() {
        return Runtime.version().feature() >= 19;
    }

    /** JVM options a kernel starts with to map the archive; quiet if it is missing or stale. */
    List<String> useOptions() {
        List<String> options = new ArrayList<>();
        if (autoCreateSupported()) {
            options.add("-XX:+AutoCreateSharedArchive");
        }
        options.add("-XX:SharedArchiveFile=" + file);
        options.addAll(QUIET);
        return options;
    }

    /**
     * Runs {@code atj train} in a JVM that writes the archive at exit, into a new file that
     * replaces the old one only if training succeeds; false if it failed.
     */
    boolean train(String java, List<String> jvmOptions) {
        Path fresh = file.resolveSibling(file.getFileName() + ".new");
        List<String> command = new ArrayList<>();
        command.add(java);
        if (autoCreateSupported()) {
            command.add("-XX:+AutoCreateSharedArchive");
            command.add("-XX:SharedArchiveFile=" + fresh);
        } else {
            command.add("-XX:ArchiveClassesAtExit=" + fresh);
        }
        command.addAll(QUIET);
        command.addAll(jvmOptions);
        command.add(Main.class.getName());
        command.add("train");
        System.out.println("Recording a class data archive for fast kernel start-up in " + file + " ...");
        try {
            Files.createDirectories(file.getParent());
            Files.deleteIfExists(fresh);
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!process.waitFor(TRAINING_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return failed("the training run took over " + TRAINING_SECONDS + " s");
            }
            if (process.exitValue() != 0) {
                return failed("the training run exited with status " + process.exitValue());
            }
            if (!Files.isRegularFile(fresh)) {
                return failed("the JVM wrote no archive");
            }
            Files.move(fresh, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (IOException e) {
            return failed(e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed("interrupted");
        }
    }

    private boolean failed(String why) {
        boolean previous = Files.isRegularFile(file);
        System.err.println("Could not record the class data archive (" + why + "); "
                + (previous ? "keeping the previous one." : "the kernel works, but starts slower."));
        return previous;
    }
}
