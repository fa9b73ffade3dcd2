package dev.atj.ethics;

/**
 * What {@link DecisionLog#verify} found: either every entry checks out, or the first entry that
 * does not and why, in plain words.
 *
 * <pre>{@code
 * DecisionLogVerification check = log.verify(keys.getPublic());
 * check.valid();          // false
 * check.brokenEntry();    // 2
 * check.message();        // "Entry 2 (line 2) was changed after it was written: ..."
 * }</pre>
 *
 * @param valid true if the whole log verifies
 * @param verifiedEntries how many entries, from the first, verified before the first problem (all
 *        of them if valid)
 * @param brokenEntry the sequence number of the first entry that fails, or 0 if valid
 * @param brokenLine the line of the file where the problem is (1-based), or 0 if valid
 * @param lastHash the hash of the last entry that verified (64 zeros if none): save it elsewhere to
 *        detect later truncation with {@link DecisionLog#verify(java.security.PublicKey, String)}
 * @param message a sentence saying what was checked or what is wrong
 */
public record DecisionLogVerification(boolean valid, long verifiedEntries, long brokenEntry, int brokenLine,
        String lastHash, String message) {

    static DecisionLogVerification passed(long entries, String lastHash) {
        return new DecisionLogVerification(true, entries, 0, 0, lastHash,
                "All " + entries + " entr" + (entries == 1 ? "y" : "ies")
                        + " verify: every hash matches its content, every entry links to the one before, and every"
                        + " signature is valid for this public key.");
    }

    static DecisionLogVerification failed(long verified, long entry, int line, String lastHash, String message) {
        return new DecisionLogVerification(false, verified, entry, line, lastHash, message);
    }

    /**
     * The message, prefixed with ✔ or ✘.
     *
     * @return for example {@code "✔ All 3 entries verify: ..."}
     */
    @Override
    public String toString() {
        return (valid ? "✔ " : "✘ ") + message;
    }
}
