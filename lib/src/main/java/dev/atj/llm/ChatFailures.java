package dev.atj.llm;

import java.net.ConnectException;
import java.net.http.HttpHeaders;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Optional;

/** Turns HTTP error statuses and transport failures into {@link ChatException}s. */
final class ChatFailures {
    private ChatFailures() {
    }

    /** An exception for an HTTP answer whose status is not 2xx. */
    static ChatException forStatus(int status, HttpHeaders headers, String body, String url,
            String model) {
        String server = ChatJson.errorMessage(body);
        String said = server == null ? "" : " The server said: " + server;
        String what;
        if (status == 401 || status == 403) {
            what = "the server refused the API key (HTTP " + status + " from " + url
                    + "): set OPENAI_API_KEY to a valid key.";
        } else if (status == 404) {
            what = "HTTP 404 from " + url + ": the model '" + model
                    + "' is unknown there, or the base URL is wrong (check OPENAI_BASE_URL; it"
                    + " usually ends in /v1).";
        } else if (status == 429) {
            what = "rate limited (HTTP 429 from " + url + "): " + retryAdvice(headers);
        } else if (status >= 500) {
            what = "the server had an internal problem (HTTP " + status + " from " + url
                    + "): try again later; this client does not retry by itself.";
        } else {
            what = "the server rejected the request (HTTP " + status + " from " + url + ").";
        }
        return new ChatException(status, what + said, null);
    }

    /** An exception for a request that got no HTTP answer. */
    static ChatException forTransport(Exception e, String url, Duration timeout) {
        if (e instanceof HttpTimeoutException) {
            return new ChatException(0, "no answer within " + seconds(timeout) + " s from " + url
                    + ": the server may be busy or loading the model; try withTimeout(...) with a"
                    + " longer time.", e);
        }
        if (causedBy(e, ConnectException.class)) {
            return new ChatException(0, "cannot reach " + url
                    + ": is the server running? (check OPENAI_BASE_URL)", e);
        }
        return new ChatException(0, "the request to " + url + " failed: " + e, e);
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static String retryAdvice(HttpHeaders headers) {
        Optional<String> after = headers.firstValue("Retry-After");
        if (after.isEmpty()) {
            return "wait a little and try again.";
        }
        String value = after.get().trim();
        return value.matches("\\d+") ? "wait " + value + " s (Retry-After) and try again."
                : "wait until " + value + " (Retry-After) and try again.";
    }

    private static String seconds(Duration timeout) {
        double s = timeout.toMillis() / 1000.0;
        return s == Math.rint(s) ? String.valueOf((long) s) : String.valueOf(s);
    }
}
