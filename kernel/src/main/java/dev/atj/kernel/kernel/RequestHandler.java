package dev.atj.kernel.kernel;

/** Handles one kind of request, such as execute_request; the reply type is derived from it. */
public interface RequestHandler {
    void handle(Request request) throws Exception;
}
