package dev.atj.data;

import tech.tablesaw.api.Table;

/**
 * What a chunked pass over a file produced, and how it went.
 *
 * @param table the aggregated table, as {@link ChunkedGroup#table()} returns it
 * @param rows how many data rows were read (not counting the header)
 * @param chunks how many chunks they were read in
 * @param peakQueuedChunks the most chunks ever waiting in the queue: never more than its capacity
 * @param peakChunksInMemory the most chunks ever held at once (being read, waiting, or being
 *     totalled): never more than capacity + workers + 1, however large the file
 * @param millis how long the pass took, in milliseconds
 */
public record ChunkedResult(Table table, long rows, long chunks, int peakQueuedChunks, int peakChunksInMemory,
        long millis) {
}
