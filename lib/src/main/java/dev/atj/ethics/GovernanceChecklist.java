package dev.atj.ethics;

import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * A governance checklist as code: each item is a requirement with its source and a check over real
 * evidence (a model card, data sheets, a decision log, measured metrics), evaluated into a table of
 * ✔ and ✘ with the evidence beside each.
 *
 * <p>The ready-made items follow the obligations of the EU AI Act (Regulation (EU) 2024/1689:
 * Art. 5 prohibited practices, Art. 6 and Annex III high-risk classification, Art. 10 data
 * governance, Art. 11 technical documentation, Art. 12 record-keeping, Art. 13 and 50 transparency,
 * Art. 14 human oversight, Art. 15 accuracy and robustness), grouped by the four functions of the
 * NIST AI Risk Management Framework 1.0 (NIST AI 100-1, 2023: Govern, Map, Measure, Manage), plus
 * GDPR Art. 25 (data protection by design). <strong>This is a teaching simplification, not legal
 * advice</strong>: the real obligations depend on the system's role, risk class and context, and
 * passing these checks does not make a system compliant.
 *
 * <pre>{@code
 * GovernanceChecklist checklist = GovernanceChecklist.create()
 *         .riskClassification(GovernanceChecklist.RiskTier.MINIMAL, "teaching demo; no decisions about people")
 *         .dataGovernance(DataSheet.of("cps-wages-1985"))
 *         .documentation(card)
 *         .transparency(true, "model card published with the notebook")
 *         .humanOversight("course teacher reviews every use")
 *         .accuracy("accuracy", 0.78, 0.70)
 *         .recordKeeping(log, keys.getPublic())
 *         .privacy(false, "no anonymisation applied")
 *         .fairness("demographic parity difference", 0.06, 0.10)
 *         .item(new ChecklistItem("Code reviewed", "team policy", () -> true, () -> "PR #12"));
 * checklist.evaluate();   // table: item, reference, status, evidence
 * checklist.summary();    // "8 of 9 governance checks pass. Not yet met: Privacy. ..."
 * }</pre>
 */
public final class GovernanceChecklist {
    /** Said wherever results are shown, because a ✔ here is easy to over-read. */
    public static final String DISCLAIMER = "A teaching simplification of the EU AI Act and NIST AI RMF, not legal advice.";

    /** The EU AI Act's four risk tiers (Art. 5, Art. 6 with Annex III, Art. 50, the rest). */
    public enum RiskTier {
        /** Prohibited practices (Art. 5), for example social scoring: may not be deployed. */
        UNACCEPTABLE,
        /** High-risk systems (Art. 6, Annex III), for example hiring or credit scoring: the full obligations. */
        HIGH,
        /** Systems with transparency obligations (Art. 50), for example chatbots: tell people. */
        LIMITED,
        /** Everything else: voluntary codes of conduct. */
        MINIMAL
    }

    private final List<ChecklistItem> items = new ArrayList<>();

    private GovernanceChecklist() {
    }

    /**
     * Starts an empty checklist.
     *
     * @return the checklist
     */
    public static GovernanceChecklist create() {
        return new GovernanceChecklist();
    }

    /**
     * Adds any item.
     *
     * @param item the requirement and its check
     * @return this checklist
     */
    public GovernanceChecklist item(ChecklistItem item) {
        items.add(item);
        return this;
    }

    /**
     * Adds an item from its parts.
     *
     * @param name what is required
     * @param reference where the requirement comes from
     * @param check answers true when it is met
     * @param evidence what was found
     * @return this checklist
     */
    public GovernanceChecklist item(String name, String reference, Supplier<Boolean> check, Supplier<String> evidence) {
        return item(new ChecklistItem(name, reference, check, evidence));
    }

    /**
     * Risk classification: the system's tier is stated with a reason, and it is not a prohibited practice.
     *
     * @param tier the tier you assessed
     * @param reason why this tier, in a sentence
     * @return this checklist
     */
    public GovernanceChecklist riskClassification(RiskTier tier, String reason) {
        return item("Risk classification", "EU AI Act Art. 5, Art. 6 and Annex III; NIST AI RMF Map",
                () -> tier != null && tier != RiskTier.UNACCEPTABLE && reason != null && !reason.isBlank(),
                () -> (tier == null ? "no tier" : tier.name().toLowerCase(Locale.ROOT) + " risk") + ": "
                        + (reason == null || reason.isBlank() ? "no reason given" : reason));
    }

