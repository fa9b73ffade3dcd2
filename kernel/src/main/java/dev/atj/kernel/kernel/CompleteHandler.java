package dev.atj.kernel.kernel;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atj.kernel.eval.CodeAnalysis;

/** complete_request: JShell's completion candidates for the text before the cursor. */
public final class CompleteHandler implements RequestHandler {
    private final EvaluatorStartup evaluator;

    public CompleteHandler(EvaluatorStartup evaluator) {
        this.evaluator = evaluator;
    }

    @Override
    public void handle(Request request) {
        String code = request.content().path("code").asText("");
        int cursor = CodePoints.toCharIndex(code, request.content().path("cursor_pos").asInt(code.length()));
        CodeAnalysis.Completion completion = evaluator.get().analysis().complete(code, cursor);
        ObjectNode reply = request.newContent()
                .put("status", "ok")
                .put("cursor_start", CodePoints.toCodePoint(code, completion.start()))
                .put("cursor_end", CodePoints.toCodePoint(code, completion.end()));
        completion.matches().forEach(reply.putArray("matches")::add);
        reply.putObject("metadata");
        request.reply("complete_reply", reply);
    }
}
