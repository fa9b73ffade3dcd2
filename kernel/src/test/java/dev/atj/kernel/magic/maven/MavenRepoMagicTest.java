package dev.atj.kernel.magic.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.atj.kernel.magic.MagicException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.aether.repository.RemoteRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MavenRepoMagicTest {
    @TempDir
    Path workingDirectory;

    private final MavenResolver resolver = new MavenResolver(MavenResolver.defaultLocalRepository());
    private final MavenRepoMagic mavenRepo = new MavenRepoMagic(resolver);

    @Test
    void addedRepositoriesComeAfterCentral() throws Exception {
        String printed = Output.of(() -> mavenRepo.run("google https://maven.google.com/",
                new RecordingContext(workingDirectory)));

        assertEquals(List.of("central", "google"), resolver.repositories().stream().map(RemoteRepository::getId).toList());
        assertTrue(printed.contains("Added repository google (https://maven.google.com/)"), printed);
    }

    @Test
    void theSameIdReplacesTheRepository() throws Exception {
        RecordingContext context = new RecordingContext(workingDirectory);
        Output.of(() -> mavenRepo.run("mine https://example.org/a/", context));
        String printed = Output.of(() -> mavenRepo.run("mine https://example.org/b/", context));

        assertEquals("https://example.org/b/", resolver.repositories().get(1).getUrl());
        assertTrue(printed.contains("now points to https://example.org/b/ (was https://example.org/a/)"), printed);
    }

    @Test
    void aLocalFolderBecomesAFileUrl() throws Exception {
        Files.createDirectory(workingDirectory.resolve("repo"));
        Output.of(() -> mavenRepo.run("local repo", new RecordingContext(workingDirectory)));

        assertEquals(workingDirectory.resolve("repo").toUri().toString(), resolver.repositories().get(1).getUrl());
    }

    @Test
    void withoutArgumentsItListsTheRepositories() throws Exception {
        String printed = Output.of(() -> mavenRepo.run("", new RecordingContext(workingDirectory)));

        assertTrue(printed.contains("central  https://repo.maven.apache.org/maven2/"), printed);
    }

    @Test
    void badArgumentsAreExplained() {
        RecordingContext context = new RecordingContext(workingDirectory);
        MagicException oneWord = assertThrows(MagicException.class, () -> mavenRepo.run("google", context));
        assertTrue(oneWord.getMessage().contains("takes an id and a URL"), oneWord.getMessage());

        MagicException ftp = assertThrows(MagicException.class, () -> mavenRepo.run("x ftp://example.org/", context));
        assertTrue(ftp.getMessage().contains("ftp: URL"), ftp.getMessage());

        MagicException nowhere = assertThrows(MagicException.class, () -> mavenRepo.run("x no/such/folder", context));
        assertTrue(nowhere.getMessage().contains("neither an https:// URL nor a folder"), nowhere.getMessage());
    }
}
