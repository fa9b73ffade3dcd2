package dev.atj.ai;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.IntUnaryOperator;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class HumanInTheLoopTest {
    private static final double[][] PROBABILITIES = {{0.9, 0.1}, {0.6, 0.4}, {0.3, 0.7}, {0.55, 0.45}};
    private static final int[] TRUTH = {0, 1, 1, 0};
    private static final IntUnaryOperator ORACLE = row -> TRUTH[row];

    @Test
    void defersCasesBelowTheThresholdToThePerson() {
        HumanInTheLoop loop = new HumanInTheLoop(0.65);
        // Rows 1 (0.6) and 3 (0.55) go to the person; the person says 1 and 0.
        assertArrayEquals(new int[] {0, 1, 1, 0}, loop.decide(PROBABILITIES, ORACLE));
        HumanInTheLoop.Outcome outcome = loop.evaluate(PROBABILITIES, TRUTH, ORACLE);
        assertEquals(new HumanInTheLoop.Outcome(2, 0.5, 1.0, 1.0), outcome);
    }

    @Test
    void aFalliblePersonLowersOverallButNotAutomatedAccuracy() {
        IntUnaryOperator alwaysZero = row -> 0;
        HumanInTheLoop.Outcome outcome = new HumanInTheLoop(0.65).evaluate(PROBABILITIES, TRUTH, alwaysZero);
        assertEquals(1.0, outcome.automatedAccuracy());
        assertEquals(0.75, outcome.overallAccuracy());
    }

    @Test
    void sweepTradesCoverageForAutomatedAccuracy() {
        Table sweep = HumanInTheLoop.sweep(PROBABILITIES, TRUTH, ORACLE, 0.0, 0.58, 0.65, 0.95);
        // Without deferral the model gets row 1 wrong (0.6 for class 0): 3 of 4.
        assertEquals(1.0, sweep.doubleColumn("coverage").get(0));
        assertEquals(0.75, sweep.doubleColumn("automated_accuracy").get(0));
        assertEquals(0.75, sweep.doubleColumn("coverage").get(1));
        assertEquals(2.0 / 3, sweep.doubleColumn("automated_accuracy").get(1), 1e-12);
        assertEquals(0.0, sweep.doubleColumn("coverage").get(3));
        assertTrue(sweep.doubleColumn("automated_accuracy").isMissing(3));
        assertEquals(4, sweep.intColumn("deferred").get(3));
        assertEquals("Deferring low-confidence cases to a person", HumanInTheLoop.chart(sweep).getTitle());
    }

    @Test
    void rejectsAThresholdOutsideZeroToOne() {
        assertThrows(IllegalArgumentException.class, () -> new HumanInTheLoop(1.5));
    }
}
