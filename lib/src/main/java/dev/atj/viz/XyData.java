package dev.atj.viz;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The points of one series read from two table columns: x as Double or Date, y as Double.
 * Rows with a missing x or y are left out.
 *
 * @param x the x values
 * @param y the y values, as many as x
 */
record XyData(List<Object> x, List<Double> y) {

    /** The points of columns {@code xName} and {@code yName}, in row order or sorted by x. */
    static XyData of(Table table, String xName, String yName, boolean sortByX) {
        Column<?> xs = Columns.xAxis(table, xName);
        NumericColumn<?> ys = Columns.numeric(table, yName, "y axis");
        List<Integer> rows = new ArrayList<>();
        for (int row = 0; row < table.rowCount(); row++) {
            if (!xs.isMissing(row) && !ys.isMissing(row)) {
                rows.add(row);
            }
        }
        if (sortByX) {
            rows.sort(Comparator.comparingDouble(row -> sortKey(Columns.xValue(xs, row))));
        }
        XyData data = new XyData(new ArrayList<>(), new ArrayList<>());
        rows.forEach(row -> data.add(Columns.xValue(xs, row), ys.getDouble(row)));
        return data.requireRows(table, xs.name(), ys.name());
    }

    /** One series per category of {@code groupName}, in {@link Columns#categories} order. */
    static Map<String, XyData> byGroup(Table table, String xName, String yName, String groupName) {
        Column<?> xs = Columns.xAxis(table, xName);
        NumericColumn<?> ys = Columns.numeric(table, yName, "y axis");
        Column<?> groups = Columns.find(table, groupName);
        Map<String, XyData> series = new LinkedHashMap<>();
        Columns.categories(groups).forEach(group -> series.put(group, new XyData(new ArrayList<>(), new ArrayList<>())));
        for (int row = 0; row < table.rowCount(); row++) {
            if (!xs.isMissing(row) && !ys.isMissing(row)) {
                series.get(Columns.category(groups, row)).add(Columns.xValue(xs, row), ys.getDouble(row));
            }
        }
        series.values().removeIf(data -> data.x.isEmpty());
        if (series.isEmpty()) {
            throw noRows(table, xs.name(), ys.name());
        }
        return series;
    }

    int size() {
        return x.size();
    }

    private void add(Object xValue, double yValue) {
        x.add(xValue);
        y.add(yValue);
    }

    private XyData requireRows(Table table, String xName, String yName) {
        if (x.isEmpty()) {
            throw noRows(table, xName, yName);
        }
        return this;
    }

    private static IllegalArgumentException noRows(Table table, String xName, String yName) {
        return new IllegalArgumentException("No data to plot: " + Columns.describe(table) + " has "
                + table.rowCount() + " rows and none has both '" + xName + "' and '" + yName + "'");
    }

    private static double sortKey(Object xValue) {
        return xValue instanceof Date date ? date.getTime() : (Double) xValue;
    }
}
