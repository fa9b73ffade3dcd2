package dev.atj.ai;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class PreparationTest {

    private static Table small() {
        return Table.create("small",
                DoubleColumn.create("a", 1.0, 2.0, Double.NaN, 4.0, 5.0),
                DoubleColumn.create("b", 10.0, 20.0, 30.0, 40.0, 50.0),
                StringColumn.create("kind", "x", "y", "x", "", "y"),
                StringColumn.create("island", "Biscoe", "Dream", "Biscoe", "Torgersen", ""));
    }

    @Test
    void stratifiedSplitKeepsClassProportions() {
        Seeds.set(7);
        TrainTestSplit split = TrainTestSplit.stratified(IrisData.table(), 0.3, "species");
        assertEquals(105, split.train().rowCount());
        assertEquals(45, split.test().rowCount());
        for (String species : List.of("setosa", "versicolor", "virginica")) {
            assertEquals(15, split.test().stringColumn("species").countOccurrences(species));
        }
    }

    @Test
    void splitHalvesAreDisjointAndCoverTheTable() {
        Seeds.set(7);
        Table iris = IrisData.table();
        iris.addColumns(IntColumn.indexColumn("row", iris.rowCount(), 0));
        TrainTestSplit split = TrainTestSplit.random(iris, 0.2);
        Set<Integer> rows = new HashSet<>(split.train().intColumn("row").asList());
        split.test().intColumn("row").forEach(row -> assertTrue(rows.add(row), "row " + row + " is in both halves"));
        assertEquals(150, rows.size());
        assertEquals(30, split.test().rowCount());
    }

    @Test
    void sameSeedGivesSameSplitAndOtherSeedAnother() {
        Table iris = IrisData.table();
        Seeds.set(1);
        String first = TrainTestSplit.random(iris, 0.3).test().printAll();
        Seeds.set(1);
        String again = TrainTestSplit.random(iris, 0.3).test().printAll();
        Seeds.set(2);
        String other = TrainTestSplit.random(iris, 0.3).test().printAll();
        assertEquals(first, again);
        assertTrue(!first.equals(other));
    }

    @Test
    void splitRejectsFractionOutsideZeroToOne() {
        assertThrows(IllegalArgumentException.class, () -> TrainTestSplit.random(IrisData.table(), 1.5));
    }

    @Test
    void featureMatrixHoldsColumnsInOrder() {
        double[][] x = Features.matrix(IrisData.table(), "petal_width", "sepal_length");
        assertEquals(150, x.length);
        assertArrayEquals(new double[] {0.2, 5.1}, x[0]);
        assertArrayEquals(new double[] {1.8, 5.9}, x[149]);
    }

    @Test
    void featureMatrixRefusesMissingValues() {
        var error = assertThrows(IllegalArgumentException.class, () -> Features.matrix(small(), "a"));
        assertTrue(error.getMessage().contains("1 missing"), error.getMessage());
    }

    @Test
    void labelEncodingSortsClassesAndNumbersRows() {
        LabelEncoding species = LabelEncoding.of(IrisData.table(), "species");
        assertEquals(List.of("setosa", "versicolor", "virginica"), species.classes());
        assertEquals(0, species.codes()[0]);
        assertEquals(1, species.codes()[50]);
        assertEquals(2, species.codes()[149]);
        assertEquals("virginica", species.decode(2));
        assertEquals(1, species.encode("versicolor"));
    }

    @Test
    void labelEncodingOfNumbersSortsByValue() {
        Table table = Table.create("t", IntColumn.create("grade", 10, 2, 10, 1));
        LabelEncoding grades = LabelEncoding.of(table, "grade");
        assertEquals(List.of("1", "2", "10"), grades.classes());
        assertArrayEquals(new int[] {2, 1, 2, 0}, grades.codes());
    }

    @Test
    void standardizerFittedOnTrainAppliesSameScaleToTest() {
        double[][] train = {{1, 10}, {2, 20}, {3, 30}};
        Standardizer scale = Standardizer.fit(train);
        assertArrayEquals(new double[] {2, 20}, scale.mean(), 1e-12);
        assertArrayEquals(new double[] {1, 10}, scale.std(), 1e-12);
        assertArrayEquals(new double[] {-1, -1}, scale.transform(train)[0], 1e-12);
        assertArrayEquals(new double[] {3, -2}, scale.transform(new double[] {5, 0}), 1e-12);
    }

    @Test
    void standardizedTrainingFeaturesHaveMeanZeroAndStdOne() {
        Dataset data = Dataset.of(IrisData.table(), "species");
        double[][] z = Standardizer.fit(data).transform(data).x();
        Standardizer check = Standardizer.fit(z);
        assertArrayEquals(new double[4], check.mean(), 1e-9);
        assertArrayEquals(new double[] {1, 1, 1, 1}, check.std(), 1e-9);
    }

    @Test
    void standardizerRescalesTableColumnsAndKeepsMissing() {
        Table table = small();
        Standardizer scale = Standardizer.fit(table, "a", "b");
        assertArrayEquals(new double[] {3, 30}, scale.mean(), 1e-12);
        Table scaled = scale.transform(table);
        assertEquals((4.0 - 3) / scale.std()[0], scaled.doubleColumn("a").get(3), 1e-12);
        assertTrue(scaled.doubleColumn("a").isMissing(2));
        assertEquals(1.0, table.doubleColumn("a").get(0), "the original table is unchanged");
    }

    @Test
    void oneHotReplacesCategoryWithZeroOneColumnsInPlace() {
        Table encoded = OneHot.encode(small(), "island");
        assertEquals(List.of("a", "b", "kind", "island=Biscoe", "island=Dream", "island=Torgersen"), encoded.columnNames());
        assertEquals(List.of(1, 0, 1, 0), encoded.intColumn("island=Biscoe").asList().subList(0, 4));
        assertEquals(List.of(0, 0, 0, 1), encoded.intColumn("island=Torgersen").asList().subList(0, 4));
        assertTrue(encoded.intColumn("island=Dream").isMissing(4), "a missing category stays missing");
    }

    @Test
    void dummiesLeaveTheFirstCategoryOut() {
        Table encoded = OneHot.dummies(small(), "island");
        assertEquals(List.of("a", "b", "kind", "island=Dream", "island=Torgersen"), encoded.columnNames());
    }

    @Test
    void datasetDropsRowsWithMissingValuesAndSaysHowMany() {
        Dataset data = Dataset.of(small(), "kind", "a", "b");
        assertEquals(2, data.droppedRows());
        assertEquals(3, data.size());
        assertEquals(List.of("x", "y"), data.classNames());
        assertArrayEquals(new int[] {0, 1, 1}, data.y());
        assertArrayEquals(new double[] {5, 50}, data.x()[2]);
    }

    @Test
    void datasetUsesEveryNumericColumnWhenNoFeaturesAreNamed() {
        Dataset data = Dataset.of(IrisData.table(), "species");
        assertEquals(List.of(IrisData.FEATURES), data.featureNames());
        assertEquals(0, data.droppedRows());
        assertArrayEquals(new int[] {50, 50, 50}, data.classCounts());
    }

    @Test
    void matchingDatasetKeepsTrainingClassNumbers() {
        Table train = Table.create("train", DoubleColumn.create("f", 1.0, 2.0, 3.0), StringColumn.create("c", "b", "c", "a"));
        Table test = Table.create("test", DoubleColumn.create("f", 4.0), StringColumn.create("c", "c"));
        Dataset trainData = Dataset.of(train, "c");
        Dataset testData = trainData.matching(test);
        assertArrayEquals(new int[] {2}, testData.y());
        assertEquals(List.of("a", "b", "c"), testData.classNames());
        Table unseen = Table.create("new", DoubleColumn.create("f", 4.0), StringColumn.create("c", "z"));
        assertThrows(IllegalArgumentException.class, () -> trainData.matching(unseen));
    }

    @Test
    void unknownColumnIsAClearError() {
        var error = assertThrows(IllegalArgumentException.class,
                () -> Dataset.of(IrisData.table(), "species", "petal_size"));
        assertTrue(error.getMessage().contains("No column 'petal_size'"), error.getMessage());
        assertTrue(error.getMessage().contains("petal_length"), "lists the real columns: " + error.getMessage());
    }

    @Test
    void nonNumericFeatureIsAClearError() {
        var error = assertThrows(IllegalArgumentException.class, () -> Dataset.of(small(), "kind", "a", "island"));
        assertTrue(error.getMessage().contains("'island' holds STRING"), error.getMessage());
        assertTrue(error.getMessage().contains("OneHot.encode"), error.getMessage());
    }

    @Test
    void labelWithOneClassIsAClearError() {
        Table setosa = IrisData.table().where(t -> t.stringColumn("species").isEqualTo("setosa"));
        var error = assertThrows(IllegalArgumentException.class, () -> Dataset.of(setosa, "species"));
        assertTrue(error.getMessage().contains("only one class, 'setosa'"), error.getMessage());
    }
}
