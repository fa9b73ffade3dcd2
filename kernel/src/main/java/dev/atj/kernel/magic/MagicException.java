package dev.atj.kernel.magic;

/** A magic that could not do its job; the message is shown to the user as is. */
public class MagicException extends Exception {
    public MagicException(String message) {
        super(message);
    }

    public MagicException(String message, Throwable cause) {
        super(message, cause);
    }
}
