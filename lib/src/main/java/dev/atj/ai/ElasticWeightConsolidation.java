package dev.atj.ai;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.util.ArrayList;
import java.util.List;

/**
 * Elastic weight consolidation (EWC): after each task, remember the weights
 * {@code θ*} the task ended with and how much each weight mattered to it, the diagonal of
 * the Fisher information {@code F}; while learning later tasks, add to the loss a spring
 * that pulls important weights back,
 * <pre>
 *   penalty(θ) = λ/2 · Σ_tasks Σ_i F_i (θ_i − θ*_i)²
 * </pre>
 * Weights the old tasks did not use (small {@code F}) stay free to learn the new one. The
 * Fisher diagonal here is the empirical one: the mean over the task's training rows of the
 * squared gradient of {@code log p(true class | row)}. {@link ContinualLearning#ewc} fills
 * it in; this class holds the anchors and computes the penalty.
 *
 * <pre>{@code
 * ContinualResult result = learner.ewc(tasks, 5000);     // λ = 5000
 * }</pre>
 *
 * <p>Reference: Kirkpatrick et al., "Overcoming catastrophic forgetting in neural networks",
 * PNAS 114(13), 2017, equation 3 (one penalty per earlier task, as in their section on
 * several tasks).
 */
public final class ElasticWeightConsolidation {
    private final double lambda;
    private final List<float[]> anchors = new ArrayList<>();
    private final List<float[]> fishers = new ArrayList<>();

    /**
     * A consolidation that remembers no task yet.
     *
     * @param lambda how strongly old weights are held, 0 or more (0 is plain sequential training)
     * @throws IllegalArgumentException if lambda is negative or not finite
     */
    public ElasticWeightConsolidation(double lambda) {
        if (!(lambda >= 0) || Double.isInfinite(lambda)) {
            throw new IllegalArgumentException("lambda must be a finite number of 0 or more, got " + lambda);
        }
        this.lambda = lambda;
    }

    /**
     * The strength of the penalty.
     *
     * @return λ
     */
    public double lambda() {
        return lambda;
    }

    /**
     * Remembers a finished task.
     *
     * @param weights the network's weights at the end of the task (θ*), flattened
     * @param fisher the Fisher information of each weight, in the same order
     * @throws IllegalArgumentException if the lengths differ from each other or from earlier tasks
     */
    public void remember(float[] weights, float[] fisher) {
        if (weights.length != fisher.length || (!anchors.isEmpty() && anchors.get(0).length != weights.length)) {
            throw new IllegalArgumentException("Got " + weights.length + " weights and " + fisher.length
                    + " Fisher values; both must have one value per weight of the same network");
        }
        anchors.add(weights.clone());
        fishers.add(fisher.clone());
    }

    /**
     * How many tasks are remembered.
     *
     * @return the number of {@link #remember} calls
     */
    public int tasks() {
        return anchors.size();
    }

    /**
     * The penalty for a set of weights, as added to the loss.
     *
     * @param weights the network's weights, flattened as in {@link #remember}
     * @return λ/2 · Σ F (θ − θ*)², 0 when no task is remembered
     */
    public double penalty(float[] weights) {
        double sum = 0;
        for (int t = 0; t < anchors.size(); t++) {
            float[] anchor = anchors.get(t);
            float[] fisher = fishers.get(t);
            for (int i = 0; i < weights.length; i++) {
                double d = weights[i] - anchor[i];
                sum += fisher[i] * d * d;
            }
        }
        return lambda / 2 * sum;
    }

    /**
     * The mean Fisher information per weight of each remembered task: how much the tasks
     * pinned the network down.
     *
     * @return one value per task, in order
     */
    public double[] meanImportance() {
        return fishers.stream().mapToDouble(f -> {
            double s = 0;
            for (float v : f) {
                s += v;
            }
            return s / f.length;
        }).toArray();
    }

    /** The same penalty on the network's live parameter arrays, so autograd can take its gradient. */
    NDArray penalty(List<NDArray> parameters, NDManager manager) {
        NDArray total = manager.zeros(new ai.djl.ndarray.types.Shape());
        for (int t = 0; t < anchors.size(); t++) {
            int offset = 0;
            for (NDArray weights : parameters) {
                int size = Math.toIntExact(weights.size());
                NDArray anchor = manager.create(java.util.Arrays.copyOfRange(anchors.get(t), offset, offset + size),
                        weights.getShape());
                NDArray fisher = manager.create(java.util.Arrays.copyOfRange(fishers.get(t), offset, offset + size),
                        weights.getShape());
                total = total.add(weights.sub(anchor).square().mul(fisher).sum());
                offset += size;
            }
        }
        return total.mul((float) (lambda / 2));
    }

    @Override
    public String toString() {
        return "ElasticWeightConsolidation[lambda " + lambda + ", " + tasks() + " tasks remembered]";
    }
}
