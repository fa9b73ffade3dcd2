package dev.atj.kernel.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
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
    // JShell caches Javadoc by class across instances, so each test uses its own package.
    private static final String SOURCE = """
            package PACKAGE;

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
            EvalOutcome greeting = evaluator.evaluate("cell [1]", "demo.Greeter.greet(\"Ada\")");
            assertEquals("Hello, Ada", assertInstanceOf(EvalOutcome.Success.class, greeting,
                    greeting.toString()).value());
            String doc = evaluator.analysis().documentation("demo.Greeter.greet(\"Ada\")", 15);
            assertTrue(doc.contains("String demo.Greeter.greet(String"), doc);
            assertTrue(doc.contains("Says hello to someone by name."), doc);
        }
    }

    @Test
    void withoutASourcesJarTheSignatureIsStillShown() throws IOException {
        Path jar = buildLibrary(false);
        try (JShellEvaluator evaluator = JShellEvaluator.start(List.of(jar.toString()), List.of())) {
            assertInstanceOf(EvalOutcome.Success.class, evaluator.evaluate("cell [1]", "plain.Greeter.greet(\"Ada\")"));
            String doc = evaluator.analysis().documentation("plain.Greeter.greet(\"Ada\")", 16);
            assertTrue(doc.contains("String plain.Greeter.greet(String"), doc);
            assertTrue(!doc.contains("Says hello"), doc);
        }
    }

    @Test
    void aJarAddedWhileRunningCanBeUsedAtOnce() throws IOException {
        Path jar = buildLibrary(true);
        try (JShellEvaluator evaluator = JShellEvaluator.start(List.of(), List.of())) {
            assertInstanceOf(EvalOutcome.Failure.class, evaluator.evaluate("cell [1]", "demo.Greeter.greet(\"Bo\")"));
            evaluator.addToClasspath(List.of(jar.toString()));
            EvalOutcome greeting = evaluator.evaluate("cell [2]", "demo.Greeter.greet(\"Bo\")");
            assertEquals("Hello, Bo", assertInstanceOf(EvalOutcome.Success.class, greeting,
                    greeting.toString()).value());
            assertEquals(List.of(jar.toString()), evaluator.classpath());
        }
    }

    private Path buildLibrary(boolean withSources) throws IOException {
        String pkg = withSources ? "demo" : "plain";
        Path src = dir.resolve("src/" + pkg + "/Greeter.java");
        Files.createDirectories(src.getParent());
        Files.writeString(src, SOURCE.replace("PACKAGE", pkg));
        Path classes = dir.resolve("classes");
        Files.createDirectories(classes);
        int status = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", classes.toString(), src.toString());
        assertEquals(0, status);
        Path jar = dir.resolve("greeter-1.0.jar");
        writeJar(jar, pkg + "/Greeter.class", Files.readAllBytes(classes.resolve(pkg + "/Greeter.class")));
        if (withSources) {
            writeJar(dir.resolve("greeter-1.0-sources.jar"), pkg + "/Greeter.java", Files.readAllBytes(src));
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
