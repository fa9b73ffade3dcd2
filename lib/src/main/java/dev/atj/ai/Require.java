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

    /** A number as short as it can be written to 4 significant digits: 0.1, 100, 0.0625. */
    static String number(double value) {
        return new BigDecimal(String.format(Locale.ROOT, "%.4g", value)).stripTrailingZeros().toPlainString();
    }
}
