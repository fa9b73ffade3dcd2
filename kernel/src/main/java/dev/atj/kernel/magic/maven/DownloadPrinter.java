package dev.atj.kernel.magic.maven;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.eclipse.aether.AbstractRepositoryListener;
import org.eclipse.aether.RepositoryEvent;

/**
 * One line per artifact fetched from a remote repository, with its size. POMs are left out:
 * a library brings several (parents, BOMs), and they are small.
 */
final class DownloadPrinter extends AbstractRepositoryListener {
    private final PrintStream out;

    DownloadPrinter(PrintStream out) {
        this.out = out;
    }

    @Override
    public void artifactDownloaded(RepositoryEvent event) {
        Path path = event.getPath();
        if (event.getException() != null || path == null || event.getArtifact().getExtension().equals("pom")) {
            return;
        }
        out.println("Downloaded " + Coordinates.format(event.getArtifact()) + " (" + size(path) + ") from "
                + event.getRepository().getId());
    }

    private static String size(Path path) {
        try {
            return humanSize(Files.size(path));
        } catch (IOException e) {
            // The file was just written by the resolver; a line without the size is still useful.
            return "size unknown: " + e.getMessage();
        }
    }

    static String humanSize(long bytes) {
        if (bytes < 1000) {
            return bytes + " B";
        }
        if (bytes < 1_000_000) {
            return String.format(Locale.ROOT, "%.1f kB", bytes / 1e3);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
    }
}
