package dev.atj.kernel.kernel;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atj.kernel.eval.StopSignal;
import dev.atj.kernel.magic.ShellMagic;
import dev.atj.viz.CellHooks;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * Decides which cell an interrupt is for. Interrupts come on the control socket and cells on
 * the shell socket, so an interrupt sent right after an execute request can be handled
 * before the cell starts. It is then kept, and the next cell stops at once if the client sent
 * it no later than the interrupt (both headers carry the client's send time).
 */
public final class Interrupts {
    private final EvaluatorStartup evaluator;
    private boolean cellRunning;
    private Instant unclaimed;

    public Interrupts(EvaluatorStartup evaluator) {
        this.evaluator = evaluator;
    }

    /** A cell sent at {@code sentAt} starts; an interrupt sent after it stops it straight away. */
    public synchronized void cellStarted(Instant sentAt) {
        StopSignal.clear();
        cellRunning = true;
        if (unclaimed != null && !sentAt.isAfter(unclaimed)) {
            StopSignal.request();
        }
        unclaimed = null;
    }

    public synchronized void cellEnded() {
        cellRunning = false;
        StopSignal.clear();
    }

    /** Stops the running cell, or keeps the interrupt for a cell sent before it. */
    public synchronized void interrupt(Instant sentAt) {
        if (cellRunning) {
            evaluator.stopRunningCell();
            ShellMagic.stopRunningScript();
            // Work the cell started on other threads, such as Spark jobs, is cancelled by its owner.
            CellHooks.cellInterrupted();
        } else {
            unclaimed = sentAt;
        }
    }

    /** The client's send time from a message header, or now if it has none we can read. */
    public static Instant sentAt(JsonNode header) {
        String date = header.path("date").asText("");
        try {
            return date.isEmpty() ? Instant.now() : OffsetDateTime.parse(date).toInstant();
        } catch (DateTimeParseException e) {
            return Instant.now();
        }
    }
}
