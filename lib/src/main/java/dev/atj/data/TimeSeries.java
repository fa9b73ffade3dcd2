package dev.atj.data;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Helpers for tables with a date column, such as {@code Datasets.load("seattle-weather")}.
 *
 * <pre>{@code
 * Table monthly = TimeSeries.resample(weather, "date", ChronoUnit.MONTHS)
 *         .mean("temp_max").sum("precipitation").table();   // columns: month, mean_temp_max, ...
 * Table smooth = TimeSeries.rollingMean(weather, "temp_max", 30); // adds temp_max_rolling_30
 * }</pre>
 */
public final class TimeSeries {
    private TimeSeries() {
    }

    /**
     * Groups rows by week, month or year of a date column, ready for aggregates as in
     * {@link Group}. The period column comes first, named {@code week}, {@code month} or
     * {@code year} (or {@code <dateColumn>_month} and so on if the table already has such a
     * column), and holds the period's first day; weeks start on Monday. Periods with no rows
     * do not appear.
     *
     * @param table the table
     * @param dateColumn a date column
     * @param period {@code ChronoUnit.WEEKS}, {@code ChronoUnit.MONTHS} or {@code ChronoUnit.YEARS}
     * @return a grouping by period; add aggregates and call {@code table()}
     */
    public static Group resample(Table table, String dateColumn, ChronoUnit period) {
        DateColumn dates = dates(table, dateColumn);
        String name = periodName(period);
        if (table.containsColumn(name)) {
            name = dateColumn + "_" + name;
        }
        DateColumn starts = DateColumn.create(name);
        for (int row = 0; row < dates.size(); row++) {
            LocalDate date = dates.get(row);
            if (date == null) {
                starts.appendMissing();
            } else {
                starts.append(start(date, period));
            }
        }
        Table withPeriod = table.copy().addColumns(starts).setName(table.name());
        return Group.by(withPeriod, name);
    }

    /**
     * Adds the mean of each run of {@code window} consecutive rows of a numeric column,
     * ending at that row, as a new column {@code <column>_rolling_<window>}. The first
     * {@code window - 1} rows have no full window and are missing. Sort the table by date
     * first if it is not already.
     *
     * @param table the table
     * @param column a numeric column
     * @param window how many rows each mean covers
     * @return a copy of the table with the new column at the end
     */
    public static Table rollingMean(Table table, String column, int window) {
        if (window < 1) {
            throw new IllegalArgumentException("The window must hold at least one row, not " + window + ".");
        }
        DoubleColumn means = (DoubleColumn) Columns.numeric(table, column, "rollingMean").rolling(window).mean();
        return table.copy().addColumns(means.setName(column + "_rolling_" + window));
    }

    private static DateColumn dates(Table table, String name) {
        Column<?> column = Columns.require(table, name);
        if (!(column instanceof DateColumn dates)) {
            throw new IllegalArgumentException("Column '" + name + "' holds " + column.type().name()
                    + " values, not dates. Load.csv reads ISO dates such as 2012-01-31 as dates.");
        }
        return dates;
    }

    private static String periodName(ChronoUnit period) {
        return switch (period) {
            case WEEKS -> "week";
            case MONTHS -> "month";
            case YEARS -> "year";
            default -> throw new IllegalArgumentException("Resample by ChronoUnit.WEEKS, MONTHS or YEARS, not "
                    + period + ".");
        };
    }

    private static LocalDate start(LocalDate date, ChronoUnit period) {
        return switch (period) {
            case WEEKS -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTHS -> date.withDayOfMonth(1);
            default -> date.withDayOfYear(1);
        };
    }
}
