package dev.atj.kernel.magic;

import java.util.Locale;

/** Durations the way IPython prints them: 3 significant digits and the unit that fits. */
final class Durations {
    private Durations() {
    }

    static String format(double nanos) {
        if (nanos >= 1e9) {
            return String.format(Locale.ROOT, "%.3g s", nanos / 1e9);
        }
        if (nanos >= 1e6) {
            return String.format(Locale.ROOT, "%.3g ms", nanos / 1e6);
        }
        if (nanos >= 1e3) {
            return String.format(Locale.ROOT, "%.3g µs", nanos / 1e3);
        }
        return String.format(Locale.ROOT, "%.3g ns", nanos);
    }
}
