package dev.atj.kernel.magic.maven;

import dev.atj.kernel.magic.LineMagic;
import dev.atj.kernel.magic.MagicContext;
import dev.atj.kernel.magic.MagicException;
import java.io.PrintStream;
import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.aether.artifact.Artifact;
import org.eclipse.aether.graph.Dependency;
import org.eclipse.aether.util.artifact.JavaScopes;

/** {@code %maven group:artifact:version...}: resolves Maven artifacts with their dependencies and adds the jars. */
public final class MavenMagic implements LineMagic {
    private final MavenResolver resolver;

    /** The magic as the kernel finds it (ServiceLoader): shares the session's repositories with %mavenRepo. */
    public MavenMagic() {
        this(MavenResolver.shared());
    }

    MavenMagic(MavenResolver resolver) {
        this.resolver = resolver;
    }

    @Override
    public String name() {
        return "maven";
    }

    @Override
    public String usage() {
        return "%maven GROUP:ARTIFACT:VERSION [GROUP:ARTIFACT:EXTENSION:CLASSIFIER:VERSION ...]";
    }

    @Override
    public String help() {
        return "Resolves Maven artifacts and everything they need at run time (not test, provided or optional "
                + "dependencies), and adds the jars to the class path, e.g. %maven " + Coordinates.EXAMPLE + ". "
                + "Artifacts come from ~/.m2/repository when they are there (then no network is needed), else from "
                + "Maven Central and the repositories added with %mavenRepo, and are kept in ~/.m2/repository.";
    }

    @Override
    public void run(String args, MagicContext context) throws MagicException {
        List<Artifact> artifacts = Coordinates.parseAll(args);
        String requested = artifacts.stream().map(Coordinates::format).collect(Collectors.joining(", "));
        PrintStream out = System.out;
        out.println("Resolving " + requested + " ...");
        List<Dependency> dependencies = artifacts.stream().map(a -> new Dependency(a, JavaScopes.COMPILE)).toList();
        List<Artifact> jars = resolver.resolve(requested, dependencies, List.of(), List.of(), out);
        ClasspathAdditions.add(jars.stream().map(Artifact::getPath).toList(), context, out);
    }
}
