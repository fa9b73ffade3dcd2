package dev.atj.kernel.magic;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * %classpath [PATH | GLOB ...] (and IJava's %jars): adds jars or class folders; without
 * arguments lists what was added. Relative paths start at the kernel's working directory.
 */
public class ClasspathMagic implements LineMagic {
    @Override
    public String name() {
        return "classpath";
    }

    @Override
    public String usage() {
        return "%" + name() + " [PATH_OR_GLOB ...]";
    }

    @Override
    public String help() {
        return "Adds jar files or class folders to the session, e.g. %" + name() + " lib/*.jar; a glob may use"
                + " * and **. Without arguments, lists what was added.";
    }

    @Override
    public void run(String args, MagicContext context) throws MagicException {
        if (args.isBlank()) {
            List<String> entries = context.classpath();
            System.out.println(entries.isEmpty() ? "Nothing added yet." : String.join("\n", entries));
            return;
        }
        List<Path> found = new ArrayList<>();
        for (String pattern : args.strip().split("\\s+")) {
            found.addAll(expand(pattern, context.workingDirectory()));
        }
        context.addToClasspath(found);
        System.out.println("Added " + found.size() + " entr" + (found.size() == 1 ? "y" : "ies") + " to the class path.");
    }

    private static List<Path> expand(String pattern, Path workingDirectory) throws MagicException {
        if (!pattern.contains("*") && !pattern.contains("?")) {
            Path path = workingDirectory.resolve(pattern).normalize();
            if (!Files.exists(path)) {
                throw new MagicException(path + " does not exist");
            }
            return List.of(path);
        }
        Path base = workingDirectory;
        String glob = pattern;
        int firstWild = pattern.indexOf('*') >= 0 ? pattern.indexOf('*') : pattern.indexOf('?');
        int slash = pattern.lastIndexOf('/', firstWild);
        if (slash >= 0) {
            base = workingDirectory.resolve(pattern.substring(0, slash + 1)).normalize();
            glob = pattern.substring(slash + 1);
        }
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
        Path root = base;
        try (Stream<Path> files = Files.walk(root)) {
            List<Path> matches = files.filter(p -> !p.equals(root) && matcher.matches(root.relativize(p)))
                    .sorted().toList();
            if (matches.isEmpty()) {
                throw new MagicException("nothing matches " + pattern);
            }
            return matches;
        } catch (IOException e) {
            throw new MagicException("cannot list " + root + ": " + e.getMessage(), e);
        }
    }

    /** %jars, IJava's name for the same thing. */
    public static final class Jars extends ClasspathMagic {
        @Override
        public String name() {
            return "jars";
        }
    }
}
