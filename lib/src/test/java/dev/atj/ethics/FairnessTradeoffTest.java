package dev.atj.ethics;

import static dev.atj.ethics.MetricFrameTest.HAND_GROUPS;
import static dev.atj.ethics.MetricFrameTest.HAND_PRED;
import static dev.atj.ethics.MetricFrameTest.HAND_TRUE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import tech.tablesaw.api.Table;

class FairnessTradeoffTest {

    @Test
    void tableAndChartHaveOneEntryPerModel() {
        FairnessTradeoff tradeoff = FairnessTradeoff.of(HAND_TRUE, HAND_GROUPS)
                .with("hand", HAND_PRED)
                .with("perfect", HAND_TRUE);
        Table table = tradeoff.table();
        assertEquals(List.of("hand", "perfect"), table.stringColumn("model").asList());
        assertEquals(0.5, table.doubleColumn("accuracy").get(0), 1e-12);
        assertEquals(0.25, table.doubleColumn("demographic_parity_difference").get(0), 1e-12);
        // perfect: selection x 2/4, y 1/4; true positive rates 1 and 1
        assertEquals(1.0, table.doubleColumn("accuracy").get(1), 1e-12);
        assertEquals(0.25, table.doubleColumn("demographic_parity_difference").get(1), 1e-12);
        assertEquals(0.0, table.doubleColumn("equal_opportunity_difference").get(1), 1e-12);

        XYChart chart = tradeoff.chart("equalized_odds_difference");
        assertEquals(2, chart.getSeriesMap().size());
        assertEquals("accuracy", chart.getYAxisTitle());
        assertEquals("equalized_odds_difference", chart.getXAxisTitle());
        assertEquals("Accuracy vs equalized odds difference (lower is fairer)", chart.getTitle());
    }

    @Test
    void misuseIsRejected() {
        FairnessTradeoff empty = FairnessTradeoff.of(HAND_TRUE, HAND_GROUPS);
        assertThrows(IllegalStateException.class, empty::chart);
        assertThrows(IllegalArgumentException.class, () -> empty.with("a", HAND_PRED).with("a", HAND_PRED));
        assertThrows(IllegalArgumentException.class, () -> empty.with("short", new int[] {1}));
        assertThrows(IllegalArgumentException.class, () -> empty.with("a", HAND_PRED).chart("accuracy"));
    }
}
