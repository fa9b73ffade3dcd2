package dev.atj.kernel.kernel;

import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The bytes a cell writes to System.out or System.err, sent as iopub stream messages while
 * the cell runs. Writes are batched for a few milliseconds so a tight print loop sends a
 * handful of messages, not one per line.
 */
final class StreamPublisher extends OutputStream {
    private static final long BATCH_MILLIS = 20;
    private static final int FLUSH_BYTES = 16 * 1024;
    private final String name;
    private final IoPub iopub;
    private final ExecutionScope scope;
    private final ScheduledExecutorService timer;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    private ByteBuffer pending = ByteBuffer.allocate(8192);
    private boolean flushScheduled;

    StreamPublisher(String name, IoPub iopub, ExecutionScope scope, ScheduledExecutorService timer) {
        this.name = name;
        this.iopub = iopub;
        this.scope = scope;
        this.timer = timer;
    }

    @Override
    public void write(int b) {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public synchronized void write(byte[] bytes, int offset, int length) {
        if (pending.remaining() < length) {
            ByteBuffer larger = ByteBuffer.allocate(Math.max(pending.capacity() * 2, pending.position() + length));
            pending.flip();
            larger.put(pending);
            pending = larger;
        }
        pending.put(bytes, offset, length);
        if (pending.position() >= FLUSH_BYTES) {
            publishPending();
        } else if (!flushScheduled) {
            flushScheduled = true;
            timer.schedule(this::publishPending, BATCH_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    /** A cell's own flush waits for the batch; the kernel calls {@link #publishPending} to sync. */
    @Override
    public void flush() {
    }

    /** Sends what is buffered now; called before results, errors and idle status so order holds. */
    synchronized void publishPending() {
        flushScheduled = false;
        if (pending.position() == 0) {
            return;
        }
        pending.flip();
        CharBuffer text = CharBuffer.allocate(pending.remaining() + 1);
        decoder.decode(pending, text, false);
        pending.compact();
        text.flip();
        if (text.length() > 0) {
            iopub.publish(scope.parentHeader(), "stream",
                    iopub.messages().object().put("name", name).put("text", text.toString()));
        }
    }
}
