package dev.atj.kernel.magic.maven;

import dev.atj.kernel.magic.MagicException;
import java.util.ArrayList;
import java.util.List;

/** Splits a magic's arguments at white space; "double" or 'single' quotes keep a path with spaces whole. */
final class Arguments {
    private Arguments() {
    }

    static List<String> split(String args) throws MagicException {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (int i = 0; i < args.length(); i++) {
            char c = args.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (quote != 0) {
            throw new MagicException("The quote " + quote + " in '" + args + "' is never closed: close it, or drop it.");
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }
}
