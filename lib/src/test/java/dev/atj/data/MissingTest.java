package dev.atj.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class MissingTest {

    private static Table sample() {
        IntColumn mass = IntColumn.create("mass", 10, 20, 0, 40);
        mass.setMissing(2);
        return Table.create("sample", mass, StringColumn.create("sex", "f", "", "m", "f"));
    }

    @Test
    void reportCountsMissingValuesPerColumn() {
        Table report = Missing.report(sample());
        assertEquals(List.of("column", "type", "missing", "percent"), report.columnNames());
        assertEquals(List.of("mass", "sex"), report.stringColumn("column").asList());
        assertEquals(List.of("INTEGER", "STRING"), report.stringColumn("type").asList());
        assertEquals(List.of(1, 1), report.intColumn("missing").asList());
        assertEquals(25.0, report.doubleColumn("percent").get(0), 1e-12);
    }

    @Test
    void dropRowsDropsAnyGapOrOnlyGapsInTheNamedColumns() {
        assertEquals(2, Missing.dropRows(sample()).rowCount());
        Table massKnown = Missing.dropRows(sample(), "mass");
        assertEquals(List.of(10, 20, 40), massKnown.intColumn("mass").asList());
    }

    @Test
    void fillWithAWholeNumberKeepsAnIntColumn() {
        Table filled = Missing.fill(sample(), "mass", 0);
        assertEquals(ColumnType.INTEGER, filled.column("mass").type());
        assertEquals(List.of(10, 20, 0, 40), filled.intColumn("mass").asList());
    }

    @Test
    void fillMeanTurnsAnIntColumnIntoDoublesAndLeavesTheOriginalAlone() {
        Table original = sample();
        Table filled = Missing.fillMean(original, "mass");
        assertEquals(ColumnType.DOUBLE, filled.column("mass").type());
        assertEquals(70.0 / 3, filled.doubleColumn("mass").get(2), 1e-12);
        assertEquals(1, original.column("mass").countMissing());
        assertEquals(List.of("mass", "sex"), filled.columnNames());
    }

    @Test
    void fillMedianUsesTheMiddleValue() {
        assertEquals(20, Missing.fillMedian(sample(), "mass").intColumn("mass").get(2));
    }

    @Test
    void fillTextPutsAWordInTheGaps() {
        assertEquals(List.of("f", "unknown", "m", "f"),
                Missing.fill(sample(), "sex", "unknown").stringColumn("sex").asList());
    }

    @Test
    void fillingATextColumnWithANumberSaysWhatToDo() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> Missing.fillMean(sample(), "sex"));
        assertTrue(error.getMessage().contains("Numeric columns in 'sample': mass"), error.getMessage());
    }
}
