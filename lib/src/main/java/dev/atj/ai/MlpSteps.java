package dev.atj.ai;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Adam;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Training an existing {@link MlpNetwork} one mini-batch at a time, for learning schemes
 * whose loop differs from plain {@code fit}: batches mixed with replayed examples, a penalty
 * added to the loss, outputs restricted to some classes, weights swapped in and out between
 * steps. The loss is softmax cross-entropy; labels are class numbers.
 */
final class MlpSteps implements AutoCloseable {
    /** Added to the outputs of classes outside a mask: their softmax probability becomes 0. */
    private static final float MASKED = -1e9f;

    private final MlpNetwork network;
    private final Trainer trainer;

    private MlpSteps(MlpNetwork network, Optimizer optimizer) {
        this.network = network;
        DefaultTrainingConfig config = new DefaultTrainingConfig(Loss.softmaxCrossEntropyLoss())
                .optOptimizer(optimizer)
                .optDevices(new Device[] {network.manager().getDevice()});
        this.trainer = network.model().newTrainer(config);
        trainer.initialize(new Shape(1, network.inputs()));
    }

    /** Steps with Adam, whose moment estimates live as long as this object. */
    static MlpSteps adam(MlpNetwork network, double learningRate) {
        return new MlpSteps(network, Adam.builder().optLearningRateTracker(Tracker.fixed((float) learningRate)).build());
    }

    /** Steps with plain stochastic gradient descent: no state carried from one step to the next. */
    static MlpSteps sgd(MlpNetwork network, double learningRate) {
        return new MlpSteps(network, Optimizer.sgd().setLearningRateTracker(Tracker.fixed((float) learningRate)).build());
    }

    /**
     * One gradient step on a batch.
     *
     * @param x the batch's rows, flattened
     * @param y their class numbers
     * @param allowed for each row, which outputs may win (a mask over classes), or null for all
     * @param penalty extra loss computed from the parameter arrays, or null
     * @return the batch's cross-entropy (without the penalty)
     */
    double step(float[] x, float[] y, boolean[][] allowed, BiFunction<List<NDArray>, NDManager, NDArray> penalty) {
        int rows = y.length;
        try (NDManager scratch = network.manager().newSubManager();
             GradientCollector gradients = trainer.newGradientCollector()) {
            NDArray logits = masked(trainer.forward(new NDList(scratch.create(x, new Shape(rows, network.inputs()))))
                    .singletonOrThrow(), allowed, scratch);
            NDArray crossEntropy = trainer.getLoss().evaluate(new NDList(scratch.create(y)), new NDList(logits));
            NDArray loss = penalty == null ? crossEntropy : crossEntropy.add(penalty.apply(arrays(), scratch));
            gradients.backward(loss);
            double value = crossEntropy.getFloat();
            trainer.step();
            return value;
        }
    }

    /**
     * The diagonal of the empirical Fisher information: for each weight, the mean over rows of
     * the squared gradient of the log-likelihood of the row's true class.
     */
    float[] fisher(float[] x, float[] y, boolean[][] allowed) {
        int rows = y.length;
        int inputs = network.inputs();
        float[] sum = new float[network.weights().length];
        for (int row = 0; row < rows; row++) {
            float[] one = java.util.Arrays.copyOfRange(x, row * inputs, (row + 1) * inputs);
            try (NDManager scratch = network.manager().newSubManager();
                 GradientCollector gradients = trainer.newGradientCollector()) {
                gradients.zeroGradients();
                NDArray logits = masked(trainer.forward(new NDList(scratch.create(one, new Shape(1, inputs))))
                        .singletonOrThrow(), allowed == null ? null : new boolean[][] {allowed[row]}, scratch);
                gradients.backward(trainer.getLoss().evaluate(new NDList(scratch.create(new float[] {y[row]})),
                        new NDList(logits)));
                int offset = 0;
                for (NDArray weights : arrays()) {
                    float[] gradient = weights.getGradient().toFloatArray();
                    for (int i = 0; i < gradient.length; i++) {
                        sum[offset + i] += gradient[i] * gradient[i];
                    }
                    offset += gradient.length;
                }
                gradients.zeroGradients();
            }
        }
        for (int i = 0; i < sum.length; i++) {
            sum[i] /= rows;
        }
        return sum;
    }

    private List<NDArray> arrays() {
        return network.parameters().stream().map(Parameter::getArray).toList();
    }

    private static NDArray masked(NDArray logits, boolean[][] allowed, NDManager scratch) {
        if (allowed == null) {
            return logits;
        }
        int classes = allowed[0].length;
        float[] offsets = new float[allowed.length * classes];
        for (int row = 0; row < allowed.length; row++) {
            for (int c = 0; c < classes; c++) {
                offsets[row * classes + c] = allowed[row][c] ? 0f : MASKED;
            }
        }
        return logits.add(scratch.create(offsets, new Shape(allowed.length, classes)));
    }

    @Override
    public void close() {
        trainer.close();
    }
}
