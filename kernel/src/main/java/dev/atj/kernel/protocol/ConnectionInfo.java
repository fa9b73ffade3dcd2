package dev.atj.kernel.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;

/** The connection file Jupyter writes for a kernel: where to bind and how to sign. */
public record ConnectionInfo(
        String transport,
        String ip,
        int shellPort,
        int controlPort,
        int iopubPort,
        int stdinPort,
        int heartbeatPort,
        String signatureScheme,
        String key) {

    public static ConnectionInfo read(Path file) throws IOException {
        JsonNode json;
        try {
            json = new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new IOException("Cannot read the connection file " + file + ": " + e.getMessage(), e);
        }
        return new ConnectionInfo(
                json.path("transport").asText("tcp"),
                json.path("ip").asText("127.0.0.1"),
                requiredPort(json, "shell_port", file),
                requiredPort(json, "control_port", file),
                requiredPort(json, "iopub_port", file),
                requiredPort(json, "stdin_port", file),
                requiredPort(json, "hb_port", file),
                json.path("signature_scheme").asText("hmac-sha256"),
                json.path("key").asText(""));
    }

    private static int requiredPort(JsonNode json, String name, Path file) throws IOException {
        JsonNode port = json.get(name);
        if (port == null || !port.canConvertToInt()) {
            throw new IOException("The connection file " + file + " has no valid '" + name + "'");
        }
        return port.asInt();
    }

    public String address(int port) {
        String separator = "ipc".equals(transport) ? "-" : ":";
        return transport + "://" + ip + separator + port;
    }
}
