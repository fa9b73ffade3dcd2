package dev.atj.ethics;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atj.crypto.HashAlgorithm;
import dev.atj.crypto.Hashes;
import dev.atj.crypto.SignatureAlgorithm;
import dev.atj.crypto.Signatures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * An append-only, tamper-evident record of decisions about a model: who decided what, when and
 * why. Each decision is one line of JSON in a file (JSON Lines), chained to the line before by a
 * SHA-256 hash and signed with Ed25519, so that changing, removing, reordering or forging an entry
 * is detected by {@link #verify(PublicKey)}, which names the first entry that fails.
 *
 * <pre>{@code
 * KeyPair keys = KeyPairs.generate(SignatureAlgorithm.ED25519);
 * DecisionLog log = DecisionLog.open(Path.of("decisions.jsonl"), keys);   // creates or continues
 * log.append("alice", "train logistic regression", "simplest model first", Map.of("seed", 42));
 * log.append("bob", "approve for pilot", "accuracy 0.78, parity gap 0.06 within 0.10",
 *         Map.of("accuracy", 0.78, "parityGap", 0.06));
 * log.verify(keys.getPublic());   // ✔ All 2 entries verify: ...
 * }</pre>
 *
 * <p>How it works (the same idea as Certificate Transparency logs, RFC 6962, and Git's commit
 * chain, in their simplest form): an entry's {@code hash} is SHA-256 over the canonical JSON of
 * its fields (sequence, timestamp, actor, decision, rationale, data, previousHash; keys sorted,
 * no spaces, in the spirit of RFC 8785), and that includes the previous entry's hash. Editing any
 * field changes the hash; recomputing the hash needs a new signature, which only the private key
 * can make; removing or reordering lines breaks the sequence numbers and the links. Lines are only
 * ever appended, never rewritten.
 *
 * <p>Limits: removing entries from the <em>end</em> leaves a shorter valid chain. To catch that,
 * keep {@link DecisionLogVerification#lastHash()} somewhere else (a ticket, a second system) and
 * check with {@link #verify(PublicKey, String)}. One writer at a time: appends from a second
 * process are detected and refused rather than interleaved.
 */
public final class DecisionLog {
    /** The previous hash of the first entry: 64 zeros. */
    public static final String GENESIS_HASH = "0".repeat(64);

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final PrivateKey signingKey;
    private final Clock clock;
    private long lastSequence;
    private String lastHash;
    private long knownSize;

    private DecisionLog(Path file, PrivateKey signingKey, Clock clock, long lastSequence, String lastHash) {
        this.file = file;
        this.signingKey = signingKey;
        this.clock = clock;
        this.lastSequence = lastSequence;
        this.lastHash = lastHash;
        this.knownSize = sizeOf(file);
    }

    /**
     * Opens a log for appending, creating the file if it does not exist, with the system clock in UTC.
     * An existing log is verified first and continued from its last entry.
     *
     * @param file the JSON Lines file, for example {@code decisions.jsonl}
     * @param keys an Ed25519 key pair ({@code KeyPairs.generate(SignatureAlgorithm.ED25519)}): the
     *        private key signs new entries, the public key checks the existing ones
     * @return the open log
     * @throws IllegalArgumentException if the keys are not Ed25519
     * @throws IllegalStateException if the existing file does not verify with these keys (it will
     *         not extend a broken chain); the message says which entry fails
     */
    public static DecisionLog open(Path file, KeyPair keys) {
        return open(file, keys, Clock.systemUTC());
    }

    /**
     * Opens a log as {@link #open(Path, KeyPair)} does, taking timestamps from {@code clock}, for
     * example {@code Clock.fixed(...)} in tests.
     *
     * @param file the JSON Lines file
     * @param keys an Ed25519 key pair
     * @param clock where timestamps come from
     * @return the open log
     * @throws IllegalArgumentException if the keys are not Ed25519
     * @throws IllegalStateException if the existing file does not verify with these keys
     */
    public static DecisionLog open(Path file, KeyPair keys, Clock clock) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(clock, "clock");
        if (SignatureAlgorithm.of(keys.getPrivate()) != SignatureAlgorithm.ED25519) {
            throw new IllegalArgumentException("A decision log is signed with Ed25519, but this is a "
                    + SignatureAlgorithm.of(keys.getPrivate()) + " key. Make one with "
                    + "KeyPairs.generate(SignatureAlgorithm.ED25519).");
        }
        if (!Files.exists(file)) {
            return new DecisionLog(file, keys.getPrivate(), clock, 0, GENESIS_HASH);
        }
        DecisionLogVerification check = verify(file, keys.getPublic());
        if (!check.valid()) {
            throw new IllegalStateException("Will not append to " + file + " because it does not verify: "
                    + check.message() + " Keep this file as evidence and start a new log.");
        }
        return new DecisionLog(file, keys.getPrivate(), clock, check.verifiedEntries(), check.lastHash());
    }

    /**
     * Appends a decision with no supporting data.
     *
     * @param actor who decided
     * @param decision what was decided
     * @param rationale why
     * @return the entry as written
     * @throws IllegalStateException if another writer changed the file since this log last wrote
     */
    public DecisionLogEntry append(String actor, String decision, String rationale) {
        return append(actor, decision, rationale, Map.of());
    }

    /**
     * Appends a decision: one new line, signed and chained to the last; nothing before it is touched.
     *
     * @param actor who decided: a person, a role or a system
     * @param decision what was decided
     * @param rationale why
     * @param data supporting facts: values must be JSON values (strings, finite numbers, booleans,
     *        null, lists, maps)
     * @return the entry as written
     * @throws IllegalArgumentException if a text is blank or the data is not plain JSON values
     * @throws IllegalStateException if another writer changed the file since this log last wrote
     * @throws UncheckedIOException if the file cannot be written
     */
    public synchronized DecisionLogEntry append(String actor, String decision, String rationale,
            Map<String, ?> data) {
        requireText(actor, "actor");
        requireText(decision, "decision");
        requireText(rationale, "rationale");
        if (sizeOf(file) != knownSize) {
            throw new IllegalStateException("The decision log " + file + " was changed by someone else since it was"
                    + " opened. Open it again with DecisionLog.open to verify it and continue the chain.");
        }
        ObjectNode body = JSON.createObjectNode();
        body.put("sequence", lastSequence + 1);
        body.put("timestamp", clock.instant().toString());
        body.put("actor", actor);
        body.put("decision", decision);
        body.put("rationale", rationale);
        body.set("data", dataNode(data));
        body.put("previousHash", lastHash);
        // Hash what a reader will parse back, so that number formatting cannot make writer and reader differ.
        body = (ObjectNode) parse(write(body));
        byte[] hash = Hashes.hash(HashAlgorithm.SHA_256, canonical(body).getBytes(StandardCharsets.UTF_8));
        body.put("hash", Hashes.toHex(hash));
        body.put("signature", Base64.getEncoder().encodeToString(Signatures.sign(signingKey, hash)));
        byte[] line = (write(body) + "\n").getBytes(StandardCharsets.UTF_8);
        try {
            Files.write(file, line, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND,
                    StandardOpenOption.DSYNC);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not append to the decision log " + file + ": " + e.getMessage(), e);
        }
        knownSize = sizeOf(file);
        lastSequence++;
        lastHash = body.get("hash").asText();
        return toEntry(body);
    }

    /**
     * Checks the whole file against a public key; see {@link #verify(Path, PublicKey)}.
     *
     * @param publicKey the Ed25519 public key of whoever signs this log
     * @return what was found
     */
    public DecisionLogVerification verify(PublicKey publicKey) {
        return verify(file, publicKey);
    }

    /**
     * Checks the file as {@link #verify(PublicKey)} does, and also that it still contains the entry
     * whose hash was saved elsewhere earlier, which catches entries cut from the end.
     *
     * @param publicKey the signer's Ed25519 public key
     * @param savedLastHash a {@link DecisionLogVerification#lastHash()} kept from an earlier check
     * @return what was found
     */
    public DecisionLogVerification verify(PublicKey publicKey, String savedLastHash) {
        return verify(file, publicKey, savedLastHash);
    }

    /**
     * Walks a log file from the first line and reports the first entry that fails, saying how: a line
     * that is not JSON or is cut short, a missing field, a sequence number out of place (an entry
     * removed or lines reordered), a broken link to the entry before, content that no longer matches
     * its hash (a changed field), or a signature this key does not accept (a forged or foreign entry).
     *
     * @param file a log written by {@link DecisionLog}
     * @param publicKey the signer's Ed25519 public key
     * @return what was found
     * @throws UncheckedIOException if the file is missing or unreadable
     */
    public static DecisionLogVerification verify(Path file, PublicKey publicKey) {
        return new DecisionLogChainCheck(publicKey).run(readText(file));
    }

    /**
     * Checks a log file as {@link #verify(Path, PublicKey)} does, and also that it still contains the
     * entry whose hash was saved earlier (entries may have been added since).
     *
     * @param file a log written by {@link DecisionLog}
     * @param publicKey the signer's Ed25519 public key
     * @param savedLastHash a {@link DecisionLogVerification#lastHash()} kept from an earlier check
     * @return what was found
     * @throws UncheckedIOException if the file is missing or unreadable
     */
    public static DecisionLogVerification verify(Path file, PublicKey publicKey, String savedLastHash) {
        DecisionLogChainCheck check = new DecisionLogChainCheck(publicKey);
        DecisionLogVerification result = check.run(readText(file));
        if (!result.valid() || check.seenHashes.contains(savedLastHash)) {
            return result;
        }
        return DecisionLogVerification.failed(result.verifiedEntries(), result.verifiedEntries() + 1, 0,
                result.lastHash(), "The chain is intact but does not contain the saved entry with hash "
                        + abbreviate(savedLastHash) + ": the log ends at entry " + result.verifiedEntries()
                        + ", so entries were cut from the end (or the saved hash belongs to another log).");
    }

    /**
     * Reads the entries without checking them; use {@link #verify} to know whether to trust them.
     *
     * @return the entries, in file order
     * @throws IllegalStateException if a line is not a readable entry
     */
    public List<DecisionLogEntry> entries() {
        return read(file);
    }

    /**
     * Reads the entries of a log file without checking them.
     *
     * @param file a log written by {@link DecisionLog}
     * @return the entries, in file order
     * @throws IllegalStateException if a line is not a readable entry, naming the line
     * @throws UncheckedIOException if the file is missing or unreadable
     */
    public static List<DecisionLogEntry> read(Path file) {
        List<DecisionLogEntry> entries = new ArrayList<>();
        String[] lines = readText(file).split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            try {
                entries.add(toEntry(JSON.readTree(lines[i])));
            } catch (IOException | RuntimeException e) {
                throw new IllegalStateException("Line " + (i + 1) + " of " + file + " is not a decision log entry ("
                        + e.getMessage() + "). Run verify to see what is wrong with the file.", e);
            }
        }
        return entries;
    }

    /**
     * The entries as a table: sequence, timestamp, actor, decision, rationale, data (JSON) and the
     * first 12 hex digits of each hash.
     *
     * @return one row per entry
     */
    public Table toTable() {
        List<DecisionLogEntry> entries = entries();
        Table table = Table.create("Decision log " + file.getFileName());
        table.addColumns(LongColumn.create("sequence", entries.stream().mapToLong(DecisionLogEntry::sequence).toArray()),
                StringColumn.create("timestamp", entries.stream().map(e -> e.timestamp().toString()).toList()),
                StringColumn.create("actor", entries.stream().map(DecisionLogEntry::actor).toList()),
                StringColumn.create("decision", entries.stream().map(DecisionLogEntry::decision).toList()),
                StringColumn.create("rationale", entries.stream().map(DecisionLogEntry::rationale).toList()),
                StringColumn.create("data", entries.stream().map(e -> write(JSON.valueToTree(e.data()))).toList()),
                StringColumn.create("hash", entries.stream().map(e -> e.hash().substring(0, 12)).toList()));
        return table;
    }

    /**
     * The log's file.
     *
     * @return the path given to {@link #open}
     */
    public Path file() {
        return file;
    }

    /**
     * How many entries the log holds.
     *
     * @return the last sequence number
     */
    public synchronized long size() {
        return lastSequence;
    }

    /**
     * The hash of the last entry (64 zeros when empty). Keep it elsewhere to detect truncation later.
     *
     * @return the hash, in hex
     */
    public synchronized String lastHash() {
        return lastHash;
    }

    /**
     * A one-line description.
     *
     * @return the file, the entry count and the last hash, shortened
     */
    @Override
    public String toString() {
        return "DecisionLog " + file + " (" + size() + " entries, last hash " + abbreviate(lastHash()) + ")";
    }

    /** SHA-256 input: the entry without hash and signature, keys sorted at every level, no spaces. */
    static String canonical(JsonNode entry) {
        ObjectNode body = entry.deepCopy();
        body.remove("hash");
        body.remove("signature");
        return write(sorted(body));
    }

    private static JsonNode sorted(JsonNode node) {
        if (node.isObject()) {
            TreeMap<String, JsonNode> fields = new TreeMap<>();
            node.fields().forEachRemaining(field -> fields.put(field.getKey(), sorted(field.getValue())));
            ObjectNode copy = JSON.createObjectNode();
            fields.forEach(copy::set);
            return copy;
        }
        if (node.isArray()) {
            com.fasterxml.jackson.databind.node.ArrayNode copy = JSON.createArrayNode();
            node.forEach(element -> copy.add(sorted(element)));
            return copy;
        }
        return node;
    }

    private static JsonNode dataNode(Map<String, ?> data) {
        Objects.requireNonNull(data, "data (use Map.of() for none)");
        JsonNode node;
        try {
            node = JSON.valueToTree(new LinkedHashMap<>(data));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The decision's data must be plain JSON values (strings, numbers, "
                    + "booleans, lists, maps): " + e.getMessage(), e);
        }
        if (hasNonFiniteNumber(node)) {
            throw new IllegalArgumentException("The decision's data holds NaN or an infinite number, which JSON "
                    + "cannot represent. Record it as text, for example \"NaN\", or leave it out.");
        }
        return node;
    }

    private static boolean hasNonFiniteNumber(JsonNode node) {
        if (node.isFloatingPointNumber() && !Double.isFinite(node.doubleValue())) {
            return true;
        }
        for (JsonNode child : node) {
            if (hasNonFiniteNumber(child)) {
                return true;
            }
        }
        return false;
    }

    static DecisionLogEntry toEntry(JsonNode node) {
        Map<String, Object> data = JSON.convertValue(node.get("data"), new TypeReference<LinkedHashMap<String, Object>>() {
        });
        return new DecisionLogEntry(node.get("sequence").asLong(), Instant.parse(node.get("timestamp").asText()),
                node.get("actor").asText(), node.get("decision").asText(), node.get("rationale").asText(),
                data == null ? Map.of() : data, node.get("previousHash").asText(), node.get("hash").asText(),
                node.get("signature").asText());
    }

    static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not JSON: " + e.getOriginalMessage(), e);
        }
    }

    static String write(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write JSON: " + e.getOriginalMessage(), e);
        }
    }

    static String abbreviate(String hash) {
        return hash == null ? "null" : hash.length() <= 12 ? hash : hash.substring(0, 12) + "…";
    }

    private static void requireText(String text, String what) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("The decision's " + what + " is empty; an accountable record says "
                    + "who decided, what and why.");
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.exists(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the size of " + file + ": " + e.getMessage(), e);
        }
    }

    private static String readText(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the decision log " + file.toAbsolutePath() + ": "
                    + e.getMessage() + ". Check the path.", e);
        }
    }
}
