package dev.atj.ethics;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atj.crypto.HashAlgorithm;
import dev.atj.crypto.Hashes;
import dev.atj.crypto.Signatures;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Walks a decision log's lines once, stopping at the first that breaks the chain. */
final class DecisionLogChainCheck {
    private static final List<String> TEXT_FIELDS = List.of("timestamp", "actor", "decision", "rationale",
            "previousHash", "hash", "signature");

    private final PublicKey publicKey;
    final Set<String> seenHashes = new HashSet<>();
    private long verified;
    private String lastHash = DecisionLog.GENESIS_HASH;

    DecisionLogChainCheck(PublicKey publicKey) {
        this.publicKey = publicKey;
    }

    DecisionLogVerification run(String text) {
        if (text.isEmpty()) {
            return DecisionLogVerification.passed(0, lastHash);
        }
        String[] lines = text.split("\n", -1);
        int complete = text.endsWith("\n") ? lines.length - 1 : lines.length;
        for (int i = 0; i < complete; i++) {
            int lineNumber = i + 1;
            long expected = verified + 1;
            boolean lastLineCut = i == lines.length - 1;
            String problem = lastLineCut
                    ? "Line " + lineNumber + " is cut short (it has no line end): the file was truncated or is being"
                            + " written."
                    : check(lines, i, expected);
            if (problem != null) {
                return DecisionLogVerification.failed(verified, expected, lineNumber, lastHash, problem);
            }
        }
        return DecisionLogVerification.passed(verified, lastHash);
    }

    /** Checks line {@code i}; null if it is the expected entry and sound, else what is wrong. */
    private String check(String[] lines, int i, long expected) {
        int lineNumber = i + 1;
        JsonNode entry = entryAt(lines[i]);
        if (entry == null) {
            return "Line " + lineNumber + " is not valid JSON: the file was cut short or edited by hand.";
        }
        String missing = missingField(entry);
        if (missing != null) {
            return "The entry on line " + lineNumber + " has no valid '" + missing + "' field: it was edited by hand.";
        }
        long sequence = entry.get("sequence").asLong();
        if (sequence != expected) {
            return sequenceProblem(lines, i, expected, sequence);
        }
        String where = "Entry " + sequence + " (line " + lineNumber + ")";
        String previous = entry.get("previousHash").asText();
        if (!previous.equals(lastHash)) {
            return where + " does not link to " + (sequence == 1 ? "the start of the log" : "entry " + (sequence - 1))
                    + ": its previousHash is " + DecisionLog.abbreviate(previous) + " but should be "
                    + DecisionLog.abbreviate(lastHash) + ". An entry before it was changed, removed or replaced.";
        }
        byte[] hash = Hashes.hash(HashAlgorithm.SHA_256,
                DecisionLog.canonical(entry).getBytes(StandardCharsets.UTF_8));
        String stored = entry.get("hash").asText();
        if (!Hashes.toHex(hash).equals(stored)) {
            return where + " was changed after it was written: its content no longer matches its hash "
                    + DecisionLog.abbreviate(stored) + ".";
        }
        if (!signatureValid(hash, entry.get("signature").asText())) {
            return where + " has a signature that this public key does not accept: the entry was forged or signed"
                    + " with another key.";
        }
        verified++;
        lastHash = stored;
        seenHashes.add(stored);
        return null;
    }

    private String sequenceProblem(String[] lines, int i, long expected, long found) {
        String start = "Line " + (i + 1) + " holds entry " + found + " where entry " + expected + " was expected: ";
        for (int later = i + 1; later < lines.length; later++) {
            JsonNode entry = entryAt(lines[later]);
            if (entry != null && entry.path("sequence").asLong(-1) == expected) {
                return start + "entries were reordered (entry " + expected + " is on line " + (later + 1) + ").";
            }
        }
        return found > expected
                ? start + "entry " + expected + " was removed."
                : start + "an entry was repeated or inserted.";
    }

    private boolean signatureValid(byte[] hash, String signature) {
        try {
            return Signatures.verify(publicKey, hash, Base64.getDecoder().decode(signature));
        } catch (IllegalArgumentException notBase64) {
            // Text that is not Base64 cannot be a signature at all; report it like any other bad signature.
            return false;
        }
    }

    private static JsonNode entryAt(String line) {
        try {
            JsonNode node = DecisionLog.parse(line);
            return node != null && node.isObject() ? node : null;
        } catch (IllegalArgumentException notJson) {
            return null;
        }
    }

    private static String missingField(JsonNode entry) {
        if (!entry.path("sequence").isIntegralNumber()) {
            return "sequence";
        }
        for (String field : TEXT_FIELDS) {
            if (!entry.path(field).isTextual()) {
                return field;
            }
        }
        return entry.path("data").isObject() ? null : "data";
    }
}
