package dev.atj.kernel.magic.maven;

import dev.atj.kernel.magic.MagicContext;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Adds jars to the session for %maven, %loadFromPOM and %jars, and says what was added. Skips
 * those already there, and those of which another version (in a Maven repository's layout) is
 * there: the class path cannot drop a jar, and the first jar that has a class wins.
 */
public final class ClasspathAdditions {
    private static final int NAMES_SHOWN = 8;

    private ClasspathAdditions() {
    }

    public static void add(List<Path> jars, MagicContext context, PrintStream out) {
        List<Path> present = context.classpath().stream().map(ClasspathAdditions::normalized).toList();
        Set<Path> added = new LinkedHashSet<>();
        int already = 0;
        for (Path jar : jars) {
            Path path = normalized(jar);
            Optional<Path> other = otherVersion(path, present);
            if (present.contains(path) || added.contains(path)) {
                already++;
            } else if (other.isPresent()) {
                // Added after the other version, this jar's classes would never be loaded.
                out.println("Note: " + path.getFileName() + " left out: " + other.get().getFileName()
                        + " is already on the class path, and the first jar with a class wins. To use the other "
                        + "version, restart the kernel and load it first.");
            } else {
                added.add(path);
            }
        }
        if (!added.isEmpty()) {
            context.addToClasspath(new ArrayList<>(added));
        }
        out.println(summary(jars.size(), added, already));
    }

    private static String summary(int offered, Set<Path> added, int already) {
        String there = already > 0 ? " (" + count(already) + " already there)" : "";
        if (offered == 0) {
            return "No jars to add.";
        }
        if (!added.isEmpty()) {
            return "Added " + count(added.size()) + " to the class path" + names(added) + there;
        }
        if (already == offered) {
            return already == 1 ? "The jar is already on the class path." : "All " + already
                    + " jars are already on the class path.";
        }
        return "Nothing added to the class path" + there + ".";
    }

    /** The same artifact in another version directory of a Maven repository layout: {@code .../artifact/version/jar}. */
    private static Optional<Path> otherVersion(Path jar, List<Path> present) {
        Path versionDir = jar.getParent();
        if (versionDir == null || versionDir.getParent() == null
                || !jar.getFileName().toString().startsWith(versionDir.getParent().getFileName() + "-")) {
            return Optional.empty();
        }
        Path artifactDir = versionDir.getParent();
        return present.stream()
                .filter(p -> p.getParent() != null && artifactDir.equals(p.getParent().getParent())
                        && !versionDir.equals(p.getParent()))
                .findFirst();
    }

    private static String count(int jars) {
        return jars + (jars == 1 ? " jar" : " jars");
    }

    private static String names(Set<Path> jars) {
        if (jars.isEmpty()) {
            return "";
        }
        List<String> names = jars.stream().limit(NAMES_SHOWN).map(p -> p.getFileName().toString()).toList();
        return ": " + String.join(", ", names) + (jars.size() > NAMES_SHOWN ? " and " + (jars.size() - NAMES_SHOWN)
                + " more" : "");
    }

    private static Path normalized(Path path) {
        return path.toAbsolutePath().normalize();
    }

    private static Path normalized(String entry) {
        return normalized(Path.of(entry));
    }
}
