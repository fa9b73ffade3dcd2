package dev.atj.ai;

import dev.atj.viz.Progress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Trains one small neural network (a DJL multilayer perceptron, Adam, softmax cross-entropy)
 * on the tasks of a {@link TaskSplit} one after another, the way a deployed model meets new
 * data, and tests it on every task seen so far after each one. Three ways to learn:
 * <ul>
 *   <li>{@link #sequential}: just keep training. The network fits the newest task and
 *       <em>catastrophically forgets</em> the old ones (McCloskey and Cohen 1989; French 1999).</li>
 *   <li>{@link #replay}: keep a small {@link ReplayBuffer} of past examples and mix some into
 *       every batch (Rolnick et al. 2019; Chaudhry et al. 2019).</li>
 *   <li>{@link #ewc}: {@link ElasticWeightConsolidation}, a penalty that holds weights
 *       important to old tasks near their old values (Kirkpatrick et al. 2017).</li>
 * </ul>
 *
 * <p>The {@link Scenario scenario} decides how hard the test is (van de Ven and Tolias, "Three
 * scenarios for continual learning", arXiv:1904.07734, 2019). In the
 * {@link Scenario#CLASS_INCREMENTAL class-incremental} scenario, the default, the network
 * must tell all classes seen so far apart with no hint of which task a row came from. This is
 * where forgetting shows: on split digits (seed 42, 5 epochs per task) plain training ends with
 * an average accuracy over the five tasks of 0.41 (the oldest task at 0), replay with 200
 * examples 0.91, EWC with λ = 10,000 0.70. EWC protects weights but cannot teach the output
 * layer to weigh old classes against new ones, so it helps far less than replay here, as van de
 * Ven and Tolias also found. In the {@link Scenario#TASK_INCREMENTAL task-incremental}
 * scenario, the network is told the task and only chooses among that task's classes (a
 * "multi-headed" output); on the digits it then barely forgets (0.998 average accuracy with
 * plain training), leaving little for replay or EWC to fix.
 *
 * <pre>{@code
 * ContinualLearning learner = ContinualLearning.builder().hidden(64).epochs(5).build();
 * ContinualResult plain = learner.sequential(tasks);
 * ContinualResult replay = learner.replay(tasks, new ReplayBuffer(200));
 * ContinualResult ewc = learner.ewc(tasks, new ElasticWeightConsolidation(5000));
 * ContinualResult.compare(plain, replay, ewc);
 * }</pre>
 *
 * <p>Features are fed to the network as given: scale them first (for example with
 * {@link Standardizer}). Runs repeat exactly for the same {@link Seeds#set(long) seed}.
 */
public final class ContinualLearning {
    /** What the network is asked at test time. */
    public enum Scenario {
        /** Choose among all classes seen so far, without being told the task. */
        CLASS_INCREMENTAL,
        /** Choose only among the classes of the row's task, which is given. */
        TASK_INCREMENTAL;

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** How many Fisher-information rows per task at most: enough for a stable estimate, and fast. */
    private static final int FISHER_ROWS = 200;

    private final int[] hidden;
    private final int epochs;
    private final double learningRate;
    private final int batchSize;
    private final Scenario scenario;
    private final boolean quiet;

    private ContinualLearning(Builder builder) {
        this.hidden = builder.hidden.clone();
        this.epochs = builder.epochs;
        this.learningRate = builder.learningRate;
        this.batchSize = builder.batchSize;
        this.scenario = builder.scenario;
        this.quiet = builder.quiet;
    }

    /**
     * Starts configuring a learner.
     *
     * @return a builder: one hidden layer of 64 units, 5 epochs per task, Adam at 0.01,
     *     batches of 32, class-incremental
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Configures a {@link ContinualLearning}. */
    public static final class Builder {
        private int[] hidden = {64};
        private int epochs = 5;
        private double learningRate = 0.01;
        private int batchSize = 32;
        private Scenario scenario = Scenario.CLASS_INCREMENTAL;
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
         * Passes over each task's training rows.
         *
         * @param count 1 or more (default 5)
         * @return this builder
         */
        public Builder epochs(int count) {
            epochs = Require.atLeastOne("epochs", count);
            return this;
        }

        /**
         * Adam's step size.
         *
         * @param rate a positive number (default 0.01)
         * @return this builder
         */
        public Builder learningRate(double rate) {
            learningRate = Require.positiveRate(rate);
            return this;
        }

        /**
         * Rows of the current task per gradient step (replay adds as many again from memory).
         *
         * @param rows 1 or more (default 32)
         * @return this builder
         */
        public Builder batchSize(int rows) {
            batchSize = Require.atLeastOne("batchSize", rows);
            return this;
        }

        /**
         * What the network is asked at test time; see {@link Scenario}.
         *
         * @param value the scenario (default class-incremental)
         * @return this builder
         */
        public Builder scenario(Scenario value) {
            scenario = java.util.Objects.requireNonNull(value, "scenario");
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
         * The learner.
         *
         * @return a learner with these settings
         */
        public ContinualLearning build() {
            return new ContinualLearning(this);
        }
    }

    /**
     * Plain sequential training: each task from where the last one left off.
     *
     * @param tasks the tasks, learned in order
     * @return accuracy per task over time
     */
    public ContinualResult sequential(TaskSplit tasks) {
        return run(tasks, "sequential", null, null);
    }

    /**
     * Experience replay: after each task its training rows are offered to {@code memory}; each
     * later batch of new rows is joined by as many rows drawn at random from it.
     *
     * @param tasks the tasks, learned in order
     * @param memory an empty buffer
     * @return accuracy per task over time
     * @throws IllegalArgumentException if the buffer already holds examples
     */
    public ContinualResult replay(TaskSplit tasks, ReplayBuffer memory) {
        if (memory.seen() > 0) {
            throw new IllegalArgumentException("The replay buffer already holds examples: give a new ReplayBuffer");
        }
        return run(tasks, "replay (" + memory.capacity() + ")", memory, null);
    }

    /**
     * Elastic weight consolidation: after each task its Fisher information (from up to 200
     * training rows) and final weights are remembered; later tasks pay the EWC penalty.
     *
     * @param tasks the tasks, learned in order
     * @param consolidation a consolidation that remembers no task yet
     * @return accuracy per task over time
     * @throws IllegalArgumentException if the consolidation already remembers tasks
     */
    public ContinualResult ewc(TaskSplit tasks, ElasticWeightConsolidation consolidation) {
        if (consolidation.tasks() > 0) {
            throw new IllegalArgumentException("The consolidation already remembers tasks: give a new one");
        }
        return run(tasks, "EWC (λ=" + Require.number(consolidation.lambda()) + ")", null,
                consolidation);
    }

    /**
     * The scenario this learner tests in.
     *
     * @return the scenario
     */
    public Scenario scenario() {
        return scenario;
    }

    private ContinualResult run(TaskSplit tasks, String method, ReplayBuffer memory, ElasticWeightConsolidation ewc) {
        int count = tasks.size();
        int classes = tasks.numClasses();
        int[] taskOf = new int[classes];
        for (int t = 0; t < count; t++) {
            for (int c : tasks.classes(t)) {
                taskOf[c] = t;
            }
        }
        double[][] accuracy = new double[count][count];
        List<String> names = new ArrayList<>();
        Random shuffle = Seeds.random("continual-shuffle");
        try (MlpNetwork network = MlpNetwork.create(hidden, tasks.numFeatures(), classes);
             Progress bar = quiet ? null : Progress.start("Learning " + count + " tasks: " + method, count)) {
            for (int t = 0; t < count; t++) {
                names.add(tasks.name(t));
                Dataset train = tasks.train(t);
                try (MlpSteps steps = MlpSteps.adam(network, learningRate)) {
                    for (int epoch = 0; epoch < epochs; epoch++) {
                        epoch(steps, train, shuffle, memory, ewc, taskOf, tasks);
                    }
                    if (ewc != null) {
                        Dataset sample = train.rows(Arrays.copyOf(MlpShuffle.permutation(train.size(), shuffle),
                                Math.min(FISHER_ROWS, train.size())));
                        ewc.remember(network.weights(), steps.fisher(flat(sample.x()), labels(sample.y()),
                                allowed(sample.y(), taskOf, tasks)));
                    }
                }
                if (memory != null) {
                    memory.offer(train);
                }
                for (int seen = 0; seen <= t; seen++) {
                    accuracy[t][seen] = accuracy(network, tasks.test(seen), tasks.classes(seen));
                }
                if (bar != null) {
                    bar.step();
                }
            }
        }
        return new ContinualResult(method, scenario, names, accuracy);
    }

    private void epoch(MlpSteps steps, Dataset train, Random shuffle, ReplayBuffer memory,
                       ElasticWeightConsolidation ewc, int[] taskOf, TaskSplit tasks) {
        int[] order = MlpShuffle.permutation(train.size(), shuffle);
        for (int start = 0; start < order.length; start += batchSize) {
            int[] batch = Arrays.copyOfRange(order, start, Math.min(order.length, start + batchSize));
            int[] replayed = memory == null || memory.size() == 0 ? new int[0] : memory.draw(batch.length);
            double[][] x = new double[batch.length + replayed.length][];
            int[] y = new int[x.length];
            for (int i = 0; i < batch.length; i++) {
                x[i] = train.x()[batch[i]];
                y[i] = train.y()[batch[i]];
            }
            for (int i = 0; i < replayed.length; i++) {
                x[batch.length + i] = memory.row(replayed[i]);
                y[batch.length + i] = memory.label(replayed[i]);
            }
            steps.step(flat(x), labels(y), allowed(y, taskOf, tasks),
                    ewc == null || ewc.tasks() == 0 ? null : ewc::penalty);
        }
    }

    /** In the task-incremental scenario each row may only be given a class of its own task. */
    private boolean[][] allowed(int[] y, int[] taskOf, TaskSplit tasks) {
        if (scenario == Scenario.CLASS_INCREMENTAL) {
            return null;
        }
        boolean[][] allowed = new boolean[y.length][tasks.numClasses()];
        for (int i = 0; i < y.length; i++) {
            for (int c : tasks.classes(taskOf[y[i]])) {
                allowed[i][c] = true;
            }
        }
        return allowed;
    }

    private double accuracy(MlpNetwork network, Dataset test, int[] taskClasses) {
        double[][] scores = network.forward(flat(test.x()), test.size(), false);
        int right = 0;
        for (int i = 0; i < scores.length; i++) {
            int best = -1;
            for (int c = 0; c < scores[i].length; c++) {
                int k = c;
                boolean candidate = scenario == Scenario.CLASS_INCREMENTAL
                        || Arrays.stream(taskClasses).anyMatch(member -> member == k);
                if (candidate && (best < 0 || scores[i][c] > scores[i][best])) {
                    best = c;
                }
            }
            right += best == test.y()[i] ? 1 : 0;
        }
        return (double) right / test.size();
    }

    static float[] flat(double[][] x) {
        int width = x[0].length;
        float[] out = new float[x.length * width];
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < width; j++) {
                out[i * width + j] = (float) x[i][j];
            }
        }
        return out;
    }

    static float[] labels(int[] y) {
        float[] out = new float[y.length];
        for (int i = 0; i < y.length; i++) {
            out[i] = y[i];
        }
        return out;
    }

    @Override
    public String toString() {
        return "ContinualLearning[" + scenario + ", hidden " + Arrays.toString(hidden) + ", " + epochs
                + " epochs per task, Adam " + learningRate + ", batch " + batchSize + "]";
    }
}
