package dev.atj.kernel.kernel;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atj.kernel.protocol.MessageFactory;

/** kernel_info_request: who this kernel is and which language it speaks. */
public final class KernelInfoHandler implements RequestHandler {
    public static final String VERSION = "0.1.0";

    @Override
    public void handle(Request request) {
        ObjectNode reply = request.newContent()
                .put("status", "ok")
                .put("protocol_version", MessageFactory.PROTOCOL_VERSION)
                .put("implementation", "atj")
                .put("implementation_version", VERSION)
                .put("banner", "ATJ " + VERSION + ": Java " + Runtime.version() + " on JShell")
                .put("debugger", false);
        reply.putObject("language_info")
                .put("name", "java")
                .put("version", Runtime.version().toString())
                .put("mimetype", "text/x-java")
                .put("file_extension", ".java")
                .put("pygments_lexer", "java")
                .put("codemirror_mode", "text/x-java");
        reply.putArray("help_links").addObject()
                .put("text", "Java API")
                .put("url", "https://docs.oracle.com/en/java/javase/" + Runtime.version().feature() + "/docs/api/");
        request.reply("kernel_info_reply", reply);
    }
}
