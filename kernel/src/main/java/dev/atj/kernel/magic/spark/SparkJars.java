package dev.atj.kernel.magic.spark;

import dev.atj.kernel.magic.MagicException;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The jars of ATJ's Spark module as the build left them: {@code spark/target/atj-spark.jar}, and
 * Spark's own jars in the local Maven repository, listed in {@code spark/target/classpath.txt}.
 */
final class SparkJars {
    private static final String SECOND_LOGGING_PROVIDER = "log4j-slf4j2-impl-";
    private SparkJars() {
    }

    static List<Path> of(Path atjHome) throws MagicException {
        Path target = atjHome.resolve("spark/target");
        Path moduleJar = target.resolve("atj-spark.jar");
        Path listing = target.resolve("classpath.txt");
        if (!Files.isRegularFile(moduleJar) || !Files.isRegularFile(listing)) {
            throw new MagicException("Spark support is not built in " + atjHome + ". Run ./atj build there (the first"
                    + " build downloads about 300 MB of Spark jars from Maven Central), then run %spark again.");
        }
        List<Path> jars = new ArrayList<>();
        jars.add(moduleJar);
        for (String entry : read(listing).split(File.pathSeparator)) {
            // The session logs through the helper library's SLF4J provider already; a second one
            // (Spark's log4j binding) only makes SLF4J print a warning into the cell.
            if (!entry.isBlank() && !Path.of(entry.strip()).getFileName().toString().startsWith(SECOND_LOGGING_PROVIDER)) {
                jars.add(Path.of(entry.strip()));
            }
        }
        List<Path> missing = jars.stream().filter(Files::notExists).toList();
        if (!missing.isEmpty()) {
            throw new MagicException(missing.size() + " of Spark's jars are gone from the local Maven repository (first: "
                    + missing.get(0) + "). Run ./atj build in " + atjHome + " to fetch them again.");
        }
        return jars;
    }

    private static String read(Path listing) throws MagicException {
        try {
            return Files.readString(listing);
        } catch (IOException e) {
            throw new MagicException("Cannot read " + listing + ": " + e.getMessage(), e);
        }
    }
}
