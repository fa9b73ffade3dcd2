package dev.atj.kernel.kernel;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.atj.kernel.display.BundleJson;
import dev.atj.kernel.display.RendererRegistry;
import dev.atj.kernel.magic.MagicCellRunner;
import dev.atj.kernel.magic.MagicContext;
import dev.atj.kernel.magic.MagicRegistry;
import dev.atj.kernel.protocol.Channel;
import dev.atj.viz.Display;
import java.util.List;

/**
 * What runs cells, wired once for both front ends: JShell with the library and its imports,
 * captured streams, the display API, renderers, magics, history and the execute handler. The
 * kernel serves it over sockets; {@code atj run} drives the same handler in process.
 */
public final class Engine {
    private final EvaluatorStartup evaluator;
    private final ExecutionScope scope = new ExecutionScope();
    private final Interrupts interrupts;
    private final CellStreams streams;
    private final History history = new History();
    private final RendererRegistry renderers;
    private final BundleJson bundles;
    private final MagicCellRunner magicCells;
    private final MagicContext magicContext;

    /**
     * Starts JShell in the background and points System.out/err and the display API at
     * {@code iopub}. {@code stdin} is the front end's stdin socket, or null where no one can
     * answer input requests.
     */
    public Engine(IoPub iopub, Channel stdin, List<String> snippetClasspath, List<String> startupSnippets,
                  Runnable protocolWarmUp) {
        ObjectMapper json = iopub.messages().json();
        evaluator = new EvaluatorStartup(snippetClasspath, startupSnippets, protocolWarmUp);
        interrupts = new Interrupts(evaluator);
        streams = stdin == null ? new CellStreams(iopub, scope) : new CellStreams(iopub, stdin, scope);
        renderers = new RendererRegistry(() -> evaluator.get().snippetClassLoader());
        bundles = new BundleJson(json);
        NotebookDisplay display = new NotebookDisplay(iopub, scope, streams, renderers, bundles);
        Display.install(display);
        MagicRegistry magics = MagicRegistry.builtIn();
        magicCells = new MagicCellRunner(magics);
        magicContext = new SessionMagics(evaluator, renderers, display, magics, magicCells);
    }

    /** The execute_request handler; {@code abortWaitingExecutions} runs after a failed cell with stop_on_error. */
    public ExecuteHandler executeHandler(Runnable abortWaitingExecutions) {
        return new ExecuteHandler(evaluator, scope, streams, history, abortWaitingExecutions, interrupts,
                renderers, bundles, magicCells, magicContext);
    }

    public EvaluatorStartup evaluator() {
        return evaluator;
    }

    public ExecutionScope scope() {
        return scope;
    }

    public Interrupts interrupts() {
        return interrupts;
    }

    public History history() {
        return history;
    }

    /** Sends output still buffered, so that it is recorded before what comes next. */
    public void flushOutput() {
        streams.flush();
    }
}
