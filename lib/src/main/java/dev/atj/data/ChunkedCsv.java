package dev.atj.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Aggregates a CSV file too big to load, a chunk of rows at a time, in bounded memory: one
 * thread reads chunks of {@link #chunkRows(int)} rows onto a queue that holds at most
 * {@link #maxQueuedChunks(int)} of them; {@link #workers(int)} threads total each chunk by
 * key and merge the partial totals. When the queue is full the reader waits, so memory holds
 * at most {@code maxQueuedChunks + workers + 1} chunks however large the file is. A progress
 * bar follows the bytes read.
 *
 * <pre>{@code
 * Path file = Generate.sales(Path.of("sales.csv"), 5_000_000);
 * Table byRegion = ChunkedCsv.of(file)
 *         .groupBy("region")
 *         .count().sum("units").mean("unit_price")
 *         .table();   // same as Group.by(Load.csv(file), "region")... on a file that fits
 * }</pre>
 *
 * <p>The file must be <b>simple CSV</b>: a header row, then one row per line, values separated
 * by commas, and no value quoted (so none can hold a comma or a line break), as
 * {@link Generate#sales(Path, long)} writes. A line with a quote character, or with a different
 * number of values from the header, stops the run with a {@link DataFileException} naming the
 * line; read such files with {@link Load#csv(Path)}. Cells {@code ""}, {@code NA}, {@code N/A},
 * {@code NaN} and {@code null} are missing, as in {@link Load}.
 *
 * <p>A {@code ChunkedCsv} is immutable: each setting returns a new one.
 */
public final class ChunkedCsv {
    private final Path file;
    private final List<String> header;
    private final int chunkRows;
    private final int maxQueuedChunks;
    private final int workers;
    private final boolean showProgress;

    private ChunkedCsv(Path file, List<String> header, int chunkRows, int maxQueuedChunks, int workers,
            boolean showProgress) {
        this.file = file;
        this.header = header;
        this.chunkRows = chunkRows;
        this.maxQueuedChunks = maxQueuedChunks;
        this.workers = workers;
        this.showProgress = showProgress;
    }

    /**
     * Opens {@code file} and reads its header. Defaults: chunks of 100,000 rows, at most 4 chunks
     * queued, one worker per processor, a progress bar.
     *
     * @param file a simple CSV file (see the class description)
     * @return the reader's settings
     * @throws DataFileException if the file is empty or its header is quoted
     * @throws UncheckedIOException if the file is missing or unreadable
     */
    public static ChunkedCsv of(Path file) {
        Load.requireFile(file);
        return new ChunkedCsv(file, header(file), 100_000, 4, Runtime.getRuntime().availableProcessors(), true);
    }

    /**
     * Sets how many rows each chunk holds.
     *
     * @param rows rows per chunk, at least 1
     * @return a reader with this setting
     */
    public ChunkedCsv chunkRows(int rows) {
        return new ChunkedCsv(file, header, atLeastOne(rows, "chunkRows"), maxQueuedChunks, workers, showProgress);
    }

    /**
     * Sets how many chunks may wait in the queue for a worker.
     *
     * @param chunks the queue's capacity, at least 1
     * @return a reader with this setting
     */
    public ChunkedCsv maxQueuedChunks(int chunks) {
        return new ChunkedCsv(file, header, chunkRows, atLeastOne(chunks, "maxQueuedChunks"), workers, showProgress);
    }

    /**
     * Sets how many threads total chunks in parallel (a {@code ForkJoinPool} of this size).
     *
     * @param threads the number of workers, at least 1
     * @return a reader with this setting
     */
    public ChunkedCsv workers(int threads) {
        return new ChunkedCsv(file, header, chunkRows, maxQueuedChunks, atLeastOne(threads, "workers"), showProgress);
    }

    /**
     * Sets whether a progress bar is shown while reading.
     *
     * @param show false to read silently
     * @return a reader with this setting
     */
    public ChunkedCsv showProgress(boolean show) {
        return new ChunkedCsv(file, header, chunkRows, maxQueuedChunks, workers, show);
    }

    /**
     * The file's column names, from its header.
     *
     * @return the column names
     */
    public List<String> columns() {
        return header;
    }

    /**
     * Starts grouping by one key column; add aggregates to the result and call {@code table()}.
     *
     * @param keyColumn the column whose values define a group
     * @return a grouping with no aggregates yet
     */
    public ChunkedGroup groupBy(String keyColumn) {
        requireColumn(keyColumn);
        return new ChunkedGroup(this, keyColumn, List.of());
    }

    void requireColumn(String name) {
        if (!header.contains(name)) {
            throw new IllegalArgumentException("No column '" + name + "' in " + file.getFileName()
                    + ". Its columns are: " + String.join(", ", header) + ".");
        }
    }

    ChunkPipeline pipeline(String key, List<String> values) {
        return new ChunkPipeline(file, header, key, values, chunkRows, maxQueuedChunks, workers, showProgress);
    }

    Path file() {
        return file;
    }

    private static int atLeastOne(int value, String setting) {
        if (value < 1) {
            throw new IllegalArgumentException(setting + " must be at least 1, not " + value + ".");
        }
        return value;
    }

    private static List<String> header(Path file) {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line = reader.readLine();
            if (line == null || line.isEmpty()) {
                throw new DataFileException(file.toString(), 1, "there is no header row naming the columns.", null);
            }
            if (line.indexOf('"') >= 0) {
                throw new DataFileException(file.toString(), 1, "the header holds a quote (\"). ChunkedCsv reads "
                        + "simple CSV, where nothing is quoted; read quoted files with Load.csv.", null);
            }
            return List.copyOf(Arrays.asList(line.split(",", -1)));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file + ": " + e.getMessage(), e);
        }
    }
}
