package dev.atj.kernel.magic.maven;

import dev.atj.kernel.magic.MagicException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession.CloseableSession;
import org.eclipse.aether.RepositorySystemSession.SessionBuilder;
import org.eclipse.aether.artifact.Artifact;
import org.eclipse.aether.artifact.ArtifactTypeRegistry;
import org.eclipse.aether.collection.CollectRequest;
import org.eclipse.aether.graph.Dependency;
import org.eclipse.aether.repository.LocalRepository;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.repository.RepositoryPolicy;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;
import org.eclipse.aether.resolution.ArtifactResult;
import org.eclipse.aether.resolution.DependencyRequest;
import org.eclipse.aether.resolution.DependencyResolutionException;
import org.eclipse.aether.resolution.DependencyResult;
import org.eclipse.aether.supplier.RepositorySystemSupplier;
import org.eclipse.aether.supplier.SessionBuilderSupplier;
import org.eclipse.aether.util.artifact.JavaScopes;
import org.eclipse.aether.util.filter.DependencyFilterUtils;
import org.eclipse.aether.util.repository.SimpleArtifactDescriptorPolicy;
import org.eclipse.aether.util.repository.SimpleResolutionErrorPolicy;

/**
 * Resolves Maven dependencies with Maven Resolver, the library inside Maven, and holds what the
 * magics of this package share for the life of the kernel: the repository system, the local
 * repository ({@code ~/.m2/repository}) and the remote repositories (Maven Central, and what
 * {@code %mavenRepo} added).
 *
 * <p>Every resolution of fixed versions is first tried offline, from the files in the local
 * repository alone: when everything is there (the common case when a notebook is run again) no
 * connection is opened at all, so it works without a network and takes milliseconds. Only if
 * something is missing do we ask the remote repositories.
 */
final class MavenResolver {
    static final RemoteRepository CENTRAL = new RemoteRepository.Builder("central", "default",
            "https://repo.maven.apache.org/maven2/")
            .setSnapshotPolicy(new RepositoryPolicy(false, RepositoryPolicy.UPDATE_POLICY_DAILY,
                    RepositoryPolicy.CHECKSUM_POLICY_WARN))
            .build();

    // ServiceLoader builds each magic through its no-arg constructor and can inject nothing, so
    // %maven, %mavenRepo and %loadFromPOM meet here to share the repositories. One kernel process
    // serves one notebook, so one instance per process is one per session. Tests make their own.
    private static final MavenResolver SHARED = new MavenResolver(defaultLocalRepository());

    private final Path localRepository;
    private final Map<String, RemoteRepository> remotes = new LinkedHashMap<>();
    private RepositorySystem system;

    MavenResolver(Path localRepository) {
        this.localRepository = localRepository;
        remotes.put(CENTRAL.getId(), CENTRAL);
    }

    static MavenResolver shared() {
        return SHARED;
    }

