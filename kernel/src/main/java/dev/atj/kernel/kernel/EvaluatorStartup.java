package dev.atj.kernel.kernel;

import dev.atj.kernel.eval.JShellEvaluator;
import dev.atj.kernel.eval.JitWarmUp;
import dev.atj.kernel.eval.StopSignal;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * Starts JShell on its own thread as the kernel comes up, so the first kernel_info reply
 * does not wait for the compiler to warm up; requests that need JShell wait for it here.
 */
public final class EvaluatorStartup {
    private final CompletableFuture<JShellEvaluator> evaluator = new CompletableFuture<>();
    private final JitWarmUp warmUp = new JitWarmUp();

    /** Starts JShell, then warms the JIT up ({@code protocolWarmUp} first) until a request needs JShell. */
    public EvaluatorStartup(List<String> classpath, List<String> startupSnippets, Runnable protocolWarmUp) {
        Thread starter = new Thread(() -> {
            try {
                evaluator.complete(JShellEvaluator.start(classpath, startupSnippets));
            } catch (RuntimeException | Error e) {
                evaluator.completeExceptionally(e);
                return;
            }
            warmUp.run(protocolWarmUp);
        }, "atj-jshell-start");
        starter.setDaemon(true);
        starter.start();
    }

    public JShellEvaluator get() {
        warmUp.stop();
        try {
            return evaluator.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while JShell was starting", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("JShell failed to start: " + e.getCause().getMessage(), e.getCause());
        }
    }

    /** Stops the running cell, or the next snippet if JShell is still starting. */
    public void stopRunningCell() {
        JShellEvaluator ready = evaluator.getNow(null);
        if (ready != null) {
            ready.stop();
        } else {
            StopSignal.request();
        }
    }

    public void close() {
        JShellEvaluator ready = evaluator.getNow(null);
        if (ready != null) {
            ready.close();
        }
    }
}