    /**
     * Data governance: every dataset has a data sheet that names its source and licence.
     *
     * @param sheets the data sheets of the training and evaluation data
     * @return this checklist
     */
    public GovernanceChecklist dataGovernance(DataSheet... sheets) {
        List<DataSheet> all = List.of(sheets);
        return item("Data governance", "EU AI Act Art. 10; NIST AI RMF Map",
                () -> !all.isEmpty() && all.stream().allMatch(GovernanceChecklist::documented),
                () -> all.isEmpty() ? "no data sheet"
                        : String.join("; ", all.stream().map(sheet -> sheet.name() + ": source "
                                + (documented(sheet) ? "and licence stated" : "or licence missing")
                                + ", sensitive attributes " + (sheet.sensitiveAttributes().isEmpty() ? "none"
                                        : String.join(", ", sheet.sensitiveAttributes()))).toList()));
    }

    /**
     * Documentation: a model card exists and every section of Mitchell et al. is filled in.
     *
     * @param card the model card, or null if there is none
     * @return this checklist
     */
    public GovernanceChecklist documentation(ModelCard card) {
        return item("Documentation (model card)", "EU AI Act Art. 11 and Annex IV; NIST AI RMF Govern",
                () -> card != null && card.missingSections().isEmpty(),
                () -> card == null ? "no model card"
                        : card.missingSections().isEmpty() ? "model card for " + card.name() + ", all "
                                + ModelCard.SECTIONS.size() + " sections filled"
                                : "model card lacks: " + String.join(", ", card.missingSections()));
    }

    /**
     * Transparency: the people affected and the deployers are told they deal with an AI system and
     * what it can and cannot do.
     *
     * @param informed whether that is done
     * @param how how, or why not
     * @return this checklist
     */
    public GovernanceChecklist transparency(boolean informed, String how) {
        return item("Transparency", "EU AI Act Art. 13 and Art. 50; NIST AI RMF Govern",
                () -> informed, () -> text(how));
    }

    /**
     * Human oversight: a named person or role can understand, override or stop the system.
     *
     * @param overseer who, and how; blank if nobody
     * @return this checklist
     */
    public GovernanceChecklist humanOversight(String overseer) {
        return item("Human oversight", "EU AI Act Art. 14; NIST AI RMF Manage",
                () -> overseer != null && !overseer.isBlank(), () -> text(overseer));
    }

    /**
     * Accuracy: a measured score reaches the level declared for the use.
     *
     * @param metric what was measured, for example {@code "accuracy"}
     * @param value the measured value (higher is better)
     * @param minimum the declared minimum
     * @return this checklist
     */
    public GovernanceChecklist accuracy(String metric, double value, double minimum) {
        return item("Accuracy and robustness", "EU AI Act Art. 15; NIST AI RMF Measure",
                () -> value >= minimum,
                () -> String.format(Locale.ROOT, "%s %.3f %s minimum %.3f", metric, value,
                        value >= minimum ? "≥" : "<", minimum));
    }

    /**
     * Record-keeping: decisions are logged, and the log verifies (no entry changed, removed or forged).
     *
     * @param log the decision log
     * @param publicKey the key its entries are signed with
     * @return this checklist
     */
    public GovernanceChecklist recordKeeping(DecisionLog log, PublicKey publicKey) {
        return item("Record-keeping (decision log)", "EU AI Act Art. 12; NIST AI RMF Govern",
                () -> log.size() > 0 && log.verify(publicKey).valid(),
                () -> log.size() == 0 ? "the decision log is empty" : log.verify(publicKey).toString());
    }

