package dev.atj.kernel.protocol;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.zeromq.ZMQ;

/**
 * One ZeroMQ socket speaking the wire protocol. Sends are serialised with a lock because
 * iopub and stdin are written from several threads (cell output, control, shell).
 */
public final class Channel implements MessageSink {
    private static final Logger LOG = Logger.getLogger(Channel.class.getName());
    private final String name;
    private final ZMQ.Socket socket;
    private final WireCodec codec;
    private final Object sendLock = new Object();

    public Channel(String name, ZMQ.Socket socket, WireCodec codec) {
        this.name = name;
        this.socket = socket;
        this.codec = codec;
    }

    public ZMQ.Socket socket() {
        return socket;
    }

    @Override
    public void send(Message message) {
        List<byte[]> frames = codec.encode(message);
        synchronized (sendLock) {
            for (int i = 0; i < frames.size(); i++) {
                socket.send(frames.get(i), i < frames.size() - 1 ? ZMQ.SNDMORE : 0);
            }
        }
    }

    /**
     * Reads the waiting multipart message. Returns null for one that breaks the protocol
     * (bad signature, bad JSON): it is logged and dropped so that the kernel keeps serving.
     */
    public Message receive() {
        List<byte[]> frames = new ArrayList<>();
        do {
            byte[] frame = socket.recv(0);
            if (frame == null) {
                return null;
            }
            frames.add(frame);
        } while (socket.hasReceiveMore());
        try {
            return codec.decode(frames);
        } catch (InvalidMessageException e) {
            LOG.log(Level.WARNING, "Dropped a message on {0}: {1}", new Object[] {name, e.getMessage()});
            return null;
        }
    }
}
