package dev.atj.kernel.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.atj.kernel.eval.JShellEvaluator;
import dev.atj.kernel.protocol.InvalidMessageException;
import dev.atj.kernel.protocol.Message;
import dev.atj.kernel.protocol.MessageFactory;
import dev.atj.kernel.protocol.Signer;
import dev.atj.kernel.protocol.WireCodec;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;

/**
 * {@code atj train}: does what a kernel does in its first seconds (bind sockets, sign and
 * parse messages, start JShell, compile and run cells, complete) so that a JVM started with
 * {@code -XX:ArchiveClassesAtExit} records those classes in a class data sharing archive.
 * Kernels started with that archive skip most class loading and verification.
 */
final class TrainingRun {
    private TrainingRun() {
    }

    static int run() throws InvalidMessageException {
        exerciseProtocol();
        SnippetClasspath classpath = SnippetClasspath.fromSystemProperty();
        try (JShellEvaluator evaluator = JShellEvaluator.start(classpath.entries(), classpath.startupSnippets())) {
            evaluator.evaluate("training", "int i = 0;\nString s = \"x\" + (1 + i);\ns.length()");
            evaluator.evaluate("training", "void f() { throw new IllegalStateException(); }\nf();");
            evaluator.evaluate("training", "undefinedName + 1");
            evaluator.analysis().complete("Math.ma", 7);
            evaluator.analysis().documentation("Math.max(", 9);
            evaluator.analysis().readiness("for (;;) {");
        }
        return 0;
    }

    private static void exerciseProtocol() throws InvalidMessageException {
        ObjectMapper json = new ObjectMapper();
        MessageFactory messages = new MessageFactory(json);
        WireCodec codec = new WireCodec(json, Signer.of("hmac-sha256", "training"));
        Message message = messages.orphan("kernel_info_request", messages.object().put("code", "1"));
        codec.decode(codec.encode(message));
        try (ZContext context = new ZContext(1)) {
            ZMQ.Socket router = context.createSocket(SocketType.ROUTER);
            router.bind("tcp://127.0.0.1:*");
            ZMQ.Poller poller = context.createPoller(1);
            poller.register(router, ZMQ.Poller.POLLIN);
            poller.poll(1);
        }
    }
}
