package dev.atj.kernel.repl;

import java.util.List;
import java.util.Optional;
import org.jline.reader.CompletingParsedLine;
import org.jline.reader.EOFError;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;

/**
 * JLine's view of the input. On Enter, incomplete input raises {@link EOFError}, which makes
 * JLine open a continuation line (indented by the open braces) instead of
 * returning. For completion, the word is the identifier (or magic name) before the cursor,
 * the part JShell's suggestions replace.
 */
final class InputParser implements Parser {
    static final int INDENT_WIDTH = 4;
    private final InputReadiness readiness;

    InputParser(InputReadiness readiness) {
        this.readiness = readiness;
    }

    @Override
    public ParsedLine parse(String line, int cursor, ParseContext context) {
        if (context == ParseContext.ACCEPT_LINE) {
            Optional<String> indent = readiness.moreNeeded(line);
            if (indent.isPresent()) {
                int levels = indent.get().replace("\t", " ".repeat(INDENT_WIDTH)).length() / INDENT_WIDTH;
                throw new EOFError(-1, -1, "incomplete input", "", levels, null);
            }
        }
        int start = wordStart(line, cursor);
        return new Word(line, cursor, line.substring(start, cursor));
    }

    /** Where the identifier (or %magic name) that ends at {@code cursor} begins. */
    static int wordStart(String line, int cursor) {
        int start = cursor;
        while (start > 0 && Character.isJavaIdentifierPart(line.charAt(start - 1))) {
            start--;
        }
        while (start > 0 && line.charAt(start - 1) == '%') {
            start--;
        }
        return start;
    }

    /** The text before the cursor's word is not touched by completion; the word is. */
    private record Word(String line, int cursor, String word) implements CompletingParsedLine {
        /** Java needs no shell-style escaping: a candidate goes in as it is. */
        @Override
        public CharSequence escape(CharSequence candidate, boolean complete) {
            return candidate;
        }

        @Override
        public int rawWordCursor() {
            return wordCursor();
        }

        @Override
        public int rawWordLength() {
            return word.length();
        }

        @Override
        public int wordCursor() {
            return word.length();
        }

        @Override
        public int wordIndex() {
            return 0;
        }

        @Override
        public List<String> words() {
            return List.of(word);
        }
    }
}
