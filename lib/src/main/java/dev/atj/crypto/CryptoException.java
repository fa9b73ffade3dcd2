package dev.atj.crypto;

/**
 * A cryptographic operation could not be done: a wrong key or password, data that was changed
 * or cut short, a format this library does not read, or a primitive the Java runtime lacks.
 * The message says what failed and what to check. When decryption fails, no plaintext is
 * returned and no output file is written.
 */
public class CryptoException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * A failure described in plain words.
     *
     * @param message what failed and what to check
     */
    public CryptoException(String message) {
        super(message);
    }

    /**
     * A failure described in plain words, with the lower-level exception that caused it.
     *
     * @param message what failed and what to check
     * @param cause the exception from the underlying library or file system
     */
    public CryptoException(String message, Throwable cause) {
        super(message, cause);
    }
}
