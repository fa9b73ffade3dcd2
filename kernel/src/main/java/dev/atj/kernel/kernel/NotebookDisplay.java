package dev.atj.kernel.kernel;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atj.kernel.display.BundleJson;
import dev.atj.kernel.display.RendererRegistry;
import dev.atj.viz.DisplaySink;
import dev.atj.viz.MimeBundle;

/**
 * The display API's notebook end: display(), updates and clear_output become iopub
 * messages under the request that is running (output first, so the order holds).
 */
public final class NotebookDisplay implements DisplaySink {
    private final IoPub iopub;
    private final ExecutionScope scope;
    private final CellStreams streams;
    private final RendererRegistry renderers;
    private final BundleJson bundles;

    public NotebookDisplay(IoPub iopub, ExecutionScope scope, CellStreams streams, RendererRegistry renderers,
                           BundleJson bundles) {
        this.iopub = iopub;
        this.scope = scope;
        this.streams = streams;
        this.renderers = renderers;
        this.bundles = bundles;
    }

    @Override
    public void display(MimeBundle bundle, String displayId) {
        publish("display_data", bundle, displayId);
    }

    @Override
    public void update(MimeBundle bundle, String displayId) {
        publish("update_display_data", bundle, displayId);
    }

    @Override
    public void clearOutput(boolean wait) {
        streams.flush();
        iopub.publish(scope.parentHeader(), "clear_output", iopub.messages().object().put("wait", wait));
    }

    @Override
    public MimeBundle render(Object value) {
        return renderers.render(value, null);
    }

    private void publish(String type, MimeBundle bundle, String displayId) {
        streams.flush();
        ObjectNode content = iopub.messages().object();
        content.set("data", bundles.data(bundle));
        content.putObject("metadata");
        if (displayId != null) {
            content.putObject("transient").put("display_id", displayId);
        }
        iopub.publish(scope.parentHeader(), type, content);
    }
}
