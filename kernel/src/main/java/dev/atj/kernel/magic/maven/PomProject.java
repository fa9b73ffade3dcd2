package dev.atj.kernel.magic.maven;

import dev.atj.kernel.magic.MagicException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.maven.model.Model;
import org.apache.maven.model.building.DefaultModelBuilderFactory;
import org.apache.maven.model.building.DefaultModelBuildingRequest;
import org.apache.maven.model.building.ModelBuildingException;
import org.apache.maven.model.building.ModelBuildingRequest;
import org.apache.maven.model.building.ModelProblem;
import org.apache.maven.repository.internal.ArtifactDescriptorUtils;
import org.eclipse.aether.artifact.Artifact;
import org.eclipse.aether.artifact.ArtifactType;
import org.eclipse.aether.artifact.ArtifactTypeRegistry;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.artifact.DefaultArtifactType;
import org.eclipse.aether.graph.Dependency;
import org.eclipse.aether.graph.Exclusion;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.util.artifact.JavaScopes;

/**
 * What %loadFromPOM takes from a POM, read the way Maven reads it (parents, properties, imported
 * BOMs, dependencyManagement): the dependencies in the chosen scopes, the managed versions, the
 * POM's repositories, and the files of system-scope dependencies.
 */
record PomProject(String id, List<Dependency> dependencies, List<Dependency> managed,
                  List<RemoteRepository> repositories, List<Path> systemJars) {
    /** Maven's class path for running a project: what %loadFromPOM loads unless told other scopes. */
    static final Set<String> DEFAULT_SCOPES = Set.of(JavaScopes.COMPILE, JavaScopes.RUNTIME, JavaScopes.SYSTEM);
    static final Set<String> SCOPES = Set.of(JavaScopes.COMPILE, JavaScopes.RUNTIME, JavaScopes.SYSTEM,
            JavaScopes.PROVIDED, JavaScopes.TEST);

    static PomProject read(Path pom, String shownAs, boolean showLines, Set<String> scopes, MavenResolver resolver) throws MagicException {
        if (!Files.isRegularFile(pom)) {
            throw new MagicException("There is no POM at " + pom + ": give the path of a pom.xml, or of its folder.");
        }
        Model model = effectiveModel(pom, shownAs, showLines, resolver);
        ArtifactTypeRegistry types = resolver.artifactTypes();
        List<Dependency> dependencies = new ArrayList<>();
        List<Path> systemJars = new ArrayList<>();
        for (org.apache.maven.model.Dependency d : model.getDependencies()) {
            String scope = d.getScope() == null || d.getScope().isEmpty() ? JavaScopes.COMPILE : d.getScope();
            if (!scopes.contains(scope)) {
                continue;
            }
            if (scope.equals(JavaScopes.SYSTEM)) {
                systemJars.add(Path.of(d.getSystemPath()));
            } else {
                // Loaded here, a test or provided dependency is needed at run time like any other.
                String runScope = scope.equals(JavaScopes.RUNTIME) ? JavaScopes.RUNTIME : JavaScopes.COMPILE;
                dependencies.add(dependency(d, runScope, types));
            }
        }
        List<Dependency> managed = new ArrayList<>();
        if (model.getDependencyManagement() != null) {
            for (org.apache.maven.model.Dependency d : model.getDependencyManagement().getDependencies()) {
                managed.add(dependency(d, d.getScope() == null ? "" : d.getScope(), types));
            }
        }
        List<RemoteRepository> repositories = model.getRepositories().stream()
                .map(ArtifactDescriptorUtils::toRemoteRepository).toList();
        return new PomProject(model.getId(), dependencies, managed, repositories, systemJars);
    }

    private static Model effectiveModel(Path pom, String shownAs, boolean showLines, MavenResolver resolver) throws MagicException {
        ModelBuildingRequest request = new DefaultModelBuildingRequest()
                .setPomFile(pom.toFile())
                .setModelResolver(new PomModelResolver(resolver))
                // The level Maven itself reads projects at: misspelt elements are errors, not ignored.
                .setValidationLevel(ModelBuildingRequest.VALIDATION_LEVEL_MAVEN_3_0)
                .setProcessPlugins(false)
                .setTwoPhaseBuilding(false)
                .setSystemProperties(System.getProperties());
        try {
            return new DefaultModelBuilderFactory().newInstance().build(request).getEffectiveModel();
        } catch (ModelBuildingException e) {
            String problems = e.getProblems().stream()
                    .filter(p -> p.getSeverity() != ModelProblem.Severity.WARNING)
                    .map(p -> "  " + (showLines && p.getLineNumber() > 0 ? "line " + p.getLineNumber() + ": " : "") + p.getMessage())
                    .distinct()
                    .collect(Collectors.joining("\n"));
            throw new MagicException("Could not read " + shownAs + ":\n" + problems, e);
        }
    }

    private static Dependency dependency(org.apache.maven.model.Dependency d, String scope, ArtifactTypeRegistry types) {
        ArtifactType type = types.get(d.getType());
        if (type == null) {
            type = new DefaultArtifactType(d.getType());
        }
        String classifier = d.getClassifier() == null || d.getClassifier().isEmpty() ? type.getClassifier()
                : d.getClassifier();
        Artifact artifact = new DefaultArtifact(d.getGroupId(), d.getArtifactId(), classifier, type.getExtension(),
                d.getVersion(), type);
        List<Exclusion> exclusions = d.getExclusions().stream()
                .map(e -> new Exclusion(e.getGroupId(), e.getArtifactId(), "*", "*")).toList();
        return new Dependency(artifact, scope, d.isOptional(), exclusions);
    }
}
