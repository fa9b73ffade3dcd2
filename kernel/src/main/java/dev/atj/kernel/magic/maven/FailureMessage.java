package dev.atj.kernel.magic.maven;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.aether.artifact.Artifact;
import org.eclipse.aether.collection.DependencyCollectionException;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactDescriptorException;
import org.eclipse.aether.resolution.ArtifactResolutionException;
import org.eclipse.aether.resolution.ArtifactResult;
import org.eclipse.aether.resolution.DependencyResolutionException;
import org.eclipse.aether.resolution.DependencyResult;
import org.eclipse.aether.resolution.VersionRangeResolutionException;
import org.eclipse.aether.transfer.ArtifactNotFoundException;
import org.eclipse.aether.transfer.ArtifactTransferException;

/**
 * Turns the resolver's nested exceptions into a few plain sentences: what was asked for, which
 * artifacts were missing or could not be downloaded, where we looked, and what to try.
 */
final class FailureMessage {
    private final Set<String> missing = new LinkedHashSet<>();
    private final Set<String> unreachable = new LinkedHashSet<>();
    private final Set<String> other = new LinkedHashSet<>();

    private FailureMessage() {
    }

    static String of(String requested, Exception failure, List<RemoteRepository> repositories, Path localRepository) {
        FailureMessage message = new FailureMessage();
        message.visit(failure, 0);
        return message.render(requested, repositories, localRepository);
    }

    private void visit(Throwable failure, int depth) {
        if (failure == null || depth > 20) {
            return;
        }
        if (failure instanceof ArtifactNotFoundException notFound && notFound.getArtifact() != null) {
            missing.add(shown(notFound.getArtifact()));
        } else if (failure instanceof ArtifactTransferException transfer && transfer.getArtifact() != null) {
            RemoteRepository remote = transfer.getRepository();
            String repository = remote == null ? "a repository" : remote.getId() + " (" + remote.getUrl() + ")";
            unreachable.add(shown(transfer.getArtifact()) + " from " + repository + ": " + rootCause(transfer));
        } else if (failure instanceof DependencyResolutionException resolution) {
            DependencyResult result = resolution.getResult();
            int before = size();
            result.getCollectExceptions().forEach(e -> visit(e, depth + 1));
            result.getArtifactResults().stream().map(ArtifactResult::getExceptions)
                    .forEach(list -> list.forEach(e -> visit(e, depth + 1)));
            if (size() == before) {
                visit(resolution.getCause(), depth + 1);
            }
        } else if (failure instanceof ArtifactResolutionException resolution) {
            int before = size();
            resolution.getResults().stream().map(ArtifactResult::getExceptions)
                    .forEach(list -> list.forEach(e -> visit(e, depth + 1)));
            if (size() == before) {
                visit(resolution.getCause(), depth + 1);
            }
        } else if (failure instanceof DependencyCollectionException collection) {
            int before = size();
            collection.getResult().getExceptions().forEach(e -> visit(e, depth + 1));
            if (size() == before) {
                visit(collection.getCause(), depth + 1);
            }
        } else if (failure instanceof ArtifactDescriptorException descriptor) {
            int before = size();
            descriptor.getResult().getExceptions().forEach(e -> visit(e, depth + 1));
            if (size() == before) {
                visit(descriptor.getCause(), depth + 1);
            }
        } else if (failure instanceof VersionRangeResolutionException range) {
            other.add("no version of " + range.getResult().getRequest().getArtifact() + " could be found: "
                    + rootCause(range));
        } else if (failure.getCause() != null) {
            visit(failure.getCause(), depth + 1);
        } else {
            other.add(String.valueOf(failure.getMessage()));
        }
    }

    private int size() {
        return missing.size() + unreachable.size() + other.size();
    }

    private String render(String requested, List<RemoteRepository> repositories, Path localRepository) {
        String searched = repositories.stream().map(r -> r.getId() + " (" + r.getUrl() + ")")
                .collect(Collectors.joining(", "));
        List<String> lines = new ArrayList<>();
        lines.add("Could not resolve " + requested + ".");
        for (String artifact : missing) {
            lines.add("  " + artifact + " was not found in the local repository " + localRepository
                    + (repositories.isEmpty() ? "" : " nor in " + searched) + ".");
        }
        for (String problem : unreachable) {
            lines.add("  Could not download " + problem);
        }
        for (String problem : other) {
            lines.add("  " + problem);
        }
        if (!missing.isEmpty()) {
            lines.add("Check the group, artifact and version (https://central.sonatype.com lists what Maven Central "
                    + "has), or add the repository that has it with %mavenRepo ID URL.");
        }
        if (!unreachable.isEmpty()) {
            lines.add("Check the network connection and the repository's URL; what is already in "
                    + localRepository + " resolves without a network.");
        }
        return String.join("\n", lines);
    }

    /** An artifact as the user asked for it: its POM, fetched first, stands for the artifact. */
    private static String shown(Artifact artifact) {
        return artifact.getExtension().equals("pom") ? artifact.getGroupId() + ":" + artifact.getArtifactId() + ":"
                + artifact.getVersion() : Coordinates.format(artifact);
    }

    private static String rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage();
        return cause == failure || message == null ? String.valueOf(failure.getMessage())
                : cause.getClass().getSimpleName() + ": " + message;
    }
}
