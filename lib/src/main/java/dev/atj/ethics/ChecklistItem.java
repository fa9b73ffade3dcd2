package dev.atj.ethics;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * One governance requirement written as code: a name, where the requirement comes from, a check
 * that answers whether it is met, and the evidence to show either way. Items are evaluated by a
 * {@link GovernanceChecklist}.
 *
 * <pre>{@code
 * new ChecklistItem("Model is versioned", "ISO/IEC 42001 (configuration management), teaching paraphrase",
 *         () -> card.toMarkdown().contains("Version"), () -> "model card lists version 1.0");
 * }</pre>
 *
 * @param name what is required, for example {@code "Human oversight"}
 * @param reference where the requirement comes from, for example {@code "EU AI Act Art. 14"}
 * @param check answers true when the requirement is met; called each time the list is evaluated
 * @param evidence what was found, shown beside the status; called after {@code check}
 */
public record ChecklistItem(String name, String reference, Supplier<Boolean> check, Supplier<String> evidence) {

    /**
     * Checks that every part is present.
     *
     * @param name what is required
     * @param reference where it comes from
     * @param check the test
     * @param evidence the evidence text
     * @throws IllegalArgumentException if the name is blank
     */
    public ChecklistItem {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A checklist item needs a name saying what is required.");
        }
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(evidence, "evidence");
    }
}
