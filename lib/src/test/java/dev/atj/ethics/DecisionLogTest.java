package dev.atj.ethics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atj.crypto.HashAlgorithm;
import dev.atj.crypto.Hashes;
import dev.atj.crypto.KeyPairs;
import dev.atj.crypto.SignatureAlgorithm;
import dev.atj.crypto.Signatures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DecisionLogTest {
    private static final KeyPair KEYS = KeyPairs.generate(SignatureAlgorithm.ED25519);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-01-31T12:00:00Z"), ZoneOffset.UTC);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path threeDecisions() {
        Path file = dir.resolve("decisions.jsonl");
        DecisionLog log = DecisionLog.open(file, KEYS, CLOCK);
        log.append("alice", "train logistic regression", "simplest model first", Map.of("seed", 42));
        log.append("bob", "exclude race as a feature", "legal advice", Map.of());
        log.append("carol", "approve pilot", "accuracy 0.78, parity gap 0.06", Map.of("accuracy", 0.78));
        return file;
    }

    private static List<String> lines(Path file) throws Exception {
        return new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
    }

    private static void write(Path file, List<String> lines) throws Exception {
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    @Test
    void aCleanLogVerifiesAndEachEntryLinksToTheOneBefore() {
        Path file = threeDecisions();
        DecisionLogVerification check = DecisionLog.verify(file, KEYS.getPublic());
        assertTrue(check.valid(), check.message());
        assertEquals(3, check.verifiedEntries());
        List<DecisionLogEntry> entries = DecisionLog.read(file);
        assertEquals(List.of(1L, 2L, 3L), entries.stream().map(DecisionLogEntry::sequence).toList());
        assertEquals(DecisionLog.GENESIS_HASH, entries.get(0).previousHash());
        assertEquals(entries.get(0).hash(), entries.get(1).previousHash());
        assertEquals(entries.get(1).hash(), entries.get(2).previousHash());
        assertEquals(entries.get(2).hash(), check.lastHash());
        assertEquals(Instant.parse("2025-01-31T12:00:00Z"), entries.get(2).timestamp());
        assertEquals(0.78, entries.get(2).data().get("accuracy"));
        assertTrue(check.toString().startsWith("✔"));
    }

    @Test
    void theHashIsSha256OfTheSortedCompactJsonAndTheSignatureIsEd25519OverIt() throws Exception {
        Path file = dir.resolve("one.jsonl");
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("b", "x");
        data.put("a", 1);
        DecisionLogEntry entry = DecisionLog.open(file, KEYS, CLOCK).append("alice", "ship", "tests pass", data);
        String expected = "{\"actor\":\"alice\",\"data\":{\"a\":1,\"b\":\"x\"},\"decision\":\"ship\",\"previousHash\":\""
                + "0".repeat(64) + "\",\"rationale\":\"tests pass\",\"sequence\":1,\"timestamp\":\"2025-01-31T12:00:00Z\"}";
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(expected.getBytes(StandardCharsets.UTF_8));
        assertEquals(HexFormat.of().formatHex(hash), entry.hash());
        assertTrue(Signatures.verify(KEYS.getPublic(), hash, Base64.getDecoder().decode(entry.signature())));
    }

    @Test
    void aChangedFieldIsDetectedAndTheEntryNamed() throws Exception {
        Path file = threeDecisions();
        List<String> lines = lines(file);
        lines.set(1, lines.get(1).replace("legal advice", "no reason"));
        write(file, lines);
        DecisionLogVerification check = DecisionLog.verify(file, KEYS.getPublic());
        assertFalse(check.valid());
        assertEquals(2, check.brokenEntry());
        assertEquals(2, check.brokenLine());
        assertEquals(1, check.verifiedEntries());
        assertTrue(check.message().startsWith("Entry 2 (line 2) was changed"), check.message());
        assertTrue(check.toString().startsWith("✘"));
    }

    @Test
    void aChangeWithARecomputedHashFailsOnTheSignature() throws Exception {
        Path file = threeDecisions();
        List<String> lines = lines(file);
        ObjectNode entry = (ObjectNode) JSON.readTree(lines.get(1));
        entry.put("actor", "mallory");
        entry.put("hash", Hashes.hex(HashAlgorithm.SHA_256, DecisionLog.canonical(entry)));
        lines.set(1, JSON.writeValueAsString(entry));
        write(file, lines);
        DecisionLogVerification check = DecisionLog.verify(file, KEYS.getPublic());
        assertEquals(2, check.brokenEntry());
        assertTrue(check.message().contains("signature that this public key does not accept"), check.message());
    }

    @Test
    void aSignatureFromAnotherKeyIsRejected() throws Exception {
        Path file = threeDecisions();
        List<String> lines = lines(file);
        ObjectNode entry = (ObjectNode) JSON.readTree(lines.get(2));
        KeyPair other = KeyPairs.generate(SignatureAlgorithm.ED25519);
        byte[] hash = Hashes.fromHex(entry.get("hash").asText());
        entry.put("signature", Base64.getEncoder().encodeToString(Signatures.sign(other.getPrivate(), hash)));
        lines.set(2, JSON.writeValueAsString(entry));
        write(file, lines);
        DecisionLogVerification check = DecisionLog.verify(file, KEYS.getPublic());
        assertEquals(3, check.brokenEntry());
        assertEquals(2, check.verifiedEntries());
        assertTrue(check.message().contains("signed with another key"), check.message());
        assertTrue(DecisionLog.verify(file, other.getPublic()).message().startsWith("Entry 1 (line 1) has a signature"),
                "the other key accepts none of the real entries");
    }

    @Test
    void aDeletedEntryIsReported() throws Exception {
        Path file = threeDecisions();
        List<String> lines = lines(file);
        lines.remove(1);
        write(file, lines);
        DecisionLogVerification check = DecisionLog.verify(file, KEYS.getPublic());
        assertEquals(2, check.brokenEntry());
        assertEquals("Line 2 holds entry 3 where entry 2 was expected: entry 2 was removed.", check.message());
    }

    @Test
    void reorderedEntriesAreReported() throws Exception {
        Path file = threeDecisions();
        List<String> lines = lines(file);
        lines.add(1, lines.remove(2));
        write(file, lines);
        DecisionLogVerification check = DecisionLog.verify(file, KEYS.getPublic());
        assertEquals(2, check.brokenLine());
        assertTrue(check.message().contains("entries were reordered (entry 2 is on line 3)"), check.message());
    }

    @Test
    void aFileCutShortIsReported() throws Exception {
        Path file = threeDecisions();
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 20));
        DecisionLogVerification check = DecisionLog.verify(file, KEYS.getPublic());
        assertEquals(3, check.brokenEntry());
        assertTrue(check.message().contains("cut short"), check.message());
    }

    @Test
    void entriesCutFromTheEndAreCaughtWithTheSavedLastHash() throws Exception {
        Path file = threeDecisions();
        String saved = DecisionLog.verify(file, KEYS.getPublic()).lastHash();
        List<String> lines = lines(file);
        lines.remove(2);
        write(file, lines);
        assertTrue(DecisionLog.verify(file, KEYS.getPublic()).valid(), "a shorter chain is still a chain");
        DecisionLogVerification check = DecisionLog.verify(file, KEYS.getPublic(), saved);
        assertFalse(check.valid());
        assertTrue(check.message().contains("cut from the end"), check.message());
    }

    @Test
    void reopeningContinuesTheChainWithoutRewritingEarlierLines() throws Exception {
        Path file = threeDecisions();
        byte[] before = Files.readAllBytes(file);
        DecisionLog log = DecisionLog.open(file, KEYS, CLOCK);
        assertEquals(3, log.size());
        DecisionLogEntry fourth = log.append("dave", "retrain monthly", "data drift");
        assertEquals(4, fourth.sequence());
        byte[] after = Files.readAllBytes(file);
        assertArrayEquals(before, java.util.Arrays.copyOf(after, before.length));
        DecisionLogVerification check = log.verify(KEYS.getPublic(), DecisionLog.read(file).get(2).hash());
        assertTrue(check.valid(), check.message());
        assertEquals(4, check.verifiedEntries());
        assertEquals(4, log.toTable().rowCount());
    }

    @Test
    void aTamperedLogIsNotExtended() throws Exception {
        Path file = threeDecisions();
        List<String> lines = lines(file);
        lines.set(0, lines.get(0).replace("alice", "alicia"));
        write(file, lines);
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> DecisionLog.open(file, KEYS, CLOCK));
        assertTrue(refused.getMessage().contains("Entry 1 (line 1) was changed"), refused.getMessage());
    }

    @Test
    void anotherWritersAppendIsNoticed() {
        Path file = dir.resolve("shared.jsonl");
        DecisionLog first = DecisionLog.open(file, KEYS, CLOCK);
        DecisionLog second = DecisionLog.open(file, KEYS, CLOCK);
        first.append("alice", "a", "b");
        assertThrows(IllegalStateException.class, () -> second.append("bob", "c", "d"));
        assertTrue(first.verify(KEYS.getPublic()).valid());
    }

    @Test
    void badInputIsRefusedAndNothingIsWritten() {
        Path file = dir.resolve("bad.jsonl");
        DecisionLog log = DecisionLog.open(file, KEYS, CLOCK);
        IllegalArgumentException nan = assertThrows(IllegalArgumentException.class,
                () -> log.append("alice", "x", "y", Map.of("score", Double.NaN)));
        assertTrue(nan.getMessage().contains("NaN"), nan.getMessage());
        assertThrows(IllegalArgumentException.class, () -> log.append(" ", "x", "y"));
        assertFalse(Files.exists(file));
        KeyPair ecdsa = KeyPairs.generate(SignatureAlgorithm.ECDSA_P256);
        assertThrows(IllegalArgumentException.class, () -> DecisionLog.open(dir.resolve("ec.jsonl"), ecdsa));
    }
}
