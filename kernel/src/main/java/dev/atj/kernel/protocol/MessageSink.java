package dev.atj.kernel.protocol;

/** Where outgoing messages go: a ZeroMQ socket for Jupyter, a recorder for {@code atj run}. */
@FunctionalInterface
public interface MessageSink {
    void send(Message message);
}
