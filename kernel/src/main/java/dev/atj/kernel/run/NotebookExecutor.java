package dev.atj.kernel.run;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atj.kernel.kernel.Engine;
import dev.atj.kernel.kernel.ExecuteHandler;
import dev.atj.kernel.kernel.IoPub;
import dev.atj.kernel.kernel.Request;
import dev.atj.kernel.protocol.Message;
import dev.atj.kernel.protocol.MessageFactory;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs a notebook's code cells in order through the kernel's own execute handler, as a Jupyter
 * client would send them, and stops at the first cell that fails (as nbclient does by default).
 * Empty cells and cells tagged {@code skip-execution} are left as they are. A cell that runs
 * past the timeout is interrupted like Kernel > Interrupt, and counts as failed.
 */
public final class NotebookExecutor {
    static final String SKIP_TAG = "skip-execution";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);
    private final Engine engine;
    private final OutputRecorder recorder;
    private final MessageFactory messages;
    private final IoPub iopub;
    private final ExecuteHandler handler;
    private final Duration cellTimeout;
    private final java.util.function.Consumer<CellFailure> stuck;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "atj-run-timeout");
        thread.setDaemon(true);
        return thread;
    });

    NotebookExecutor(Engine engine, OutputRecorder recorder, MessageFactory messages, IoPub iopub,
                     Duration cellTimeout, java.util.function.Consumer<CellFailure> stuck) {
        this.engine = engine;
        this.recorder = recorder;
        this.messages = messages;
        this.iopub = iopub;
        this.cellTimeout = cellTimeout;
        this.stuck = stuck;
        // The runner stops at the first failure itself; no requests wait to be aborted.
        this.handler = engine.executeHandler(() -> { });
    }

    /**
     * A cell that ignores the interrupt (a loop in native code, say) is given this long more;
     * then {@code stuck} hears of it, since this thread will not return.
     */
    static final Duration GRACE = Duration.ofSeconds(30);

    /** Runs the cells, recording their outputs in the notebook; the failed cell, if one failed. */
    public Optional<CellFailure> execute(Notebook notebook) {
        List<ObjectNode> cells = notebook.cells();
        cells.stream().filter(NotebookExecutor::willRun).forEach(NotebookExecutor::clearOutputs);
        for (int i = 0; i < cells.size(); i++) {
            ObjectNode cell = cells.get(i);
            if (willRun(cell)) {
                Optional<CellFailure> failure = run(cell, i + 1);
                if (failure.isPresent()) {
                    return failure;
                }
            }
        }
        engine.flushOutput();
        return Optional.empty();
    }

    private static boolean willRun(ObjectNode cell) {
        return cell.path("cell_type").asText().equals("code") && !Notebook.source(cell).isBlank()
                && !Notebook.tags(cell).contains(SKIP_TAG);
    }

    private static void clearOutputs(ObjectNode cell) {
        cell.putArray("outputs");
        cell.putNull("execution_count");
    }

    private Optional<CellFailure> run(ObjectNode cell, int position) {
        ObjectNode timing = NODES.objectNode();
        timing.put("iopub.status.busy", now());
        Message request = executeRequest(Notebook.source(cell));
        recorder.expect(request.id(), (ArrayNode) cell.get("outputs"));
        AtomicReference<ObjectNode> reply = new AtomicReference<>();
        AtomicBoolean timedOut = new AtomicBoolean();
        ScheduledFuture<?> alarm = timer.schedule(() -> {
            timedOut.set(true);
            engine.interrupts().interrupt(Instant.now());
        }, cellTimeout.toMillis(), TimeUnit.MILLISECONDS);
        ScheduledFuture<?> giveUp = timer.schedule(() -> stuck.accept(new CellFailure(position, 0,
                firstLine(Notebook.source(cell)), "CellTimeout", "the cell ran longer than " + cellTimeout.toSeconds()
                + " s (--timeout) and did not stop within " + GRACE.toSeconds() + " s of being interrupted", true)),
                cellTimeout.plus(GRACE).toMillis(), TimeUnit.MILLISECONDS);
        timing.put("iopub.execute_input", now());
        try {
            handler.handle(new Request(request, sent -> reply.set(sent.content()), iopub));
        } finally {
            alarm.cancel(false);
            giveUp.cancel(false);
        }
        timing.put("shell.execute_reply", now());
        timing.put("iopub.status.idle", now());
        ObjectNode answer = reply.get();
        recorder.whileQuiet(() -> {
            cell.set("execution_count", answer.path("execution_count").deepCopy());
            cell.with("metadata").set("execution", timing);
        });
        if (answer.path("status").asText().equals("ok")) {
            return Optional.empty();
        }
        return Optional.of(failure(cell, position, answer, timedOut.get()));
    }

    private CellFailure failure(ObjectNode cell, int position, ObjectNode reply, boolean timedOut) {
        String name = reply.path("ename").asText("Error");
        String message = reply.path("evalue").asText("");
        if (timedOut) {
            name = "CellTimeout";
            message = "the cell ran longer than " + cellTimeout.toSeconds()
                    + " s (--timeout) and was interrupted";
        }
        return new CellFailure(position, reply.path("execution_count").asInt(), firstLine(Notebook.source(cell)),
                name, message, timedOut);
    }

    private Message executeRequest(String code) {
        ObjectNode content = messages.object()
                .put("code", code)
                .put("silent", false)
                .put("store_history", true)
                .put("allow_stdin", false)
                .put("stop_on_error", true);
        content.putObject("user_expressions");
        return messages.orphan("execute_request", content);
    }

    static String firstLine(String source) {
        String line = source.strip().lines().findFirst().orElse("");
        return line.length() > 60 ? line.substring(0, 57) + "..." : line;
    }

    private static String now() {
        return TIMESTAMP.format(Instant.now());
    }

    /** Stops the timeout timer. */
    void close() {
        timer.shutdownNow();
    }
}
