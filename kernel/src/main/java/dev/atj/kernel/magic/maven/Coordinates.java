package dev.atj.kernel.magic.maven;

import dev.atj.kernel.magic.MagicException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.aether.artifact.Artifact;
import org.eclipse.aether.artifact.DefaultArtifact;

/**
 * Reads what users type after %maven: {@code group:artifact:version}, or with the file kind
 * {@code group:artifact:extension:version}, or {@code group:artifact:extension:classifier:version};
 * several of them, separated by spaces or commas.
 */
final class Coordinates {
    static final String EXAMPLE = "org.apache.commons:commons-lang3:3.17.0";

    private Coordinates() {
    }

    static List<Artifact> parseAll(String args) throws MagicException {
        List<Artifact> artifacts = new ArrayList<>();
        for (String word : Arguments.split(args.replace(',', ' '))) {
            artifacts.add(parse(word));
        }
        if (artifacts.isEmpty()) {
            throw new MagicException("Name at least one Maven coordinate, e.g. %maven " + EXAMPLE + ".");
        }
        return artifacts;
    }

    static Artifact parse(String coordinate) throws MagicException {
        String[] parts = coordinate.split(":", -1);
        for (String part : parts) {
            if (part.isBlank()) {
                throw notACoordinate(coordinate, "one of its parts is empty");
            }
        }
        return switch (parts.length) {
            case 2 -> throw new MagicException("'" + coordinate + "' has no version: add one, as in "
                    + coordinate + ":1.0.0 (the versions are listed at https://central.sonatype.com/artifact/"
                    + parts[0] + "/" + parts[1] + ").");
            case 3 -> new DefaultArtifact(parts[0], parts[1], "", "jar", parts[2]);
            case 4 -> new DefaultArtifact(parts[0], parts[1], "", parts[2], parts[3]);
            case 5 -> new DefaultArtifact(parts[0], parts[1], parts[3], parts[2], parts[4]);
            default -> throw notACoordinate(coordinate, "it has " + parts.length + " parts");
        };
    }

    /** How we print an artifact: the way users type it, with extension and classifier only when unusual. */
    static String format(Artifact artifact) {
        StringBuilder text = new StringBuilder(artifact.getGroupId()).append(':').append(artifact.getArtifactId());
        boolean classifier = !artifact.getClassifier().isEmpty();
        if (classifier || !artifact.getExtension().equals("jar")) {
            text.append(':').append(artifact.getExtension());
        }
        if (classifier) {
            text.append(':').append(artifact.getClassifier());
        }
        return text.append(':').append(artifact.getVersion()).toString();
    }

    private static MagicException notACoordinate(String coordinate, String why) {
        return new MagicException("'" + coordinate + "' is not a Maven coordinate (" + why + "): write "
                + "GROUP:ARTIFACT:VERSION or GROUP:ARTIFACT:EXTENSION:CLASSIFIER:VERSION, e.g. " + EXAMPLE + ".");
    }
}
