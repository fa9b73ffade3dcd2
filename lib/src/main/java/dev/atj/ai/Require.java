package dev.atj.ai;

import java.math.BigDecimal;
import java.util.Locale;

/** Checks of settings, and numbers written short for model names and messages. */
final class Require {
    private Require() {
    }

    static void that(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }

    /** A count setting (epochs, rounds, batch size), checked to be at least 1. */
    static int atLeastOne(String name, int value) {
        that(value >= 1, name + " must be at least 1, got " + value);
        return value;
    }

    /** An optimizer's step size, checked to be a positive finite number. */
    static double positiveRate(double rate) {
        that(rate > 0 && !Double.isInfinite(rate), "learningRate must be a positive number, got " + rate);
        return rate;
    }

    /** A copy of the hidden-layer sizes of a network, each checked to be at least 1. */
    static int[] hiddenUnits(int... units) {
        for (int u : units) {
            that(u >= 1, "A hidden layer needs at least 1 unit, got " + u);
        }
        return units.clone();
    }

    /** A row given to a trained model must have one value per feature it was trained on. */
    static void sameWidth(String model, java.util.List<String> featureNames, double[] x) {
        if (x.length != featureNames.size()) {
            throw new IllegalArgumentException(model + " was trained on " + featureNames.size() + " features "
                    + featureNames + " but got " + x.length + " values.");
        }
    }

    /** A number as short as it can be written to 4 significant digits: 0.1, 100, 0.0625. */
    static String number(double value) {
        return new BigDecimal(String.format(Locale.ROOT, "%.4g", value)).stripTrailingZeros().toPlainString();
    }
}
