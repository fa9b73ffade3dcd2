package dev.atj.viz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CellHooksTest {
    @Test
    void interruptActionsRunOnEachInterruptUntilClosed() {
        AtomicInteger cancelled = new AtomicInteger();
        CellHooks.Registration registration = CellHooks.onInterrupt(cancelled::incrementAndGet);

        CellHooks.cellInterrupted();
        CellHooks.cellInterrupted();
        registration.close();
        CellHooks.cellInterrupted();

        assertEquals(2, cancelled.get());
    }

    @Test
    void beforeEachCellActionsRunOnlyBeforeCells() {
        AtomicInteger started = new AtomicInteger();
        try (CellHooks.Registration registration = CellHooks.beforeEachCell(started::incrementAndGet)) {
            CellHooks.cellStarting();
            CellHooks.cellInterrupted();
        }
        CellHooks.cellStarting();

        assertEquals(1, started.get());
    }

    @Test
    void aFailingActionDoesNotKeepTheOthersFromRunning() {
        AtomicInteger ran = new AtomicInteger();
        try (CellHooks.Registration failing = CellHooks.onInterrupt(() -> {
                throw new IllegalStateException("already stopped");
            });
             CellHooks.Registration counting = CellHooks.onInterrupt(ran::incrementAndGet)) {
            CellHooks.cellInterrupted();
        }

        assertEquals(1, ran.get());
    }
}
