package dev.atj.kernel.repl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Saves the pictures a terminal cannot show as numbered files (image-1.png, ...) in one folder. */
final class ImageFiles {
    private final Path folder;

    ImageFiles(Path folder) {
        this.folder = folder;
    }

    /** The folder from {@code ATJ_OUTPUT_DIR}, else {@code atj-output} in the working directory. */
    static ImageFiles fromEnvironment() {
        String configured = System.getenv("ATJ_OUTPUT_DIR");
        return new ImageFiles(Path.of(configured == null || configured.isBlank() ? "atj-output" : configured));
    }

    /** Writes the picture to the next free number, never over an earlier file; returns its absolute path. */
    Path save(byte[] content, String extension) {
        try {
            Files.createDirectories(folder);
            for (int number = 1; ; number++) {
                Path file = folder.resolve("image-" + number + "." + extension);
                try {
                    Files.write(file, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                    return file.toAbsolutePath().normalize();
                } catch (FileAlreadyExistsException taken) {
                    // An earlier picture (this session's or another's) has the number; try the next.
                    continue;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot save the picture in " + folder.toAbsolutePath()
                    + ": " + e.getMessage() + ". Set ATJ_OUTPUT_DIR to a folder you can write to.", e);
        }
    }
}
