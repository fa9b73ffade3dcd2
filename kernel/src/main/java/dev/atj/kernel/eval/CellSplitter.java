package dev.atj.kernel.eval;

import java.util.ArrayList;
import java.util.List;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.Completeness;

/** Cuts a cell into the snippets JShell evaluates one at a time, keeping their offsets. */
final class CellSplitter {
    private final SourceCodeAnalysis analysis;

    CellSplitter(SourceCodeAnalysis analysis) {
        this.analysis = analysis;
    }

    List<SourceSlice> split(String cell) {
        List<SourceSlice> slices = new ArrayList<>();
        int offset = 0;
        while (offset < cell.length()) {
            String rest = cell.substring(offset);
            if (rest.isBlank()) {
                break;
            }
            SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(rest);
            int consumed = rest.length() - info.remaining().length();
            if (info.completeness() == Completeness.EMPTY) {
                break;
            }
            if (consumed <= 0 || !info.completeness().isComplete()) {
                // Incomplete or unparsable: hand the rest over whole so the compiler reports where.
                consumed = rest.length();
            }
            String text = rest.substring(0, consumed);
            int lead = text.length() - text.stripLeading().length();
            // As in the jshell tool, "int x = 5" needs no semicolon; it goes after the code, so positions hold.
            String semicolon = info.completeness() == Completeness.COMPLETE_WITH_SEMI ? ";" : "";
            slices.add(new SourceSlice(text.strip() + semicolon, offset + lead));
            offset += consumed;
        }
        return slices;
    }

    /** The slice the cursor is in, for completion and documentation. */
    SourceSlice sliceAt(String cell, int cursor) {
        SourceSlice found = new SourceSlice(cell, 0);
        for (SourceSlice slice : split(cell)) {
            if (slice.offset() > cursor) {
                break;
            }
            found = slice;
            if (cursor <= slice.offset() + slice.text().stripTrailing().length()) {
                break;
            }
        }
        return found;
    }
}
