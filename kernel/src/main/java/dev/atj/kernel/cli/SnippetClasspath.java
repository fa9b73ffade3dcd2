package dev.atj.kernel.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What cells can use besides the JDK: the helper library and its dependencies, from the
 * {@code atj.snippet.classpath} property ({@code dir/*} means every jar in dir), and the
 * imports the library asks for in {@code META-INF/atj/default-imports}.
 */
record SnippetClasspath(List<String> entries) {
    static final String PROPERTY = "atj.snippet.classpath";
    static final String IMPORTS_RESOURCE = "META-INF/atj/default-imports";

    /** The imports the jshell tool starts with, so cells read like jshell sessions. */
    private static final List<String> JSHELL_IMPORTS = List.of(
            "java.io.*", "java.math.*", "java.net.*", "java.nio.file.*", "java.util.*",
            "java.util.concurrent.*", "java.util.function.*", "java.util.prefs.*",
            "java.util.regex.*", "java.util.stream.*");

    static SnippetClasspath fromSystemProperty() {
        String property = System.getProperty(PROPERTY, "");
        List<String> entries = new ArrayList<>();
        for (String entry : property.split(java.io.File.pathSeparator)) {
            if (entry.endsWith("/*")) {
                entries.addAll(jarsIn(Path.of(entry.substring(0, entry.length() - 2))));
            } else if (!entry.isBlank()) {
                entries.add(entry);
            }
        }
        return new SnippetClasspath(List.copyOf(entries));
    }

    private static List<String> jarsIn(Path directory) {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        List<String> jars = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory, "*.jar")) {
            stream.forEach(jar -> jars.add(jar.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + directory, e);
        }
        Collections.sort(jars);
        return jars;
    }

    /** The import snippets every cell starts with: jshell's own, then the library's. */
    List<String> startupSnippets() {
        List<String> snippets = new ArrayList<>();
        JSHELL_IMPORTS.forEach(name -> snippets.add("import " + name + ";"));
        for (String line : libraryImports()) {
            String trimmed = line.strip();
            if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                snippets.add(trimmed.startsWith("import ") ? trimmed : "import " + trimmed + ";");
            }
        }
        return snippets;
    }

    private List<String> libraryImports() {
        URL[] urls = entries.stream().map(SnippetClasspath::toUrl).toArray(URL[]::new);
        List<String> lines = new ArrayList<>();
        try (URLClassLoader loader = new URLClassLoader(urls, null)) {
            for (URL resource : Collections.list(loader.findResources(IMPORTS_RESOURCE))) {
                try (InputStream in = resource.openStream()) {
                    lines.addAll(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + IMPORTS_RESOURCE + " from the snippet class path", e);
        }
        return lines;
    }

    private static URL toUrl(String entry) {
        try {
            return Path.of(entry).toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("Bad class path entry " + entry, e);
        }
    }
}
