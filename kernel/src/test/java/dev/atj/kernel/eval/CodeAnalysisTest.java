package dev.atj.kernel.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CodeAnalysisTest {
    private final JShellEvaluator evaluator = JShellEvaluator.start(List.of(), List.of());
    private final CodeAnalysis analysis = evaluator.analysis();

    @AfterAll
    void close() {
        evaluator.close();
    }

    @Test
    void completesTheIdentifierBeforeTheCursorInALaterSnippet() {
        String cell = "int count = 3;\nMath.ma";
        CodeAnalysis.Completion completion = analysis.complete(cell, cell.length());
        assertTrue(completion.matches().contains("max("), completion.matches().toString());
        assertEquals(cell.indexOf("ma", cell.indexOf("Math")), completion.start());
        assertEquals(cell.length(), completion.end());
    }

    @Test
    void documentsAMethodWithTheCursorOnItsName() {
        String cell = "Math.max(1, 2)";
        String doc = analysis.documentation(cell, cell.indexOf("max") + 1);
        assertTrue(doc.contains("int Math.max(int a, int b)"), doc);
    }

    @Test
    void javadocReadsAsPlainTextWithoutTagsOrHtml() {
        String doc = analysis.documentation("java.util.List", 10);
        if (!doc.contains("\n")) {
            return; // this JDK has no src.zip, so there is no Javadoc to format
        }
        assertTrue(!doc.contains("{@") && !doc.contains("<p>") && !doc.contains("<i>"), doc);
        assertTrue(doc.contains("sequence"), doc);
    }

    @Test
    void markupIsStrippedWhenTheJdkFormatterIsUnavailable() {
        assertEquals("Returns the greater of a and b, see Integer#MAX_VALUE.\n\nNext <paragraph>.",
                JavadocText.stripMarkup("Returns the <i>greater</i> of {@code a} and {@code b}, see "
                        + "{@link Integer#MAX_VALUE}.<p>Next &lt;paragraph&gt;."));
    }

    @Test
    void tellsCompleteIncompleteAndInvalidApart() {
        assertEquals("complete", analysis.readiness("int x = 1;\nx + 1").status());
        CodeAnalysis.Readiness open = analysis.readiness("for (int i = 0; i < 3; i++) {");
        assertEquals("incomplete", open.status());
        assertEquals("    ", open.indent());
        assertEquals("incomplete", analysis.readiness("int x = (1 +").status());
    }
}
