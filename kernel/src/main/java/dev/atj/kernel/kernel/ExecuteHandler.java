package dev.atj.kernel.kernel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atj.kernel.display.BundleJson;
import dev.atj.kernel.display.RendererRegistry;
import dev.atj.kernel.magic.MagicCellRunner;
import dev.atj.kernel.magic.MagicContext;
import dev.atj.viz.DisplayHandle;
import dev.atj.kernel.eval.EvalOutcome;
import dev.atj.kernel.eval.JShellEvaluator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** execute_request: runs a cell, streams its output, publishes its result or error. */
public final class ExecuteHandler implements RequestHandler {
    private final EvaluatorStartup evaluator;
    private final ExecutionScope scope;
    private final CellStreams streams;
    private final History history;
    private final RendererRegistry renderers;
    private final BundleJson bundles;
    private final MagicCellRunner magicCells;
    private final MagicContext magicContext;
    private final Runnable abortWaitingExecutions;
    private final Interrupts interrupts;
    private int executionCount;

    public ExecuteHandler(EvaluatorStartup evaluator, ExecutionScope scope, CellStreams streams,
                          History history, Runnable abortWaitingExecutions, Interrupts interrupts, RendererRegistry renderers,
                          BundleJson bundles, MagicCellRunner magicCells, MagicContext magicContext) {
        this.evaluator = evaluator;
        this.scope = scope;
        this.streams = streams;
        this.history = history;
        this.renderers = renderers;
        this.bundles = bundles;
        this.magicCells = magicCells;
        this.magicContext = magicContext;
        this.abortWaitingExecutions = abortWaitingExecutions;
        this.interrupts = interrupts;
    }

    @Override
    public void handle(Request request) {
        interrupts.cellStarted(Interrupts.sentAt(request.message().header()));
        boolean failed;
        try {
            failed = execute(request);
        } finally {
            interrupts.cellEnded();
        }
        if (failed && request.content().path("stop_on_error").asBoolean(true)) {
            abortWaitingExecutions.run();
        }
    }

    /** Runs the cell and replies; true when it failed. */
    private boolean execute(Request request) {
        ObjectNode content = request.content();
        String code = content.path("code").asText("");
        boolean silent = content.path("silent").asBoolean(false);
        boolean storeHistory = content.path("store_history").asBoolean(!silent) && !silent;
        if (storeHistory) {
            executionCount++;
            history.add(executionCount, code);
        }
        if (!silent) {
            request.publish("execute_input", request.newContent().put("code", code)
                    .put("execution_count", executionCount));
        }
        String label = storeHistory ? "cell [" + executionCount + "]" : "this cell";
        EvalOutcome outcome = run(request, code, label);
        ObjectNode reply = request.newContent().put("execution_count", executionCount);
        if (outcome instanceof EvalOutcome.Success success) {
            publishResult(request, silent, storeHistory, success);
            reply.put("status", "ok");
            reply.set("user_expressions", userExpressions(request, content.path("user_expressions")));
            reply.putArray("payload");
        } else if (outcome instanceof EvalOutcome.Failure failure) {
            fail(request, reply, failure.name(), failure.message(), failure.traceback());
        } else {
            fail(request, reply, "Interrupted", "The cell was interrupted.",
                    List.of("Interrupted: the cell was stopped."));
        }
        request.reply("execute_reply", reply);
        return !(outcome instanceof EvalOutcome.Success);
    }

    private EvalOutcome run(Request request, String code, String label) {
        JShellEvaluator jshell = evaluator.get();
        scope.enter(request.message(), request.content().path("allow_stdin").asBoolean(false));
        try {
            return magicCells.run(label, code, jshell, magicContext);
        } finally {
            scope.leave();
            streams.flush();
        }
    }

    private void publishResult(Request request, boolean silent, boolean storeHistory, EvalOutcome.Success success) {
        // display(...) returns a handle for updates; like IPython's display(), it shows no result.
        // System.out.printf(...) returns the stream itself, which is noise as a result.
        if (silent || !success.hasValue() || success.value() instanceof DisplayHandle
                || success.value() instanceof java.io.PrintStream) {
            return;
        }
        ObjectNode result = request.newContent().put("execution_count", executionCount);
        result.set("data", bundles.data(renderers.render(success.value(), success.text())));
        result.putObject("metadata");
        request.publish("execute_result", result);
        if (storeHistory) {
            history.setOutput(executionCount, success.text() != null ? success.text() : String.valueOf(success.value()));
        }
    }

    private static void fail(Request request, ObjectNode reply, String name, String message,
                             List<String> traceback) {
        ObjectNode error = request.newContent().put("ename", name).put("evalue", message);
        traceback.forEach(error.putArray("traceback")::add);
        request.publish("error", error);
        reply.put("status", "error").setAll(error);
    }

    private ObjectNode userExpressions(Request request, JsonNode expressions) {
        ObjectNode results = request.newContent();
        Iterator<Map.Entry<String, JsonNode>> fields = expressions.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            EvalOutcome outcome = evaluator.get().evaluate("user expression", field.getValue().asText());
            ObjectNode value = results.putObject(field.getKey());
            if (outcome instanceof EvalOutcome.Success success) {
                value.put("status", "ok");
                value.set("data", bundles.data(renderers.render(success.value(), success.text())));
                value.putObject("metadata");
            } else if (outcome instanceof EvalOutcome.Failure failure) {
                value.put("status", "error").put("ename", failure.name()).put("evalue", failure.message());
                failure.traceback().forEach(value.putArray("traceback")::add);
            } else {
                value.put("status", "error").put("ename", "Interrupted").put("evalue", "");
                value.putArray("traceback");
            }
        }
        return results;
    }
}
