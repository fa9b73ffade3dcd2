package dev.atj.kernel.kernel;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.atj.kernel.protocol.ConnectionInfo;
import dev.atj.kernel.protocol.KernelSockets;
import dev.atj.kernel.protocol.MessageFactory;
import dev.atj.kernel.protocol.Signer;
import dev.atj.kernel.protocol.WireCodec;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/** Wires sockets, handlers and JShell together and serves until a shutdown request. */
public final class Kernel {
    private final KernelSockets sockets;
    private final EvaluatorStartup evaluator;
    private final Interrupts interrupts;
    private final Dispatcher shell;
    private final Dispatcher control;
    private final CountDownLatch shutdownRequested = new CountDownLatch(1);

    public Kernel(ConnectionInfo info, List<String> snippetClasspath, List<String> startupSnippets) {
        ObjectMapper json = new ObjectMapper();
        MessageFactory messages = new MessageFactory(json);
        WireCodec codec = new WireCodec(json, Signer.of(info.signatureScheme(), info.key()));
        sockets = new KernelSockets(info, codec);
        IoPub iopub = new IoPub(sockets.iopub(), messages);
        Engine engine = new Engine(iopub, sockets.stdin(), snippetClasspath, startupSnippets,
                () -> codec.warmUp(messages));
        evaluator = engine.evaluator();
        interrupts = engine.interrupts();
        ExecutionScope scope = engine.scope();
        History history = engine.history();
        Comms comms = new Comms(iopub, scope);
        RequestHandler kernelInfo = new KernelInfoHandler();
        RequestHandler shutdown = new ShutdownHandler(shutdownRequested::countDown);

        shell = new Dispatcher("shell", sockets.shell(), sockets.poller(1), iopub);
        shell.on("kernel_info_request", kernelInfo)
                .on("execute_request", engine.executeHandler(this::abortWaitingExecutions))
                .on("complete_request", new CompleteHandler(evaluator))
                .on("inspect_request", new InspectHandler(evaluator))
                .on("is_complete_request", new IsCompleteHandler(evaluator))
                .on("history_request", new HistoryHandler(history))
                .on("comm_info_request", comms::handleInfo)
                .on("comm_open", comms::handleOpen)
                .on("comm_msg", comms::handleMessage)
                .on("comm_close", comms::handleClose)
                .on("shutdown_request", shutdown);

        control = new Dispatcher("control", sockets.control(), sockets.poller(1), iopub);
        control.on("kernel_info_request", kernelInfo)
                .on("interrupt_request", new InterruptHandler(interrupts))
                .on("shutdown_request", shutdown);

        iopub.status(messages.object(), "starting");
    }

    /** Serves requests until shutdown_request, then closes the sockets. */
    public void serve() throws InterruptedException {
        Thread controlThread = new Thread(control, "atj-control");
        Thread shellThread = new Thread(shell, "atj-shell");
        controlThread.setDaemon(true);
        shellThread.setDaemon(true);
        controlThread.start();
        shellThread.start();
        shutdownRequested.await();
        shell.stop();
        control.stop();
        interrupts.interrupt(java.time.Instant.now());
        sockets.close();
    }

    private void abortWaitingExecutions() {
        shell.abortWaitingExecutions();
    }

    /** For SIGINT: the same as an interrupt_request. */
    public void interruptRunningCell() {
        interrupts.interrupt(java.time.Instant.now());
    }
}
