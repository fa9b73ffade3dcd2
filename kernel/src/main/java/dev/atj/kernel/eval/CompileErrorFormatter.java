package dev.atj.kernel.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jdk.jshell.Diag;

/** Turns javac diagnostics into "line, column, caret under the span" text a learner can act on. */
final class CompileErrorFormatter {

    static String plainMessage(Diag diag) {
        String[] lines = diag.getMessage(Locale.ENGLISH).split("\n");
        StringBuilder message = new StringBuilder(lines[0].strip());
        for (int i = 1; i < lines.length; i++) {
            String detail = lines[i].strip();
            if (detail.startsWith("symbol:")) {
                message.append(": ").append(detail.substring("symbol:".length()).strip());
            } else if (!detail.isEmpty() && !detail.startsWith("location:")) {
                message.append("; ").append(detail);
            }
        }
        return message.toString();
    }

    static List<String> format(CellSource cell, SourceSlice slice, Diag diag) {
        int start = slice.offset() + (int) Math.max(0, diag.getStartPosition());
        int end = slice.offset() + (int) Math.max(diag.getEndPosition(), diag.getStartPosition() + 1);
        int line = cell.lineOf(start);
        int column = cell.columnOf(start);
        String code = cell.line(line);
        int width = Math.max(1, Math.min(end - start, code.length() - column + 1));
        String gutter = String.format("%4d | ", line);
        List<String> out = new ArrayList<>();
        out.add("Compile error in " + cell.label() + ", line " + line + ", column " + column + ": "
                + plainMessage(diag));
        out.add(gutter + code);
        out.add(" ".repeat(gutter.length() - 2) + "| " + " ".repeat(column - 1) + "^".repeat(width));
        return out;
    }

    private CompileErrorFormatter() {
    }
}
