package dev.atj.kernel.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * An executed notebook as one self-contained HTML page: Markdown rendered with CommonMark (GitHub
 * tables), code and text outputs escaped by jsoup, images inline as data: URIs, no scripts and
 * nothing fetched from the web. Each output shows its richest form, as Jupyter does.
 */
public final class HtmlExport {
    /** Richest first; LaTeX comes after the images because a static page has no MathJax to typeset it. */
    private static final List<String> PREFERRED = List.of("text/html", "image/svg+xml", "image/png", "image/jpeg",
            "image/gif", "text/markdown", "text/latex", "text/plain");
    private static final Pattern ANSI = Pattern.compile("\u001B\\[[0-9;]*[A-Za-z]");
    private static final String CSS = """
            body { font-family: system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem;
                   line-height: 1.5; color: #1f2328; }
            pre { background: #f6f8fa; padding: .6rem .8rem; overflow-x: auto; border-radius: 4px; margin: .3rem 0; }
            .cell { margin: 1.2rem 0; }
            .prompt { color: #57606a; font: .8rem monospace; }
            .output pre { background: none; border-left: 3px solid #d0d7de; }
            .output .stderr { background: #fff5f5; }
            .output .error { background: #ffebe9; color: #82071e; }
            .output img { max-width: 100%; }
            table { border-collapse: collapse; margin: .5rem 0; }
            th, td { border: 1px solid #d0d7de; padding: .2rem .5rem; text-align: right; }
            """;
    private final Parser markdown;
    private final HtmlRenderer renderer;

    public HtmlExport() {
        List<org.commonmark.Extension> extensions = List.of(TablesExtension.create());
        markdown = Parser.builder().extensions(extensions).build();
        renderer = HtmlRenderer.builder().extensions(extensions).build();
    }

    /** The page for {@code notebook}, titled {@code title}. */
    public String render(Notebook notebook, String title) {
        Document page = Document.createShell("");
        page.outputSettings().charset(StandardCharsets.UTF_8).prettyPrint(false);
        page.title(title);
        page.head().prependElement("meta").attr("charset", "utf-8");
        page.head().appendElement("style").appendText(CSS);
        Element body = page.body();
        for (ObjectNode cell : notebook.cells()) {
            Element div = body.appendElement("div").addClass("cell").addClass(cell.path("cell_type").asText());
            switch (cell.path("cell_type").asText()) {
                case "markdown" -> div.append(markdownHtml(Notebook.source(cell)));
                case "code" -> code(div, cell);
                default -> div.appendElement("pre").text(Notebook.source(cell));
            }
        }
        return "<!DOCTYPE html>\n" + page.outerHtml() + "\n";
    }

    String markdownHtml(String text) {
        return renderer.render(markdown.parse(text));
    }

    private void code(Element div, ObjectNode cell) {
        JsonNode count = cell.path("execution_count");
        div.appendElement("div").addClass("prompt").text("In [" + (count.isNumber() ? count.asText() : " ") + "]:");
        div.appendElement("pre").appendElement("code").addClass("language-java").text(Notebook.source(cell));
        Element outputs = div.appendElement("div").addClass("output");
        for (JsonNode output : cell.path("outputs")) {
            output(outputs, output);
        }
    }

    private void output(Element outputs, JsonNode output) {
        switch (output.path("output_type").asText()) {
            case "stream" -> outputs.appendElement("pre").addClass(output.path("name").asText("stdout"))
                    .text(output.path("text").asText(""));
            case "error" -> {
                StringBuilder text = new StringBuilder();
                output.path("traceback").forEach(line -> text.append(line.asText()).append('\n'));
                if (text.length() == 0) {
                    text.append(output.path("ename").asText()).append(": ").append(output.path("evalue").asText());
                }
                outputs.appendElement("pre").addClass("error").text(ANSI.matcher(text).replaceAll(""));
            }
            default -> data(outputs, output.path("data"));
        }
    }

    private void data(Element outputs, JsonNode data) {
        String type = PREFERRED.stream().filter(data::has).findFirst().orElse(null);
        if (type == null) {
            return;
        }
        String content = data.path(type).asText("");
        switch (type) {
            case "text/html" -> outputs.appendElement("div").append(content);
            case "image/svg+xml" -> outputs.appendElement("img").attr("src", "data:image/svg+xml;base64,"
                    + Base64.getEncoder().encodeToString(content.getBytes(StandardCharsets.UTF_8)));
            case "image/png", "image/jpeg", "image/gif" ->
                    outputs.appendElement("img").attr("src", "data:" + type + ";base64," + content.replace("\n", ""));
            case "text/markdown" -> outputs.appendElement("div").append(markdownHtml(content));
            default -> outputs.appendElement("pre").text(content);
        }
    }
}
