package dev.atj.kernel.repl;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.atj.kernel.eval.JShellEvaluator;
import java.util.ArrayList;
import java.util.List;
import org.jline.reader.Candidate;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JavaCompleterTest {
    private final JShellEvaluator evaluator = JShellEvaluator.start(List.of(), List.of());
    private final InputParser parser = new InputParser(new InputReadiness(evaluator.analysis()::readiness));
    private final JavaCompleter completer = new JavaCompleter(evaluator::analysis, () -> List.of("%lsmagic", "%time"));

    @AfterAll
    void close() {
        evaluator.close();
    }

    private List<String> values(String line) {
        ParsedLine parsed = parser.parse(line, line.length(), Parser.ParseContext.COMPLETE);
        List<Candidate> candidates = new ArrayList<>();
        completer.complete(null, parsed, candidates);
        return candidates.stream().map(Candidate::value).toList();
    }

    @Test
    void completesAMemberAfterTheDotWithJShellsSuggestions() {
        List<String> values = values("Math.ma");
        assertTrue(values.contains("max("), values.toString());
    }

    @Test
    void completesAVariableDeclaredEarlierOnAContinuationLine() {
        evaluator.evaluate("setup", "int counter = 1;");
        List<String> values = values("int next = 2;\nnext += coun");
        assertTrue(values.contains("counter"), values.toString());
    }

    @Test
    void completesMagicNamesAtTheStartOfALine() {
        List<String> values = values("%ls");
        assertTrue(values.contains("%lsmagic"), values.toString());
    }

    @Test
    void candidatesAddNoSpaceAfterThemselves() {
        ParsedLine parsed = parser.parse("Math.ma", 7, Parser.ParseContext.COMPLETE);
        List<Candidate> candidates = new ArrayList<>();
        completer.complete(null, parsed, candidates);
        assertTrue(candidates.stream().noneMatch(Candidate::complete));
    }
}
