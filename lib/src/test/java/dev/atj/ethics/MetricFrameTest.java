package dev.atj.ethics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.atj.ai.Metrics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleBiFunction;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class MetricFrameTest {
    private static final double EPS = 1e-4;

    // Fairlearn's documented example (user guide, "Common fairness metrics" / MetricFrame).
    static final int[] FAIRLEARN_TRUE = {0, 1, 1, 1, 1, 0, 1, 0, 1, 0, 0, 0, 1, 1, 1, 1, 1, 1};
    static final int[] FAIRLEARN_PRED = {0, 0, 1, 0, 1, 1, 1, 0, 0, 1, 1, 1, 1, 0, 0, 1, 1, 0};
    static final String[] FAIRLEARN_GROUPS = "b,b,a,b,b,c,c,c,a,a,c,a,b,c,c,b,c,c".split(",");

    // Hand-computed example. Group x (rows 0-3): true 1,1,0,0, predicted 1,0,1,0.
    //   selection 2/4 = .5; TPR 1/2 = .5; FPR 1/2 = .5; precision 1/2 = .5; accuracy 2/4 = .5
    // Group y (rows 4-7): true 1,0,0,0, predicted 1,1,1,0.
    //   selection 3/4 = .75; TPR 1/1 = 1; FPR 2/3; precision 1/3; accuracy 2/4 = .5
    // Overall: selection 5/8; TPR 2/3; FPR 3/5; precision 2/5; accuracy 4/8.
    static final int[] HAND_TRUE = {1, 1, 0, 0, 1, 0, 0, 0};
    static final int[] HAND_PRED = {1, 0, 1, 0, 1, 1, 1, 0};
    static final String[] HAND_GROUPS = {"x", "x", "x", "x", "y", "y", "y", "y"};

    @Test
    void fairlearnExampleGivesDocumentedSelectionRates() {
        MetricFrame frame = MetricFrame.of(FAIRLEARN_TRUE, FAIRLEARN_PRED, FAIRLEARN_GROUPS, "selection_rate");
        assertEquals(List.of("a", "b", "c"), frame.groups());
        assertEquals(0.75, frame.value("selection_rate", "a"), EPS);
        assertEquals(0.5, frame.value("selection_rate", "b"), EPS);
        assertEquals(0.5, frame.value("selection_rate", "c"), EPS);
        assertEquals(0.25, frame.difference("selection_rate"), EPS);
        assertEquals(0.6667, frame.ratio("selection_rate"), EPS);
    }

    @Test
    void handExampleGivesEveryNamedMetricPerGroupAndOverall() {
        MetricFrame frame = MetricFrame.of(HAND_TRUE, HAND_PRED, HAND_GROUPS);
        assertEquals(List.of("accuracy", "selection_rate", "true_positive_rate", "false_positive_rate", "precision",
                "recall", "count"), frame.metrics());
        assertEquals(Map.of("x", 0.5, "y", 0.75), frame.byGroup("selection_rate"));
        assertEquals(0.5, frame.value("true_positive_rate", "x"), EPS);
        assertEquals(1.0, frame.value("true_positive_rate", "y"), EPS);
        assertEquals(1.0, frame.value("recall", "y"), EPS);
        assertEquals(0.5, frame.value("false_positive_rate", "x"), EPS);
        assertEquals(2.0 / 3, frame.value("false_positive_rate", "y"), EPS);
        assertEquals(0.5, frame.value("precision", "x"), EPS);
        assertEquals(1.0 / 3, frame.value("precision", "y"), EPS);
        assertEquals(0.5, frame.value("accuracy", "y"), EPS);
        assertEquals(4.0, frame.value("count", "x"), EPS);
        assertEquals(5.0 / 8, frame.overall("selection_rate"), EPS);
        assertEquals(2.0 / 3, frame.overall("true_positive_rate"), EPS);
        assertEquals(0.6, frame.overall("false_positive_rate"), EPS);
        assertEquals(0.4, frame.overall("precision"), EPS);
        assertEquals(8.0, frame.overall("count"), EPS);
        assertEquals(0.5, frame.groupMin("true_positive_rate"), EPS);
        assertEquals(1.0, frame.groupMax("true_positive_rate"), EPS);
        assertEquals(0.0, frame.difference("accuracy"), EPS);
        assertEquals(1.0, frame.ratio("accuracy"), EPS);
        assertTrue(frame.warnings().isEmpty(), frame.warnings().toString());
    }

    @Test
    void byGroupTableHasARowPerGroupAndAColumnPerMetric() {
        Table table = MetricFrame.of(HAND_TRUE, HAND_PRED, HAND_GROUPS, "accuracy", "selection_rate").byGroup();
        assertEquals(List.of("group", "accuracy", "selection_rate"), table.columnNames());
        assertEquals(List.of("x", "y"), table.stringColumn("group").asList());
        assertEquals(0.75, table.doubleColumn("selection_rate").get(1), EPS);
        Table summary = MetricFrame.of(HAND_TRUE, HAND_PRED, HAND_GROUPS, "selection_rate").summary();
        assertEquals(List.of(0.625, 0.5, 0.75, 0.25, 2.0 / 3), summary.doubleColumn("selection_rate").asList());
    }

    @Test
    void customMetricFunctionsAreComputedOnEachGroup() {
        Map<String, ToDoubleBiFunction<int[], int[]>> metrics = new LinkedHashMap<>();
        metrics.put("f1", Metrics::f1);
        metrics.put("errors", (yTrue, yPred) -> {
            int errors = 0;
            for (int i = 0; i < yTrue.length; i++) {
                errors += yTrue[i] != yPred[i] ? 1 : 0;
            }
            return errors;
        });
        MetricFrame frame = MetricFrame.of(HAND_TRUE, HAND_PRED, HAND_GROUPS, metrics);
        // y: precision 1/3, recall 1, F1 = 2 (1/3)(1) / (1/3 + 1) = 0.5
        assertEquals(0.5, frame.value("f1", "y"), EPS);
        assertEquals(2.0, frame.value("errors", "x"), EPS);
        assertEquals(4.0, frame.overall("errors"), EPS);
    }

    @Test
    void groupWithoutPositivesGetsZeroTruePositiveRateAndAWarning() {
        int[] yTrue = {1, 0, 0, 0};
        int[] yPred = {1, 0, 1, 0};
        String[] groups = {"p", "p", "q", "q"};
        MetricFrame frame = MetricFrame.of(yTrue, yPred, groups, "true_positive_rate");
        assertEquals(0.0, frame.value("true_positive_rate", "q"));
        assertEquals(1, frame.warnings().size());
        assertTrue(frame.warnings().get(0).contains("group 'q'"), frame.warnings().get(0));
    }

    @Test
    void ratioIsNotANumberWhenEveryGroupValueIsZero() {
        int[] none = {0, 0, 0, 0};
        assertTrue(Double.isNaN(MetricFrame.of(none, none, new String[] {"x", "x", "y", "y"},
                "selection_rate").ratio("selection_rate")));
    }

    @Test
    void badInputsAreRejectedWithAClearMessage() {
        IllegalArgumentException lengths = assertThrows(IllegalArgumentException.class,
                () -> MetricFrame.of(new int[] {1, 0}, new int[] {1}, new String[] {"a", "b"}));
        assertTrue(lengths.getMessage().contains("one value per example"), lengths.getMessage());
        assertThrows(IllegalArgumentException.class, () -> MetricFrame.of(new int[] {1, 2}, new int[] {1, 0},
                new String[] {"a", "b"}, "accuracy"));
        assertThrows(IllegalArgumentException.class, () -> MetricFrame.of(new int[] {1, 0}, new int[] {1, 0},
                new String[] {"a", null}));
        assertThrows(IllegalArgumentException.class, () -> MetricFrame.of(HAND_TRUE, HAND_PRED, HAND_GROUPS, "auc"));
        MetricFrame frame = MetricFrame.of(HAND_TRUE, HAND_PRED, HAND_GROUPS, "accuracy");
        IllegalArgumentException unknownGroup = assertThrows(IllegalArgumentException.class,
                () -> frame.value("accuracy", "z"));
        assertTrue(unknownGroup.getMessage().contains("[x, y]"), unknownGroup.getMessage());
        assertThrows(IllegalArgumentException.class, () -> frame.difference("precision"));
    }
}
