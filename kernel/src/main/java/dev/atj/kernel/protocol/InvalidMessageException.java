package dev.atj.kernel.protocol;

/** A multipart message that does not follow the wire protocol: it is dropped, never answered. */
public class InvalidMessageException extends Exception {
    public InvalidMessageException(String message) {
        super(message);
    }
}
