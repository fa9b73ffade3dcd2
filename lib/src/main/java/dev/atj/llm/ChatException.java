package dev.atj.llm;

/**
 * A chat request failed. The message says what went wrong in plain words and what to try; it
 * includes the server's own {@code error.message} when the server sent one.
 */
public final class ChatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The HTTP status, or 0 when no HTTP answer came (timeout, no connection, bad JSON). */
    private final int status;

    ChatException(int status, String message, Throwable cause) {
        super(message, cause);
        this.status = status;
    }

    /**
     * The HTTP status code the server answered with.
     *
     * @return the status (such as 401, 404, 429, 500), or 0 when there was no HTTP error
     *         status: a timeout, a refused connection or an answer that could not be read
     */
    public int status() {
        return status;
    }
}
