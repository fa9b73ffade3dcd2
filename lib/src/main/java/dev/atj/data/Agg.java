package dev.atj.data;

import tech.tablesaw.aggregate.AggregateFunction;
import tech.tablesaw.aggregate.AggregateFunctions;

/**
 * A summary of many values in one number, as used by {@link Group}, {@link Pivot},
 * {@link TimeSeries} and {@link ChunkedCsv}. Missing values are skipped by all of them.
 */
public enum Agg {
    /** How many values are present (missing ones not counted). */
    COUNT("count", AggregateFunctions.countNonMissing),
    /** The total. */
    SUM("sum", AggregateFunctions.sum),
    /** The arithmetic mean. */
    MEAN("mean", AggregateFunctions.mean),
    /** The middle value. */
    MEDIAN("median", AggregateFunctions.median),
    /** The smallest value. */
    MIN("min", AggregateFunctions.min),
    /** The largest value. */
    MAX("max", AggregateFunctions.max),
    /** The sample standard deviation (divides by n - 1, as pandas does). */
    STD("std", AggregateFunctions.stdDev);

    private final String label;
    private final AggregateFunction<?, ?> function;

    Agg(String label, AggregateFunction<?, ?> function) {
        this.label = label;
        this.function = function;
    }

    /**
     * The short lower-case name used in result column names, for example {@code "mean"}.
     *
     * @return the label
     */
    public String label() {
        return label;
    }

    AggregateFunction<?, ?> function() {
        return function;
    }
}
