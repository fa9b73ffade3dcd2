package dev.atj.kernel.kernel;

/** interrupt_request on the control channel: stops the running cell. */
public final class InterruptHandler implements RequestHandler {
    private final Interrupts interrupts;

    public InterruptHandler(Interrupts interrupts) {
        this.interrupts = interrupts;
    }

    @Override
    public void handle(Request request) {
        interrupts.interrupt(Interrupts.sentAt(request.message().header()));
        request.reply("interrupt_reply", request.newContent().put("status", "ok"));
    }
}
