package dev.atj.data;

import com.univocity.parsers.csv.CsvParser;
import com.univocity.parsers.csv.CsvParserSettings;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * Reads a CSV file row by row to find out what made Tablesaw fail on it, because
 * Tablesaw's own messages count rows inconsistently and never name the file.
 */
final class CsvCheck {
    /** The shape problem found, if any: the line and what is wrong there. */
    record Problem(long line, String message) {
    }

    private CsvCheck() {
    }

    /** The header row, or an empty array for an empty file. */
    static String[] header(TextSource source, char separator) {
        try (Reader reader = source.open()) {
            CsvParser parser = parser(separator);
            parser.beginParsing(reader);
            String[] header = parser.parseNext();
            parser.stopParsing();
            return header == null ? new String[0] : header;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first row whose number of values differs from the header's, if there is one. */
    static Optional<Problem> firstRaggedRow(TextSource source, char separator) {
        try (Reader reader = source.open()) {
            CsvParser parser = parser(separator);
            parser.beginParsing(reader);
            String[] header = parser.parseNext();
            if (header == null) {
                return Optional.empty();
            }
            for (String[] row = parser.parseNext(); row != null; row = parser.parseNext()) {
                if (row.length != header.length && !(row.length == 1 && row[0] == null)) {
                    long line = parser.getContext().currentLine();
                    parser.stopParsing();
                    return Optional.of(new Problem(line, "the row has " + row.length + " values but the header has "
                            + header.length + " columns (" + String.join(", ", header) + "). Fix that row"
                            + (separator == ','
                                    ? ", or if the file uses another separator pass it: Load.csv(path, ';')."
                                    : ".")));
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CsvParser parser(char separator) {
        CsvParserSettings settings = new CsvParserSettings();
        settings.getFormat().setDelimiter(separator);
        settings.setLineSeparatorDetectionEnabled(true);
        settings.setMaxCharsPerColumn(-1);
        settings.setMaxColumns(100_000);
        settings.setSkipEmptyLines(true);
        return new CsvParser(settings);
    }
}
