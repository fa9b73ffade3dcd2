package dev.atj.kernel.magic;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a cell into Java and magics. A cell whose first non-blank line starts with
 * {@code %%} is one cell magic; otherwise lines starting with {@code %} are line magics and
 * the runs of lines between them are Java, each run keeping its line number so that
 * compile errors still point at what the user typed.
 */
public final class CellParser {
    private CellParser() {
    }

    public static boolean hasMagic(String cell) {
        return cell.lines().anyMatch(line -> line.stripLeading().startsWith("%"));
    }

    public static List<CellPart> parse(String cell) {
        String[] lines = cell.split("\n", -1);
        int first = 0;
        while (first < lines.length && lines[first].isBlank()) {
            first++;
        }
        if (first < lines.length && lines[first].stripLeading().startsWith("%%")) {
            String[] head = splitName(lines[first].strip().substring(2));
            String body = String.join("\n", java.util.Arrays.copyOfRange(lines, first + 1, lines.length));
            return List.of(new CellPart.CellCall(head[0], head[1], body));
        }
        List<CellPart> parts = new ArrayList<>();
        StringBuilder java = new StringBuilder();
        int javaStart = 1;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.stripLeading().startsWith("%") && !line.stripLeading().startsWith("%%")) {
                addJava(parts, java, javaStart);
                String[] call = splitName(line.strip().substring(1));
                parts.add(new CellPart.LineCall(call[0], call[1], i + 1));
                java.setLength(0);
                javaStart = i + 2;
            } else {
                java.append(line).append('\n');
            }
        }
        addJava(parts, java, javaStart);
        return parts;
    }

    private static void addJava(List<CellPart> parts, StringBuilder java, int firstLine) {
        if (!java.toString().isBlank()) {
            parts.add(new CellPart.Java(java.toString(), firstLine));
        }
    }

    private static String[] splitName(String text) {
        int space = 0;
        while (space < text.length() && !Character.isWhitespace(text.charAt(space))) {
            space++;
        }
        return new String[] {text.substring(0, space), text.substring(space).strip()};
    }
}
