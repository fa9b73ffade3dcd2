package dev.atj.kernel.run;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A notebook file in nbformat 4, kept as its JSON tree so that everything this runner does not
 * touch (notebook and cell metadata, cell ids, attachments) is written back as it was read.
 * Multi-line strings, which nbformat may store as lists of lines, are joined on reading and
 * split into lines again on writing, as nbformat itself does.
 */
public final class Notebook {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final ObjectNode root;

    private Notebook(ObjectNode root) {
        this.root = root;
    }

    public static Notebook read(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    }

    /** {@code origin} names the text in error messages. */
    public static Notebook parse(String text, String origin) throws IOException {
        JsonNode tree;
        try {
            tree = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IOException(origin + " is not a notebook: its JSON does not parse ("
                    + e.getOriginalMessage() + ")", e);
        }
        if (!(tree instanceof ObjectNode root) || !root.path("cells").isArray()) {
            throw new IOException(origin + " is not a notebook: it has no list of cells");
        }
        int major = root.path("nbformat").asInt(0);
        if (major != 4) {
            throw new IOException(origin + " is in nbformat " + major + "; atj run reads nbformat 4."
                    + " Convert it with: jupyter nbconvert --to notebook --nbformat 4 " + origin);
        }
        for (ObjectNode cell : cellsOf(root)) {
            joinLines(cell, "source");
            for (JsonNode output : cell.path("outputs")) {
                joinLines((ObjectNode) output, "text");
                if (output.get("data") instanceof ObjectNode data) {
                    joinTextData(data);
                }
            }
        }
        return new Notebook(root);
    }

    public List<ObjectNode> cells() {
        return cellsOf(root);
    }

    /** The notebook's metadata object, created if missing. */
    public ObjectNode metadata() {
        return root.with("metadata");
    }

    public static String source(ObjectNode cell) {
        return cell.path("source").asText("");
    }

    public static List<String> tags(ObjectNode cell) {
        List<String> tags = new ArrayList<>();
        cell.path("metadata").path("tags").forEach(tag -> tags.add(tag.asText()));
        return tags;
    }

    /** The notebook as nbformat writes it: one-space indents, multi-line strings as lists of lines. */
    public String toJson() {
        ObjectNode copy = root.deepCopy();
        for (ObjectNode cell : cellsOf(copy)) {
            splitLines(cell, "source");
            for (JsonNode output : cell.path("outputs")) {
                splitLines((ObjectNode) output, "text");
                if (output.get("data") instanceof ObjectNode data) {
                    splitTextData(data);
                }
            }
        }
        DefaultIndenter oneSpace = new DefaultIndenter(" ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                        .withObjectEmptySeparator("").withArrayEmptySeparator(""));
        printer.indentObjectsWith(oneSpace);
        printer.indentArraysWith(oneSpace);
        try {
            return JSON.writer(printer).writeValueAsString(copy) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A notebook tree could not be written as JSON", e);
        }
    }

    public void write(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, toJson(), StandardCharsets.UTF_8);
    }

    private static List<ObjectNode> cellsOf(ObjectNode root) {
        List<ObjectNode> cells = new ArrayList<>();
        root.path("cells").forEach(cell -> cells.add((ObjectNode) cell));
        return cells;
    }

    private static boolean isJson(String mimeType) {
        return mimeType.equals("application/json") || mimeType.endsWith("+json");
    }

    private static void joinTextData(ObjectNode data) {
        List<String> names = new ArrayList<>();
        data.fieldNames().forEachRemaining(names::add);
        names.stream().filter(name -> !isJson(name)).forEach(name -> joinLines(data, name));
    }

    private static void splitTextData(ObjectNode data) {
        List<String> names = new ArrayList<>();
        data.fieldNames().forEachRemaining(names::add);
        names.stream().filter(name -> !isJson(name)).forEach(name -> splitLines(data, name));
    }

    private static void joinLines(ObjectNode node, String field) {
        if (node.get(field) instanceof ArrayNode lines) {
            StringBuilder text = new StringBuilder();
            lines.forEach(line -> text.append(line.asText()));
            node.put(field, text.toString());
        }
    }

    private static void splitLines(ObjectNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            return;
        }
        ArrayNode lines = node.putArray(field);
        String text = value.asText();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lines.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            lines.add(text.substring(start));
        }
    }

    /** For tests and the HTML export: the tree itself, not a copy. */
    ObjectNode tree() {
        return root;
    }
}
