package dev.atj.data;

import dev.atj.viz.Progress;
import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One pass over a CSV file: this thread reads lines into chunks and puts them on a bounded
 * queue; worker threads take chunks, total each one by key, and merge those partial totals
 * into their own. When the queue is full the reader waits, so at most
 * {@code queueCapacity + workers + 1} chunks are in memory at once, whatever the file's size.
 */
final class ChunkPipeline {
    /** Lines {@code firstLine} to {@code firstLine + size - 1} of the file. */
    record Chunk(long firstLine, String[] lines, int size) {
    }

    /** The totals per key, and how the pass went. */
    record Outcome(Map<String, KeyTotals> totals, long rows, long chunks, int peakQueued, int peakInMemory) {
    }

    private static final Chunk END = new Chunk(0, new String[0], 0);
    private static final Set<String> MISSING = Set.of(Load.MISSING);

    private final Path file;
    private final int fields;
    private final int keyIndex;
    private final int[] valueIndexes;
    private final String[] valueNames;
    private final int chunkRows;
    private final int workers;
    private final boolean showProgress;
    private final BlockingQueue<Chunk> queue;
    private final AtomicReference<RuntimeException> failure = new AtomicReference<>();
    private final AtomicInteger inMemory = new AtomicInteger();
    private final AtomicInteger peakInMemory = new AtomicInteger();
    private int peakQueued;

    ChunkPipeline(Path file, List<String> header, String key, List<String> values, int chunkRows,
            int queueCapacity, int workers, boolean showProgress) {
        this.file = file;
        this.fields = header.size();
        this.keyIndex = header.indexOf(key);
        this.valueIndexes = values.stream().mapToInt(header::indexOf).toArray();
        this.valueNames = values.toArray(String[]::new);
        this.chunkRows = chunkRows;
        this.workers = workers;
        this.showProgress = showProgress;
        this.queue = new ArrayBlockingQueue<>(queueCapacity);
    }

    Outcome run() {
        ForkJoinPool pool = new ForkJoinPool(workers);
        try {
            List<Future<List<Partial>>> results = new ArrayList<>();
            for (int i = 0; i < workers; i++) {
                results.add(pool.submit(this::work));
            }
            long[] counts = read();
            List<Partial> partials = new ArrayList<>();
            for (Future<List<Partial>> result : results) {
                partials.addAll(result.get());
            }
            // Merged in file order, not in the order workers finished: floating-point sums then
            // come out the same, to the last digit, on every run.
            partials.sort(java.util.Comparator.comparingLong(Partial::firstLine));
            Map<String, KeyTotals> totals = new HashMap<>();
            partials.forEach(partial -> merge(totals, partial.totals()));
            if (failure.get() != null) {
                throw failure.get();
            }
            return new Outcome(totals, counts[0], counts[1], peakQueued, peakInMemory.get());
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
            throw new CancellationException("Stopped reading " + file.getFileName() + ": interrupted.");
        } catch (ExecutionException e) {
            throw new IllegalStateException("A worker totalling " + file.getFileName() + " failed: " + e.getCause(),
                    e.getCause());
        } finally {
            pool.shutdown();
        }
    }

