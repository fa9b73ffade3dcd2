package dev.atj.kernel.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes the classes cells define, as loaded (after {@link SnippetRewriter}), into a folder in
 * class-path layout, with the kernel classes rewritten cell code calls. A distributed engine
 * serves the folder to processes that run cell code elsewhere (Spark's
 * {@code spark.repl.class.outputDir}).
 */
final class CellClassExport {
    private static final List<Class<?>> CALLED_BY_CELLS = List.of(ExitTrap.class, LastValue.class,
            StopSignal.class, CellExitException.class);
    private final Path folder;

    private CellClassExport(Path folder) {
        this.folder = folder;
    }

    /** A new folder under the temporary directory, removed when the kernel exits. */
    static CellClassExport toTemporaryFolder() {
        try {
            Path folder = Files.createTempDirectory("atj-cell-classes-");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(folder), "atj-cell-classes-cleanup"));
            CellClassExport export = new CellClassExport(folder);
            for (Class<?> bridge : CALLED_BY_CELLS) {
                try (InputStream in = bridge.getResourceAsStream(bridge.getSimpleName() + ".class")) {
                    export.write(bridge.getName(), in.readAllBytes());
                }
            }
            return export;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a folder for the classes of cells: " + e.getMessage(), e);
        }
    }

    Path folder() {
        return folder;
    }

    void write(String className, byte[] bytecode) {
        Path file = folder.resolve(className.replace('.', '/') + ".class");
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, bytecode);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the class " + className + " to " + folder, e);
        }
    }

    private static void deleteTree(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            System.err.println("atj: could not remove " + folder + ": " + e.getMessage());
        }
    }
}
