package dev.atj.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class PivotAndJoinTest {

    private static Table sales() {
        return Table.create("sales",
                StringColumn.create("region", "West", "East", "West", "East", "West"),
                StringColumn.create("product", "pen", "pen", "lamp", "pen", "pen"),
                DoubleColumn.create("units", 3, 1, 2, 4, 5));
    }

    @Test
    void pivotSumsEachRegionAndProductWithGapsMissing() {
        Table pivot = Pivot.of(sales(), "region", "product", "units", Agg.SUM);
        assertEquals(List.of("region", "lamp", "pen"), pivot.columnNames());
        assertEquals(List.of("East", "West"), pivot.stringColumn("region").asList());
        assertTrue(pivot.doubleColumn("lamp").isMissing(0));
        assertEquals(2.0, pivot.doubleColumn("lamp").get(1), 0);
        assertEquals(List.of(5.0, 8.0), pivot.doubleColumn("pen").asList());
    }

    @Test
    void pivotCountsCrossTabulateWithTotals() {
        Table counts = Pivot.counts(sales(), "region", "product");
        assertEquals(List.of("[labels]", "lamp", "pen", "total"), counts.columnNames());
        assertEquals("Total", counts.stringColumn("[labels]").get(2));
        assertEquals(5, ((Number) counts.column("total").get(2)).intValue());
    }

    @Test
    void innerJoinKeepsOnlyMatchingKeysAndLeftJoinKeepsEveryLeftRow() {
        Table managers = Table.create("managers",
                StringColumn.create("region", "West", "North"),
                StringColumn.create("manager", "Wu", "Noor"));
        Table inner = Join.inner(sales(), managers, "region");
        assertEquals(3, inner.rowCount());
        assertEquals(List.of("Wu"), inner.stringColumn("manager").unique().asList());
        Table left = Join.left(sales(), managers, "region");
        assertEquals(5, left.rowCount());
        assertEquals(2, left.stringColumn("manager").countMissing());
        assertEquals(List.of("region", "product", "units", "manager"), left.columnNames());
    }

    @Test
    void aColumnInBothTablesIsKeptTwiceWithTheRightTablePrefix() {
        Table targets = Table.create("targets",
                StringColumn.create("region", "West", "East"),
                IntColumn.create("units", 10, 3));
        Table joined = Join.inner(sales(), targets, "region");
        assertEquals(List.of("region", "product", "units", "targets.units"), joined.columnNames());
    }
}
