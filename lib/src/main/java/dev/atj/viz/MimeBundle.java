package dev.atj.viz;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One value in several representations, keyed by MIME type ({@code text/plain},
 * {@code image/png}, {@code text/html}, ...). Front ends show the richest one they support.
 * Text types hold a {@link String}; binary types such as {@code image/png} hold a
 * {@code byte[]}; {@code application/json} may hold a JSON string.
 *
 * @param data the representations, in insertion order
 */
public record MimeBundle(Map<String, Object> data) {

    /**
     * Copies {@code data}, keeping its order.
     *
     * @param data the representations, by MIME type
     */
    public MimeBundle {
        data = Collections.unmodifiableMap(new LinkedHashMap<>(data));
    }

    /**
     * A bundle with a single representation.
     *
     * @param mimeType the MIME type, for example {@code text/html}
     * @param content the content: a {@code String}, or {@code byte[]} for binary types
     * @return the bundle
     */
    public static MimeBundle of(String mimeType, Object content) {
        return new MimeBundle(Map.of(mimeType, content));
    }

    /**
     * This bundle plus one more representation (replacing one of the same type).
     *
     * @param mimeType the MIME type
     * @param content its content
     * @return a new bundle
     */
    public MimeBundle with(String mimeType, Object content) {
        Map<String, Object> more = new LinkedHashMap<>(data);
        more.put(mimeType, content);
        return new MimeBundle(more);
    }

    /**
     * Whether the bundle has a representation of this type.
     *
     * @param mimeType the MIME type
     * @return true if present
     */
    public boolean has(String mimeType) {
        return data.containsKey(mimeType);
    }
}
