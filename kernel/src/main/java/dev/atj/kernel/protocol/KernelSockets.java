package dev.atj.kernel.protocol;

import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;

/** The five sockets of a kernel, bound where the connection file says. */
public final class KernelSockets implements AutoCloseable {
    private final ZContext context = new ZContext(1);
    private final Channel shell;
    private final Channel control;
    private final Channel stdin;
    private final Channel iopub;
    private final Thread heartbeat;

    public KernelSockets(ConnectionInfo info, WireCodec codec) {
        shell = new Channel("shell", bind(SocketType.ROUTER, info.address(info.shellPort())), codec);
        control = new Channel("control", bind(SocketType.ROUTER, info.address(info.controlPort())), codec);
        stdin = new Channel("stdin", bind(SocketType.ROUTER, info.address(info.stdinPort())), codec);
        iopub = new Channel("iopub", bind(SocketType.PUB, info.address(info.iopubPort())), codec);
        ZMQ.Socket hb = bind(SocketType.REP, info.address(info.heartbeatPort()));
        heartbeat = new Thread(() -> echo(hb), "atj-heartbeat");
        heartbeat.setDaemon(true);
        heartbeat.start();
    }

    private ZMQ.Socket bind(SocketType type, String address) {
        ZMQ.Socket socket = context.createSocket(type);
        socket.setLinger(1000);
        if (type == SocketType.ROUTER) {
            socket.setRouterHandover(true);
        }
        socket.bind(address);
        return socket;
    }

    /** The heartbeat socket answers every ping with the same bytes, blocking between pings. */
    private static void echo(ZMQ.Socket hb) {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                byte[] ping = hb.recv(0);
                if (ping == null) {
                    return;
                }
                hb.send(ping, 0);
            }
        } catch (org.zeromq.ZMQException | IllegalStateException closed) {
            // The context was closed at shutdown.
        }
    }

    public ZMQ.Poller poller(int size) {
        return context.createPoller(size);
    }

    public Channel shell() {
        return shell;
    }

    public Channel control() {
        return control;
    }

    public Channel stdin() {
        return stdin;
    }

    public Channel iopub() {
        return iopub;
    }

    @Override
    public void close() {
        context.close();
    }
}
