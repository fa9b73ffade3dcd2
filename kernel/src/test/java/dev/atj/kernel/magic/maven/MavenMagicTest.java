package dev.atj.kernel.magic.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.atj.kernel.magic.MagicException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipFile;
import org.eclipse.aether.repository.RemoteRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** %maven against the real ~/.m2/repository and Maven Central. */
class MavenMagicTest {
    @TempDir
    Path workingDirectory;

    private final MavenResolver resolver = new MavenResolver(MavenResolver.defaultLocalRepository());
    private final MavenMagic maven = new MavenMagic(resolver);

    @Test
    void commonsLang3JarHoldsStringUtils() throws Exception {
        RecordingContext context = new RecordingContext(workingDirectory);
        String printed = Output.of(() -> maven.run("org.apache.commons:commons-lang3:3.17.0", context));

        assertEquals(List.of("commons-lang3-3.17.0.jar"), context.addedNames());
        Path jar = context.added().get(0);
        assertTrue(Files.isRegularFile(jar), jar + " exists");
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            assertNotNull(zip.getEntry("org/apache/commons/lang3/StringUtils.class"));
        }
        assertTrue(printed.startsWith("Resolving org.apache.commons:commons-lang3:3.17.0 ..."), printed);
        assertTrue(printed.contains("Added 1 jar to the class path: commons-lang3-3.17.0.jar"), printed);
    }

    @Test
    void dependenciesOfDependenciesComeAlong() throws Exception {
        RecordingContext context = new RecordingContext(workingDirectory);
        Output.of(() -> maven.run("org.apache.commons:commons-text:1.12.0", context));

        List<String> names = context.addedNames();
        assertEquals("commons-text-1.12.0.jar", names.get(0));
        assertTrue(names.stream().anyMatch(n -> n.startsWith("commons-lang3-")), names.toString());
        assertEquals(1, context.additions.size(), "one call adds all jars at once");
    }

    @Test
    void jarsAlreadyOnTheClassPathAreNotAddedTwice() throws Exception {
        RecordingContext context = new RecordingContext(workingDirectory);
        Output.of(() -> maven.run("org.apache.commons:commons-lang3:3.14.0", context));
        String printed = Output.of(() -> maven.run("org.apache.commons:commons-text:1.12.0", context));

        assertEquals(List.of("commons-lang3-3.14.0.jar", "commons-text-1.12.0.jar"), context.addedNames());
        assertTrue(printed.contains("Added 1 jar to the class path: commons-text-1.12.0.jar (1 jar already there)"),
                printed);
    }

    @Test
    void anotherVersionOfAJarOnTheClassPathIsLeftOut() throws Exception {
        RecordingContext context = new RecordingContext(workingDirectory);
        Output.of(() -> maven.run("org.apache.commons:commons-lang3:3.17.0", context));
        String printed = Output.of(() -> maven.run("org.apache.commons:commons-text:1.12.0", context));

        // commons-text 1.12.0 asks for commons-lang3 3.14.0, which could never win over 3.17.0.
        assertEquals(List.of("commons-lang3-3.17.0.jar", "commons-text-1.12.0.jar"), context.addedNames());
        assertTrue(printed.contains("Note: commons-lang3-3.14.0.jar left out: commons-lang3-3.17.0.jar is already "
                + "on the class path"), printed);
    }

    @Test
    void aCachedArtifactNeedsNoNetwork() throws Exception {
        RecordingContext context = new RecordingContext(workingDirectory);
        Output.of(() -> maven.run("org.apache.commons:commons-lang3:3.17.0", context));

        // Central now points at a closed port: only the local repository can answer.
        resolver.addRepository(unreachableCentral());
        RecordingContext offline = new RecordingContext(workingDirectory);
        Output.of(() -> maven.run("org.apache.commons:commons-text:1.12.0", offline));
        assertTrue(offline.addedNames().contains("commons-text-1.12.0.jar"), offline.addedNames().toString());
    }

    @Test
    void whatIsOnDiskCountsWhicheverRepositoryItCameFrom(@TempDir Path localRepository) throws Exception {
        // Fill an empty local repository through a mirror named "nexus" (the real ~/.m2 as a file: repository),
        // with Central's id on a closed port. Maven would then ask Central again for these files.
        MavenResolver viaMirror = new MavenResolver(localRepository);
        viaMirror.addRepository(unreachableCentral());
        viaMirror.addRepository(new RemoteRepository.Builder("nexus", "default",
                MavenResolver.defaultLocalRepository().toUri().toString()).build());
        Output.of(() -> new MavenMagic(viaMirror).run("org.apache.commons:commons-text:1.12.0",
                new RecordingContext(workingDirectory)));

        MavenResolver centralOnly = new MavenResolver(localRepository);
        centralOnly.addRepository(unreachableCentral());
        RecordingContext context = new RecordingContext(workingDirectory);
        Output.of(() -> new MavenMagic(centralOnly).run("org.apache.commons:commons-text:1.12.0", context));

        assertEquals(List.of("commons-text-1.12.0.jar", "commons-lang3-3.14.0.jar"), context.addedNames());
        assertTrue(context.added().get(0).startsWith(localRepository), context.added().toString());
    }

    @Test
    void anUnreachableRepositoryIsNamedInTheError() {
        resolver.addRepository(unreachableCentral());
        MagicException error = assertThrows(MagicException.class, () -> Output.of(
                () -> maven.run("dev.atj.test:never-published:1.0.0", new RecordingContext(workingDirectory))));

        String message = error.getMessage();
        assertTrue(message.startsWith("Could not resolve dev.atj.test:never-published:1.0.0."), message);
        assertTrue(message.contains("Could not download dev.atj.test:never-published"), message);
        assertTrue(message.contains("central"), message);
        assertTrue(message.contains("Check the network connection"), message);
    }

    @Test
    void aMissingArtifactSaysWhereItWasLookedFor() {
        MagicException error = assertThrows(MagicException.class, () -> Output.of(
                () -> maven.run("dev.atj.test:never-published:1.0.0", new RecordingContext(workingDirectory))));

        String message = error.getMessage();
        assertTrue(message.startsWith("Could not resolve dev.atj.test:never-published:1.0.0."), message);
        assertTrue(message.contains("dev.atj.test:never-published:1.0.0 was not found in the local repository "
                + resolver.localRepository()), message);
        assertTrue(message.contains("central (https://repo.maven.apache.org/maven2/)"), message);
        assertTrue(message.contains("%mavenRepo"), message);
    }

    @Test
    void aBadCoordinateIsNamedInTheError() {
        RecordingContext context = new RecordingContext(workingDirectory);
        MagicException noColons = assertThrows(MagicException.class, () -> maven.run("commons-lang3", context));
        assertTrue(noColons.getMessage().contains("'commons-lang3' is not a Maven coordinate"), noColons.getMessage());

        MagicException noVersion = assertThrows(MagicException.class,
                () -> maven.run("org.apache.commons:commons-lang3", context));
        assertTrue(noVersion.getMessage().contains("'org.apache.commons:commons-lang3' has no version"),
                noVersion.getMessage());

        MagicException nothing = assertThrows(MagicException.class, () -> maven.run("  ", context));
        assertTrue(nothing.getMessage().contains("at least one Maven coordinate"), nothing.getMessage());
        assertTrue(context.additions.isEmpty());
    }

    /** Central's id, on a port where nothing listens: any attempt to download fails at once. */
    private static RemoteRepository unreachableCentral() {
        return new RemoteRepository.Builder("central", "default", "http://127.0.0.1:9/maven2/").build();
    }
}
