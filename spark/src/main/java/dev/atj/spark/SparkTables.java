package dev.atj.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.FloatColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.ShortColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/** Converts between Tablesaw tables, which notebooks display, and Spark's {@code Dataset<Row>}. */
public final class SparkTables {
    private static final List<TypePair> TYPES = List.of(
            new TypePair(ColumnType.INTEGER, DataTypes.IntegerType, IntColumn::create),
            new TypePair(ColumnType.LONG, DataTypes.LongType, LongColumn::create),
            new TypePair(ColumnType.SHORT, DataTypes.ShortType, ShortColumn::create),
            new TypePair(ColumnType.DOUBLE, DataTypes.DoubleType, DoubleColumn::create),
            new TypePair(ColumnType.FLOAT, DataTypes.FloatType, FloatColumn::create),
            new TypePair(ColumnType.BOOLEAN, DataTypes.BooleanType, BooleanColumn::create),
            new TypePair(ColumnType.STRING, DataTypes.StringType, StringColumn::create),
            new TypePair(ColumnType.LOCAL_DATE, DataTypes.DateType, DateColumn::create),
            new TypePair(ColumnType.LOCAL_DATE_TIME, DataTypes.TimestampNTZType, DateTimeColumn::create));

    private SparkTables() {
    }

    /**
     * A Spark data frame holding the rows of a table; missing values become nulls.
     *
     * @param session the session that will own the data frame
     * @param table the table to copy
     * @return a data frame with one column per table column, of the matching Spark type
     */
    public static Dataset<Row> toDataset(SparkSession session, Table table) {
        List<StructField> fields = new ArrayList<>();
        for (Column<?> column : table.columns()) {
            fields.add(DataTypes.createStructField(column.name(), sparkType(column), true));
        }
        List<Row> rows = new ArrayList<>(table.rowCount());
        for (int r = 0; r < table.rowCount(); r++) {
            Object[] values = new Object[table.columnCount()];
            for (int c = 0; c < values.length; c++) {
                Column<?> column = table.column(c);
                values[c] = column.isMissing(r) ? null : column.get(r);
            }
            rows.add(RowFactory.create(values));
        }
        return session.createDataFrame(rows, DataTypes.createStructType(fields));
    }

    /**
     * A data frame collected to the driver as a table, which a notebook shows as HTML and charts
     * can draw. Collecting is for results that are small, such as an aggregation: a data frame with
     * more than {@code maxRows} rows is refused with a message, rather than cut short or allowed to
     * exhaust the driver's memory.
     *
     * @param dataset the data frame to collect
     * @param maxRows the most rows accepted
     * @return a table with one column per data frame column
     * @throws IllegalArgumentException when the data frame has more than {@code maxRows} rows
     */
    public static Table toTable(Dataset<Row> dataset, int maxRows) {
        if (maxRows < 0) {
            throw new IllegalArgumentException("maxRows is " + maxRows + "; give 0 or more rows to collect.");
        }
        List<Row> rows = collect(dataset, maxRows + 1);
        if (rows.size() > maxRows) {
            throw new IllegalArgumentException("The data frame has more than " + maxRows + " rows, the most this call"
                    + " collects to the driver. Aggregate or filter it first, take only the first rows with"
                    + " firstRows(dataset, n), or pass a larger maxRows if the driver has the memory.");
        }
        return table(dataset.schema(), rows);
    }

    /**
     * The first rows of a data frame as a table; Spark computes only as much as it needs for them.
     *
     * @param dataset the data frame
     * @param rows how many rows at most
     * @return a table of at most {@code rows} rows
     */
    public static Table firstRows(Dataset<Row> dataset, int rows) {
        if (rows < 0) {
            throw new IllegalArgumentException("rows is " + rows + "; give 0 or more.");
        }
        return table(dataset.schema(), collect(dataset, rows));
    }

    /**
     * On a thread where Spark knows no active session (a renderer's, a pool's, or any cell's
     * outside the kernel), rows would be built with default settings (java.sql dates).
     */
    private static List<Row> collect(Dataset<Row> dataset, int limit) {
        SparkSession.setActiveSession(dataset.sparkSession());
        return dataset.limit(limit).collectAsList();
    }

    private static Table table(StructType schema, List<Row> rows) {
        Table table = Table.create("spark");
        StructField[] fields = schema.fields();
        for (int c = 0; c < fields.length; c++) {
            table.addColumns(column(fields[c], rows, c));
        }
        return table;
    }

    private static DataType sparkType(Column<?> column) {
        for (TypePair pair : TYPES) {
            if (pair.tablesaw() == column.type()) {
                return pair.spark();
            }
        }
        throw new IllegalArgumentException("Column " + column.name() + " has type " + column.type().name()
                + ", which Spark cannot take yet; convert it to a number, text, date or date-time column first.");
    }

    private static Column<?> column(StructField field, List<Row> rows, int index) {
        Column<?> column = emptyColumn(field);
        for (Row row : rows) {
            if (row.isNullAt(index)) {
                column.appendMissing();
            } else {
                column.appendObj(tablesawValue(row.get(index), column));
            }
        }
        return column;
    }

    private static Column<?> emptyColumn(StructField field) {
        for (TypePair pair : TYPES) {
            if (pair.spark().equals(field.dataType())) {
                return pair.create().apply(field.name());
            }
        }
        // Text, decimals, arrays, maps and structs are shown as text.
        return StringColumn.create(field.name());
    }

    /** Spark gives java.time dates when its java8API setting is on for the thread, java.sql ones otherwise. */
    private static Object tablesawValue(Object value, Column<?> column) {
        if (column instanceof StringColumn) {
            return String.valueOf(value);
        } else if (value instanceof java.sql.Date date) {
            return date.toLocalDate();
        } else if (value instanceof java.sql.Timestamp time) {
            return time.toLocalDateTime();
        }
        return value;
    }

    /** A Tablesaw column type, the Spark type that holds the same values, and how to make an empty column. */
    private record TypePair(ColumnType tablesaw, DataType spark, Function<String, Column<?>> create) {
    }
}
