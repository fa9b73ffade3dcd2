package dev.atj.kernel.kernel;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atj.kernel.eval.CodeAnalysis;

/** is_complete_request: lets a console decide whether Enter runs the code or opens a new line. */
public final class IsCompleteHandler implements RequestHandler {
    private final EvaluatorStartup evaluator;

    public IsCompleteHandler(EvaluatorStartup evaluator) {
        this.evaluator = evaluator;
    }

    @Override
    public void handle(Request request) {
        String code = request.content().path("code").asText("");
        CodeAnalysis.Readiness readiness = evaluator.get().analysis().readiness(code);
        ObjectNode reply = request.newContent().put("status", readiness.status());
        if (readiness.status().equals("incomplete")) {
            reply.put("indent", readiness.indent());
        }
        request.reply("is_complete_reply", reply);
    }
}
