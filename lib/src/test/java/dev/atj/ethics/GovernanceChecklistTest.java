package dev.atj.ethics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.atj.crypto.KeyPairs;
import dev.atj.crypto.SignatureAlgorithm;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

class GovernanceChecklistTest {
    private static final KeyPair KEYS = KeyPairs.generate(SignatureAlgorithm.ED25519);

    @TempDir
    Path dir;

    private DecisionLog log() {
        DecisionLog log = DecisionLog.open(dir.resolve("log.jsonl"), KEYS);
        log.append("alice", "approve pilot", "checks pass");
        log.append("bob", "second reviewer", "agree");
        return log;
    }

    private GovernanceChecklist passing(DecisionLog log) {
        return GovernanceChecklist.create()
                .riskClassification(GovernanceChecklist.RiskTier.MINIMAL, "teaching demo")
                .dataGovernance(DataSheet.of("cps-wages-1985"))
                .documentation(ModelCardTest.completeCard())
                .transparency(true, "card published")
                .humanOversight("teacher")
                .accuracy("accuracy", 0.78, 0.70)
                .recordKeeping(log, KEYS.getPublic())
                .privacy(true, "k-anonymity k=5")
                .fairness("demographic parity difference", -0.06, 0.10);
    }

    @Test
    void whenEveryCheckIsMetAllRowsAreTicked() {
        GovernanceChecklist checklist = passing(log());
        Table table = checklist.evaluate();
        assertEquals(List.of("item", "reference", "status", "evidence"), table.columnNames());
        assertEquals(9, table.rowCount());
        assertTrue(table.stringColumn("status").asList().stream().allMatch("✔"::equals));
        assertTrue(checklist.passes());
        assertTrue(checklist.summary().startsWith("9 of 9 governance checks pass. A teaching"), checklist.summary());
        assertTrue(table.stringColumn("evidence").get(8).contains("-0.060, |value| ≤ limit 0.100"));
        assertEquals(checklist.summary(), table.name());
    }

    @Test
    void unmetChecksAreCrossedAndNamedInTheSummary() {
        GovernanceChecklist checklist = GovernanceChecklist.create()
                .riskClassification(GovernanceChecklist.RiskTier.UNACCEPTABLE, "social scoring")
                .documentation(ModelCard.builder("m").primaryUses("demo").build())
                .humanOversight(" ")
                .accuracy("accuracy", 0.6, 0.7)
                .privacy(false, null)
                .fairness("equalized odds difference", 0.25, 0.10);
        Table table = checklist.evaluate();
        assertTrue(table.stringColumn("status").asList().stream().allMatch("✘"::equals));
        assertFalse(checklist.passes());
        assertTrue(checklist.summary().startsWith("0 of 6 governance checks pass. Not yet met: Risk classification, "
                + "Documentation (model card), Human oversight"), checklist.summary());
        assertTrue(table.stringColumn("evidence").get(1).startsWith("model card lacks: Model details, Factors"));
        assertEquals("none given", table.stringColumn("evidence").get(4));
    }

    @Test
    void aTamperedDecisionLogFailsRecordKeepingWithTheBrokenEntry() throws Exception {
        DecisionLog log = log();
        List<String> lines = Files.readAllLines(log.file());
        lines.set(1, lines.get(1).replace("agree", "disagree"));
        Files.write(log.file(), lines);
        Table table = passing(log).evaluate();
        assertEquals("✘", table.stringColumn("status").get(6));
        assertTrue(table.stringColumn("evidence").get(6).contains("Entry 2 (line 2) was changed"));
    }

    @Test
    void aCheckThatThrowsCountsAsUnmetAndSaysWhy() {
        GovernanceChecklist checklist = GovernanceChecklist.create()
                .item("Model registered", "team policy", () -> {
                    throw new IllegalStateException("registry unreachable");
                }, () -> "n/a");
        Table table = checklist.evaluate();
        assertEquals("✘", table.stringColumn("status").get(0));
        assertEquals("could not be checked: registry unreachable", table.stringColumn("evidence").get(0));
        assertFalse(GovernanceChecklist.create().passes(), "an empty checklist proves nothing");
    }
}
