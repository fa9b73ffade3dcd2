package dev.atj.kernel.display;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Turns a cell's value into a MIME bundle. For now: the text JShell shows for it. */
public final class Renderer {
    private final ObjectMapper json;

    public Renderer(ObjectMapper json) {
        this.json = json;
    }

    public ObjectNode render(Object value, String jshellText) {
        ObjectNode bundle = json.createObjectNode();
        bundle.put("text/plain", jshellText != null ? jshellText : String.valueOf(value));
        return bundle;
    }
}
