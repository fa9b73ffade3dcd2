package dev.atj.crypto;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * A privacy-loss accountant: a total ε (and δ) to spend on queries, charged by basic
 * composition (the ε and δ of the queries add up), refusing any query that would go past
 * the total. Basic composition is simple and always valid; advanced composition or Rényi
 * accounting would let more queries through for the same guarantee.
 *
 * <pre>{@code
 * PrivacyBudget budget = new PrivacyBudget(1.0);
 * budget.spend("count of passengers", 0.3);
 * budget.spend("mean age", 0.5);
 * budget.remainingEpsilon();          // 0.2
 * budget.spend("mean fare", 0.5);     // throws PrivacyBudgetExceededException
 * budget.ledger();                    // one row per query charged
 * }</pre>
 */
public final class PrivacyBudget {
    /** Slack for floating-point sums, so that 0.1 + 0.2 + 0.7 fits a budget of 1. */
    private static final double TOLERANCE = 1e-12;

    private record Charge(String query, double epsilon, double delta) {
    }

    private final double totalEpsilon;
    private final double totalDelta;
    private final List<Charge> charges = new ArrayList<>();

    /**
     * A pure ε budget (δ = 0): only Laplace-style queries fit.
     *
     * @param epsilon the total ε, above 0
     * @throws IllegalArgumentException if ε is not a positive finite number
     */
    public PrivacyBudget(double epsilon) {
        this.totalEpsilon = DifferentialPrivacy.positive(epsilon, "total epsilon");
        this.totalDelta = 0;
    }

    /**
     * An (ε, δ) budget, for Gaussian queries as well.
     *
     * @param epsilon the total ε, above 0
     * @param delta the total δ, in [0, 1)
     * @throws IllegalArgumentException if either is out of range
     */
    public PrivacyBudget(double epsilon, double delta) {
        this.totalEpsilon = DifferentialPrivacy.positive(epsilon, "total epsilon");
        if (!(delta >= 0 && delta < 1)) {
            throw new IllegalArgumentException("The total delta must be in [0, 1), got " + delta);
        }
        this.totalDelta = delta;
    }

    /**
     * Charges a pure ε query, or refuses it.
     *
     * @param query what the query is, for the ledger and error messages
     * @param epsilon its ε, above 0
     * @throws PrivacyBudgetExceededException if it would spend more ε than is left
     */
    public void spend(String query, double epsilon) {
        spend(query, epsilon, 0);
    }

    /**
     * Charges an (ε, δ) query, or refuses it; nothing is charged when it is refused.
     *
     * @param query what the query is, for the ledger and error messages
     * @param epsilon its ε, above 0
     * @param delta its δ, 0 or more
     * @throws PrivacyBudgetExceededException if it would spend more ε or δ than is left
     */
    public synchronized void spend(String query, double epsilon, double delta) {
        DifferentialPrivacy.positive(epsilon, "epsilon");
        if (!(delta >= 0 && delta < 1)) {
            throw new IllegalArgumentException("A query's delta must be in [0, 1), got " + delta);
        }
        if (spentEpsilon() + epsilon > totalEpsilon + TOLERANCE) {
            throw new PrivacyBudgetExceededException(String.format(
                    "Privacy budget exceeded: \"%s\" needs ε = %s but only %s of ε = %s remains (%s spent on %d queries). "
                            + "Ask with a smaller ε, or stop: answering more would weaken the promised privacy.",
                    query, number(epsilon), number(remainingEpsilon()), number(totalEpsilon), number(spentEpsilon()),
                    charges.size()),
                    epsilon, remainingEpsilon());
        }
        if (spentDelta() + delta > totalDelta + TOLERANCE * Math.max(totalDelta, 1e-30)) {
            throw new PrivacyBudgetExceededException(String.format(
                    "Privacy budget exceeded: \"%s\" needs δ = %s but only %s of δ = %s remains (%s spent). "
                            + "Use a smaller δ or a budget made with new PrivacyBudget(ε, δ).",
                    query, number(delta), number(remainingDelta()), number(totalDelta), number(spentDelta())),
                    epsilon, remainingEpsilon());
        }
        charges.add(new Charge(query, epsilon, delta));
    }

    /**
     * The total ε of this budget.
     *
     * @return ε
     */
    public double totalEpsilon() {
        return totalEpsilon;
    }

    /**
     * The total δ of this budget (0 for a pure ε budget).
     *
     * @return δ
     */
    public double totalDelta() {
        return totalDelta;
    }

    /**
     * The ε spent so far: the sum over charged queries.
     *
     * @return spent ε
     */
    public synchronized double spentEpsilon() {
        return charges.stream().mapToDouble(Charge::epsilon).sum();
    }

    /**
     * The ε left, never below 0.
     *
     * @return remaining ε
     */
    public synchronized double remainingEpsilon() {
        return Math.max(0, totalEpsilon - spentEpsilon());
    }

    /**
     * The δ spent so far.
     *
     * @return spent δ
     */
    public synchronized double spentDelta() {
        return charges.stream().mapToDouble(Charge::delta).sum();
    }

    /**
     * The δ left, never below 0.
     *
     * @return remaining δ
     */
    public synchronized double remainingDelta() {
        return Math.max(0, totalDelta - spentDelta());
    }

    /**
     * The charged queries in order, with a running total of ε.
     *
     * @return a table with columns {@code query}, {@code epsilon}, {@code delta},
     *     {@code epsilon_spent}
     */
    public synchronized Table ledger() {
        StringColumn query = StringColumn.create("query");
        DoubleColumn epsilon = DoubleColumn.create("epsilon");
        DoubleColumn delta = DoubleColumn.create("delta");
        DoubleColumn running = DoubleColumn.create("epsilon_spent");
        double sum = 0;
        for (Charge charge : charges) {
            sum += charge.epsilon();
            query.append(charge.query());
            epsilon.append(charge.epsilon());
            delta.append(charge.delta());
            running.append(sum);
        }
        return Table.create("Privacy budget ledger (ε = " + number(totalEpsilon) + ")", query, epsilon, delta, running);
    }

    @Override
    public synchronized String toString() {
        return "PrivacyBudget(ε spent " + number(spentEpsilon()) + " of " + number(totalEpsilon)
                + (totalDelta > 0 ? ", δ spent " + number(spentDelta()) + " of " + number(totalDelta) : "") + ")";
    }

    /** Ten significant digits, so 0.3 + 0.5 reads 0.8 and not 0.7999999999999999. */
    private static String number(double value) {
        return new BigDecimal(value).round(new MathContext(10)).stripTrailingZeros().toPlainString();
    }
}
