package dev.atj.ai;

import dev.atj.crypto.SecureAggregation;
import dev.atj.viz.Progress;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Federated averaging (FedAvg): a model trained by many clients whose data never leaves them.
 * Each round, every client starts from the server's global weights, trains its own copy for a
 * few local epochs of mini-batch SGD on its own rows, and sends back only the weights; the
 * server replaces the global weights by the mean of the clients' weights, each weighted by the
 * client's number of rows ({@code w = Σ n_k w_k / Σ n_k}). The network is a DJL multilayer
 * perceptron with softmax cross-entropy, the same as {@link MlpClassifier}'s.
 *
 * <p>With {@link Builder#secure(boolean) secure aggregation} the server does not even see a
 * client's weights: every client's {@code n_k w_k} is split into additive secret shares with
 * {@link SecureAggregation} (fixed point, six decimals), and only the sum is rebuilt. The
 * average then equals the plain one up to that fixed-point rounding (about 10<sup>-6</sup> /
 * {@code Σ n_k} per weight).
 *
 * <p>Training is deterministic for a fixed {@link Seeds#set(long) seed}: the first weights,
 * and each client's batch order (drawn from a generator per client position), repeat exactly.
 * SGD carries no state between steps, so FedAvg with a single client is exactly
 * {@link #centralised centralised} training on that client's rows for
 * {@code rounds × localEpochs} epochs.
 *
 * <pre>{@code
 * FederatedAveraging fed = FederatedAveraging.builder().rounds(10).localEpochs(2).build();
 * FederatedResult nonIid = fed.run(ClientSplit.shards(train, 10, 2).clients(), test);
 * FederatedResult central = fed.centralised(train, test);
 * }</pre>
 *
 * <p>Reference: McMahan, Moore, Ramage, Hampson and Agüera y Arcas, "Communication-efficient
 * learning of deep networks from decentralized data", AISTATS 2017, algorithm 1 (here every
 * client takes part in every round, C = 1). Secure aggregation: Bonawitz et al., "Practical
 * secure aggregation for privacy-preserving machine learning", CCS 2017 (the idea; this is a
 * simulation without dropouts or key agreement).
 */
public final class FederatedAveraging {
    private final int[] hidden;
    private final int rounds;
    private final int localEpochs;
    private final double learningRate;
    private final int batchSize;
    private final boolean secure;
    private final boolean quiet;

    private FederatedAveraging(Builder builder) {
        this.hidden = builder.hidden.clone();
        this.rounds = builder.rounds;
        this.localEpochs = builder.localEpochs;
        this.learningRate = builder.learningRate;
        this.batchSize = builder.batchSize;
        this.secure = builder.secure;
        this.quiet = builder.quiet;
    }

    /**
     * Starts configuring federated averaging.
     *
     * @return a builder: one hidden layer of 32 units, 10 rounds of 1 local epoch, SGD at
     *     0.05, batches of 16, plain (not secure) aggregation
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Configures a {@link FederatedAveraging}. */
    public static final class Builder {
        private int[] hidden = {32};
        private int rounds = 10;
        private int localEpochs = 1;
        private double learningRate = 0.05;
        private int batchSize = 16;
        private boolean secure;
        private boolean quiet;

        private Builder() {
        }

        /**
         * The hidden layers (fully connected, ReLU).
         *
         * @param units units per layer, input side first
         * @return this builder
         */
        public Builder hidden(int... units) {
            hidden = Require.hiddenUnits(units);
            return this;
        }

        /**
         * How many times the server averages (communication rounds).
         *
         * @param count 1 or more (default 10)
         * @return this builder
         */
        public Builder rounds(int count) {
            rounds = Require.atLeastOne("rounds", count);
            return this;
        }

        /**
         * Passes over its own rows each client makes per round (McMahan's E).
         *
         * @param count 1 or more (default 1)
         * @return this builder
         */
        public Builder localEpochs(int count) {
            localEpochs = Require.atLeastOne("localEpochs", count);
            return this;
        }

        /**
         * The SGD step size (McMahan's η).
         *
         * @param rate a positive number (default 0.05)
         * @return this builder
         */
        public Builder learningRate(double rate) {
            learningRate = Require.positiveRate(rate);
            return this;
        }

        /**
         * Rows per local SGD step (McMahan's B).
         *
         * @param rows 1 or more (default 16)
         * @return this builder
         */
        public Builder batchSize(int rows) {
            batchSize = Require.atLeastOne("batchSize", rows);
            return this;
        }

        /**
         * Whether the server learns only the sum of the clients' weighted weights, through
         * additive secret sharing ({@link SecureAggregation}); needs 2 or more clients.
         *
         * @param on true for secure aggregation (default false)
         * @return this builder
         */
        public Builder secure(boolean on) {
            secure = on;
            return this;
        }

        /**
         * Trains without a progress bar.
         *
         * @return this builder
         */
        public Builder quiet() {
            quiet = true;
            return this;
        }

        /**
         * The trainer.
         *
         * @return federated averaging with these settings
         */
        public FederatedAveraging build() {
            return new FederatedAveraging(this);
        }
    }

    /**
     * Runs federated averaging and tests the global model after each round.
     *
     * @param clients the clients, all with the same features and classes
     * @param test held-out rows to score the global model on
     * @return accuracy per round and the final weights
     * @throws IllegalArgumentException if there are no clients, or secure aggregation is on
     *     with only one
     */
    public FederatedResult run(List<FederatedClient> clients, Dataset test) {
        if (clients.isEmpty()) {
            throw new IllegalArgumentException("No clients: give at least one FederatedClient");
        }
        if (secure && clients.size() < 2) {
            throw new IllegalArgumentException("Secure aggregation needs at least 2 clients (with one, the sum is "
                    + "that client's weights): add clients or build with secure(false)");
        }
        int classes = test.numClasses();
        Random[] shuffles = new Random[clients.size()];
        Arrays.setAll(shuffles, FederatedAveraging::shuffle);
        double[] accuracy = new double[rounds];
        try (MlpNetwork network = MlpNetwork.create(hidden, test.numFeatures(), classes);
             Progress bar = quiet ? null : Progress.start("Federated averaging", rounds)) {
            float[] global = network.weights();
            for (int round = 0; round < rounds; round++) {
                float[][] local = new float[clients.size()][];
                for (int k = 0; k < clients.size(); k++) {
                    network.load(global);
                    try (MlpSteps steps = MlpSteps.sgd(network, learningRate)) {
                        for (int epoch = 0; epoch < localEpochs; epoch++) {
                            epoch(steps, clients.get(k).data(), shuffles[k]);
                        }
                    }
                    local[k] = network.weights();
                }
                global = secure ? secureAverage(clients, local) : average(clients, local);
                network.load(global);
                accuracy[round] = accuracy(network, test);
                if (bar != null) {
                    bar.step();
                }
            }
            String name = "FedAvg" + (secure ? " (secure)" : "") + ", " + clients.size()
                    + (clients.size() == 1 ? " client" : " clients");
            return new FederatedResult(name, accuracy, global, hidden, test.numFeatures(), classes);
        }
    }

    /**
     * Runs federated averaging on the clients of a split, naming the result after the split.
     *
     * @param split the clients
     * @param test held-out rows
     * @return accuracy per round and the final weights
     */
    public FederatedResult run(ClientSplit split, Dataset test) {
        FederatedResult result = run(split.clients(), test);
        return new FederatedResult(result.name() + ", " + split.kind(), result.accuracyPerRound(), result.weights(),
                hidden, test.numFeatures(), test.numClasses());
    }

    /**
     * Ordinary training on all rows in one place, for comparison: the same network, SGD
     * settings and first weights, {@code rounds × localEpochs} epochs, scored after every
     * {@code localEpochs} epochs (one "round"). The batch order is that of the first client
     * of {@link #run}.
     *
     * @param train all training rows
     * @param test held-out rows
     * @return accuracy per round and the final weights
     */
    public FederatedResult centralised(Dataset train, Dataset test) {
        double[] accuracy = new double[rounds];
        Random shuffle = shuffle(0);
        try (MlpNetwork network = MlpNetwork.create(hidden, test.numFeatures(), test.numClasses());
             MlpSteps steps = MlpSteps.sgd(network, learningRate);
             Progress bar = quiet ? null : Progress.start("Centralised training", rounds)) {
            for (int round = 0; round < rounds; round++) {
                for (int epoch = 0; epoch < localEpochs; epoch++) {
                    epoch(steps, train, shuffle);
                }
                accuracy[round] = accuracy(network, test);
                if (bar != null) {
                    bar.step();
                }
            }
            return new FederatedResult("centralised", accuracy, network.weights(), hidden, test.numFeatures(),
                    test.numClasses());
        }
    }

    private static Random shuffle(int client) {
        return Seeds.random("federated-shuffle-" + client);
    }

    private void epoch(MlpSteps steps, Dataset data, Random shuffle) {
        int[] order = MlpShuffle.permutation(data.size(), shuffle);
        for (int start = 0; start < order.length; start += batchSize) {
            int[] batch = Arrays.copyOfRange(order, start, Math.min(order.length, start + batchSize));
            double[][] x = new double[batch.length][];
            int[] y = new int[batch.length];
            for (int i = 0; i < batch.length; i++) {
                x[i] = data.x()[batch[i]];
                y[i] = data.y()[batch[i]];
            }
            steps.step(ContinualLearning.flat(x), ContinualLearning.labels(y), null, null);
        }
    }

    /** Σ n_k w_k / Σ n_k, in double so that one client's weights come back unchanged. */
    static float[] average(List<FederatedClient> clients, float[][] local) {
        double total = clients.stream().mapToInt(FederatedClient::size).sum();
        float[] mean = new float[local[0].length];
        for (int i = 0; i < mean.length; i++) {
            double sum = 0;
            for (int k = 0; k < local.length; k++) {
                sum += (double) clients.get(k).size() * local[k][i];
            }
            mean[i] = (float) (sum / total);
        }
        return mean;
    }

    /** The same mean, but each weight's sum is rebuilt from additive shares: no client's n_k w_k is revealed. */
    static float[] secureAverage(List<FederatedClient> clients, float[][] local) {
        double total = clients.stream().mapToInt(FederatedClient::size).sum();
        float[] mean = new float[local[0].length];
        for (int i = 0; i < mean.length; i++) {
            Map<String, Double> inputs = new LinkedHashMap<>();
            for (int k = 0; k < local.length; k++) {
                inputs.put(clients.get(k).name() + " #" + k, (double) clients.get(k).size() * local[k][i]);
            }
            mean[i] = (float) (SecureAggregation.of(inputs).total() / total);
        }
        return mean;
    }

    private static double accuracy(MlpNetwork network, Dataset test) {
        double[][] scores = network.forward(ContinualLearning.flat(test.x()), test.size(), false);
        int right = 0;
        for (int i = 0; i < scores.length; i++) {
            int best = 0;
            for (int c = 1; c < scores[i].length; c++) {
                if (scores[i][c] > scores[i][best]) {
                    best = c;
                }
            }
            right += best == test.y()[i] ? 1 : 0;
        }
        return (double) right / test.size();
    }

    @Override
    public String toString() {
        return "FederatedAveraging[hidden " + Arrays.toString(hidden) + ", " + rounds + " rounds × " + localEpochs
                + " local epochs, SGD " + learningRate + ", batch " + batchSize + (secure ? ", secure" : "") + "]";
    }
}