    /**
     * Privacy: personal data is protected, for example by differential privacy, k-anonymity or
     * pseudonymisation ({@code dev.atj.crypto}).
     *
     * @param protectedData whether such a measure is applied
     * @param how which measure and with what parameters, or why none
     * @return this checklist
     */
    public GovernanceChecklist privacy(boolean protectedData, String how) {
        return item("Privacy", "GDPR Art. 25; EU AI Act Art. 10(5); NIST AI RMF Measure",
                () -> protectedData, () -> text(how));
    }

    /**
     * Fairness: a measured disparity between groups stays within the declared limit (in absolute value).
     *
     * @param metric for example {@code "demographic parity difference"}
     * @param value the measured disparity (0 means equal)
     * @param limit the largest acceptable absolute value, for example 0.1
     * @return this checklist
     */
    public GovernanceChecklist fairness(String metric, double value, double limit) {
        return item("Fairness (bias examined)", "EU AI Act Art. 10(2)(f); NIST AI RMF Measure",
                () -> Math.abs(value) <= limit,
                () -> String.format(Locale.ROOT, "%s %.3f, |value| %s limit %.3f", metric, value,
                        Math.abs(value) <= limit ? "≤" : ">", limit));
    }

    /**
     * The items added so far.
     *
     * @return the items, in order
     */
    public List<ChecklistItem> items() {
        return List.copyOf(items);
    }

    /**
     * Runs every check. A check that throws counts as not met, with the error as its evidence.
     *
     * @return columns {@code item}, {@code reference}, {@code status} (✔ or ✘) and {@code evidence};
     *         the table's name is the {@link #summary()}
     */
    public Table evaluate() {
        List<Outcome> outcomes = outcomes();
        Table table = Table.create(summary(outcomes));
        table.addColumns(StringColumn.create("item", outcomes.stream().map(o -> o.item().name()).toList()),
                StringColumn.create("reference", outcomes.stream().map(o -> o.item().reference()).toList()),
                StringColumn.create("status", outcomes.stream().map(o -> o.met() ? "✔" : "✘").toList()),
                StringColumn.create("evidence", outcomes.stream().map(Outcome::evidence).toList()));
        return table;
    }

    /**
     * Runs every check and says in one sentence how many pass and which do not.
     *
     * @return for example {@code "8 of 9 governance checks pass. Not yet met: Privacy. A teaching ..."}
     */
    public String summary() {
        return summary(outcomes());
    }

    /**
     * Runs every check.
     *
     * @return true if there is at least one item and every item is met
     */
    public boolean passes() {
        List<Outcome> outcomes = outcomes();
        return !outcomes.isEmpty() && outcomes.stream().allMatch(Outcome::met);
    }

    private record Outcome(ChecklistItem item, boolean met, String evidence) {
    }

    private List<Outcome> outcomes() {
        List<Outcome> outcomes = new ArrayList<>();
        for (ChecklistItem item : items) {
            outcomes.add(run(item));
        }
        return outcomes;
    }

    private static Outcome run(ChecklistItem item) {
        boolean met;
        try {
            met = Boolean.TRUE.equals(item.check().get());
        } catch (RuntimeException e) {
            // An unanswerable check is a finding in itself: report it instead of stopping the whole list.
            return new Outcome(item, false, "could not be checked: " + e.getMessage());
        }
        String evidence;
        try {
            evidence = text(item.evidence().get());
        } catch (RuntimeException e) {
            evidence = "evidence could not be collected: " + e.getMessage();
        }
        return new Outcome(item, met, evidence);
    }

    private static String summary(List<Outcome> outcomes) {
        if (outcomes.isEmpty()) {
            return "The governance checklist is empty: add items before evaluating it.";
        }
        long met = outcomes.stream().filter(Outcome::met).count();
        List<String> open = outcomes.stream().filter(o -> !o.met()).map(o -> o.item().name()).toList();
        return met + " of " + outcomes.size() + " governance checks pass."
                + (open.isEmpty() ? "" : " Not yet met: " + String.join(", ", open) + ".") + " " + DISCLAIMER;
    }

    private static boolean documented(DataSheet sheet) {
        return !sheet.source().equals(GovernanceDocument.NOT_PROVIDED)
                && !sheet.licence().equals(GovernanceDocument.NOT_PROVIDED);
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? "none given" : value.strip();
    }
}
