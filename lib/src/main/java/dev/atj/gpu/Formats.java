package dev.atj.gpu;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import tech.tablesaw.api.DoubleColumn;

/** How the benchmark tables print their numbers: a fixed number of decimals, missing as blank. */
final class Formats {
    private Formats() {
    }

    /** Prints the column's values with {@code decimals} digits after the point; the values themselves keep full precision. */
    static void decimals(DoubleColumn column, int decimals) {
        String pattern = decimals == 0 ? "0" : "0." + "0".repeat(decimals);
        column.setPrintFormatter(new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT)), "");
    }
}
