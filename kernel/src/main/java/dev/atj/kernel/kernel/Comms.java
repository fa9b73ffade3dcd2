package dev.atj.kernel.kernel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The comm registry: kernel code registers targets the front end can open, or opens comms
 * itself; comm_open, comm_msg, comm_close and comm_info requests are served from here.
 */
public final class Comms {
    /** Called when the front end opens a comm to a registered target. */
    @FunctionalInterface
    public interface Target {
        void opened(Comm comm, JsonNode data);
    }

    private final IoPub iopub;
    private final ExecutionScope scope;
    private final Map<String, Target> targets = new ConcurrentHashMap<>();
    private final Map<String, Comm> open = new ConcurrentHashMap<>();

    public Comms(IoPub iopub, ExecutionScope scope) {
        this.iopub = iopub;
        this.scope = scope;
    }

    public void registerTarget(String name, Target target) {
        targets.put(name, target);
    }

    public void unregisterTarget(String name) {
        targets.remove(name);
    }

    /** Opens a comm from the kernel side to a target the front end registered. */
    public Comm open(String targetName, JsonNode data) {
        Comm comm = new Comm(UUID.randomUUID().toString(), targetName, iopub, scope, this);
        open.put(comm.id(), comm);
        ObjectNode content = comm.content(data).put("target_name", targetName);
        iopub.publish(scope.parentHeader(), "comm_open", content);
        return comm;
    }

    boolean forget(String id) {
        return open.remove(id) != null;
    }

    /** comm_open from the front end: unknown targets get the comm closed straight away. */
    void handleOpen(Request request) {
        String id = request.content().path("comm_id").asText();
        String targetName = request.content().path("target_name").asText();
        Target target = targets.get(targetName);
        if (target == null) {
            request.publish("comm_close", request.newContent().put("comm_id", id));
            return;
        }
        Comm comm = new Comm(id, targetName, iopub, scope, this);
        open.put(id, comm);
        target.opened(comm, request.content().path("data"));
    }

    void handleMessage(Request request) {
        Comm comm = open.get(request.content().path("comm_id").asText());
        if (comm != null) {
            comm.received(request.content().path("data"));
        }
    }

    void handleClose(Request request) {
        Comm comm = open.remove(request.content().path("comm_id").asText());
        if (comm != null) {
            comm.closedByFrontEnd(request.content().path("data"));
        }
    }

    void handleInfo(Request request) {
        String wanted = request.content().path("target_name").asText("");
        ObjectNode reply = request.newContent().put("status", "ok");
        ObjectNode comms = reply.putObject("comms");
        open.values().stream()
                .filter(comm -> wanted.isEmpty() || comm.targetName().equals(wanted))
                .forEach(comm -> comms.putObject(comm.id()).put("target_name", comm.targetName()));
        request.reply("comm_info_reply", reply);
    }
}