    /** Maven's own rule: {@code -Dmaven.repo.local} if set, else {@code ~/.m2/repository}. */
    static Path defaultLocalRepository() {
        String configured = System.getProperty("maven.repo.local");
        return configured != null && !configured.isBlank() ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".m2", "repository");
    }

    Path localRepository() {
        return localRepository;
    }

    /** The remote repositories every resolution asks, in order: Central first, then those added. */
    synchronized List<RemoteRepository> repositories() {
        return List.copyOf(remotes.values());
    }

    /** Adds a repository for later resolutions; returns the one it replaced with the same id, if any. */
    synchronized Optional<RemoteRepository> addRepository(RemoteRepository repository) {
        return Optional.ofNullable(remotes.put(repository.getId(), repository));
    }

    /**
     * Resolves the dependencies and everything they need at run time (compile and runtime scope;
     * not test, provided, or the optional dependencies of dependencies), returning the jars.
     *
     * @param requested what the user asked for, for the error message
     * @param managed versions to use where the graph meets these artifacts (a POM's dependencyManagement)
     * @param more repositories to ask besides {@link #repositories()} (a POM's own)
     * @param out where each download is reported
     */
    synchronized List<Artifact> resolve(String requested, List<Dependency> dependencies, List<Dependency> managed,
                                        List<RemoteRepository> more, PrintStream out) throws MagicException {
        List<RemoteRepository> repositories = merge(repositories(), more);
        DependencyRequest request = new DependencyRequest(new CollectRequest(dependencies, managed, repositories),
                DependencyFilterUtils.classpathFilter(JavaScopes.RUNTIME));
        if (dependencies.stream().allMatch(d -> isFixed(d.getArtifact().getVersion()))) {
            try (CloseableSession session = session(true, out)) {
                return jars(system().resolveDependencies(session, request));
            } catch (DependencyResolutionException notAllCached) {
                // Something is not in the local repository yet: ask the remote repositories below.
            }
        }
        try (CloseableSession session = session(false, out)) {
            return jars(system().resolveDependencies(session, request));
        } catch (DependencyResolutionException e) {
            throw new MagicException(FailureMessage.of(requested, e, repositories, localRepository), e);
        }
    }

    /** Fetches one POM, for reading a project's parents and imported BOMs: the local repository first. */
    synchronized Path resolvePom(Artifact pom, List<RemoteRepository> repositories) throws ArtifactResolutionException {
        ArtifactRequest request = new ArtifactRequest(pom, merge(repositories(), repositories), null);
        if (isFixed(pom.getVersion())) {
            try (CloseableSession session = session(true, null)) {
                return system().resolveArtifact(session, request).getArtifact().getPath();
            } catch (ArtifactResolutionException notCached) {
                // Not in the local repository yet: ask the remote repositories below.
            }
        }
        try (CloseableSession session = session(false, null)) {
            return system().resolveArtifact(session, request).getArtifact().getPath();
        }
    }

    /** How POM dependency types (jar, test-jar, pom...) map to file extensions and classifiers. */
    ArtifactTypeRegistry artifactTypes() {
        return new SessionBuilderSupplier(system()).getArtifactTypeRegistry();
    }

    private synchronized RepositorySystem system() {
        if (system == null) {
            // Made on first use: most notebooks never ask for Maven, and making it loads about 750 classes.
            system = new RepositorySystemSupplier().get();
        }
        return system;
    }

    /** A session for one request; {@code out}, if not null, hears of each download. */
    private CloseableSession session(boolean offline, PrintStream out) {
        SessionBuilder builder = new SessionBuilderSupplier(system()).get()
                .setOffline(offline)
                // Only the repositories the user chose: POMs of old libraries name hosts long gone,
                // each costing a connection timeout.
                .setIgnoreArtifactDescriptorRepositories(true)
                // Remember no failure in ~/.m2: after a typo or a network hiccup, the next try asks again
                // instead of repeating the failure for a day.
                .setResolutionErrorPolicy(new SimpleResolutionErrorPolicy(false, false));
        if (offline) {
            // The "simple" layout takes any file in ~/.m2 as it is; Maven's default ("enhanced") also wants
            // it to have come from a repository with the same id, and turns down what was fetched through a
            // mirror, or by a tool that names Central differently, though it is there on disk.
            builder.withLocalRepositories(new LocalRepository(localRepository, "simple"));
            // A POM missing from ~/.m2 must fail the attempt (we then go online); the default policy
            // would skip it and silently drop its dependencies.
            builder.setArtifactDescriptorPolicy(new SimpleArtifactDescriptorPolicy(false, false));
        } else {
            builder.withLocalRepositoryBaseDirectories(localRepository);
        }
        if (out != null) {
            builder.setRepositoryListener(new DownloadPrinter(out));
        }
        return builder.build();
    }

    /** A release version: no range, no SNAPSHOT, no LATEST or RELEASE, so a cached copy is final. */
    static boolean isFixed(String version) {
        return !version.isEmpty() && !version.startsWith("[") && !version.startsWith("(")
                && !version.endsWith("SNAPSHOT") && !version.equals("LATEST") && !version.equals("RELEASE");
    }

    private static List<RemoteRepository> merge(List<RemoteRepository> first, List<RemoteRepository> more) {
        Map<String, RemoteRepository> byId = new LinkedHashMap<>();
        first.forEach(r -> byId.put(r.getId(), r));
        more.forEach(r -> byId.putIfAbsent(r.getId(), r));
        return new ArrayList<>(byId.values());
    }

    private static List<Artifact> jars(DependencyResult result) {
        return result.getArtifactResults().stream()
                .map(ArtifactResult::getArtifact)
                .filter(a -> a != null && a.getPath() != null && a.getExtension().equals("jar"))
                .toList();
    }
}
