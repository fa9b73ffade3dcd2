package dev.atj.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

class ChunkedCsvTest {
    private static final int ROWS = 200_000;

    @TempDir
    static Path dir;
    static Path sales;
    static Table salesInMemory;

    @BeforeAll
    static void writeSales() {
        sales = Generate.sales(dir.resolve("sales.csv"), ROWS, 11);
        salesInMemory = Load.csv(sales);
    }

    @Test
    void chunkedAggregatesEqualTheInMemoryGroupBy() {
        Table chunked = ChunkedCsv.of(sales).chunkRows(7_000).workers(3).showProgress(false)
                .groupBy("region")
                .count().sum("units").mean("unit_price").min("unit_price").max("unit_price").std("unit_price")
                .count("units")
                .table();
        Table inMemory = Group.by(salesInMemory, "region")
                .count().sum("units").mean("unit_price").min("unit_price").max("unit_price").std("unit_price")
                .count("units")
                .table();
        assertSameTable(inMemory, chunked);
        assertEquals(ROWS, chunked.intColumn("count").sum(), 0);
    }

    @Test
    void aDateKeyBecomesADateColumnAsLoadWouldMakeIt() {
        Table chunked = ChunkedCsv.of(sales).chunkRows(50_000).showProgress(false).groupBy("date").sum("units").table();
        Table inMemory = Group.by(salesInMemory, "date").sum("units").table();
        assertEquals(1461, chunked.rowCount());
        assertSameTable(inMemory, chunked);
    }

    @Test
    void memoryHoldsAtMostQueueCapacityPlusWorkersPlusOneChunks() {
        ChunkedResult result = ChunkedCsv.of(sales).chunkRows(2_000).maxQueuedChunks(2).workers(1)
                .showProgress(false).groupBy("product").sum("units").run();
        assertEquals(ROWS, result.rows());
        assertEquals(100, result.chunks());
        assertTrue(result.peakQueuedChunks() >= 1 && result.peakQueuedChunks() <= 2, "queued " + result);
        assertTrue(result.peakChunksInMemory() <= 2 + 1 + 1, "in memory " + result);
    }

    @Test
    void missingValuesAndMissingKeysMatchTheInMemoryPath() throws IOException {
        Path file = Files.writeString(dir.resolve("gaps.csv"), """
                team,points,minutes
                red,3,10
                blue,NA,12
                ,5,
                red,,7
                NA,1,1
                blue,2,NaN
                green,NA,NA
                """);
        Table chunked = ChunkedCsv.of(file).chunkRows(2).workers(2).showProgress(false)
                .groupBy("team").count().sum("points").mean("minutes").count("points").table();
        Table inMemory = Group.by(Load.csv(file), "team").count().sum("points").mean("minutes").count("points")
                .table();
        assertSameTable(inMemory, chunked);
        assertEquals("", chunked.stringColumn("team").get(0));
        assertEquals(2, chunked.intColumn("count").get(0));
    }

    @Test
    void aQuotedFieldStopsTheRunNamingTheLine() throws IOException {
        Path file = Files.writeString(dir.resolve("quoted.csv"), "name,n\na,1\nb,2\n\"c, d\",3\n");
        DataFileException error = assertThrows(DataFileException.class,
                () -> ChunkedCsv.of(file).showProgress(false).groupBy("name").sum("n").table());
        assertEquals(4, error.line());
        assertTrue(error.getMessage().contains("Load.csv"), error.getMessage());
    }

    @Test
    void aRaggedLineOrABadNumberIsReportedWithItsLine() throws IOException {
        Path ragged = Files.writeString(dir.resolve("ragged.csv"), "k,v\na,1\nb\n");
        assertEquals(3, assertThrows(DataFileException.class,
                () -> ChunkedCsv.of(ragged).showProgress(false).groupBy("k").sum("v").table()).line());
        Path word = Files.writeString(dir.resolve("word.csv"), "k,v\na,1\nb,2\nc,three\n");
        DataFileException error = assertThrows(DataFileException.class,
                () -> ChunkedCsv.of(word).chunkRows(1).showProgress(false).groupBy("k").sum("v").table());
        assertEquals(4, error.line());
        assertTrue(error.getMessage().contains("'three' in column v is not a number"), error.getMessage());
    }

    @Test
    void anEarlyBadLineStopsTheRunWithoutWaitingForTheRestOfTheFile() throws IOException {
        StringBuilder text = new StringBuilder("k,v\na,x\n");
        for (int i = 0; i < 50_000; i++) {
            text.append("b,").append(i).append('\n');
        }
        Path file = Files.writeString(dir.resolve("early.csv"), text);
        DataFileException error = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertThrows(
                DataFileException.class, () -> ChunkedCsv.of(file).chunkRows(100).maxQueuedChunks(1).workers(1)
                        .showProgress(false).groupBy("k").sum("v").table()));
        assertEquals(2, error.line());
    }

    @Test
    void theMedianIsRefusedWithTheWayToGetIt() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> ChunkedCsv.of(sales).groupBy("region").agg(Agg.MEDIAN, "units"));
        assertTrue(error.getMessage().contains("Group.by"), error.getMessage());
    }

    /** Same names, types and keys; numbers equal to 1e-9 relative (sums run in another order). */
    static void assertSameTable(Table expected, Table actual) {
        assertEquals(expected.columnNames(), actual.columnNames());
        assertEquals(expected.rowCount(), actual.rowCount());
        for (int c = 0; c < expected.columnCount(); c++) {
            Column<?> want = expected.column(c);
            Column<?> got = actual.column(c);
            assertEquals(want.type(), got.type(), want.name());
            for (int row = 0; row < want.size(); row++) {
                if (want instanceof NumericColumn<?> numbers && !want.isMissing(row)) {
                    double w = numbers.getDouble(row);
                    double g = ((NumericColumn<?>) got).getDouble(row);
                    assertEquals(w, g, 1e-9 * Math.max(1, Math.abs(w)), want.name() + " row " + row);
                } else {
                    assertEquals(want.getString(row), got.getString(row), want.name() + " row " + row);
                }
            }
        }
    }
}
