package dev.atj.kernel.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class HistoryTest {
    private final History history = new History();

    HistoryTest() {
        history.add(1, "int a = 1;");
        history.add(2, "a + 1");
        history.add(3, "System.out.println(a);");
        history.add(4, "a + 1");
    }

    private static List<Integer> lines(List<History.Entry> entries) {
        return entries.stream().map(History.Entry::line).toList();
    }

    @Test
    void tailGivesTheLastEntries() {
        assertEquals(List.of(3, 4), lines(history.tail(2)));
        assertEquals(List.of(1, 2, 3, 4), lines(history.tail(100)));
    }

    @Test
    void rangeIsStartInclusiveStopExclusiveInThisSession() {
        assertEquals(List.of(2, 3), lines(history.range(0, 2, 4)));
        assertEquals(List.of(2, 3, 4), lines(history.range(0, 2, 0)));
        assertEquals(List.of(), lines(history.range(-1, 1, 0)));
    }

    @Test
    void searchMatchesGlobsAndCanDropRepeats() {
        assertEquals(List.of(2, 4), lines(history.search("a + ?", 0, false)));
        assertEquals(List.of(4), lines(history.search("a + ?", 0, true)));
        assertEquals(List.of(3), lines(history.search("System*", 10, false)));
        assertEquals(List.of(4), lines(history.search("*", 1, false)));
    }

    @Test
    void outputIsAttachedToItsLine() {
        history.setOutput(2, "2");
        assertEquals("2", history.range(0, 2, 3).get(0).output());
    }
}
