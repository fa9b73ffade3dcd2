package dev.atj.data;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;
import tech.tablesaw.io.json.JsonReadOptions;

/**
 * Reads CSV and JSON files into Tablesaw tables. Column types are detected from the values:
 * whole numbers become {@code IntColumn}s, decimals {@code DoubleColumn}s, ISO dates such as
 * {@code 2012-01-31} {@code DateColumn}s, anything else {@code StringColumn}s. The cells
 * {@code ""}, {@code NA}, {@code N/A}, {@code NaN} and {@code null} count as missing.
 * Files are read as UTF-8.
 *
 * <pre>{@code
 * Table weather = Load.csv("seattle-weather.csv");
 * Table scores  = Load.csv(Path.of("scores.csv"), ';');
 * Table world   = Load.json("gapminder.json");
 * }</pre>
 *
 * A file that cannot be read as a table raises a {@link DataFileException} naming the file and,
 * where it can, the line at fault.
 */
public final class Load {
    /** The cells read as missing values. */
    static final String[] MISSING = {"", "NA", "N/A", "NaN", "null"};

    private Load() {
    }

    /**
     * Reads a comma-separated file whose first row names the columns.
     *
     * @param file the file
     * @return the table, named after the file
     * @throws DataFileException if the rows do not fit the header
     * @throws UncheckedIOException if the file is missing or unreadable
     */
    public static Table csv(Path file) {
        return csv(file, ',');
    }

    /**
     * Reads a comma-separated file whose first row names the columns.
     *
     * @param file the file's path, relative to the working directory or absolute
     * @return the table, named after the file
     * @throws DataFileException if the rows do not fit the header
     * @throws UncheckedIOException if the file is missing or unreadable
     */
    public static Table csv(String file) {
        return csv(Path.of(file));
    }

    /**
     * Reads a delimited file whose first row names the columns, for example one separated by
     * semicolons or tabs ({@code '\t'}).
     *
     * @param file the file
     * @param separator the character between values
     * @return the table, named after the file
     * @throws DataFileException if the rows do not fit the header
     * @throws UncheckedIOException if the file is missing or unreadable
     */
    public static Table csv(Path file, char separator) {
        requireFile(file);
        return csv(() -> Files.newBufferedReader(file, StandardCharsets.UTF_8), file.toString(),
                file.getFileName().toString(), separator);
    }

    /**
     * Reads a JSON file holding an array of objects, one object per row (nested objects are
     * flattened into columns such as {@code address.city}), or an array of arrays whose first
     * array names the columns.
     *
     * @param file the file
     * @return the table, named after the file
     * @throws DataFileException if the file is not valid JSON or not such an array
     * @throws UncheckedIOException if the file is missing or unreadable
     */
    public static Table json(Path file) {
        requireFile(file);
        return json(() -> Files.newBufferedReader(file, StandardCharsets.UTF_8), file.toString(),
                file.getFileName().toString());
    }

    /**
     * Reads a JSON file holding an array of objects, one per row; see {@link #json(Path)}.
     *
     * @param file the file's path, relative to the working directory or absolute
     * @return the table, named after the file
     * @throws DataFileException if the file is not valid JSON or not such an array
     * @throws UncheckedIOException if the file is missing or unreadable
     */
    public static Table json(String file) {
        return json(Path.of(file));
    }

    static Table csv(TextSource source, String where, String tableName, char separator) {
        Table table;
        try {
            table = readCsv(source, where, tableName, separator, true);
        } catch (UncheckedIOException e) {
            throw e;
        } catch (RuntimeException sampled) {
            // Tablesaw guesses types from a sample of rows; if a later row does not fit the guess,
            // look for a ragged row first, then read again guessing from every row.
            CsvCheck.firstRaggedRow(source, separator).ifPresent(problem -> {
                throw new DataFileException(where, problem.line(), problem.message(), sampled);
            });
            try {
                table = readCsv(source, where, tableName, separator, false);
            } catch (RuntimeException e) {
                throw new DataFileException(where, 0, "could not be read as CSV: " + e.getMessage(), e);
            }
        }
        return table.columnCount() > 0 ? table : headerOnly(source, where, tableName, separator);
    }

    private static Table readCsv(TextSource source, String where, String tableName, char separator,
            boolean sample) {
        try (Reader reader = source.open()) {
            return Table.read().usingOptions(CsvReadOptions.builder(reader)
                    .tableName(tableName)
                    .separator(separator)
                    .missingValueIndicator(MISSING)
                    .sample(sample)
                    .build());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + where + ": " + e.getMessage(), e);
        }
    }

    static Table json(TextSource source, String where, String tableName) {
        try (Reader reader = source.open()) {
            return Table.read().usingOptions(JsonReadOptions.builder(reader)
                    .tableName(tableName)
                    .missingValueIndicator(MISSING)
                    .build());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + where + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw explainJsonFailure(where, e);
        }
    }

    static void requireFile(Path file) {
        if (!Files.isRegularFile(file)) {
            String problem = Files.isDirectory(file) ? " is a folder, not a file" : " does not exist";
            throw new UncheckedIOException(new NoSuchFileException(file.toString(), null,
                    file.toAbsolutePath() + problem + " (the working directory is "
                            + Path.of("").toAbsolutePath() + ")"));
        }
    }

    /** Tablesaw returns no columns at all for a file with a header and no rows; keep the names. */
    private static Table headerOnly(TextSource source, String where, String tableName, char separator) {
        String[] header = CsvCheck.header(source, separator);
        if (header.length == 0) {
            throw new DataFileException(where, 0, "the file is empty; a CSV file needs a header row naming "
                    + "its columns.", null);
        }
        Table empty = Table.create(tableName);
        Arrays.stream(header).forEach(name -> empty.addColumns(StringColumn.create(name)));
        return empty;
    }

    private static DataFileException explainJsonFailure(String where, RuntimeException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonProcessingException json && json.getLocation() != null) {
                return new DataFileException(where, json.getLocation().getLineNr(),
                        "not valid JSON at column " + json.getLocation().getColumnNr() + " ("
                                + json.getOriginalMessage() + "). Look for a missing bracket, brace, comma or quote "
                                + "there.", failure);
            }
        }
        String reason = String.valueOf(failure.getMessage()).replaceFirst("\\.$", "");
        return new DataFileException(where, 0, "could not be read as a table (" + reason + "). Load.json "
                + "expects an array of objects, [{\"a\": 1}, {\"a\": 2}], or an array of arrays "
                + "whose first array names the columns.", failure);
    }
}
