package dev.atj.kernel.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atj.kernel.protocol.Channel;
import dev.atj.kernel.protocol.InvalidMessageException;
import dev.atj.kernel.protocol.Message;
import dev.atj.kernel.protocol.MessageFactory;
import dev.atj.kernel.protocol.Signer;
import dev.atj.kernel.protocol.WireCodec;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;

/** Comms over a real PUB socket, read back by a real subscriber. */
class CommsTest {
    private final ObjectMapper json = new ObjectMapper();
    private final MessageFactory messages = new MessageFactory(json);
    private final WireCodec codec = new WireCodec(json, Signer.of("hmac-sha256", "k"));
    private final ZContext context = new ZContext(1);
    private final ZMQ.Socket subscriber = context.createSocket(SocketType.SUB);
    private final IoPub iopub;
    private final Comms comms;

    CommsTest() throws InterruptedException {
        ZMQ.Socket publisher = context.createSocket(SocketType.PUB);
        int port = publisher.bindToRandomPort("tcp://127.0.0.1");
        subscriber.connect("tcp://127.0.0.1:" + port);
        subscriber.subscribe(new byte[0]);
        subscriber.setReceiveTimeOut(5000);
        Thread.sleep(200); // a new subscription needs a moment before PUB delivers to it
        iopub = new IoPub(new Channel("iopub", publisher, codec), messages);
        comms = new Comms(iopub, new ExecutionScope());
    }

    @AfterEach
    void close() {
        context.close();
    }

    private Request request(String type, ObjectNode content) {
        Message message = new Message(List.of(), messages.object().put("msg_type", type).put("msg_id", type),
                messages.object(), messages.object(), content, List.of());
        return new Request(message, null, iopub);
    }

    private Message published() throws InvalidMessageException {
        List<byte[]> frames = new ArrayList<>();
        do {
            byte[] frame = subscriber.recv(0);
            assertTrue(frame != null, "nothing published");
            frames.add(frame);
        } while (subscriber.hasReceiveMore());
        return codec.decode(frames);
    }

    @Test
    void aRegisteredTargetGetsTheCommAndCanAnswerOnIt() throws Exception {
        List<JsonNode> received = new ArrayList<>();
        comms.registerTarget("echo", (comm, data) -> {
            received.add(data);
            comm.onMessage(comm::send);
        });
        ObjectNode open = messages.object().put("comm_id", "c1").put("target_name", "echo");
        open.putObject("data").put("hello", 1);
        comms.handleOpen(request("comm_open", open));
        assertEquals(1, received.get(0).path("hello").asInt());

        ObjectNode msg = messages.object().put("comm_id", "c1");
        msg.putObject("data").put("ping", "pong");
        comms.handleMessage(request("comm_msg", msg));
        Message echoed = published();
        assertEquals("comm_msg", echoed.type());
        assertEquals("c1", echoed.content().path("comm_id").asText());
        assertEquals("pong", echoed.content().path("data").path("ping").asText());
    }

    @Test
    void anUnknownTargetIsClosedStraightAway() throws Exception {
        comms.handleOpen(request("comm_open", messages.object().put("comm_id", "c2").put("target_name", "nobody")));
        Message closed = published();
        assertEquals("comm_close", closed.type());
        assertEquals("c2", closed.content().path("comm_id").asText());
    }

    @Test
    void theKernelCanOpenACommAndCloseIt() throws Exception {
        Comm comm = comms.open("front.end.target", messages.object().put("x", 1));
        Message opened = published();
        assertEquals("comm_open", opened.type());
        assertEquals("front.end.target", opened.content().path("target_name").asText());
        assertEquals(comm.id(), opened.content().path("comm_id").asText());
        comm.close(null);
        assertEquals("comm_close", published().type());
    }
}
