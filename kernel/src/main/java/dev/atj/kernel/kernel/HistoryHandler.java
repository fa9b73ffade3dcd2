package dev.atj.kernel.kernel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** history_request: tail, range or search over this session's cells. */
public final class HistoryHandler implements RequestHandler {
    private final History history;

    public HistoryHandler(History history) {
        this.history = history;
    }

    @Override
    public void handle(Request request) {
        JsonNode content = request.content();
        boolean withOutput = content.path("output").asBoolean(false);
        List<History.Entry> entries = switch (content.path("hist_access_type").asText("tail")) {
            case "range" -> history.range(content.path("session").asInt(0),
                    content.path("start").asInt(1), content.path("stop").asInt(0));
            case "search" -> history.search(content.path("pattern").asText("*"),
                    content.path("n").asInt(0), content.path("unique").asBoolean(false));
            default -> history.tail(content.path("n").asInt(10));
        };
        ObjectNode reply = request.newContent().put("status", "ok");
        ArrayNode list = reply.putArray("history");
        for (History.Entry entry : entries) {
            ArrayNode row = list.addArray().add(entry.session()).add(entry.line());
            if (withOutput) {
                row.addArray().add(entry.input()).add(entry.output());
            } else {
                row.add(entry.input());
            }
        }
        request.reply("history_reply", reply);
    }
}
