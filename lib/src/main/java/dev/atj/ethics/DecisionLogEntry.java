package dev.atj.ethics;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One decision in a {@link DecisionLog}: who decided what and why, when, with supporting data, and
 * the fields that chain and sign it.
 *
 * @param sequence the entry's number, 1 for the first, then one more each time
 * @param timestamp when it was appended
 * @param actor who decided: a person, a role or a system
 * @param decision what was decided, for example {@code "deploy model v1.2"}
 * @param rationale why
 * @param data supporting facts (metrics, thresholds, ticket numbers); values are strings, numbers,
 *        booleans, lists or maps, as in JSON
 * @param previousHash the {@code hash} of the entry before, in hex; 64 zeros for the first entry
 * @param hash SHA-256, in hex, of the canonical JSON of all the fields above
 * @param signature the Ed25519 signature of the 32 hash bytes, in Base64
 */
public record DecisionLogEntry(long sequence, Instant timestamp, String actor, String decision, String rationale,
        Map<String, Object> data, String previousHash, String hash, String signature) {

    /**
     * Copies {@code data}, keeping its order, and makes it unmodifiable.
     *
     * @param sequence the entry's number
     * @param timestamp when it was appended
     * @param actor who decided
     * @param decision what was decided
     * @param rationale why
     * @param data supporting facts
     * @param previousHash the previous entry's hash
     * @param hash this entry's hash
     * @param signature the signature over the hash
     */
    public DecisionLogEntry {
        data = Collections.unmodifiableMap(new LinkedHashMap<>(data));
    }
}
