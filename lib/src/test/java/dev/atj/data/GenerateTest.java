package dev.atj.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;

class GenerateTest {
    @TempDir
    Path dir;

    @Test
    void theSameSeedWritesTheSameBytes() throws IOException {
        Path a = Generate.sales(dir.resolve("a.csv"), 20_000, 1);
        Path b = Generate.sales(dir.resolve("b.csv"), 20_000, 1);
        Path c = Generate.sales(dir.resolve("c.csv"), 20_000, 2);
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
        assertTrue(!java.util.Arrays.equals(Files.readAllBytes(a), Files.readAllBytes(c)));
    }

    @Test
    void salesHaveTheStatedColumnsRangesAndRowCount() throws IOException {
        Table sales = Load.csv(Generate.sales(dir.resolve("sales.csv"), 10_000, 3));
        assertEquals(10_000, sales.rowCount());
        assertEquals(List.of("date", "region", "product", "units", "unit_price"), sales.columnNames());
        assertEquals(List.of(ColumnType.LOCAL_DATE, ColumnType.STRING, ColumnType.STRING, ColumnType.INTEGER,
                ColumnType.DOUBLE), sales.columns().stream().map(c -> c.type()).toList());
        assertEquals(LocalDate.of(2020, 1, 1), sales.dateColumn("date").min());
        assertEquals(LocalDate.of(2023, 12, 31), sales.dateColumn("date").max());
        assertEquals(4, sales.stringColumn("region").countUnique());
        assertEquals(6, sales.stringColumn("product").countUnique());
        assertTrue(sales.intColumn("units").min() >= 1 && sales.intColumn("units").max() <= 8);
        assertTrue(sales.doubleColumn("unit_price").min() >= 1.08 && sales.doubleColumn("unit_price").max() <= 27.49);
        assertEquals(0, sales.missingValueCounts().stream().mapToDouble(row -> row.getDouble(0)).sum(), 0);
    }
}
