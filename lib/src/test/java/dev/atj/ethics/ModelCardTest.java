package dev.atj.ethics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.atj.ai.Classifier;
import dev.atj.ai.Classifiers;
import dev.atj.ai.Dataset;
import dev.atj.data.Datasets;
import dev.atj.viz.MimeBundle;
import dev.atj.viz.Renderer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.ServiceLoader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class ModelCardTest {
    private static final Set<String> OUR_TAGS = Set.of("div", "h1", "h2", "p", "em", "ul", "li", "strong", "table",
            "caption", "thead", "tbody", "tr", "th", "td", "br");

    static ModelCard completeCard() {
        Table cps = Datasets.load("cps-wages-1985");
        Classifier model = Classifiers.logisticRegression(Dataset.of(cps, "union", "wage", "education", "experience"));
        Table byGender = Table.create("by gender", StringColumn.create("gender", "female", "male"),
                DoubleColumn.create("accuracy", 0.7, 0.8));
        return ModelCard.builder("Union membership").model(model).developers("ATJ course")
                .date(LocalDate.of(2025, 1, 31)).version("1.0").resources("notebook 07").citation("ATJ 2025")
                .licence("Apache-2.0").contact("atj@example.org")
                .primaryUses("Teaching").primaryUsers("Students").outOfScopeUses("Decisions about people")
                .relevantFactors("gender, race").evaluationFactors("gender")
                .performanceMeasures("accuracy").decisionThresholds("0.5").variationApproaches("none")
                .trainingData(cps, "whole dataset").evaluationData(cps, "same data, for the demo")
                .quantitativeAnalysis("Accuracy by gender", byGender).quantitativeAnalysisNotes("similar")
                .ethicalConsiderations("sensitive attributes").caveatsAndRecommendations("1985 data")
                .build();
    }

    @Test
    void aCardHasMitchellsNineSectionsInOrderAndDescribesTheModelAndData() {
        ModelCard card = completeCard();
        String markdown = card.toMarkdown();
        int at = -1;
        for (String section : ModelCard.SECTIONS) {
            int next = markdown.indexOf("## " + section + "\n");
            assertTrue(next > at, section + " comes after the sections before it");
            at = next;
        }
        assertTrue(markdown.contains("Logistic") || markdown.contains("logistic"), markdown);
        assertTrue(markdown.contains("3: wage, education, experience"), markdown);
        assertTrue(markdown.contains("cps-wages-1985: 534 rows × 11 columns"), "the README's size of the dataset");
        assertTrue(markdown.contains("| female | 0.7 |"), markdown);
        assertEquals(java.util.List.of(), card.missingSections());
    }

    @Test
    void emptySectionsSayNotProvidedAndAreListed() {
        ModelCard empty = ModelCard.builder("m").build();
        assertEquals(ModelCard.SECTIONS, empty.missingSections());
        assertTrue(empty.toMarkdown().contains("- **Primary intended uses:** Not provided."));
        assertThrows(IllegalArgumentException.class, () -> ModelCard.builder(" "));
    }

    @Test
    void hostileTextStaysTextInHtmlAndMarkdown() {
        Table results = Table.create("r", StringColumn.create("<img src=x onerror=alert(1)>", "a|b", "\"q\" & 'r'"));
        ModelCard card = ModelCard.builder("<script>alert('x')</script>")
                .primaryUses("**bold** [link](javascript:alert(1)) <b>raw</b>")
                .quantitativeAnalysis("</table><script>", results).build();
        String html = card.toHtml();
        Matcher tags = Pattern.compile("<\\s*/?\\s*([a-zA-Z][a-zA-Z0-9]*)").matcher(html);
        Set<String> found = new HashSet<>();
        while (tags.find()) {
            found.add(tags.group(1).toLowerCase());
        }
        assertTrue(OUR_TAGS.containsAll(found), "only the card's own tags: " + found);
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"), html);
        assertTrue(html.contains("&quot;q&quot; &amp; &#39;r&#39;"), html);
        String markdown = card.toMarkdown();
        assertFalse(markdown.contains("<script") || markdown.contains("<img") || markdown.contains("<b>"), markdown);
        assertTrue(markdown.contains("\\*\\*bold\\*\\* \\[link\\](javascript:alert(1))"), markdown);
        assertTrue(markdown.contains("| a\\|b |"), "a pipe cannot split a table cell: " + markdown);
    }

    @Test
    void laterChangesToTheInputTableDoNotChangeTheCard() {
        Table results = Table.create("r", DoubleColumn.create("accuracy", 0.5));
        ModelCard card = ModelCard.builder("m").quantitativeAnalysis("Overall", results).build();
        results.doubleColumn("accuracy").set(0, 0.99);
        assertTrue(card.toMarkdown().contains("| 0.5 |"));
        assertEquals("r", results.name(), "the caller's table keeps its name");
    }

    @Test
    void savesMarkdownAndAStandaloneHtmlPage(@TempDir Path dir) throws Exception {
        ModelCard card = completeCard();
        Path md = card.save(dir.resolve("cards/card.md"));
        assertEquals(card.toMarkdown(), Files.readString(md, StandardCharsets.UTF_8));
        String page = Files.readString(card.save(dir.resolve("card.html")), StandardCharsets.UTF_8);
        assertTrue(page.startsWith("<!DOCTYPE html>") && page.contains("<meta charset=\"utf-8\">"));
        assertTrue(page.contains(card.toHtml()));
        IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class,
                () -> card.save(dir.resolve("card.txt")));
        assertTrue(wrong.getMessage().contains(".md"), wrong.getMessage());
    }

    @Test
    void notebooksFindTheRendererAndShowHtmlMarkdownAndText() {
        Renderer renderer = ServiceLoader.load(Renderer.class).stream().map(ServiceLoader.Provider::get)
                .filter(GovernanceRenderer.class::isInstance).findFirst().orElseThrow();
        ModelCard card = ModelCard.builder("m").build();
        MimeBundle bundle = renderer.render(card).orElseThrow();
        assertEquals(card.toHtml(), bundle.data().get("text/html"));
        assertEquals(card.toMarkdown(), bundle.data().get("text/markdown"));
        assertTrue(bundle.has("text/plain"));
        assertTrue(renderer.render(DataSheet.of("iris")).orElseThrow().has("text/html"));
        assertTrue(renderer.render("plain string").isEmpty());
    }
}
