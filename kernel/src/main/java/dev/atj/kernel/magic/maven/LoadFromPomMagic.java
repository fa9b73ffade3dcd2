package dev.atj.kernel.magic.maven;

import dev.atj.kernel.magic.CellMagic;
import dev.atj.kernel.magic.LineMagic;
import dev.atj.kernel.magic.MagicContext;
import dev.atj.kernel.magic.MagicException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.aether.artifact.Artifact;

/**
 * {@code %loadFromPOM path/to/pom.xml} and {@code %%loadFromPOM} with a POM, or a part of one, in
 * the cell: resolves the POM's dependencies as Maven would for running the project, and adds the
 * jars. One class for both forms, so that they read POMs the same way.
 */
public final class LoadFromPomMagic implements LineMagic, CellMagic {
    private final MavenResolver resolver;

    /** The magic as the kernel finds it (ServiceLoader): shares the session's repositories with %mavenRepo. */
    public LoadFromPomMagic() {
        this(MavenResolver.shared());
    }

    LoadFromPomMagic(MavenResolver resolver) {
        this.resolver = resolver;
    }

    @Override
    public String name() {
        return "loadFromPOM";
    }

    @Override
    public String usage() {
        return "%loadFromPOM PATH/TO/pom.xml [SCOPE...]   or   %%loadFromPOM [SCOPE...] with POM elements below";
    }

    @Override
    public String help() {
        return "Resolves the dependencies of a POM and adds their jars, reading the POM as Maven does (parent, "
                + "properties, dependencyManagement, imported BOMs, its <repositories>). The cell form takes a whole "
                + "<project>, or just <dependency> elements (with or without <dependencies>) and optionally "
                + "<repositories>. Scopes compile, runtime and system are loaded unless others are named "
                + "(compile, runtime, system, provided, test).";
    }

    @Override
    public void run(String args, MagicContext context) throws MagicException {
        List<String> words = Arguments.split(args);
        if (words.isEmpty()) {
            throw new MagicException("Name the POM to load, e.g. %loadFromPOM pom.xml (or use %%loadFromPOM with "
                    + "the POM in the cell).");
        }
        Path pom = context.workingDirectory().resolve(words.get(0)).toAbsolutePath().normalize();
        if (Files.isDirectory(pom)) {
            pom = pom.resolve("pom.xml");
        }
        load(pom, words.get(0), true, scopes(words.subList(1, words.size())), context);
    }

    @Override
    public Object run(String args, String body, MagicContext context) throws MagicException {
        Set<String> scopes = scopes(Arguments.split(args));
        String pom = PomFragment.toPom(body);
        Path directory = null;
        try {
            directory = Files.createTempDirectory("atj-loadFromPOM");
            Path file = directory.resolve("pom.xml");
            Files.writeString(file, pom, StandardCharsets.UTF_8);
            // Its line numbers are those of the POM we made, not the cell's: leave them out of errors.
            load(file, "the POM in the cell", false, scopes, context);
        } catch (IOException e) {
            throw new MagicException("Cannot write the cell's POM to a temporary file: " + e.getMessage(), e);
        } finally {
            deleteQuietly(directory);
        }
        return null;
    }

    private void load(Path pom, String shownAs, boolean showLines, Set<String> scopes, MagicContext context) throws MagicException {
        PrintStream out = System.out;
        PomProject project = PomProject.read(pom, shownAs, showLines, scopes, resolver);
        int count = project.dependencies().size() + project.systemJars().size();
        out.println("Resolving " + count + (count == 1 ? " dependency" : " dependencies") + " of " + shownAs
                + " (" + String.join(", ", new TreeSet<>(scopes)) + ") ...");
        List<Path> jars = new ArrayList<>(project.systemJars());
        if (!project.dependencies().isEmpty()) {
            String requested = "the dependencies of " + shownAs;
            resolver.resolve(requested, project.dependencies(), project.managed(), project.repositories(), out)
                    .stream().map(Artifact::getPath).forEach(jars::add);
        }
        ClasspathAdditions.add(jars, context, out);
    }

    private static Set<String> scopes(List<String> words) throws MagicException {
        if (words.isEmpty()) {
            return PomProject.DEFAULT_SCOPES;
        }
        Set<String> scopes = new LinkedHashSet<>();
        for (String word : words) {
            for (String scope : word.split(",")) {
                if (scope.isBlank()) {
                    continue;
                }
                if (!PomProject.SCOPES.contains(scope)) {
                    throw new MagicException("'" + scope + "' is not a Maven scope to load: use compile, runtime, "
                            + "system, provided or test.");
                }
                scopes.add(scope);
            }
        }
        return scopes;
    }

    private static void deleteQuietly(Path directory) {
        if (directory == null) {
            return;
        }
        try {
            Files.deleteIfExists(directory.resolve("pom.xml"));
            Files.deleteIfExists(directory);
        } catch (IOException e) {
            // Left in the temporary folder, which the system cleans; the magic's result is not affected.
            System.getLogger(LoadFromPomMagic.class.getName()).log(System.Logger.Level.DEBUG,
                    "Cannot delete " + directory, e);
        }
    }
}
