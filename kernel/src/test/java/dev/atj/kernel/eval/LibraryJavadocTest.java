package dev.atj.kernel.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LibraryJavadocTest {
    private static final String SOURCE = """
            package demo;

            /** Greets people politely. */
            public class Greeter {
                /**
                 * Says hello to someone by name.
                 * @param name who to greet
                 * @return the greeting
                 */
                public static String greet(String name) {
                    return "Hello, " + name;
                }
            }
            """;

    @TempDir
    Path dir;

    @Test
    void shiftTabShowsJavadocFromTheSourcesJarBesideALibraryJar() throws IOException {
        Path jar = buildLibrary(true);
        try (JShellEvaluator evaluator = JShellEvaluator.start(List.of(jar.toString()), List.of())) {
            assertEquals("Hello, Ada", ((EvalOutcome.Success) evaluator.evaluate("cell [1]",
                    "demo.Greeter.greet(\"Ada\")")).value());
            String doc = evaluator.analysis().documentation("demo.Greeter.greet(\"Ada\")", 15);
            assertTrue(doc.contains("String demo.Greeter.greet(String"), doc);
            assertTrue(doc.contains("Says hello to someone by name."), doc);
        }
    }

    @Test
    void withoutASourcesJarTheSignatureIsStillShown() throws IOException {
        Path jar = buildLibrary(false);
        try (JShellEvaluator evaluator = JShellEvaluator.start(List.of(jar.toString()), List.of())) {
            String doc = evaluator.analysis().documentation("demo.Greeter.greet(\"Ada\")", 15);
            assertTrue(doc.contains("String demo.Greeter.greet(String"), doc);
            assertTrue(!doc.contains("Says hello"), doc);
        }
    }

    private Path buildLibrary(boolean withSources) throws IOException {
        Path src = dir.resolve("src/demo/Greeter.java");
        Files.createDirectories(src.getParent());
        Files.writeString(src, SOURCE);
        Path classes = dir.resolve("classes");
        Files.createDirectories(classes);
        int status = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", classes.toString(), src.toString());
        assertEquals(0, status);
        Path jar = dir.resolve("greeter-1.0.jar");
        writeJar(jar, "demo/Greeter.class", Files.readAllBytes(classes.resolve("demo/Greeter.class")));
        if (withSources) {
            writeJar(dir.resolve("greeter-1.0-sources.jar"), "demo/Greeter.java", Files.readAllBytes(src));
        }
        return jar;
    }

    private static void writeJar(Path jar, String entry, byte[] content) throws IOException {
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
            out.putNextEntry(new JarEntry(entry));
            out.write(content);
            out.closeEntry();
        }
    }
}
