package dev.atj.viz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CheckTest {
    private final List<MimeBundle> shown = new ArrayList<>();
    private DisplaySink previous;

    @BeforeEach
    void recordDisplays() throws ReflectiveOperationException {
        Field field = Display.class.getDeclaredField("sink");
        field.setAccessible(true);
        previous = (DisplaySink) field.get(null);
        Display.install(new DisplaySink() {
            @Override
            public void display(MimeBundle bundle, String displayId) {
                shown.add(bundle);
            }

            @Override
            public void update(MimeBundle bundle, String displayId) {
            }

            @Override
            public void clearOutput(boolean wait) {
            }

            @Override
            public MimeBundle render(Object value) {
                return MimeBundle.of("text/plain", String.valueOf(value));
            }
        });
    }

    @AfterEach
    void restoreDisplay() {
        Display.install(previous);
    }

    private String text() {
        assertEquals(1, shown.size(), "one check shows one output");
        return (String) shown.get(0).data().get("text/plain");
    }

    @Test
    void rightAnswerWithoutLabelShowsTickAndValue() {
        Check.equal(49, 7 * 7);
        assertEquals("✔ Correct: 49", text());
        assertTrue(((String) shown.get(0).data().get("text/html")).contains("#1a7f37"), "green");
    }

    @Test
    void wrongAnswerWithoutLabelShowsCrossExpectedAndActual() {
        Check.equal("cat", "dog");
        assertEquals("✘ Not yet: expected \"cat\" but got \"dog\"", text());
        assertTrue(((String) shown.get(0).data().get("text/html")).contains("#cf222e"), "red");
    }

    @Test
    void arraysAreComparedByElements() {
        Check.equal(new int[] {1, 2, 3}, new int[] {1, 2, 3});
        Check.equal(new int[] {1, 2, 3}, new int[] {1, 2, 4});
        assertEquals("✔ Correct: [1, 2, 3]", shown.get(0).data().get("text/plain"));
        assertEquals("✘ Not yet: expected [1, 2, 3] but got [1, 2, 4]", shown.get(1).data().get("text/plain"));
    }

    @Test
    void sameNumberOfAnotherTypeIsExplained() {
        Check.equal(3L, 3);
        assertEquals("✘ Not yet: expected 3 but got 3 (an Integer where a Long was expected:"
                + " same number, different type; cast or change the literal)", text());
    }

    @Test
    void roundingDifferenceIsExplained() {
        Check.equal(0.3, 0.1 + 0.2);
        assertTrue(text().endsWith("(only rounding differs: round the answer, or use Check.that with a tolerance)"),
                text());
    }

    @Test
    void missingValueAsksWhetherOneWasReturned() {
        Check.equal("x", null);
        assertEquals("✘ Not yet: expected \"x\" but got null (did the code return or assign a value?)", text());
    }

    @Test
    void surroundingSpacesAreExplained() {
        Check.equal("hello", "hello\n");
        assertTrue(text().endsWith("(only spaces or line breaks at the ends differ: try strip())"), text());
    }

    @Test
    void labelledCheckKeepsItsExerciseName() {
        Check.equal("Exercise 1", 49, 49);
        Check.equal("Exercise 2", 49, 48);
        assertEquals("✔ Exercise 1: correct", shown.get(0).data().get("text/plain"));
        assertEquals("✘ Exercise 2: not yet, expected 49 but got 48", shown.get(1).data().get("text/plain"));
    }

    @Test
    void htmlEscapesMarkup() {
        Check.equal("<b>", "<i>");
        assertTrue(((String) shown.get(0).data().get("text/html")).contains("&lt;b&gt;"));
    }
}
