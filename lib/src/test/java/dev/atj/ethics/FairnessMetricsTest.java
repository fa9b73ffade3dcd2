package dev.atj.ethics;

import static dev.atj.ethics.MetricFrameTest.FAIRLEARN_GROUPS;
import static dev.atj.ethics.MetricFrameTest.FAIRLEARN_PRED;
import static dev.atj.ethics.MetricFrameTest.FAIRLEARN_TRUE;
import static dev.atj.ethics.MetricFrameTest.HAND_GROUPS;
import static dev.atj.ethics.MetricFrameTest.HAND_PRED;
import static dev.atj.ethics.MetricFrameTest.HAND_TRUE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class FairnessMetricsTest {
    private static final double EPS = 1e-4;

    @Test
    void fairlearnExampleGivesDocumentedDisparities() {
        assertEquals(0.25, FairnessMetrics.demographicParityDifference(FAIRLEARN_TRUE, FAIRLEARN_PRED, FAIRLEARN_GROUPS), EPS);
        assertEquals(0.6667, FairnessMetrics.demographicParityRatio(FAIRLEARN_TRUE, FAIRLEARN_PRED, FAIRLEARN_GROUPS), EPS);
        assertEquals(1.0, FairnessMetrics.equalizedOddsDifference(FAIRLEARN_TRUE, FAIRLEARN_PRED, FAIRLEARN_GROUPS), EPS);
        assertEquals(0.0, FairnessMetrics.equalizedOddsRatio(FAIRLEARN_TRUE, FAIRLEARN_PRED, FAIRLEARN_GROUPS), EPS);
        assertEquals(Map.of("a", 0.75, "b", 0.5, "c", 0.5), FairnessMetrics.selectionRates(FAIRLEARN_PRED, FAIRLEARN_GROUPS));
    }

    @Test
    void equalOpportunityComparesTruePositiveRates() {
        // Fairlearn example by hand: TPR a = 1/2 (rows 2, 8), b = 3/5, c = 2/5.
        assertEquals(0.2, FairnessMetrics.equalOpportunityDifference(FAIRLEARN_TRUE, FAIRLEARN_PRED, FAIRLEARN_GROUPS), EPS);
        assertEquals(0.4 / 0.6, FairnessMetrics.equalOpportunityRatio(FAIRLEARN_TRUE, FAIRLEARN_PRED, FAIRLEARN_GROUPS), EPS);
    }

    @Test
    void handExampleGivesEachDisparity() {
        // See MetricFrameTest: selection x .5, y .75; TPR x .5, y 1; FPR x .5, y 2/3.
        assertEquals(0.625, FairnessMetrics.selectionRate(HAND_PRED), EPS);
        assertEquals(0.25, FairnessMetrics.demographicParityDifference(HAND_TRUE, HAND_PRED, HAND_GROUPS), EPS);
        assertEquals(0.5 / 0.75, FairnessMetrics.demographicParityRatio(HAND_TRUE, HAND_PRED, HAND_GROUPS), EPS);
        // max(TPR difference .5, FPR difference 1/6) and min(TPR ratio .5, FPR ratio .75)
        assertEquals(0.5, FairnessMetrics.equalizedOddsDifference(HAND_TRUE, HAND_PRED, HAND_GROUPS), EPS);
        assertEquals(0.5, FairnessMetrics.equalizedOddsRatio(HAND_TRUE, HAND_PRED, HAND_GROUPS), EPS);
        assertEquals(0.5, FairnessMetrics.equalOpportunityDifference(HAND_TRUE, HAND_PRED, HAND_GROUPS), EPS);
        Table report = FairnessMetrics.report(HAND_TRUE, HAND_PRED, HAND_GROUPS);
        assertEquals(7, report.rowCount());
        assertEquals(0.5, report.doubleColumn("value").get(0), EPS);
    }

    @Test
    void disparateImpactDividesUnprivilegedByPrivilegedSelectionRate() {
        // x is selected at .5, y at .75: with y privileged, .5 / .75 = 2/3 < 0.8 fails.
        FairnessDisparateImpact againstX = FairnessMetrics.disparateImpact(HAND_PRED, HAND_GROUPS, "y");
        assertEquals(2.0 / 3, againstX.ratio(), EPS);
        assertEquals("not y", againstX.unprivileged());
        assertFalse(againstX.passesFourFifthsRule());
        assertTrue(againstX.verdict().startsWith("Fails the four-fifths rule"), againstX.verdict());
        // With x privileged, .75 / .5 = 1.5 passes.
        FairnessDisparateImpact againstY = FairnessMetrics.disparateImpact(HAND_PRED, HAND_GROUPS, "x", "y");
        assertEquals(1.5, againstY.ratio(), EPS);
        assertTrue(againstY.passesFourFifthsRule());
    }

    @Test
    void disparateImpactOfThreeGroupsPoolsTheUnprivileged() {
        // Fairlearn example, a privileged (.75); b and c together select 7 of 14 = .5.
        FairnessDisparateImpact impact = FairnessMetrics.disparateImpact(FAIRLEARN_PRED, FAIRLEARN_GROUPS, "a");
        assertEquals(0.5, impact.unprivilegedRate(), EPS);
        assertEquals(0.6667, impact.ratio(), EPS);
        assertEquals(0.5 / 0.75, FairnessMetrics.disparateImpact(FAIRLEARN_PRED, FAIRLEARN_GROUPS, "a", "c").ratio(), EPS);
    }

    @Test
    void unknownPrivilegedGroupIsRejected() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> FairnessMetrics.disparateImpact(HAND_PRED, HAND_GROUPS, "z", "x"));
        assertTrue(error.getMessage().contains("Unknown group 'z'"), error.getMessage());
    }
}
