package dev.atj.ai;

import dev.atj.viz.Plot;
import java.util.Locale;
import org.knowm.xchart.XYChart;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

/**
 * The outcome of {@link FederatedAveraging}: the global model's test accuracy after each
 * round and its final weights.
 *
 * <pre>{@code
 * FederatedResult iid = fed.run(ClientSplit.iid(train, 10).clients(), test);
 * iid.table();                                   // round, accuracy
 * FederatedResult.chart(iid, nonIid, central);   // one line each
 * iid.predictProba(test.x());                    // the global model's class probabilities
 * }</pre>
 */
public final class FederatedResult {
    private final String name;
    private final double[] accuracy;
    private final float[] weights;
    private final int[] hidden;
    private final int inputs;
    private final int classes;

    FederatedResult(String name, double[] accuracy, float[] weights, int[] hidden, int inputs, int classes) {
        this.name = name;
        this.accuracy = accuracy;
        this.weights = weights;
        this.hidden = hidden.clone();
        this.inputs = inputs;
        this.classes = classes;
    }

    /**
     * What was trained, for example {@code "FedAvg, non-IID (2 shards each), 10 clients"}.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * The global model's test accuracy after each round.
     *
     * @return one value per round, in order
     */
    public double[] accuracyPerRound() {
        return accuracy.clone();
    }

    /**
     * The test accuracy after the last round.
     *
     * @return the accuracy between 0 and 1
     */
    public double finalAccuracy() {
        return accuracy[accuracy.length - 1];
    }

    /**
     * The final global weights, flattened layer by layer (weights, then biases).
     *
     * @return a copy of the weights
     */
    public float[] weights() {
        return weights.clone();
    }

    /**
     * The largest absolute difference between this model's weights and another's, to check
     * that two ways of training reached the same model.
     *
     * @param other a result from a network of the same shape
     * @return the largest |w − w'|
     * @throws IllegalArgumentException if the networks differ in shape
     */
    public double maxWeightDifference(FederatedResult other) {
        if (other.weights.length != weights.length) {
            throw new IllegalArgumentException("The networks differ in size (" + weights.length + " and "
                    + other.weights.length + " weights): compare results of the same FederatedAveraging settings");
        }
        double max = 0;
        for (int i = 0; i < weights.length; i++) {
            max = Math.max(max, Math.abs((double) weights[i] - other.weights[i]));
        }
        return max;
    }

    /**
     * The global model's class probabilities for some rows.
     *
     * @param x rows with the training features, scaled the same way
     * @return {@code [row][class]}, each row summing to 1
     */
    public double[][] predictProba(double[][] x) {
        MlpInputs.columns("x", MlpInputs.features("x", x), inputs);
        try (MlpNetwork network = MlpNetwork.create(hidden, inputs, classes)) {
            network.load(weights);
            return network.forward(ContinualLearning.flat(x), x.length, true);
        }
    }

    /**
     * The accuracy after each round.
     *
     * @return a table with columns {@code round} and {@code accuracy}
     */
    public Table table() {
        IntColumn round = IntColumn.create("round");
        DoubleColumn value = DoubleColumn.create("accuracy");
        for (int r = 0; r < accuracy.length; r++) {
            round.append(r + 1);
            value.append(accuracy[r]);
        }
        return Table.create(name, round, value);
    }

    /**
     * The test accuracy per round of several results, one line each.
     *
     * @param results results with the same number of rounds
     * @return the chart
     */
    public static XYChart chart(FederatedResult... results) {
        IntColumn round = IntColumn.create("round");
        Table wide = Table.create("Federated averaging", round);
        int rounds = results[0].accuracy.length;
        for (int r = 0; r < rounds; r++) {
            round.append(r + 1);
        }
        for (FederatedResult result : results) {
            if (result.accuracy.length != rounds) {
                throw new IllegalArgumentException(result.name + " has " + result.accuracy.length + " rounds but "
                        + results[0].name + " has " + rounds + ": chart results with the same number of rounds");
            }
            wide.addColumns(DoubleColumn.create(result.name, result.accuracy));
        }
        String[] lines = wide.columnNames().subList(1, wide.columnCount()).toArray(String[]::new);
        XYChart chart = Plot.lines("Global model accuracy per round", wide, "round", lines);
        chart.setYAxisTitle("test accuracy");
        return chart;
    }

    /**
     * A one-line summary, for example {@code FederatedResult[FedAvg, IID, 10 clients: 10 rounds, accuracy 0.950]}.
     *
     * @return the summary
     */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "FederatedResult[%s: %d rounds, accuracy %.3f]", name, accuracy.length,
                finalAccuracy());
    }
}
