package dev.atj.ethics;

import dev.atj.viz.MimeBundle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * A titled document of sections holding labelled fields, paragraphs and tables, written once and
 * rendered as Markdown or HTML. Model cards and data sheets are built on it so that both formats
 * always say the same thing and escape text the same way.
 */
final class GovernanceDocument {
    /** Shown where a field was left empty, so a reader sees the gap instead of missing it. */
    static final String NOT_PROVIDED = "Not provided.";

    private final String title;
    private final String subtitle;
    private final List<Section> sections = new ArrayList<>();

    GovernanceDocument(String title, String subtitle) {
        this.title = title;
        this.subtitle = subtitle;
    }

    /** A section: a heading and its blocks, in order. */
    static final class Section {
        private final String heading;
        private final List<Object> blocks = new ArrayList<>();

        private Section(String heading) {
            this.heading = heading;
        }

        Section field(String label, String value) {
            blocks.add(new Field(label, value == null || value.isBlank() ? NOT_PROVIDED : value.strip()));
            return this;
        }

        Section paragraph(String text) {
            blocks.add(new Paragraph(text));
            return this;
        }

        Section table(Table table) {
            blocks.add(table);
            return this;
        }
    }

    private record Field(String label, String value) {
    }

    private record Paragraph(String text) {
    }

    Section section(String heading) {
        Section section = new Section(heading);
        sections.add(section);
        return section;
    }

    String toMarkdown() {
        StringBuilder md = new StringBuilder("# ").append(Markup.markdown(title)).append("\n\n");
        if (!subtitle.isEmpty()) {
            md.append("*").append(Markup.markdown(subtitle)).append("*\n\n");
        }
        for (Section section : sections) {
            md.append("## ").append(Markup.markdown(section.heading)).append("\n\n");
            boolean inList = false;
            for (Object block : section.blocks) {
                if (block instanceof Field field) {
                    md.append("- **").append(Markup.markdown(field.label())).append(":** ")
                            .append(Markup.markdown(field.value()).replace("\n", "<br>")).append('\n');
                    inList = true;
                    continue;
                }
                if (inList) {
                    md.append('\n');
                    inList = false;
                }
                if (block instanceof Paragraph paragraph) {
                    md.append(Markup.markdown(paragraph.text())).append("\n\n");
                } else {
                    md.append(markdownTable((Table) block)).append('\n');
                }
            }
            if (inList) {
                md.append('\n');
            }
        }
        return md.toString().stripTrailing() + "\n";
    }

