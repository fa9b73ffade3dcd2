package dev.atj.viz;

import java.util.Objects;

/**
 * Self-checks for notebook exercises: each call shows a green tick or a red cross with a hint,
 * so a learner sees at once where they stand.
 */
public final class Check {
    private Check() {
    }

    /**
     * Checks that an answer equals the expected value.
     *
     * @param exercise the exercise's name, e.g. "Exercise 1"
     * @param expected the right answer
     * @param actual the learner's answer
     */
    public static void equal(String exercise, Object expected, Object actual) {
        report(exercise, Objects.deepEquals(expected, actual), "expected " + expected + " but got " + actual);
    }

    /**
     * Checks a condition about an answer.
     *
     * @param exercise the exercise's name
     * @param passed whether the answer is right
     * @param hint what to look at when it is not
     */
    public static void that(String exercise, boolean passed, String hint) {
        report(exercise, passed, hint);
    }

    private static void report(String exercise, boolean passed, String hint) {
        String text = passed ? "✔ " + exercise + ": correct" : "✘ " + exercise + ": not yet, " + hint;
        String color = passed ? "#1a7f37" : "#cf222e";
        Display.display(MimeBundle.of("text/html", "<span style=\"color:" + color + "\">" + escape(text) + "</span>")
                .with("text/plain", text));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
