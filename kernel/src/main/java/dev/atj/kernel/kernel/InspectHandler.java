package dev.atj.kernel.kernel;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** inspect_request (Shift-Tab): signature and Javadoc of what the cursor is on. */
public final class InspectHandler implements RequestHandler {
    private final EvaluatorStartup evaluator;

    public InspectHandler(EvaluatorStartup evaluator) {
        this.evaluator = evaluator;
    }

    @Override
    public void handle(Request request) {
        String code = request.content().path("code").asText("");
        int cursor = CodePoints.toCharIndex(code, request.content().path("cursor_pos").asInt(code.length()));
        String documentation = evaluator.get().analysis().documentation(code, cursor);
        ObjectNode reply = request.newContent().put("status", "ok").put("found", !documentation.isEmpty());
        ObjectNode data = reply.putObject("data");
        if (!documentation.isEmpty()) {
            data.put("text/plain", documentation);
        }
        reply.putObject("metadata");
        request.reply("inspect_reply", reply);
    }
}
