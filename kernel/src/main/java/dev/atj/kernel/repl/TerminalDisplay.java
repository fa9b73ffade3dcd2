package dev.atj.kernel.repl;

import dev.atj.kernel.display.RendererRegistry;
import dev.atj.viz.DisplaySink;
import dev.atj.viz.MimeBundle;

/**
 * The display API's terminal end: {@code display(...)} and updates print at once (text, or the
 * path of a saved picture); a terminal has no output area to clear.
 */
final class TerminalDisplay implements DisplaySink {
    private final BundleWriter output;
    private final RendererRegistry renderers;

    TerminalDisplay(BundleWriter output, RendererRegistry renderers) {
        this.output = output;
        this.renderers = renderers;
    }

    @Override
    public void display(MimeBundle bundle, String displayId) {
        output.write(bundle);
    }

    @Override
    public void update(MimeBundle bundle, String displayId) {
        output.write(bundle);
    }

    @Override
    public void clearOutput(boolean wait) {
        // Output already printed stays in the terminal's scrollback; there is nothing to clear.
    }

    @Override
    public MimeBundle render(Object value) {
        return renderers.render(value, null);
    }
}