    /** Reads the file into chunks on the queue, then one END per worker; returns rows and chunks. */
    private long[] read() throws InterruptedException {
        long rows = 0;
        long chunks = 0;
        try (CountingStream counted = new CountingStream(Files.newInputStream(file));
                BufferedReader reader = new BufferedReader(new InputStreamReader(counted, StandardCharsets.UTF_8),
                        1 << 16);
                Progress bar = showProgress ? Progress.start("Reading " + file.getFileName(), Files.size(file))
                        : null) {
            reader.readLine();
            long nextLine = 2;
            long reported = 0;
            boolean more = true;
            while (more && failure.get() == null) {
                track(inMemory.incrementAndGet());
                String[] lines = new String[chunkRows];
                int size = 0;
                String line = null;
                while (size < chunkRows && (line = reader.readLine()) != null) {
                    lines[size++] = line;
                }
                more = line != null;
                if (size == 0) {
                    inMemory.decrementAndGet();
                    break;
                }
                queue.put(new Chunk(nextLine, lines, size));
                peakQueued = Math.max(peakQueued, queue.size());
                nextLine += size;
                rows += size;
                chunks++;
                if (bar != null) {
                    bar.advance(counted.count - reported);
                    reported = counted.count;
                }
            }
            if (bar != null) {
                bar.advance(counted.count - reported);
            }
        } catch (IOException e) {
            failure.compareAndSet(null, new UncheckedIOException("Could not read " + file + ": " + e.getMessage(), e));
        } catch (InterruptedException e) {
            // workers now only drain what is queued, so the END markers below get through
            failure.compareAndSet(null, new CancellationException("Interrupted while reading " + file));
            throw e;
        } finally {
            for (int i = 0; i < workers; i++) {
                queue.put(END);
            }
        }
        return new long[] {rows, chunks};
    }

    /** The totals per key of one chunk, which starts at line {@code firstLine} of the file. */
    private record Partial(long firstLine, Map<String, KeyTotals> totals) {
    }

    /** A worker: totals chunk after chunk until END; after a failure, only drains the queue. */
    private List<Partial> work() throws InterruptedException {
        List<Partial> totals = new ArrayList<>();
        SimpleCsvLine splitter = new SimpleCsvLine(',', fields);
        for (Chunk chunk = queue.take(); chunk != END; chunk = queue.take()) {
            try {
                if (failure.get() == null) {
                    totals.add(new Partial(chunk.firstLine(), totalsOf(chunk, splitter)));
                }
            } catch (RuntimeException e) {
                failure.compareAndSet(null, e);
            } finally {
                inMemory.decrementAndGet();
            }
        }
        return totals;
    }

    /** The partial result of one chunk: totals per key of its rows. */
    private Map<String, KeyTotals> totalsOf(Chunk chunk, SimpleCsvLine splitter) {
        Map<String, KeyTotals> totals = new HashMap<>();
        for (int i = 0; i < chunk.size(); i++) {
            String line = chunk.lines()[i];
            long lineNumber = chunk.firstLine() + i;
            if (line.isEmpty()) {
                continue;
            }
            if (line.indexOf('"') >= 0) {
                throw problem(lineNumber, "the line holds a quote (\"). ChunkedCsv reads simple CSV, where no value "
                        + "is quoted or holds a comma; read quoted files with Load.csv.");
            }
            int found = splitter.split(line);
            if (found != fields) {
                throw problem(lineNumber, "the line has " + found + " values but the header has " + fields + ".");
            }
            String key = splitter.field(line, keyIndex);
            KeyTotals group = totals.computeIfAbsent(MISSING.contains(key) ? "" : key,
                    k -> new KeyTotals(valueIndexes.length));
            group.rows++;
            for (int v = 0; v < valueIndexes.length; v++) {
                String text = splitter.field(line, valueIndexes[v]);
                if (!MISSING.contains(text)) {
                    group.values[v].add(number(text, valueNames[v], lineNumber));
                }
            }
        }
        return totals;
    }

    private double number(String text, String column, long line) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw problem(line, "'" + text + "' in column " + column + " is not a number.");
        }
    }

    private DataFileException problem(long line, String message) {
        return new DataFileException(file.toString(), line, message, null);
    }

    private void track(int chunksInMemory) {
        peakInMemory.accumulateAndGet(chunksInMemory, Math::max);
    }

    private static void merge(Map<String, KeyTotals> into, Map<String, KeyTotals> part) {
        part.forEach((key, totals) -> into.merge(key, totals, (a, b) -> {
            a.merge(b);
            return a;
        }));
    }

    /** Counts the bytes read, for a progress bar over the file's size. */
    private static final class CountingStream extends FilterInputStream {
        volatile long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
