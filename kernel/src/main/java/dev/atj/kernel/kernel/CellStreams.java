package dev.atj.kernel.kernel;

import dev.atj.kernel.protocol.Channel;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ScheduledThreadPoolExecutor;

/**
 * Points System.out, System.err and System.in at the front end, once, when the kernel
 * starts. Every thread's output then reaches iopub without per-request swapping.
 */
public final class CellStreams {
    private final StreamPublisher out;
    private final StreamPublisher err;

    /** Streams for Jupyter: System.in asks the front end for each line on the stdin socket. */
    public CellStreams(IoPub iopub, Channel stdin, ExecutionScope scope) {
        this(iopub, scope);
        System.setIn(new CellInput(stdin, iopub.messages(), scope, this::flush));
    }

    /** Streams for a front end no one types into ({@code atj run}): reading System.in fails, saying why. */
    public CellStreams(IoPub iopub, ExecutionScope scope) {
        // The flush thread is started now, in the kernel's thread group. Started lazily, it would
        // be created by the first cell that prints, inside that cell's thread group, and JShell
        // (JDK 17) waits for every thread of that group to end before the cell is done: a hang.
        ThreadGroup kernelThreads = Thread.currentThread().getThreadGroup();
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, r -> {
            Thread thread = new Thread(kernelThreads, r, "atj-output-flush");
            thread.setDaemon(true);
            return thread;
        });
        timer.prestartCoreThread();
        out = new StreamPublisher("stdout", iopub, scope, timer);
        err = new StreamPublisher("stderr", iopub, scope, timer);
        System.setOut(new PrintStream(out, false, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, false, StandardCharsets.UTF_8));
        System.setIn(new NoCellInput());
    }

    /** Sends any buffered output now, so it arrives before what the kernel sends next. */
    public void flush() {
        out.publishPending();
        err.publishPending();
    }
}
