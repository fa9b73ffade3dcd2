package dev.atj.kernel.kernel;

import dev.atj.kernel.protocol.Channel;
import dev.atj.kernel.protocol.Message;
import dev.atj.kernel.protocol.MessageFactory;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;

/**
 * System.in for cells: each time a cell needs more bytes, the front end is asked for a line
 * with an input_request on the stdin socket.
 */
final class CellInput extends InputStream {
    private static final int WAKE_MILLIS = 100;
    private final Channel stdin;
    private final MessageFactory messages;
    private final ExecutionScope scope;
    private final Runnable flushOutput;
    private byte[] line = new byte[0];
    private int position;

    CellInput(Channel stdin, MessageFactory messages, ExecutionScope scope, Runnable flushOutput) {
        this.stdin = stdin;
        this.messages = messages;
        this.scope = scope;
        this.flushOutput = flushOutput;
        stdin.socket().setReceiveTimeOut(WAKE_MILLIS);
    }

    @Override
    public synchronized int read() throws InterruptedIOException {
        if (position >= line.length) {
            line = (requestLine() + "\n").getBytes(StandardCharsets.UTF_8);
            position = 0;
        }
        return line[position++] & 0xff;
    }

    @Override
    public synchronized int read(byte[] buffer, int offset, int length) throws InterruptedIOException {
        if (length == 0) {
            return 0;
        }
        int first = read();
        buffer[offset] = (byte) first;
        int count = 1;
        while (count < length && position < line.length) {
            buffer[offset + count++] = line[position++];
        }
        return count;
    }

    @Override
    public synchronized int available() {
        return line.length - position;
    }

    private String requestLine() throws InterruptedIOException {
        Message request = scope.request();
        if (request == null || !scope.allowStdin()) {
            throw new IllegalStateException("System.in is not available: this front end does not accept"
                    + " input requests (allow_stdin is false). Put the input in the code instead,"
                    + " e.g. new Scanner(\"42\").");
        }
        flushOutput.run();
        stdin.send(messages.child(request, "input_request",
                messages.object().put("prompt", "").put("password", false)));
        return awaitReply();
    }

    /** Waits for input_reply, waking now and then so that an interrupt can end the wait. */
    private String awaitReply() throws InterruptedIOException {
        while (true) {
            if (Thread.interrupted()) {
                throw new InterruptedIOException("interrupted while waiting for input");
            }
            Message reply = stdin.receive();
            if (reply != null && reply.type().equals("input_reply")) {
                return reply.content().path("value").asText("");
            }
        }
    }
}
