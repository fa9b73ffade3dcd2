package dev.atj.kernel.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * PROTOTYPE (issue 9, not for merge as is): writes every class JShell defines for a cell, plus the
 * kernel classes rewritten cell code calls, under the directory named by the system property
 * {@code atj.cells.classDir}, so that Spark's {@code spark.repl.class.outputDir} serves them to
 * executors on a cluster.
 */
final class PrototypeClassExport {
    private static final List<Class<?>> BRIDGE = List.of(ExitTrap.class, LastValue.class, StopSignal.class,
            CellExitException.class);

    private PrototypeClassExport() {
    }

    static void write(String className, byte[] bytecode) {
        String dir = System.getProperty("atj.cells.classDir");
        if (dir == null) {
            return;
        }
        try {
            writeFile(Path.of(dir), className, bytecode);
            for (Class<?> bridge : BRIDGE) {
                Path target = Path.of(dir, bridge.getName().replace('.', '/') + ".class");
                if (Files.notExists(target)) {
                    try (InputStream in = bridge.getResourceAsStream(bridge.getSimpleName() + ".class")) {
                        writeFile(Path.of(dir), bridge.getName(), in.readAllBytes());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot export cell class " + className + " to " + dir, e);
        }
    }

    private static void writeFile(Path dir, String className, byte[] bytecode) throws IOException {
        Path file = dir.resolve(className.replace('.', '/') + ".class");
        Files.createDirectories(file.getParent());
        Files.write(file, bytecode);
    }
}
