package dev.atj.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;

class LoadTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void csvColumnsGetTypesAndNaIsMissing() throws IOException {
        Table table = Load.csv(write("t.csv", "day,count,price,name\n2024-01-31,3,1.5,a\n2024-02-01,NA,2.25,\n"));
        assertEquals(List.of(ColumnType.LOCAL_DATE, ColumnType.INTEGER, ColumnType.DOUBLE, ColumnType.STRING),
                table.columns().stream().map(c -> c.type()).toList());
        assertEquals(LocalDate.of(2024, 2, 1), table.dateColumn("day").get(1));
        assertEquals(1, table.column("count").countMissing());
        assertEquals(1, table.column("name").countMissing());
        assertEquals("t.csv", table.name());
    }

    @Test
    void anotherSeparatorCanBeGiven() throws IOException {
        Table table = Load.csv(write("s.csv", "a;b\n1;x\n2;y\n"), ';');
        assertEquals(List.of("a", "b"), table.columnNames());
        assertEquals(3, table.intColumn("a").sum(), 0);
    }

    @Test
    void aTextColumnWithANumberLateInTheFileStaysText() throws IOException {
        StringBuilder text = new StringBuilder("id\n");
        for (int i = 0; i < 5000; i++) {
            text.append(i).append('\n');
        }
        text.append("unknown\n");
        assertEquals(ColumnType.STRING, Load.csv(write("late.csv", text.toString())).column("id").type());
    }

    @Test
    void aRowWithTooFewValuesIsReportedWithItsLine() throws IOException {
        Path bad = write("bad.csv", "a,b,c\n1,2,3\n4,5\n6,7,8\n");
        DataFileException error = assertThrows(DataFileException.class, () -> Load.csv(bad));
        assertEquals(3, error.line());
        assertTrue(error.getMessage().startsWith(bad + ", line 3: the row has 2 values but the header has 3"),
                error.getMessage());
    }

    @Test
    void aRowWithTooManyValuesIsReportedWithItsLine() throws IOException {
        Path bad = write("wide.csv", "a,b\n1,2\n3,4\n5,6,7\n");
        DataFileException error = assertThrows(DataFileException.class, () -> Load.csv(bad));
        assertEquals(4, error.line());
        assertTrue(error.getMessage().contains("3 values"), error.getMessage());
    }

    @Test
    void aMissingFileNamesTheWorkingDirectory() {
        UncheckedIOException error = assertThrows(UncheckedIOException.class,
                () -> Load.csv(dir.resolve("nowhere.csv")));
        assertTrue(error.getMessage().contains("nowhere.csv does not exist"), error.getMessage());
        assertTrue(error.getMessage().contains("working directory"), error.getMessage());
    }

    @Test
    void anEmptyFileIsAnError() throws IOException {
        DataFileException error = assertThrows(DataFileException.class, () -> Load.csv(write("empty.csv", "")));
        assertTrue(error.getMessage().contains("the file is empty"), error.getMessage());
    }

    @Test
    void aHeaderWithoutRowsGivesAnEmptyTableWithTheColumns() throws IOException {
        Table table = Load.csv(write("header.csv", "a,b\n"));
        assertEquals(List.of("a", "b"), table.columnNames());
        assertEquals(0, table.rowCount());
    }

    @Test
    void jsonArrayOfObjectsBecomesRows() throws IOException {
        Table table = Load.json(write("t.json", "[{\"x\": 1, \"y\": \"a\"}, {\"x\": 2, \"y\": null}]"));
        assertEquals(2, table.rowCount());
        assertEquals(ColumnType.INTEGER, table.column("x").type());
        assertEquals(1, table.column("y").countMissing());
    }

    @Test
    void brokenJsonIsReportedWithLineAndColumn() throws IOException {
        Path bad = write("bad.json", "[{\"a\": 1},\n {\"a\": ]");
        DataFileException error = assertThrows(DataFileException.class, () -> Load.json(bad));
        assertEquals(2, error.line());
        assertTrue(error.getMessage().contains("not valid JSON"), error.getMessage());
    }
}
