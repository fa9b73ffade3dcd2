package dev.atj.kernel.eval;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import jdk.jshell.SourceCodeAnalysis;

/**
 * Where JShell looks for Javadoc. JShell itself reads only the JDK's src.zip; we add the
 * {@code -sources.jar} that Maven keeps beside each jar on the class path, so Shift-Tab shows
 * library Javadoc too. JShell has no API for this, so its per-instance source list is set
 * by reflection (the kernelspec opens {@code jdk.jshell} for it); where that is not allowed,
 * JDK Javadoc still works and library Javadoc is simply missing.
 */
final class SourceRoots {
    private static final Logger LOG = Logger.getLogger(SourceRoots.class.getName());
    private final List<Path> roots = new ArrayList<>();

    SourceRoots() {
        roots.addAll(jdkSources());
    }

    /** Adds the sources jar that sits beside {@code jar}, if there is one. */
    void addSourcesOf(Path jar) {
        String name = jar.getFileName().toString();
        if (!name.endsWith(".jar") || name.endsWith("-sources.jar")) {
            return;
        }
        Path sources = jar.resolveSibling(name.substring(0, name.length() - 4) + "-sources.jar");
        if (Files.isReadable(sources)) {
            try {
                roots.add(open(sources).getRootDirectories().iterator().next());
            } catch (IOException e) {
                LOG.log(Level.FINE, "Cannot read " + sources, e);
            }
        }
    }

    /** Hands the roots to JShell's analysis; returns false where the JDK does not let us. */
    boolean applyTo(SourceCodeAnalysis analysis) {
        try {
            Field field = analysis.getClass().getDeclaredField("availableSources");
            field.setAccessible(true);
            field.set(analysis, List.copyOf(roots));
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.log(Level.FINE, "JShell's source list cannot be set; library Javadoc is unavailable", e);
            return false;
        }
    }

    /** The JDK's src.zip, as JShell reads it: one root per module directory. */
    private static List<Path> jdkSources() {
        Path home = Path.of(System.getProperty("java.home"));
        Path srcZip = home.resolve("lib").resolve("src.zip");
        if (!Files.isReadable(srcZip)) {
            srcZip = home.getParent().resolve("src.zip");
        }
        if (!Files.isReadable(srcZip)) {
            return List.of();
        }
        try {
            Path root = open(srcZip).getRootDirectories().iterator().next();
            if (Files.exists(root.resolve("java/lang/Object.java"))) {
                return List.of(root);
            }
            List<Path> modules = new ArrayList<>();
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(root, Files::isDirectory)) {
                entries.forEach(modules::add);
            }
            return modules;
        } catch (IOException e) {
            LOG.log(Level.FINE, "Cannot read " + srcZip, e);
            return List.of();
        }
    }

    private static FileSystem open(Path zip) throws IOException {
        return FileSystems.newFileSystem(zip, Map.of());
    }
}
