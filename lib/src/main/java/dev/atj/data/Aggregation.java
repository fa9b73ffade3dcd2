package dev.atj.data;

/**
 * One requested summary: a function applied to a column, or the number of rows when
 * {@code column} is null.
 */
record Aggregation(Agg agg, String column) {

    static Aggregation rows() {
        return new Aggregation(Agg.COUNT, null);
    }

    boolean countsRows() {
        return column == null;
    }

    /** The result column's name: {@code count} for rows, else for example {@code mean_body_mass_g}. */
    String resultName() {
        return countsRows() ? "count" : agg.label() + "_" + column;
    }
}