    /** Markdown for .md or .markdown, a complete HTML page for .html or .htm; folders are created. */
    Path save(Path file) {
        String lower = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String text;
        if (lower.endsWith(".md") || lower.endsWith(".markdown")) {
            text = toMarkdown();
        } else if (lower.endsWith(".html") || lower.endsWith(".htm")) {
            text = toHtmlPage();
        } else {
            throw new IllegalArgumentException("Cannot tell the format from the file name " + file.getFileName()
                    + ": end it in .md for Markdown or .html for an HTML page.");
        }
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + file.toAbsolutePath() + ": " + e.getMessage(), e);
        }
    }

    /** HTML, Markdown and plain text (the Markdown), from one build of the document. */
    MimeBundle toMimeBundle() {
        String markdown = toMarkdown();
        return MimeBundle.of("text/html", toHtml()).with("text/markdown", markdown).with("text/plain", markdown);
    }

    String toHtml() {
        StringBuilder html = new StringBuilder("<div class=\"atj-governance\">\n<h1>")
                .append(Markup.html(title)).append("</h1>\n");
        if (!subtitle.isEmpty()) {
            html.append("<p><em>").append(Markup.html(subtitle)).append("</em></p>\n");
        }
        for (Section section : sections) {
            html.append("<h2>").append(Markup.html(section.heading)).append("</h2>\n");
            boolean inList = false;
            for (Object block : section.blocks) {
                if (block instanceof Field field) {
                    html.append(inList ? "" : "<ul>\n").append("<li><strong>").append(Markup.html(field.label()))
                            .append(":</strong> ").append(Markup.html(field.value()).replace("\n", "<br>"))
                            .append("</li>\n");
                    inList = true;
                    continue;
                }
                if (inList) {
                    html.append("</ul>\n");
                    inList = false;
                }
                if (block instanceof Paragraph paragraph) {
                    html.append("<p>").append(Markup.html(paragraph.text())).append("</p>\n");
                } else {
                    html.append(htmlTable((Table) block));
                }
            }
            if (inList) {
                html.append("</ul>\n");
            }
        }
        return html.append("</div>\n").toString();
    }

    /** A standalone page, for saving: the fragment inside a minimal UTF-8 HTML document. */
    String toHtmlPage() {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>"
                + Markup.html(title) + "</title>\n</head>\n<body>\n" + toHtml() + "</body>\n</html>\n";
    }

    private static String markdownTable(Table table) {
        StringBuilder md = new StringBuilder();
        if (table.name() != null && !table.name().isBlank()) {
            md.append("**").append(Markup.markdown(table.name())).append("**\n\n");
        }
        md.append('|');
        for (Column<?> column : table.columns()) {
            md.append(' ').append(Markup.markdownCell(column.name())).append(" |");
        }
        md.append("\n|");
        md.append("---|".repeat(table.columnCount()));
        md.append('\n');
        for (int row = 0; row < table.rowCount(); row++) {
            md.append('|');
            for (Column<?> column : table.columns()) {
                md.append(' ').append(Markup.markdownCell(column.getString(row))).append(" |");
            }
            md.append('\n');
        }
        return md.toString();
    }

    private static String htmlTable(Table table) {
        StringBuilder html = new StringBuilder("<table>\n");
        if (table.name() != null && !table.name().isBlank()) {
            html.append("<caption>").append(Markup.html(table.name())).append("</caption>\n");
        }
        html.append("<thead><tr>");
        for (Column<?> column : table.columns()) {
            html.append("<th>").append(Markup.html(column.name())).append("</th>");
        }
        html.append("</tr></thead>\n<tbody>\n");
        for (int row = 0; row < table.rowCount(); row++) {
            html.append("<tr>");
            for (Column<?> column : table.columns()) {
                html.append("<td>").append(Markup.html(column.getString(row))).append("</td>");
            }
            html.append("</tr>\n");
        }
        return html.append("</tbody>\n</table>\n").toString();
    }

    /** Escaping, so that text from data or users can never become markup. */
    static final class Markup {
        private Markup() {
        }

        /** HTML text and attribute values: the five characters the HTML spec says to escape. */
        static String html(String text) {
            StringBuilder out = new StringBuilder(text.length() + 16);
            for (char c : text.toCharArray()) {
                switch (c) {
                    case '&' -> out.append("&amp;");
                    case '<' -> out.append("&lt;");
                    case '>' -> out.append("&gt;");
                    case '"' -> out.append("&quot;");
                    case '\'' -> out.append("&#39;");
                    default -> out.append(c);
                }
            }
            return out.toString();
        }

        /**
         * Markdown text: CommonMark lets raw HTML through, so {@code < > &} become entities, and the
         * punctuation that starts emphasis, links, code or tables is backslash-escaped.
         */
        static String markdown(String text) {
            StringBuilder out = new StringBuilder(text.length() + 16);
            for (char c : text.toCharArray()) {
                switch (c) {
                    case '&' -> out.append("&amp;");
                    case '<' -> out.append("&lt;");
                    case '>' -> out.append("&gt;");
                    case '\\', '`', '*', '_', '[', ']', '|', '#', '!' -> out.append('\\').append(c);
                    default -> out.append(c);
                }
            }
            return out.toString();
        }

        /** A Markdown table cell: one line, escaped. */
        static String markdownCell(String text) {
            return markdown(text).replace("\r", "").replace("\n", "<br>");
        }
    }
}
