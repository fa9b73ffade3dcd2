package dev.atj.kernel.repl;

import dev.atj.kernel.eval.CodeAnalysis;
import dev.atj.kernel.magic.CellParser;
import dev.atj.kernel.magic.CellPart;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Decides whether Enter runs the input or opens a continuation line, as the kernel answers a
 * console's is_complete_request: Java by JShell's analysis (an open brace or an unfinished
 * statement waits), a line magic runs at once, and a cell magic ({@code %%name}) takes every
 * line up to an empty one.
 */
final class InputReadiness {
    private final Function<String, CodeAnalysis.Readiness> analysis;

    InputReadiness(Function<String, CodeAnalysis.Readiness> analysis) {
        this.analysis = analysis;
    }

    /** Empty when the input can run; otherwise the indent its next line should start with. */
    Optional<String> moreNeeded(String input) {
        if (input.isBlank()) {
            return Optional.empty();
        }
        if (input.stripLeading().startsWith("%%")) {
            return endsWithEmptyLine(input) ? Optional.empty() : Optional.of("");
        }
        List<CellPart> parts = CellParser.parse(input);
        if (parts.isEmpty() || !(parts.get(parts.size() - 1) instanceof CellPart.Java java)) {
            return Optional.empty();
        }
        // CellParser ends each Java part with a line break; the indent is judged on the last typed line.
        String code = java.code().endsWith("\n") ? java.code().substring(0, java.code().length() - 1) : java.code();
        CodeAnalysis.Readiness readiness = analysis.apply(code);
        return readiness.status().equals("incomplete") ? Optional.of(readiness.indent()) : Optional.empty();
    }

    private static boolean endsWithEmptyLine(String input) {
        int lastBreak = input.lastIndexOf('\n');
        return lastBreak >= 0 && input.substring(lastBreak + 1).isBlank();
    }
}
