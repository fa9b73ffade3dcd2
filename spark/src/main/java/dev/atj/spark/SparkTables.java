package dev.atj.spark;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
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
     * Each notebook cell runs on a new thread, where Spark knows no active session; rows would
     * then be built with default settings (dates as java.sql.Date instead of java.time).
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
        ColumnType type = column.type();
        if (type == ColumnType.INTEGER) {
            return DataTypes.IntegerType;
        } else if (type == ColumnType.LONG) {
            return DataTypes.LongType;
        } else if (type == ColumnType.SHORT) {
            return DataTypes.ShortType;
        } else if (type == ColumnType.DOUBLE) {
            return DataTypes.DoubleType;
        } else if (type == ColumnType.FLOAT) {
            return DataTypes.FloatType;
        } else if (type == ColumnType.BOOLEAN) {
            return DataTypes.BooleanType;
        } else if (type == ColumnType.STRING) {
            return DataTypes.StringType;
        } else if (type == ColumnType.LOCAL_DATE) {
            return DataTypes.DateType;
        } else if (type == ColumnType.LOCAL_DATE_TIME) {
            return DataTypes.TimestampNTZType;
        }
        throw new IllegalArgumentException("Column " + column.name() + " has type " + type.name()
                + ", which Spark cannot take yet; convert it to a number, text, date or date-time column first.");
    }

    /** Spark gives java.time dates when its java8API setting is on for the thread, java.sql ones otherwise. */
    private static LocalDate localDate(Object value) {
        return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }

    private static LocalDateTime localDateTime(Object value) {
        return value instanceof java.sql.Timestamp time ? time.toLocalDateTime() : (LocalDateTime) value;
    }

    private static Column<?> column(StructField field, List<Row> rows, int index) {
        String name = field.name();
        DataType type = field.dataType();
        if (type.equals(DataTypes.IntegerType)) {
            IntColumn column = IntColumn.create(name);
            rows.forEach(row -> { if (row.isNullAt(index)) column.appendMissing(); else column.append(row.getInt(index)); });
            return column;
        } else if (type.equals(DataTypes.LongType)) {
            LongColumn column = LongColumn.create(name);
            rows.forEach(row -> { if (row.isNullAt(index)) column.appendMissing(); else column.append(row.getLong(index)); });
            return column;
        } else if (type.equals(DataTypes.ShortType)) {
            ShortColumn column = ShortColumn.create(name);
            rows.forEach(row -> { if (row.isNullAt(index)) column.appendMissing(); else column.append(row.getShort(index)); });
            return column;
        } else if (type.equals(DataTypes.DoubleType)) {
            DoubleColumn column = DoubleColumn.create(name);
            rows.forEach(row -> { if (row.isNullAt(index)) column.appendMissing(); else column.append(row.getDouble(index)); });
            return column;
        } else if (type.equals(DataTypes.FloatType)) {
            FloatColumn column = FloatColumn.create(name);
            rows.forEach(row -> { if (row.isNullAt(index)) column.appendMissing(); else column.append(row.getFloat(index)); });
            return column;
        } else if (type.equals(DataTypes.BooleanType)) {
            BooleanColumn column = BooleanColumn.create(name);
            rows.forEach(row -> { if (row.isNullAt(index)) column.appendMissing(); else column.append(row.getBoolean(index)); });
            return column;
        } else if (type.equals(DataTypes.DateType)) {
            DateColumn column = DateColumn.create(name);
            rows.forEach(row -> { if (row.isNullAt(index)) column.appendMissing(); else column.append(localDate(row.get(index))); });
            return column;
        } else if (type.equals(DataTypes.TimestampNTZType)) {
            DateTimeColumn column = DateTimeColumn.create(name);
            rows.forEach(row -> { if (row.isNullAt(index)) column.appendMissing(); else column.append(localDateTime(row.get(index))); });
            return column;
        }
        // Text, decimals, arrays, maps and structs are shown as text.
        StringColumn column = StringColumn.create(name);
        rows.forEach(row -> { if (row.isNullAt(index)) column.appendMissing(); else column.append(String.valueOf(row.get(index))); });
        return column;
    }
}
