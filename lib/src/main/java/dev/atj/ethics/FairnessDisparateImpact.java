package dev.atj.ethics;

import java.util.Locale;

/**
 * The disparate impact of a decision on an unprivileged group compared with a privileged one,
 * as AIF360 defines it (<a href="https://aif360.readthedocs.io/en/stable/modules/generated/aif360.metrics.ClassificationMetric.html">AIF360
 * ClassificationMetric.disparate_impact</a>): the unprivileged group's selection rate
 * divided by the privileged group's. The US EEOC's four-fifths rule (Uniform Guidelines on
 * Employee Selection Procedures, 29 CFR 1607.4(D)) reads a ratio below 0.8 as evidence of
 * adverse impact. A ratio above 1 means the unprivileged group is selected more often.
 *
 * <pre>{@code
 * FairnessDisparateImpact impact = FairnessMetrics.disparateImpact(yPred, gender, "male");
 * impact.ratio();                  // 0.62
 * impact.passesFourFifthsRule();   // false
 * impact.verdict();                // a sentence saying so
 * }</pre>
 *
 * @param privileged the privileged group's name
 * @param unprivileged the unprivileged group's name, or {@code "not <privileged>"} for every
 *     other group together
 * @param privilegedRate the privileged group's selection rate (share predicted 1)
 * @param unprivilegedRate the unprivileged group's selection rate
 * @param ratio {@code unprivilegedRate / privilegedRate}; infinite when only the privileged
 *     rate is 0, NaN when both are
 */
public record FairnessDisparateImpact(String privileged, String unprivileged, double privilegedRate,
                                      double unprivilegedRate, double ratio) {

    /** The four-fifths rule's threshold. */
    public static final double FOUR_FIFTHS = 0.8;

    /**
     * Whether the ratio is at least 0.8, the four-fifths rule's threshold. A NaN ratio (no one
     * selected in either group) does not pass: there is nothing to compare.
     *
     * @return true if the unprivileged group is selected at least four fifths as often
     */
    public boolean passesFourFifthsRule() {
        return ratio >= FOUR_FIFTHS;
    }

    /**
     * The result in one plain sentence.
     *
     * @return the verdict
     */
    public String verdict() {
        if (Double.isNaN(ratio)) {
            return "Undefined: no one in '" + privileged + "' or '" + unprivileged + "' is selected.";
        }
        String rates = String.format(Locale.ROOT, "selection rate %.3f for '%s' vs %.3f for '%s', ratio %.3f",
                unprivilegedRate, unprivileged, privilegedRate, privileged, ratio);
        return passesFourFifthsRule() ? "Passes the four-fifths rule: " + rates + " (at least 0.8)."
                : "Fails the four-fifths rule: " + rates + " (below 0.8), which suggests adverse impact.";
    }

    @Override
    public String toString() {
        return verdict();
    }
}
