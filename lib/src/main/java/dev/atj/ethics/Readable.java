package dev.atj.ethics;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.numbers.NumberColumnFormatter;

/**
 * Shows the decimal columns of a result table to four decimals, as Fairlearn and scikit-learn
 * reports are read; the columns keep their full precision for code.
 */
final class Readable {
    private Readable() {
    }

    static Table fourDecimals(Table table) {
        for (var column : table.columns()) {
            if (column instanceof DoubleColumn decimals) {
                decimals.setPrintFormatter(NumberColumnFormatter.fixedWithGrouping(4));
            }
        }
        return table;
    }
}
