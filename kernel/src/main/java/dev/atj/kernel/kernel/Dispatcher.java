package dev.atj.kernel.kernel;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atj.kernel.protocol.Channel;
import dev.atj.kernel.protocol.Message;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.zeromq.ZMQ;

/**
 * Serves one ROUTER socket: blocks on a poller, wraps every request in busy/idle status and
 * hands it to the handler registered for its type. A handler that fails gets logged and an
 * error reply sent, and the loop goes on.
 */
public final class Dispatcher implements Runnable {
    private static final Logger LOG = Logger.getLogger(Dispatcher.class.getName());
    private final String name;
    private final Channel channel;
    private final ZMQ.Poller poller;
    private final IoPub iopub;
    private final Map<String, RequestHandler> handlers = new HashMap<>();
    private volatile boolean running = true;

    public Dispatcher(String name, Channel channel, ZMQ.Poller poller, IoPub iopub) {
        this.name = name;
        this.channel = channel;
        this.poller = poller;
        this.iopub = iopub;
        poller.register(channel.socket(), ZMQ.Poller.POLLIN);
    }

    public Dispatcher on(String requestType, RequestHandler handler) {
        handlers.put(requestType, handler);
        return this;
    }

    @Override
    public void run() {
        try {
            while (running && !Thread.currentThread().isInterrupted()) {
                if (poller.poll(-1) > 0 && poller.pollin(0)) {
                    receiveAndDispatch();
                }
            }
        } catch (org.zeromq.ZMQException | IllegalStateException e) {
            if (running) {
                LOG.log(Level.SEVERE, "The " + name + " loop stopped", e);
            }
        }
    }

    public void stop() {
        running = false;
    }

    private void receiveAndDispatch() {
        Message message = channel.receive();
        if (message != null) {
            dispatch(message);
        }
    }

    void dispatch(Message message) {
        iopub.status(message.header(), "busy");
        try {
            RequestHandler handler = handlers.get(message.type());
            if (handler == null) {
                LOG.log(Level.WARNING, "Ignored unknown message type ''{0}'' on {1}", new Object[] {message.type(), name});
            } else {
                handler.handle(new Request(message, channel, iopub));
            }
        } catch (Exception | StackOverflowError | OutOfMemoryError e) {
            LOG.log(Level.SEVERE, "Handling " + message.type() + " failed", e);
            replyWithError(message, e);
        } finally {
            iopub.status(message.header(), "idle");
        }
    }

    private void replyWithError(Message message, Throwable e) {
        String type = message.type();
        if (!type.endsWith("_request")) {
            return;
        }
        ObjectNode content = iopub.messages().object()
                .put("status", "error")
                .put("ename", e.getClass().getSimpleName())
                .put("evalue", String.valueOf(e.getMessage()));
        content.putArray("traceback").add("The kernel could not handle " + type + ": " + e);
        channel.send(iopub.messages().child(message, type.replace("_request", "_reply"), content));
    }

    /**
     * After a failed cell with stop_on_error, answers every execute_request already waiting
     * with status "aborted"; other waiting requests are served as usual.
     */
    public void abortWaitingExecutions() {
        while (poller.poll(0) > 0 && poller.pollin(0)) {
            Message message = channel.receive();
            if (message == null) {
                continue;
            }
            if (!message.type().equals("execute_request")) {
                dispatch(message);
                continue;
            }
            iopub.status(message.header(), "busy");
            channel.send(iopub.messages().child(message, "execute_reply",
                    iopub.messages().object().put("status", "aborted")));
            iopub.status(message.header(), "idle");
        }
    }
}
