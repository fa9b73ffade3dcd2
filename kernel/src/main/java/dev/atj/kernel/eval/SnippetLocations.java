package dev.atj.kernel.eval;

import java.util.HashMap;
import java.util.Map;

/** Remembers which cell and line each snippet came from, so stack frames point at the user's code. */
final class SnippetLocations {
    private record Origin(String cellLabel, int firstLine) {
    }

    private final Map<String, Origin> origins = new HashMap<>();

    void remember(String snippetId, CellSource cell, SourceSlice slice) {
        origins.put(snippetId, new Origin(cell.label(), cell.lineOf(slice.offset())));
    }

    /** "cell [3], line 2" for a frame at line {@code snippetLine} of snippet {@code snippetId}. */
    String describe(String snippetId, int snippetLine) {
        Origin origin = origins.get(snippetId);
        if (origin == null) {
            return "snippet " + snippetId + ", line " + snippetLine;
        }
        return origin.cellLabel() + ", line " + (origin.firstLine() + Math.max(snippetLine, 1) - 1);
    }
}
