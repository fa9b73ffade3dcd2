package dev.atj.viz;

import java.util.List;
import java.util.Objects;

/** Checks and converts the arrays and lists given to {@link Plot}, naming what was wrong. */
final class Values {
    private Values() {
    }

    /** The list as an array; a null list or element is an error that says where. */
    static double[] of(List<? extends Number> values, String name) {
        Objects.requireNonNull(values, () -> "The " + name + " list is null; pass a list of numbers");
        double[] result = new double[values.size()];
        for (int i = 0; i < result.length; i++) {
            Number value = values.get(i);
            if (value == null) {
                throw new IllegalArgumentException("The " + name + " list holds null at index " + i
                        + "; remove it or replace it with a number");
            }
            result[i] = value.doubleValue();
        }
        return result;
    }

    /** The array itself, after checking it is there and not empty. */
    static double[] nonEmpty(double[] values, String name) {
        Objects.requireNonNull(values, () -> "The " + name + " array is null; pass an array of numbers");
        if (values.length == 0) {
            throw new IllegalArgumentException("No data to plot: the " + name + " array is empty");
        }
        return values;
    }

    /** Checks that x and y are present, not empty and equally long. */
    static void pairs(double[] x, double[] y) {
        nonEmpty(x, "x");
        nonEmpty(y, "y");
        if (x.length != y.length) {
            throw new IllegalArgumentException("x has " + x.length + " values but y has " + y.length
                    + "; each point needs one x and one y, so pass arrays of the same length");
        }
    }

    /** 0, 1, ..., n - 1: the x values of a series given only its y values. */
    static double[] indices(int n) {
        double[] result = new double[n];
        for (int i = 0; i < n; i++) {
            result[i] = i;
        }
        return result;
    }

    /** Checks a chart, axis or series name, which XChart needs to be text. */
    static String text(String value, String what) {
        return Objects.requireNonNull(value, () -> "The " + what + " is null; pass a text, \"\" for none");
    }
}
