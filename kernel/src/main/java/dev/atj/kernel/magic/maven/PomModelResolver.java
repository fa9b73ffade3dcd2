package dev.atj.kernel.magic.maven;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.model.Dependency;
import org.apache.maven.model.Parent;
import org.apache.maven.model.Repository;
import org.apache.maven.model.building.FileModelSource;
import org.apache.maven.model.building.ModelSource;
import org.apache.maven.model.resolution.ModelResolver;
import org.apache.maven.model.resolution.UnresolvableModelException;
import org.apache.maven.repository.internal.ArtifactDescriptorUtils;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactResolutionException;

/**
 * Fetches the POMs that a project's POM points to (its parents and imported BOMs) while Maven's
 * model builder reads it, from the repositories the notebook and the POM name.
 */
// ModelSource is deprecated in Maven 3.9+ in favour of Maven 4's API, but the Maven 3 model
// builder that maven-resolver-supplier-mvn3 brings still takes it.
@SuppressWarnings("deprecation")
final class PomModelResolver implements ModelResolver {
    private final MavenResolver resolver;
    private final Map<String, RemoteRepository> repositories;

    PomModelResolver(MavenResolver resolver) {
        this(resolver, new LinkedHashMap<>());
    }

    private PomModelResolver(MavenResolver resolver, Map<String, RemoteRepository> repositories) {
        this.resolver = resolver;
        this.repositories = repositories;
    }

    @Override
    public ModelSource resolveModel(String groupId, String artifactId, String version)
            throws UnresolvableModelException {
        if (!MavenResolver.isFixed(version)) {
            throw new UnresolvableModelException("%loadFromPOM needs a fixed version for the POM "
                    + groupId + ":" + artifactId + ", not " + version, groupId, artifactId, version);
        }
        try {
            return new FileModelSource(resolver.resolvePom(new DefaultArtifact(groupId, artifactId, "", "pom", version),
                    List.copyOf(repositories.values())).toFile());
        } catch (ArtifactResolutionException e) {
            throw new UnresolvableModelException(e.getMessage(), groupId, artifactId, version, e);
        }
    }

    @Override
    public ModelSource resolveModel(Parent parent) throws UnresolvableModelException {
        return resolveModel(parent.getGroupId(), parent.getArtifactId(), parent.getVersion());
    }

    @Override
    public ModelSource resolveModel(Dependency dependency) throws UnresolvableModelException {
        return resolveModel(dependency.getGroupId(), dependency.getArtifactId(), dependency.getVersion());
    }

    @Override
    public void addRepository(Repository repository) {
        addRepository(repository, false);
    }

    @Override
    public void addRepository(Repository repository, boolean replace) {
        if (replace || !repositories.containsKey(repository.getId())) {
            repositories.put(repository.getId(), ArtifactDescriptorUtils.toRemoteRepository(repository));
        }
    }

    @Override
    public ModelResolver newCopy() {
        return new PomModelResolver(resolver, new LinkedHashMap<>(repositories));
    }
}
