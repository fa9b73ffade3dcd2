package dev.atj.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class DescribeTest {

    private static final Table TINY = Table.create("tiny",
            DoubleColumn.create("x", 1, 2, 3, 4, Double.NaN),
            StringColumn.create("word", "b", "a", "b", "", "a"));

    @Test
    void numericColumnsMatchAHandComputation() {
        Table described = Describe.of(TINY);
        assertEquals(List.of("column", "count", "missing", "mean", "std", "min", "25%", "50%", "75%", "max"),
                described.columnNames());
        assertEquals(1, described.rowCount());
        assertEquals("x", described.stringColumn("column").get(0));
        assertEquals(4, described.intColumn("count").get(0));
        assertEquals(1, described.intColumn("missing").get(0));
        assertEquals(2.5, described.doubleColumn("mean").get(0), 1e-12);
        // sample variance: (1.5² + 0.5² + 0.5² + 1.5²) / 3 = 5/3
        assertEquals(Math.sqrt(5.0 / 3), described.doubleColumn("std").get(0), 1e-12);
        assertEquals(1, described.doubleColumn("min").get(0), 0);
        // linear interpolation: position 0.25 * 3 = 0.75, between 1 and 2
        assertEquals(1.75, described.doubleColumn("25%").get(0), 1e-12);
        assertEquals(2.5, described.doubleColumn("50%").get(0), 1e-12);
        assertEquals(3.25, described.doubleColumn("75%").get(0), 1e-12);
        assertEquals(4, described.doubleColumn("max").get(0), 0);
    }

    @Test
    void textColumnsGetCountUniqueTopAndFreqWithTiesToTheFirstInOrder() {
        Table described = Describe.categorical(TINY);
        assertEquals(List.of("column", "count", "missing", "unique", "top", "freq"), described.columnNames());
        assertEquals("word", described.stringColumn("column").get(0));
        assertEquals(4, described.intColumn("count").get(0));
        assertEquals(1, described.intColumn("missing").get(0));
        assertEquals(2, described.intColumn("unique").get(0));
        assertEquals("a", described.stringColumn("top").get(0));
        assertEquals(2, described.intColumn("freq").get(0));
    }

    @Test
    void penguinBodyMassMatchesKnownFigures() {
        Table described = Describe.of(Datasets.load("penguins"));
        int row = described.stringColumn("column").asList().indexOf("body_mass_g");
        assertEquals(342, described.intColumn("count").get(row));
        assertEquals(4201.754385964912, described.doubleColumn("mean").get(row), 1e-9);
        assertEquals(4050, described.doubleColumn("50%").get(row), 0);
        assertEquals(3550, described.doubleColumn("25%").get(row), 0);
        assertEquals(4750, described.doubleColumn("75%").get(row), 0);
    }
}
