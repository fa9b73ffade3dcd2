package dev.atj.viz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CellInterruptTest {
    @Test
    void registeredActionsRunOnEachInterruptUntilClosed() {
        AtomicInteger cancelled = new AtomicInteger();
        CellInterrupt.Registration registration = CellInterrupt.onInterrupt(cancelled::incrementAndGet);

        CellInterrupt.interruptRunningWork();
        CellInterrupt.interruptRunningWork();
        registration.close();
        CellInterrupt.interruptRunningWork();

        assertEquals(2, cancelled.get());
    }

    @Test
    void aFailingActionDoesNotKeepTheOthersFromRunning() {
        AtomicInteger ran = new AtomicInteger();
        try (CellInterrupt.Registration failing = CellInterrupt.onInterrupt(() -> {
                throw new IllegalStateException("already stopped");
            });
             CellInterrupt.Registration counting = CellInterrupt.onInterrupt(ran::incrementAndGet)) {
            CellInterrupt.interruptRunningWork();
        }

        assertEquals(1, ran.get());
    }
}
