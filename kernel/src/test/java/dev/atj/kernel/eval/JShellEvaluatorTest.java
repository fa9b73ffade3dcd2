package dev.atj.kernel.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JShellEvaluatorTest {
    private final JShellEvaluator evaluator = JShellEvaluator.start(List.of(), List.of("import java.util.*;"));

    @AfterAll
    void close() {
        evaluator.close();
    }

    private EvalOutcome.Success success(String code) {
        return assertInstanceOf(EvalOutcome.Success.class, evaluator.evaluate("cell [1]", code));
    }

    private EvalOutcome.Failure failure(String label, String code) {
        return assertInstanceOf(EvalOutcome.Failure.class, evaluator.evaluate(label, code));
    }

    @Test
    void theLastExpressionIsTheValueAndDeclarationsEchoNothing() {
        EvalOutcome.Success value = success("int base = 20;\nint twice(int x) { return 2 * x; }\ntwice(base) + 2");
        assertTrue(value.hasValue());
        assertEquals(42, value.value());
        assertEquals("42", value.text());
        assertFalse(success("int unused = 7;").hasValue());
    }

    @Test
    void statementsNeedNoFinalSemicolonAsInJshell() {
        success("int withoutSemicolon = 5");
        success("var greeting = \"hi\"");
        assertEquals(7, success("withoutSemicolon + greeting.length()").value());
        EvalOutcome.Failure thrown = failure("cell [1]", "throw new IllegalStateException(\"nope\")");
        assertEquals("java.lang.IllegalStateException", thrown.name());
    }

    @Test
    void expressionValuesDoNotPileUpAsJShellVariables() {
        success("int kept = 1;");
        for (int i = 0; i < 5; i++) {
            assertEquals(i + 1, success("kept + " + i).value());
        }
        assertEquals(6, success("kept + 5").value());
        EvalOutcome.Failure unknown = failure("cell [1]", "$1");
        assertEquals("CompileError", unknown.name());
    }

    @Test
    void theKernelsOwnLibrariesAreHiddenFromCells() {
        EvalOutcome.Failure hidden = failure("cell [1]",
                "Class.forName(\"com.fasterxml.jackson.databind.ObjectMapper\")");
        assertEquals("java.lang.ClassNotFoundException", hidden.name());
        assertEquals(String.class, success("Class.forName(\"java.lang.String\")").value());
    }

    @Test
    void theValueIsTheObjectItselfNotItsText() {
        EvalOutcome.Success value = success("new StringBuilder(\"abc\").reverse()");
        assertInstanceOf(StringBuilder.class, value.value());
        assertEquals("cba", value.value().toString());
    }

    @Test
    void aCompileErrorNamesLineColumnAndMarksTheSpan() {
        EvalOutcome.Failure error = failure("cell [7]", "int ok = 1;\nint bad = ok + missing;");
        assertEquals("CompileError", error.name());
        assertEquals("Compile error in cell [7], line 2, column 16: cannot find symbol: variable missing",
                error.traceback().get(0));
        assertEquals("   2 | int bad = ok + missing;", error.traceback().get(1));
        assertEquals("     |                " + "^".repeat("missing".length()), error.traceback().get(2));
    }

    @Test
    void runtimeErrorsShowUserFramesWithCellAndLine() {
        failure("cell [2]", "void explode() {\n  throw new IllegalStateException(\"boom\");\n}\nexplode();");
        EvalOutcome.Failure error = failure("cell [3]", "int n = 1;\nexplode();");
        assertEquals("java.lang.IllegalStateException", error.name());
        assertEquals("boom", error.message());
        assertTrue(error.traceback().contains("    at explode (cell [2], line 2)"), error.traceback().toString());
        assertTrue(error.traceback().contains("    at cell [3], line 2"), error.traceback().toString());
        assertTrue(error.traceback().stream().noneMatch(line -> line.contains("dev.atj.kernel")));
    }

    @Test
    void systemExitIsReportedAndTheEvaluatorKeepsWorking() {
        EvalOutcome.Failure exit = failure("cell [4]", "System.out.flush();\nSystem.exit(3);");
        assertEquals("SystemExit", exit.name());
        assertTrue(exit.message().contains("System.exit(3)"), exit.message());
        assertEquals("SystemExit", failure("cell [5]", "Runtime.getRuntime().halt(1)").name());
        assertEquals(2, success("1 + 1").value());
    }

    @Test
    void stackOverflowIsAnErrorNotACrash() {
        EvalOutcome.Failure error = failure("cell [6]", "int down(int n) { return down(n + 1) + 1; }\ndown(0)");
        assertEquals("java.lang.StackOverflowError", error.name());
        assertTrue(error.traceback().size() < 10, "deep recursion is folded: " + error.traceback().size());
        assertTrue(error.traceback().get(2).matches("    \\.\\.\\. the line above \\d+ more times"),
                error.traceback().toString());
        assertEquals(3, success("1 + 2").value());
    }

    @Test
    void stopEndsABusyLoopAndASleep() {
        for (String loop : List.of("long z = 0; while (true) { z++; }", "Thread.sleep(60_000);")) {
            Thread stopper = new Thread(() -> {
                sleep(300);
                evaluator.stop();
            });
            stopper.start();
            EvalOutcome outcome = assertTimeoutPreemptively(Duration.ofSeconds(10),
                    () -> evaluator.evaluate("cell [8]", loop));
            assertInstanceOf(EvalOutcome.Interrupted.class, outcome, loop);
            StopSignal.clear();
        }
        assertEquals(4, success("2 + 2").value());
    }

    @Test
    void aStopRequestedBeforeTheSnippetRunsIsNotLost() {
        StopSignal.request();
        assertInstanceOf(EvalOutcome.Interrupted.class, evaluator.evaluate("cell [9]", "while (true) { }"));
        StopSignal.clear();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
