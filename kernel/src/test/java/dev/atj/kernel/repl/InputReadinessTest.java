package dev.atj.kernel.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.atj.kernel.eval.JShellEvaluator;
import java.util.List;
import java.util.Optional;
import org.jline.reader.EOFError;
import org.jline.reader.Parser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import static org.junit.jupiter.api.Assertions.assertThrows;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InputReadinessTest {
    private final JShellEvaluator evaluator = JShellEvaluator.start(List.of(), List.of());
    private final InputReadiness readiness = new InputReadiness(code -> evaluator.analysis().readiness(code));

    @AfterAll
    void close() {
        evaluator.close();
    }

    @Test
    void anOpenMethodBodyWaitsForMoreIndentedOneLevel() {
        assertEquals(Optional.of("    "), readiness.moreNeeded("int square(int x) {"));
    }

    @Test
    void aClosedMethodRuns() {
        assertEquals(Optional.empty(), readiness.moreNeeded("int square(int x) {\n    return x * x;\n}"));
    }

    @Test
    void anExpressionRunsWithoutASemicolon() {
        assertEquals(Optional.empty(), readiness.moreNeeded("1 + 1"));
    }

    @Test
    void codeThatCannotParseRunsSoTheCompilerCanSayWhy() {
        assertEquals(Optional.empty(), readiness.moreNeeded("int 3x = 1;"));
    }

    @Test
    void aLineMagicRunsAtOnce() {
        assertEquals(Optional.empty(), readiness.moreNeeded("%lsmagic"));
    }

    @Test
    void javaAfterALineMagicIsJudgedOnItsOwn() {
        assertTrue(readiness.moreNeeded("%time\nfor (int i = 0; i < 3; i++) {").isPresent());
    }

    @Test
    void aCellMagicTakesLinesUntilAnEmptyOne() {
        assertTrue(readiness.moreNeeded("%%bash").isPresent());
        assertTrue(readiness.moreNeeded("%%bash\necho hi").isPresent());
        assertEquals(Optional.empty(), readiness.moreNeeded("%%bash\necho hi\n"));
    }

    @Test
    void theParserMakesJLineOpenAContinuationLineWithTheOpenBraces() {
        InputParser parser = new InputParser(readiness);
        EOFError error = assertThrows(EOFError.class, () -> parser.parse("class A {\n    void f() {", 20,
                Parser.ParseContext.ACCEPT_LINE));
        assertEquals(2, error.getOpenBrackets());
    }

    @Test
    void theCompletionWordIsTheIdentifierBeforeTheCursor() {
        InputParser parser = new InputParser(readiness);
        String line = "Datasets.lo";
        assertEquals("lo", parser.parse(line, line.length(), Parser.ParseContext.COMPLETE).word());
        assertEquals("%lsm", parser.parse("%lsm", 4, Parser.ParseContext.COMPLETE).word());
    }
}
