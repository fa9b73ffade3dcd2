package dev.atj.kernel.display;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atj.viz.MimeBundle;
import java.util.Base64;

/** A MIME bundle as the "data" object of a Jupyter message: binary as base64, JSON as JSON. */
public final class BundleJson {
    private final ObjectMapper json;

    public BundleJson(ObjectMapper json) {
        this.json = json;
    }

    public ObjectNode data(MimeBundle bundle) {
        ObjectNode data = json.createObjectNode();
        bundle.data().forEach((type, content) -> {
            if (content instanceof byte[] bytes) {
                data.put(type, Base64.getEncoder().encodeToString(bytes));
            } else if (type.equals("application/json") || type.endsWith("+json")) {
                data.set(type, parse(String.valueOf(content)));
            } else {
                data.put(type, String.valueOf(content));
            }
        });
        return data;
    }

    private com.fasterxml.jackson.databind.JsonNode parse(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            return json.getNodeFactory().textNode(text);
        }
    }
}
