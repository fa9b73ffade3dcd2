package dev.atj.crypto;

/**
 * A cryptographic operation failed: a wrong key, a tampered message or signature, a malformed key
 * file. The message says what failed and what to do; nothing partial is returned or written.
 */
public class CryptoException extends RuntimeException {
    /**
     * Creates the exception.
     *
     * @param message what failed and what to do about it
     */
    public CryptoException(String message) {
        super(message);
    }

    /**
     * Creates the exception with its underlying cause.
     *
     * @param message what failed and what to do about it
     * @param cause the lower-level failure
     */
    public CryptoException(String message, Throwable cause) {
        super(message, cause);
    }
}
