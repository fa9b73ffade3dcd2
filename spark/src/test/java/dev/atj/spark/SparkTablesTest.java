package dev.atj.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.atj.viz.MimeBundle;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.FutureTask;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class SparkTablesTest {
    private static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = Spark.session("local[2]");
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void tableSurvivesARoundTripThroughSpark() {
        Table table = Table.create("t",
                IntColumn.create("n", new int[] {1, 2, 3}),
                DoubleColumn.create("x", new double[] {0.5, Double.NaN, 2.5}),
                StringColumn.create("s", "a", "b", "c"),
                DateColumn.create("d", LocalDate.of(2024, 1, 1), null, LocalDate.of(2024, 3, 1)));

        Table back = SparkTables.toTable(SparkTables.toDataset(spark, table), 100);

        assertEquals(List.of("n", "x", "s", "d"), back.columnNames());
        assertEquals(List.of(1, 2, 3), back.intColumn("n").asList());
        assertEquals(0.5, back.doubleColumn("x").get(0));
        assertTrue(back.doubleColumn("x").isMissing(1), "a missing double stays missing");
        assertEquals(List.of("a", "b", "c"), back.stringColumn("s").asList());
        assertEquals(LocalDate.of(2024, 3, 1), back.dateColumn("d").get(2));
        assertTrue(back.dateColumn("d").isMissing(1), "a missing date stays missing");
    }

    @Test
    void datesConvertOnAThreadWithoutAnActiveSessionAsNotebookCellsRunOn() throws Exception {
        Dataset<Row> dates = spark.sql("SELECT DATE'2024-02-29' AS d, TIMESTAMP_NTZ'2024-02-29 12:30:00' AS t");
        FutureTask<Table> cell = new FutureTask<>(() -> {
            SparkSession.clearActiveSession();
            return SparkTables.toTable(dates, 1);
        });
        new Thread(cell).start();
        Table converted = cell.get();

        assertEquals(LocalDate.of(2024, 2, 29), converted.dateColumn("d").get(0));
        assertEquals(LocalDate.of(2024, 2, 29).atTime(12, 30), converted.dateTimeColumn("t").get(0));
    }

    @Test
    void localSessionsShuffleIntoOnePartitionPerTaskSlot() {
        assertEquals("2", spark.conf().get("spark.sql.shuffle.partitions"));
    }

    @Test
    void toTableRefusesADataFrameLargerThanTheRowLimit() {
        Dataset<Row> thousand = spark.range(1000).toDF("id");

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> SparkTables.toTable(thousand, 10));
        assertTrue(refused.getMessage().contains("more than 10 rows"), refused.getMessage());
        assertEquals(1000, SparkTables.toTable(thousand, 1000).rowCount());
    }

    @Test
    void firstRowsTakesOnlyTheRowsAskedFor() {
        Table first = SparkTables.firstRows(spark.range(1000).toDF("id"), 10);

        assertEquals(List.of(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L), first.longColumn("id").asList());
    }

    @Test
    void dataFrameRendersAsATableOfItsFirstRows() {
        MimeBundle bundle = new DatasetRenderer().render(spark.range(25).toDF("id")).orElseThrow();

        String html = (String) bundle.data().get("text/html");
        assertTrue(html.contains("first 20 rows"), html);
        assertTrue(html.contains("<td>19</td>") && !html.contains("<td>20</td>"), html);
    }

    @Test
    void describeNamesTheMasterAndTheWebUi() {
        String text = (String) Spark.describe(spark).data().get("text/plain");

        assertTrue(text.startsWith("Spark 4.2.0 on local[2]"), text);
        assertTrue(text.contains("Web UI: http://"), text);
    }

    @Test
    void groupByGivesTheSumsOfEachGroup() {
        Table table = SparkTables.toTable(spark.range(100).selectExpr("id % 2 AS odd", "id")
                .groupBy("odd").sum("id").orderBy("odd"), 10);

        // 0 + 2 + ... + 98 = 2450, 1 + 3 + ... + 99 = 2500
        assertEquals(List.of(2450L, 2500L), table.longColumn("sum(id)").asList());
    }

    @Test
    void lambdaRunsInsideASparkJob() {
        MapFunction<Long, Long> square = x -> x * x;

        List<Long> squares = spark.range(4).map(square, Encoders.LONG()).collectAsList();

        assertEquals(List.of(0L, 1L, 4L, 9L), squares);
    }
}
