package dev.atj.spark;

import dev.atj.viz.MimeBundle;
import dev.atj.viz.Renderer;
import dev.atj.viz.TableRenderer;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import tech.tablesaw.api.Table;

/**
 * Shows a Spark data frame in a notebook as a table of its first {@value #ROWS} rows (Spark runs
 * only what those rows need), and a Spark session as its description.
 */
public final class DatasetRenderer implements Renderer {
    /** How many rows of a data frame are shown. */
    public static final int ROWS = 20;
    private final TableRenderer tables = new TableRenderer();

    /** Creates the renderer; the kernel finds it through {@link java.util.ServiceLoader}. */
    public DatasetRenderer() {
    }

    @Override
    public Optional<MimeBundle> render(Object value) {
        if (value instanceof SparkSession session) {
            return Optional.of(Spark.describe(session));
        }
        if (!(value instanceof Dataset<?> dataset)) {
            return Optional.empty();
        }
        Dataset<Row> frame = dataset.toDF();
        Table first = SparkTables.firstRows(frame, ROWS + 1);
        boolean more = first.rowCount() > ROWS;
        Table shown = first.first(ROWS).setName(more ? "Spark data frame, first " + ROWS + " rows" : "Spark data frame");
        return tables.render(shown);
    }

    @Override
    public int priority() {
        return 10;
    }
}
