package dev.atj.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

class TimeSeriesTest {

    @Test
    void weatherResampledByMonthHasOneRowPerMonth() {
        Table monthly = TimeSeries.resample(Datasets.load("seattle-weather"), "date", ChronoUnit.MONTHS)
                .count().mean("temp_max").table();
        assertEquals(List.of("month", "count", "mean_temp_max"), monthly.columnNames());
        assertEquals(48, monthly.rowCount());
        assertEquals(LocalDate.of(2012, 1, 1), monthly.dateColumn("month").get(0));
        assertEquals(List.of(31, 29), monthly.intColumn("count").asList().subList(0, 2));
        assertEquals(7.05483870967742, monthly.doubleColumn("mean_temp_max").get(0), 1e-9);
    }

    @Test
    void weatherResampledByYearSumsTheRain() {
        Table yearly = TimeSeries.resample(Datasets.load("seattle-weather"), "date", ChronoUnit.YEARS)
                .sum("precipitation").table();
        assertEquals(LocalDate.of(2015, 1, 1), yearly.dateColumn("year").get(3));
        assertEquals(1139.2, yearly.doubleColumn("sum_precipitation").get(3), 1e-9);
    }

    @Test
    void weeksStartOnMonday() {
        Table days = Table.create("days",
                DateColumn.create("day", LocalDate.of(2024, 1, 7), LocalDate.of(2024, 1, 8), LocalDate.of(2024, 1, 14)),
                DoubleColumn.create("x", 1, 2, 3));
        Table weekly = TimeSeries.resample(days, "day", ChronoUnit.WEEKS).sum("x").table();
        assertEquals(List.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 8)), weekly.dateColumn("week").asList());
        assertEquals(List.of(1.0, 5.0), weekly.doubleColumn("sum_x").asList());
    }

    @Test
    void rollingMeanAveragesTheLastRowsAndLeavesTheFirstMissing() {
        Table table = Table.create("t", DoubleColumn.create("x", 1, 2, 3, 4, 5));
        Table rolled = TimeSeries.rollingMean(table, "x", 3);
        DoubleColumn means = rolled.doubleColumn("x_rolling_3");
        assertTrue(means.isMissing(0));
        assertTrue(means.isMissing(1));
        assertEquals(List.of(2.0, 3.0, 4.0), means.asList().subList(2, 5));
        assertEquals(1, table.columnCount());
    }

    @Test
    void resamplingByDaysIsRefusedWithTheChoices() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> TimeSeries.resample(Datasets.load("seattle-weather"), "date", ChronoUnit.DAYS));
        assertTrue(error.getMessage().contains("WEEKS, MONTHS or YEARS"), error.getMessage());
    }
}
