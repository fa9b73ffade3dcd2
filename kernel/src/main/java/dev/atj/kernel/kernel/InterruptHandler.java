package dev.atj.kernel.kernel;

/** interrupt_request on the control channel: stops the running cell. */
public final class InterruptHandler implements RequestHandler {
    private final EvaluatorStartup evaluator;

    public InterruptHandler(EvaluatorStartup evaluator) {
        this.evaluator = evaluator;
    }

    @Override
    public void handle(Request request) {
        evaluator.stopRunningCell();
        request.reply("interrupt_reply", request.newContent().put("status", "ok"));
    }
}
