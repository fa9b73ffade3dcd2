package dev.atj.kernel.magic.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.atj.kernel.magic.MagicException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** %loadFromPOM and %%loadFromPOM against the real ~/.m2/repository and Maven Central. */
class LoadFromPomMagicTest {
    private static final String PROJECT = """
            <?xml version="1.0" encoding="UTF-8"?>
            <project xmlns="http://maven.apache.org/POM/4.0.0">
              <modelVersion>4.0.0</modelVersion>
              <groupId>dev.atj.test</groupId>
              <artifactId>notebook-deps</artifactId>
              <version>1.0</version>
              <properties>
                <text.version>1.12.0</text.version>
              </properties>
              <dependencyManagement>
                <dependencies>
                  <dependency>
                    <groupId>org.apache.commons</groupId>
                    <artifactId>commons-lang3</artifactId>
                    <version>3.17.0</version>
                  </dependency>
                  <dependency>
                    <groupId>org.junit</groupId>
                    <artifactId>junit-bom</artifactId>
                    <version>5.14.1</version>
                    <type>pom</type>
                    <scope>import</scope>
                  </dependency>
                </dependencies>
              </dependencyManagement>
              <dependencies>
                <dependency>
                  <groupId>org.apache.commons</groupId>
                  <artifactId>commons-text</artifactId>
                  <version>${text.version}</version>
                </dependency>
                <dependency>
                  <groupId>org.junit.jupiter</groupId>
                  <artifactId>junit-jupiter-api</artifactId>
                  <scope>test</scope>
                </dependency>
              </dependencies>
            </project>
            """;

    @TempDir
    Path workingDirectory;

    private final LoadFromPomMagic load = new LoadFromPomMagic(new MavenResolver(MavenResolver.defaultLocalRepository()));

    @Test
    void aPomFileGivesItsRuntimeDependencies() throws Exception {
        Files.writeString(workingDirectory.resolve("pom.xml"), PROJECT);
        RecordingContext context = new RecordingContext(workingDirectory);
        String printed = Output.of(() -> load.run("pom.xml", context));

        // The property gives commons-text's version; dependencyManagement lifts its commons-lang3 to 3.17.0;
        // the test dependency stays out.
        assertEquals(List.of("commons-text-1.12.0.jar", "commons-lang3-3.17.0.jar"), context.addedNames());
        assertTrue(printed.contains("Resolving 1 dependency of pom.xml (compile, runtime, system) ..."), printed);
    }

    @Test
    void namedScopesAndVersionsFromAnImportedBom() throws Exception {
        Files.createDirectory(workingDirectory.resolve("project"));
        Files.writeString(workingDirectory.resolve("project/pom.xml"), PROJECT);
        RecordingContext context = new RecordingContext(workingDirectory);
        Output.of(() -> load.run("project test", context));

        List<String> names = context.addedNames();
        assertEquals("junit-jupiter-api-5.14.1.jar", names.get(0));
        assertTrue(names.stream().anyMatch(n -> n.startsWith("opentest4j-")), names.toString());
        assertFalse(names.contains("commons-text-1.12.0.jar"), names.toString());
    }

    @Test
    void aCellWithBareDependencyElements() throws Exception {
        RecordingContext context = new RecordingContext(workingDirectory);
        Object result = load.run("", """
                <dependency>
                  <groupId>org.apache.commons</groupId>
                  <artifactId>commons-lang3</artifactId>
                  <version>3.17.0</version>
                </dependency>
                """, context);

        assertNull(result);
        assertEquals(List.of("commons-lang3-3.17.0.jar"), context.addedNames());
    }

    @Test
    void aCellWithDependenciesAndRepositories() throws Exception {
        RecordingContext context = new RecordingContext(workingDirectory);
        Output.of(() -> load.run("", """
                <repositories>
                  <repository><id>central</id><url>https://repo.maven.apache.org/maven2/</url></repository>
                </repositories>
                <dependencies>
                  <dependency>
                    <groupId>org.apache.commons</groupId>
                    <artifactId>commons-text</artifactId>
                    <version>1.12.0</version>
                    <exclusions>
                      <exclusion><groupId>org.apache.commons</groupId><artifactId>commons-lang3</artifactId></exclusion>
                    </exclusions>
                  </dependency>
                </dependencies>
                """, context));

        assertEquals(List.of("commons-text-1.12.0.jar"), context.addedNames());
    }

    @Test
    void aCellWithAWholeProject() throws Exception {
        RecordingContext context = new RecordingContext(workingDirectory);
        Output.of(() -> load.run("", PROJECT, context));

        assertEquals(List.of("commons-text-1.12.0.jar", "commons-lang3-3.17.0.jar"), context.addedNames());
    }

    @Test
    void mistakesInTheCellAreExplained() {
        RecordingContext context = new RecordingContext(workingDirectory);
        MagicException stranger = assertThrows(MagicException.class,
                () -> load.run("", "<build><plugins/></build>", context));
        assertTrue(stranger.getMessage().startsWith("<build> does not belong in a %%loadFromPOM cell"),
                stranger.getMessage());

        MagicException broken = assertThrows(MagicException.class,
                () -> load.run("", "<dependency>\n  <groupId>x</groupId>\n</dependenc>", context));
        assertTrue(broken.getMessage().startsWith("The POM in the cell is not well-formed XML: line 4 of the cell"),
                broken.getMessage());

        MagicException noVersion = assertThrows(MagicException.class, () -> load.run("",
                "<dependency><groupId>org.apache.commons</groupId><artifactId>commons-lang3</artifactId></dependency>",
                context));
        assertTrue(noVersion.getMessage().startsWith("Could not read the POM in the cell:"), noVersion.getMessage());
        assertTrue(noVersion.getMessage().contains("version"), noVersion.getMessage());

        MagicException scope = assertThrows(MagicException.class, () -> load.run("compiled", "<dependencies/>", context));
        assertTrue(scope.getMessage().contains("'compiled' is not a Maven scope"), scope.getMessage());
        assertTrue(context.additions.isEmpty());
    }

    @Test
    void aMissingPomFileIsNamed() {
        MagicException error = assertThrows(MagicException.class,
                () -> load.run("nowhere/pom.xml", new RecordingContext(workingDirectory)));

        assertTrue(error.getMessage().startsWith("There is no POM at " + workingDirectory.resolve("nowhere/pom.xml")),
                error.getMessage());
    }
}
