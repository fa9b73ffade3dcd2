package dev.atj.ai;

import dev.atj.viz.Plot;
import java.util.function.IntUnaryOperator;
import org.knowm.xchart.XYChart;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

/**
 * A model that knows when to ask: predictions whose top class probability is below a
 * threshold are deferred to a person, the rest are automated. Raising the threshold sends
 * more cases to people (lower coverage) and makes the automated decisions more accurate;
 * {@link #sweep} shows the trade-off. In a simulation the "person" is a function from a row's
 * position to a label, for example an oracle that looks up the true label.
 *
 * <pre>{@code
 * double[][] p = model.predictProba(test.x());
 * IntUnaryOperator person = row -> test.y()[row];         // an expert who is always right
 * HumanInTheLoop.Outcome o = new HumanInTheLoop(0.9).evaluate(p, test.y(), person);
 * o.coverage();            // share decided by the model
 * HumanInTheLoop.sweep(p, test.y(), person, 0.5, 0.7, 0.9, 0.99);   // the table to pick a threshold from
 * }</pre>
 *
 * <p>This is selective classification with a reject option: Chow, "On optimum recognition
 * error and reject tradeoff", IEEE Trans. Information Theory 16(1), 1970; Geifman and
 * El-Yaniv, "Selective classification for deep neural networks", NeurIPS 2017 (coverage and
 * selective risk). Softmax confidence is a simple score and can be overconfident; calibrate it
 * before trusting a threshold.
 */
public final class HumanInTheLoop {
    private final double threshold;

    /**
     * Defers every prediction whose top probability is below {@code threshold}.
     *
     * @param threshold between 0 and 1; 0 automates everything
     * @throws IllegalArgumentException if the threshold lies outside [0, 1]
     */
    public HumanInTheLoop(double threshold) {
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new IllegalArgumentException("The threshold is a probability between 0 and 1, got " + threshold);
        }
        this.threshold = threshold;
    }

    /**
     * The confidence below which a case goes to a person.
     *
     * @return the threshold
     */
    public double threshold() {
        return threshold;
    }

    /**
     * Whether a case goes to a person.
     *
     * @param probabilities the model's class probabilities for one row
     * @return true when the largest is below the threshold
     */
    public boolean defers(double[] probabilities) {
        return probabilities[argmax(probabilities)] < threshold;
    }

    /**
     * The final decisions: the model's class where it is confident enough, the person's answer
     * elsewhere.
     *
     * @param probabilities {@code [row][class]}
     * @param person gives the label of a deferred row, from its position
     * @return one label per row
     */
    public int[] decide(double[][] probabilities, IntUnaryOperator person) {
        int[] decisions = new int[probabilities.length];
        for (int i = 0; i < probabilities.length; i++) {
            decisions[i] = defers(probabilities[i]) ? person.applyAsInt(i) : argmax(probabilities[i]);
        }
        return decisions;
    }

    /**
     * How deferral worked out on labelled rows.
     *
     * @param deferred how many rows went to the person
     * @param coverage the share of rows the model decided alone
     * @param automatedAccuracy the model's accuracy on the rows it decided (NaN when it decided none)
     * @param overallAccuracy the accuracy of all final decisions, the person's included
     */
    public record Outcome(int deferred, double coverage, double automatedAccuracy, double overallAccuracy) {
    }

    /**
     * Decides every row and scores the decisions against the truth.
     *
     * @param probabilities {@code [row][class]}
     * @param truth the true class of each row
     * @param person gives the label of a deferred row, from its position
     * @return coverage and accuracies
     * @throws IllegalArgumentException if the arrays are empty or differ in length
     */
    public Outcome evaluate(double[][] probabilities, int[] truth, IntUnaryOperator person) {
        if (probabilities.length == 0 || probabilities.length != truth.length) {
            throw new IllegalArgumentException("Got " + probabilities.length + " rows of probabilities and "
                    + truth.length + " true labels: give one of each per row, at least one row");
        }
        int deferred = 0;
        int automatedRight = 0;
        int right = 0;
        for (int i = 0; i < truth.length; i++) {
            boolean toPerson = defers(probabilities[i]);
            int decision = toPerson ? person.applyAsInt(i) : argmax(probabilities[i]);
            deferred += toPerson ? 1 : 0;
            automatedRight += !toPerson && decision == truth[i] ? 1 : 0;
            right += decision == truth[i] ? 1 : 0;
        }
        int automated = truth.length - deferred;
        return new Outcome(deferred, (double) automated / truth.length,
                automated == 0 ? Double.NaN : (double) automatedRight / automated, (double) right / truth.length);
    }

    /**
     * The trade-off over several thresholds.
     *
     * @param probabilities {@code [row][class]}
     * @param truth the true class of each row
     * @param person gives the label of a deferred row
     * @param thresholds the thresholds to try
     * @return a table with columns {@code threshold}, {@code deferred}, {@code coverage},
     *     {@code automated_accuracy}, {@code overall_accuracy}
     */
    public static Table sweep(double[][] probabilities, int[] truth, IntUnaryOperator person, double... thresholds) {
        DoubleColumn threshold = DoubleColumn.create("threshold");
        IntColumn deferred = IntColumn.create("deferred");
        DoubleColumn coverage = DoubleColumn.create("coverage");
        DoubleColumn automated = DoubleColumn.create("automated_accuracy");
        DoubleColumn overall = DoubleColumn.create("overall_accuracy");
        for (double t : thresholds) {
            Outcome outcome = new HumanInTheLoop(t).evaluate(probabilities, truth, person);
            threshold.append(t);
            deferred.append(outcome.deferred());
            coverage.append(outcome.coverage());
            if (Double.isNaN(outcome.automatedAccuracy())) {
                automated.appendMissing();
            } else {
                automated.append(outcome.automatedAccuracy());
            }
            overall.append(outcome.overallAccuracy());
        }
        return Table.create("Deferral to a person", threshold, deferred, coverage, automated, overall);
    }

    /**
     * Coverage, automated accuracy and overall accuracy against the threshold, from a
     * {@link #sweep} table.
     *
     * @param sweep the table {@link #sweep} made
     * @return the chart
     */
    public static XYChart chart(Table sweep) {
        XYChart chart = Plot.lines("Deferring low-confidence cases to a person", sweep, "threshold",
                "coverage", "automated_accuracy", "overall_accuracy");
        chart.setYAxisTitle("share of test rows");
        return chart;
    }

    private static int argmax(double[] values) {
        int best = 0;
        for (int c = 1; c < values.length; c++) {
            if (values[c] > values[best]) {
                best = c;
            }
        }
        return best;
    }

    @Override
    public String toString() {
        return "HumanInTheLoop[defer below " + threshold + "]";
    }
}
