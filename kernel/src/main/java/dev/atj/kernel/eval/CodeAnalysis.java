package dev.atj.kernel.eval;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.Completeness;

/** Completion, documentation and "is this cell finished?" answers, from JShell's source analysis. */
public final class CodeAnalysis {
    private final SourceCodeAnalysis analysis;
    private final CellSplitter splitter;

    CodeAnalysis(SourceCodeAnalysis analysis, CellSplitter splitter) {
        this.analysis = analysis;
        this.splitter = splitter;
    }

    /** Candidates replacing the text from {@code start} to {@code end} (char offsets in the cell). */
    public record Completion(List<String> matches, int start, int end) {
    }

    /** A cell's state for a front end deciding whether Enter runs it: complete, incomplete or invalid. */
    public record Readiness(String status, String indent) {
    }

    public Completion complete(String cell, int cursor) {
        SourceSlice slice = splitter.sliceAt(cell, cursor);
        int local = Math.max(0, Math.min(cursor - slice.offset(), slice.text().length()));
        int[] anchor = new int[1];
        List<SourceCodeAnalysis.Suggestion> suggestions = analysis.completionSuggestions(slice.text(), local, anchor);
        Set<String> matches = new LinkedHashSet<>();
        suggestions.stream().filter(SourceCodeAnalysis.Suggestion::matchesType)
                .forEach(s -> matches.add(s.continuation()));
        suggestions.forEach(s -> matches.add(s.continuation()));
        return new Completion(List.copyOf(matches), slice.offset() + anchor[0], cursor);
    }

    /**
     * Signatures and Javadoc of what the cursor is on; empty when there is nothing to show.
     * JShell documents a call only with the cursor after its "(", so a cursor on a method
     * name is also tried as that call.
     */
    public String documentation(String cell, int cursor) {
        SourceSlice slice = splitter.sliceAt(cell, cursor);
        String code = slice.text();
        int local = Math.max(0, Math.min(cursor - slice.offset(), code.length()));
        int end = identifierEnd(code, local);
        String found = describe(code, end);
        if (found.isEmpty()) {
            int paren = nextNonSpace(code, end);
            found = paren < code.length() && code.charAt(paren) == '('
                    ? describe(code.substring(0, paren + 1), paren + 1)
                    : describe(code.substring(0, end) + "(", end + 1);
        }
        return found.isEmpty() ? describe(code, local) : found;
    }

    private String describe(String code, int cursor) {
        return analysis.documentation(code, cursor, true).stream()
                .map(doc -> doc.javadoc() == null || doc.javadoc().isBlank()
                        ? doc.signature()
                        : JavadocText.format(doc.signature(), doc.javadoc()))
                .distinct()
                .collect(Collectors.joining("\n\n"));
    }

    private static int identifierEnd(String code, int cursor) {
        int end = cursor;
        while (end < code.length() && Character.isJavaIdentifierPart(code.charAt(end))) {
            end++;
        }
        return end;
    }

    private static int nextNonSpace(String code, int from) {
        int index = from;
        while (index < code.length() && Character.isWhitespace(code.charAt(index))) {
            index++;
        }
        return index;
    }

    public Readiness readiness(String cell) {
        String rest = cell;
        while (!rest.isBlank()) {
            SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(rest);
            Completeness completeness = info.completeness();
            if (completeness == Completeness.UNKNOWN) {
                return new Readiness("invalid", "");
            }
            if (!completeness.isComplete()) {
                return completeness == Completeness.EMPTY
                        ? new Readiness("complete", "")
                        : new Readiness("incomplete", indentAfter(cell));
            }
            if (info.remaining().length() >= rest.length()) {
                break;
            }
            rest = info.remaining();
        }
        return new Readiness("complete", "");
    }

    private static String indentAfter(String cell) {
        String lastLine = cell.substring(cell.lastIndexOf('\n') + 1);
        String indent = lastLine.substring(0, lastLine.length() - lastLine.stripLeading().length());
        return lastLine.stripTrailing().endsWith("{") ? indent + "    " : indent;
    }
}
