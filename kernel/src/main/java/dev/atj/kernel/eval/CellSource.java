package dev.atj.kernel.eval;

/**
 * The text of one cell (or of the Java part of a cell that starts at {@code firstLine}),
 * its label in tracebacks, and offset-to-line arithmetic in the user's line numbers.
 */
record CellSource(String label, String text, int firstLine) {

    /** Line of a character offset, counted as the user sees the cell (1-based). */
    int lineOf(int offset) {
        int line = firstLine;
        for (int i = 0; i < Math.min(offset, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** 1-based column of a character offset. */
    int columnOf(int offset) {
        int start = text.lastIndexOf('\n', Math.max(0, Math.min(offset, text.length()) - 1)) + 1;
        return offset - start + 1;
    }

    /** The text of a line, numbered as {@link #lineOf} numbers it. */
    String line(int line) {
        String[] lines = text.split("\n", -1);
        int index = line - firstLine;
        return index >= 0 && index < lines.length ? lines[index] : "";
    }
}
