package dev.atj.crypto;

/**
 * Thrown by {@link PrivacyBudget} when a query would spend more ε (or δ) than is left. The
 * query has not run and nothing was charged.
 *
 * <pre>{@code
 * try {
 *     queries.mean(table, "age", 0, 80, 0.5);
 * } catch (PrivacyBudgetExceededException e) {
 *     e.remainingEpsilon();   // what is still available
 * }
 * }</pre>
 */
public class PrivacyBudgetExceededException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    /** The ε the refused query asked for. */
    private final double requestedEpsilon;
    /** The ε still left when it was refused. */
    private final double remainingEpsilon;

    /**
     * An exception for a refused query.
     *
     * @param message what was asked, spent and left, and what to do
     * @param requestedEpsilon the ε the query asked for
     * @param remainingEpsilon the ε still left
     */
    public PrivacyBudgetExceededException(String message, double requestedEpsilon, double remainingEpsilon) {
        super(message);
        this.requestedEpsilon = requestedEpsilon;
        this.remainingEpsilon = remainingEpsilon;
    }

    /**
     * The ε the refused query asked for.
     *
     * @return the requested ε
     */
    public double requestedEpsilon() {
        return requestedEpsilon;
    }

    /**
     * The ε left in the budget (unchanged by the refused query).
     *
     * @return the remaining ε
     */
    public double remainingEpsilon() {
        return remainingEpsilon;
    }
}
