package dev.atj.ethics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class PartialDependenceTest {

    @Test
    void linearModelHasExactlyLinearPartialDependenceWithItsSlope() {
        double[][] x = ExplanationData.gaussian(200, 1);
        PartialDependence pd = PartialDependence.of(ExplanationData.LINEAR, x, ExplanationData.NAMES, "a");
        assertEquals(100, pd.grid().length);
        double meanB = java.util.Arrays.stream(x).mapToDouble(r -> r[1]).average().orElseThrow();
        for (int g = 0; g < pd.grid().length; g++) {
            assertEquals(2 * pd.grid()[g] + meanB, pd.average()[g], 1e-9);
        }
        double[] grid = pd.grid();
        double slope = (pd.average()[99] - pd.average()[0]) / (grid[99] - grid[0]);
        assertEquals(2, slope, 1e-9);
    }

    @Test
    void gridSpansTheFifthToNinetyFifthPercentileLikeScikitLearn() {
        double[][] x = ExplanationData.gaussian(200, 2);
        double[] column = PartialDependence.column(x, 0);
        PartialDependence pd = PartialDependence.of(ExplanationData.LINEAR, x, ExplanationData.NAMES, "a");
        assertEquals(PartialDependence.mquantile(column, 0.05), pd.grid()[0], 1e-12);
        assertEquals(PartialDependence.mquantile(column, 0.95), pd.grid()[99], 1e-12);
        double step = pd.grid()[1] - pd.grid()[0];
        assertEquals(step, pd.grid()[50] - pd.grid()[49], 1e-9);
    }

    @Test
    void mquantileMatchesScipyDocumentedExample() {
        // scipy.stats.mstats.mquantiles docstring: mquantiles(a) = [19.2, 40.0, 42.8] at 0.25, 0.5, 0.75.
        double[] a = {6., 47., 49., 15., 42., 41., 7., 39., 43., 40., 36.};
        assertEquals(19.2, PartialDependence.mquantile(a, 0.25), 1e-9);
        assertEquals(40.0, PartialDependence.mquantile(a, 0.5), 1e-9);
        assertEquals(42.8, PartialDependence.mquantile(a, 0.75), 1e-9);
    }

    @Test
    void fewDistinctValuesBecomeTheGridAsInScikitLearnTest() {
        // sklearn test_grid_from_X: X = [[1, 2], [3, 4]] gives axes [1, 3] and [2, 4].
        double[][] x = {{1, 2}, {3, 4}};
        PartialDependenceMap map = PartialDependenceMap.of(rows -> new double[rows.length], x, List.of("u", "v"),
                "u", "v", 100);
        assertArrayEquals(new double[] {1, 3}, map.xGrid());
        assertArrayEquals(new double[] {2, 4}, map.yGrid());
    }

    @Test
    void twoWayPartialDependenceOfASumIsTheSumOfShiftedGrids() {
        double[][] x = ExplanationData.gaussian(100, 3);
        PartialDependenceMap map = PartialDependenceMap.of(ExplanationData.LINEAR, x, ExplanationData.NAMES, "a", "b", 10);
        for (int r = 0; r < 10; r++) {
            for (int c = 0; c < 10; c++) {
                assertEquals(2 * map.xGrid()[c] + map.yGrid()[r], map.average()[r][c], 1e-9);
            }
        }
        assertEquals(100, map.table().rowCount());
        assertEquals("Partial dependence on a and b", map.heatmap().getTitle());
    }

    @Test
    void unknownFeatureIsNamedInTheError() {
        double[][] x = ExplanationData.gaussian(10, 4);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PartialDependence.of(ExplanationData.LINEAR, x, ExplanationData.NAMES, "z"));
        assertEquals("No feature 'z'; the features are [a, b, c].", e.getMessage());
    }
}
