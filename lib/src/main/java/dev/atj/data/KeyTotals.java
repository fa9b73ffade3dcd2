package dev.atj.data;

/** What one group has seen so far: its rows, and the running stats of each value column. */
final class KeyTotals {
    long rows;
    final RunningStats[] values;

    KeyTotals(int valueColumns) {
        values = new RunningStats[valueColumns];
        for (int i = 0; i < valueColumns; i++) {
            values[i] = new RunningStats();
        }
    }

    void merge(KeyTotals other) {
        rows += other.rows;
        for (int i = 0; i < values.length; i++) {
            values[i].merge(other.values[i]);
        }
    }
}
