package dev.atj.ethics;

import dev.atj.viz.Plot;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.XYChart;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Accuracy against disparity for several models or mitigations on the same test examples, to
 * compare them before and after mitigation: a table with one row per model and a scatter
 * chart with one dot per model (the best sit top left: accurate and fair). Immutable; each
 * {@link #with(String, int[])} returns a new tradeoff with one more model. Fairlearn's user
 * guide draws the same kind of chart to compare mitigations
 * (<a href="https://fairlearn.org/main/user_guide/mitigation/index.html">Fairlearn user guide,
 * Mitigation</a>).
 *
 * <pre>{@code
 * FairnessTradeoff tradeoff = FairnessTradeoff.of(test.y(), testGender)
 *         .with("logistic regression", baseline.predict(test.x()))
 *         .with("reweighed", reweighed.predict(test.x()))
 *         .with("per-group thresholds", thresholds.predict(scores, testGender));
 * tradeoff.table();
 * tradeoff.chart();   // accuracy vs demographic parity difference
 * }</pre>
 */
public final class FairnessTradeoff {
    /** The disparity columns of {@link #table()}, each a Fairlearn measure. */
    public static final List<String> DISPARITIES = List.of("demographic_parity_difference",
            "equalized_odds_difference", "equal_opportunity_difference");

    private final int[] yTrue;
    private final String[] sensitive;
    private final List<String> names;
    private final List<int[]> predictions;

    private FairnessTradeoff(int[] yTrue, String[] sensitive, List<String> names, List<int[]> predictions) {
        this.yTrue = yTrue;
        this.sensitive = sensitive;
        this.names = names;
        this.predictions = predictions;
    }

    /**
     * An empty comparison on these test examples.
     *
     * @param yTrue the true labels, 0 or 1
     * @param sensitive the group of every example
     * @return the tradeoff, with no model yet
     * @throws IllegalArgumentException if the arrays differ in length, are empty, or hold bad values
     */
    public static FairnessTradeoff of(int[] yTrue, String[] sensitive) {
        FairnessInputs.checkSameLength(yTrue, yTrue, sensitive);
        FairnessInputs.checkBinary("yTrue", yTrue);
        return new FairnessTradeoff(yTrue.clone(), sensitive.clone(), List.of(), List.of());
    }

    /**
     * This comparison with one more model.
     *
     * @param name the model's name, shown in the table and the chart's legend; new to this tradeoff
     * @param yPred the model's predictions for the same examples, 0 or 1
     * @return a new tradeoff
     * @throws IllegalArgumentException if the name is taken or the predictions do not fit
     */
    public FairnessTradeoff with(String name, int[] yPred) {
        FairnessInputs.checkSameLength(yTrue, yPred, sensitive);
        FairnessInputs.checkBinary("yPred", yPred);
        if (names.contains(name)) {
            throw new IllegalArgumentException("There is already a model named '" + name + "'; give each a new name.");
        }
        List<String> moreNames = new ArrayList<>(names);
        moreNames.add(name);
        List<int[]> more = new ArrayList<>(predictions);
        more.add(yPred.clone());
        return new FairnessTradeoff(yTrue, sensitive, List.copyOf(moreNames), List.copyOf(more));
    }

    /**
     * One row per model: accuracy and each disparity in {@link #DISPARITIES}.
     *
     * @return a table with columns model, accuracy, demographic_parity_difference,
     *     equalized_odds_difference, equal_opportunity_difference
     */
    public Table table() {
        DoubleColumn accuracy = DoubleColumn.create("accuracy");
        DoubleColumn parity = DoubleColumn.create(DISPARITIES.get(0));
        DoubleColumn odds = DoubleColumn.create(DISPARITIES.get(1));
        DoubleColumn opportunity = DoubleColumn.create(DISPARITIES.get(2));
        for (int[] yPred : predictions) {
            accuracy.append(FairnessMetric.ACCURACY.applyAsDouble(yTrue, yPred));
            parity.append(FairnessMetrics.demographicParityDifference(yTrue, yPred, sensitive));
            odds.append(FairnessMetrics.equalizedOddsDifference(yTrue, yPred, sensitive));
            opportunity.append(FairnessMetrics.equalOpportunityDifference(yTrue, yPred, sensitive));
        }
        return Readable.fourDecimals(Table.create("Accuracy and disparity", StringColumn.create("model", names), accuracy, parity, odds,
                opportunity));
    }

    /**
     * Accuracy against the demographic parity difference, one dot per model.
     *
     * @return the chart
     * @throws IllegalStateException if no model has been added
     */
    public XYChart chart() {
        return chart(DISPARITIES.get(0));
    }

    /**
     * Accuracy against one disparity, one dot (and legend entry) per model.
     *
     * @param disparity one of {@link #DISPARITIES}
     * @return the chart, titled, with axis titles
     * @throws IllegalArgumentException if the disparity is not one of {@link #DISPARITIES}
     * @throws IllegalStateException if no model has been added
     */
    public XYChart chart(String disparity) {
        if (!DISPARITIES.contains(disparity)) {
            throw new IllegalArgumentException("No disparity '" + disparity + "'; choose one of " + DISPARITIES + ".");
        }
        if (names.isEmpty()) {
            throw new IllegalStateException("No model to plot yet; add one with with(name, predictions).");
        }
        return Plot.scatter("Accuracy vs " + disparity.replace('_', ' ') + " (lower is fairer)", table(), disparity,
                "accuracy", "model");
    }

    @Override
    public String toString() {
        return "FairnessTradeoff of " + names + " on " + yTrue.length + " examples";
    }
}
