package dev.atj.data;

/**
 * A data file could not be read as a table. The message names the file, the line when it is
 * known, what was wrong there and what to try.
 */
public final class DataFileException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The file as the caller named it. */
    private final String file;
    /** The line of the problem, from 1, or 0 when unknown. */
    private final long line;

    DataFileException(String file, long line, String problem, Throwable cause) {
        super(file + (line > 0 ? ", line " + line : "") + ": " + problem, cause);
        this.file = file;
        this.line = line;
    }

    /**
     * The file that could not be read, as the caller named it.
     *
     * @return the file name or path
     */
    public String file() {
        return file;
    }

    /**
     * The line (counting from 1, the header being line 1) where the problem is.
     *
     * @return the line number, or 0 when the problem is not on one line
     */
    public long line() {
        return line;
    }
}
