package dev.atj.kernel.repl;

import dev.atj.kernel.eval.CodeAnalysis;
import java.util.List;
import java.util.function.Supplier;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/**
 * Tab completion from the kernel's {@link CodeAnalysis#complete} (what a notebook's
 * complete_request answers), plus magic names at the start of a line.
 */
final class JavaCompleter implements Completer {
    private final Supplier<CodeAnalysis> analysis;
    private final Supplier<List<String>> magicNames;

    JavaCompleter(Supplier<CodeAnalysis> analysis, Supplier<List<String>> magicNames) {
        this.analysis = analysis;
        this.magicNames = magicNames;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        String buffer = line.line();
        int cursor = line.cursor();
        int wordStart = cursor - line.wordCursor();
        String lineBefore = buffer.substring(buffer.lastIndexOf('\n', Math.max(0, cursor - 1)) + 1, cursor);
        if (lineBefore.stripLeading().startsWith("%") && lineBefore.strip().equals(line.word())) {
            magicNames.get().forEach(name -> candidates.add(candidate(name, name)));
            return;
        }
        CodeAnalysis.Completion completion = analysis.get().complete(buffer, cursor);
        if (completion.start() < wordStart) {
            // JShell replaces more than the word JLine edits; the word's own part must still match.
            String before = buffer.substring(completion.start(), wordStart);
            completion.matches().stream().filter(match -> match.startsWith(before))
                    .forEach(match -> candidates.add(candidate(match.substring(before.length()), match)));
            return;
        }
        String kept = buffer.substring(wordStart, completion.start());
        completion.matches().forEach(match -> candidates.add(candidate(kept + match, match)));
    }

    /** Not "complete": JLine would add a space after it, which Java code does not want. */
    private static Candidate candidate(String value, String shown) {
        return new Candidate(value, shown, null, null, null, null, false);
    }
}
