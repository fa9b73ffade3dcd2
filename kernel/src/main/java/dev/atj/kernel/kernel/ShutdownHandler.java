package dev.atj.kernel.kernel;

/** shutdown_request: replies, then ends the kernel; with restart the client starts a new one. */
public final class ShutdownHandler implements RequestHandler {
    private final Runnable shutdown;

    public ShutdownHandler(Runnable shutdown) {
        this.shutdown = shutdown;
    }

    @Override
    public void handle(Request request) {
        boolean restart = request.content().path("restart").asBoolean(false);
        request.reply("shutdown_reply", request.newContent().put("status", "ok").put("restart", restart));
        shutdown.run();
    }
}
