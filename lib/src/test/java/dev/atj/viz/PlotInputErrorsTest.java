package dev.atj.viz;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

class PlotInputErrorsTest {
    private final Table penguins = Penguins.table();

    @Test
    void anUnknownColumnIsNamedAlongWithTheColumnsThereAre() {
        String message = failure(() -> Plot.line(penguins, "flipper", "body_mass_g"));
        assertContains(message, "table 'penguins' has no column 'flipper'");
        assertContains(message, "[species, island, sex, flipper_length_mm, body_mass_g, year]");
        assertContains(failure(() -> Plot.scatter(penguins, "flipper_length_mm", "body_mass_g", "colour")), "no column 'colour'");
    }

    @Test
    void columnNamesMatchInAnyCaseAsInTablesaw() {
        assertTrue(Plot.scatter(penguins, "FLIPPER_LENGTH_MM", "Body_Mass_G").getXAxisTitle().equals("flipper_length_mm"));
    }

    @Test
    void aTextColumnOnANumericAxisPointsToTheNumericColumns() {
        String message = failure(() -> Plot.scatter(penguins, "flipper_length_mm", "species"));
        assertContains(message, "Column 'species' holds STRING values, but the y axis needs numbers");
        assertContains(message, "[flipper_length_mm, body_mass_g, year]");
        assertContains(failure(() -> Plot.line(penguins, "island", "body_mass_g")), "x axis needs numbers or dates");
        assertContains(failure(() -> Plot.histogram(penguins, "sex")), "the histogram needs numbers");
        assertContains(failure(() -> Plot.bar(penguins, "species", "island")), "the bar height needs numbers");
    }

    @Test
    void arraysOfDifferentLengthsAreRefused() {
        assertContains(failure(() -> Plot.line(new double[] {1, 2, 3}, new double[] {1, 2})), "x has 3 values but y has 2");
        assertContains(failure(() -> Plot.scatter(List.of(1), List.of(1, 2))), "x has 1 values but y has 2");
        assertContains(failure(() -> Plot.bar(new String[] {"a"}, new double[] {1, 2})), "1 categories but 2 values");
        assertContains(failure(() -> Plot.heatmap(new double[][] {{1, 2}, {3}})), "Row 1 of the matrix has 1 values but row 0 has 2");
        assertContains(failure(() -> Plot.heatmap(new double[][] {{1}}, List.of("a", "b"), List.of("c"))),
                "The matrix is 1x1 but there are 2 row labels and 1 column labels");
        assertContains(failure(() -> Plot.confusionMatrix(new int[][] {{1, 2}}, List.of("a", "b"))), "square");
    }

    @Test
    void emptyDataIsRefused() {
        assertContains(failure(() -> Plot.line(new double[0])), "No data to plot: the y array is empty");
        assertContains(failure(() -> Plot.histogram(List.of())), "No data to plot: the values array is empty");
        assertContains(failure(() -> Plot.bar(Map.of())), "No data to plot: the map of bars is empty");
        assertContains(failure(() -> Plot.heatmap(new double[0][0])), "No data to plot: the matrix has no cells");
        Table empty = Table.create("empty", DoubleColumn.create("x"), DoubleColumn.create("y"));
        assertContains(failure(() -> Plot.scatter(empty, "x", "y")), "No data to plot: table 'empty' has 0 rows");
        Table allMissing = Table.create("gaps", DoubleColumn.create("x", Double.NaN), DoubleColumn.create("y", 1));
        assertContains(failure(() -> Plot.histogram(allMissing, "x")), "has no values (1 rows, all missing)");
        assertContains(failure(() -> Plot.histogram(new double[] {Double.NaN}, 3)), "all 1 values are missing");
    }

    @Test
    void otherBadValuesSayWhatToDo() {
        assertContains(failure(() -> Plot.line(Arrays.asList(1, null, 3))), "holds null at index 1");
        assertContains(failure(() -> Plot.histogram(new double[] {1, 2}, 0)), "at least 1 bin");
        assertContains(failure(() -> Plot.heatmap(new double[][] {{1, Double.NaN}})), "Cell [0][1] of the matrix is NaN");
        Table twice = Table.create("twice", tech.tablesaw.api.StringColumn.create("k", "a", "a"), DoubleColumn.create("v", 1, 2));
        assertContains(failure(() -> Plot.bar(twice, "k", "v")), "aggregate first");
        Table constant = Table.create("flat", DoubleColumn.create("x", 1, 2, 3), DoubleColumn.create("c", 5, 5, 5));
        assertContains(failure(() -> Plot.correlation(constant)), "Column 'c' has the same value in every row");
        assertContains(failure(() -> Plot.correlation(penguins, "body_mass_g")), "needs at least 2 numeric columns");
        assertContains(failure(() -> Plot.lines(penguins, "year")), "Name at least one y column");
    }

    @Test
    void savingToAnUnknownExtensionNamesTheOnesThatWork() {
        String message = failure(() -> Plot.save(Plot.line(new double[] {1, 2}), Path.of("chart.jpg")));
        assertContains(message, "Cannot save a chart as 'chart.jpg'");
        assertContains(message, ".png");
        assertContains(message, ".svg");
    }

    private static String failure(Executable call) {
        return assertThrows(IllegalArgumentException.class, call).getMessage();
    }

    private static void assertContains(String message, String part) {
        assertTrue(message.contains(part), () -> "expected \"" + part + "\" in: " + message);
    }
}
