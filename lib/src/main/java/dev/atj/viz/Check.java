package dev.atj.viz;

import java.util.Arrays;
import java.util.Objects;

/**
 * Self-checks for notebook exercises: each call shows a green tick or a red cross with a hint,
 * so a learner sees at once where they stand.
 */
public final class Check {
    private Check() {
    }

    /**
     * Checks that an answer equals the expected value, for a self-check cell without a name:
     * shows "✔ Correct: ..." or "✘ Not yet: expected ... but got ..." with a hint when the
     * two only differ in type, in rounding or in spaces. Arrays are compared element by element.
     *
     * @param expected the right answer
     * @param actual the learner's answer
     */
    public static void equal(Object expected, Object actual) {
        boolean passed = Objects.deepEquals(expected, actual);
        String text = passed ? "✔ Correct: " + show(actual) : "✘ Not yet: " + difference(expected, actual);
        publish(passed, text);
    }

    /**
     * Checks that an answer equals the expected value.
     *
     * @param exercise the exercise's name, e.g. "Exercise 1"
     * @param expected the right answer
     * @param actual the learner's answer
     */
    public static void equal(String exercise, Object expected, Object actual) {
        report(exercise, Objects.deepEquals(expected, actual), difference(expected, actual));
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
        publish(passed, passed ? "✔ " + exercise + ": correct" : "✘ " + exercise + ": not yet, " + hint);
    }

    /** "expected X but got Y", plus why two values that print alike still differ. */
    static String difference(Object expected, Object actual) {
        String message = "expected " + show(expected) + " but got " + show(actual);
        if (actual == null) {
            return message + " (did the code return or assign a value?)";
        }
        if (expected == null) {
            return message;
        }
        if (expected instanceof Number wanted && actual instanceof Number given
                && !expected.getClass().equals(actual.getClass())) {
            return message + " (" + aType(actual) + " where " + aType(expected)
                    + " was expected: " + (wanted.doubleValue() == given.doubleValue()
                            ? "same number, different type; cast or change the literal" : "convert it") + ")";
        }
        if (expected instanceof Double wanted && actual instanceof Double given
                && Math.abs(wanted - given) <= 1e-9 * Math.max(1, Math.abs(wanted))) {
            return message + " (only rounding differs: round the answer, or use Check.that with a tolerance)";
        }
        if (expected instanceof String wanted && actual instanceof String given && wanted.strip().equals(given.strip())) {
            return message + " (only spaces or line breaks at the ends differ: try strip())";
        }
        if (show(expected).equals(show(actual))) {
            return message + " (they print alike, but " + aType(actual) + " is not " + aType(expected) + ")";
        }
        return message;
    }

    /** A value as a learner would write it: strings quoted, arrays with their elements. */
    private static String show(Object value) {
        if (value instanceof String text) {
            return "\"" + text + "\"";
        }
        if (value instanceof Character character) {
            return "'" + character + "'";
        }
        if (value != null && value.getClass().isArray()) {
            String elements = Arrays.deepToString(new Object[] {value});
            return elements.substring(1, elements.length() - 1);
        }
        return String.valueOf(value);
    }

    /** "an Integer", "a double[]". */
    private static String aType(Object value) {
        String name = value.getClass().getSimpleName();
        return ("AEIOUaeiou".indexOf(name.charAt(0)) >= 0 ? "an " : "a ") + name;
    }

    private static void publish(boolean passed, String text) {
        String color = passed ? "#1a7f37" : "#cf222e";
        Display.display(MimeBundle.of("text/html", "<span style=\"color:" + color + "\">" + escape(text) + "</span>")
                .with("text/plain", text));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
