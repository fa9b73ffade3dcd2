package dev.atj.ai;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;

/** Fisher's iris data (150 flowers, 3 species), a test resource with a plain header. */
final class IrisData {
    static final String[] FEATURES = {"sepal_length", "sepal_width", "petal_length", "petal_width"};

    private IrisData() {
    }

    static Table table() {
        try (InputStream in = IrisData.class.getResourceAsStream("iris.csv")) {
            return Table.read().usingOptions(CsvReadOptions.builder(in).tableName("iris"));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the iris test resource", e);
        }
    }
}
