package dev.atj.data;

/**
 * Finds where the fields of one line of simple CSV start and end: values separated by a
 * character, none quoted, so none can hold the separator or a line break.
 */
final class SimpleCsvLine {
    private final char separator;
    private final int[] starts;
    private final int[] ends;
    private int fields;

    SimpleCsvLine(char separator, int expectedFields) {
        this.separator = separator;
        this.starts = new int[expectedFields];
        this.ends = new int[expectedFields];
    }

    /**
     * Splits {@code line}; returns how many fields it has. Positions are kept for the first
     * {@code expectedFields} only.
     */
    int split(String line) {
        fields = 0;
        int start = 0;
        for (int i = 0; i <= line.length(); i++) {
            if (i == line.length() || line.charAt(i) == separator) {
                if (fields < starts.length) {
                    starts[fields] = start;
                    ends[fields] = i;
                }
                fields++;
                start = i + 1;
            }
        }
        return fields;
    }

    String field(String line, int index) {
        return line.substring(starts[index], ends[index]);
    }
}
