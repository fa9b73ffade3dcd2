package dev.atj.ai;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Parameter;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import ai.djl.training.Trainer;
import ai.djl.training.dataset.ArrayDataset;
import ai.djl.training.dataset.Batch;
import ai.djl.training.dataset.BatchSampler;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Adam;
import ai.djl.training.tracker.Tracker;
import ai.djl.translate.TranslateException;
import java.io.IOException;
import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * A trained multilayer perceptron held by DJL (Linear and ReLU layers in a
 * {@link SequentialBlock}), and the training loop that makes one. The network's weights live
 * in native PyTorch memory owned by a DJL {@link Model}; {@link #close()} frees them.
 */
final class MlpNetwork implements AutoCloseable {
    private final Model model;
    private final int inputs;
    private final int outputs;

    private MlpNetwork(Model model, int inputs, int outputs) {
        this.model = model;
        this.inputs = inputs;
        this.outputs = outputs;
    }

    /**
     * Scaled rows flattened row by row, with one float label per row (a class index or a
     * scaled target).
     */
    record Table(float[] x, float[] y, int rows, int inputs) {
        Shape shape() {
            return new Shape(rows, inputs);
        }
    }

    /** A network and the losses recorded while training it. */
    record Trained(MlpNetwork network, MlpHistory history) {
    }

    /**
     * Trains a new network with Adam on mini-batches of {@code train}, seeded from {@link Seeds}.
     *
     * @param validation held-out rows to score after each epoch, or null
     */
    static Trained train(MlpSettings settings, String label, Loss loss, int outputs, Table train, Table validation) {
        Device device = Devices.best();
        Seeds.seedDjl();
        Model model = Model.newInstance("mlp", device);
        try {
            model.setBlock(block(settings.hidden(), outputs));
            MlpHistory history = fit(model, settings, label, loss, train, validation);
            return new Trained(new MlpNetwork(model, train.inputs(), outputs), history);
        } catch (RuntimeException | Error e) {
            model.close();
            throw e;
        }
    }

    /**
     * A new network with seeded first weights and no training, for code that runs its own
     * training steps (see {@link MlpSteps}).
     */
    static MlpNetwork create(int[] hidden, int inputs, int outputs) {
        Seeds.seedDjl();
        Model model = Model.newInstance("mlp", Devices.best());
        try {
            model.setBlock(block(hidden, outputs));
            model.getBlock().initialize(model.getNDManager(), DataType.FLOAT32, new Shape(1, inputs));
            return new MlpNetwork(model, inputs, outputs);
        } catch (RuntimeException | Error e) {
            model.close();
            throw e;
        }
    }

    private static SequentialBlock block(int[] hidden, int outputs) {
        SequentialBlock block = new SequentialBlock();
        for (int units : hidden) {
            block.add(Linear.builder().setUnits(units).build());
            block.add(Activation.reluBlock());
        }
        return block.add(Linear.builder().setUnits(outputs).build());
    }

    private static MlpHistory fit(Model model, MlpSettings settings, String label, Loss loss, Table train,
                                  Table validation) {
        DefaultTrainingConfig config = new DefaultTrainingConfig(loss)
                .optOptimizer(Adam.builder()
                        .optLearningRateTracker(Tracker.fixed((float) settings.learningRate())).build())
                .optDevices(new Device[] {model.getNDManager().getDevice()});
        List<Double> trainLosses = new ArrayList<>();
        List<Double> validationLosses = new ArrayList<>();
        try (Trainer trainer = model.newTrainer(config);
             NDManager data = model.getNDManager().newSubManager();
             MlpLiveView view = MlpLiveView.start(label, settings.epochs(), settings.quiet())) {
            trainer.initialize(new Shape(Math.min(settings.batchSize(), train.rows()), train.inputs()));
            ArrayDataset dataset = new ArrayDataset.Builder()
                    .setData(data.create(train.x(), train.shape()))
                    .optLabels(data.create(train.y()))
                    .setSampling(new BatchSampler(new MlpShuffle(Seeds.random("mlp-shuffle")),
                            settings.batchSize(), false))
                    .build();
            for (int epoch = 0; epoch < settings.epochs(); epoch++) {
                double trainLoss = epoch(trainer, dataset);
                double validationLoss = validation == null ? Double.NaN : score(trainer, data, validation);
                trainLosses.add(trainLoss);
                if (validation != null) {
                    validationLosses.add(validationLoss);
                }
                view.epoch(trainLoss, validationLoss);
            }
        }
        return new MlpHistory(trainLosses, validationLosses);
    }

    /** One pass over the shuffled data; returns the mean loss per row. */
    private static double epoch(Trainer trainer, ArrayDataset dataset) {
        double sum = 0;
        long rows = 0;
        for (Batch batch : batches(trainer, dataset)) {
            try (batch; GradientCollector gradients = trainer.newGradientCollector()) {
                NDList predictions = trainer.forward(batch.getData());
                NDArray loss = trainer.getLoss().evaluate(batch.getLabels(), predictions);
                gradients.backward(loss);
                long size = batch.getData().head().getShape().get(0);
                sum += loss.getFloat() * size;
                rows += size;
            }
            trainer.step();
        }
        return sum / rows;
    }

    private static Iterable<Batch> batches(Trainer trainer, ArrayDataset dataset) {
        try {
            return trainer.iterateDataset(dataset);
        } catch (IOException | TranslateException e) {
            throw new IllegalStateException("Cannot make mini-batches from the training data: " + e.getMessage(), e);
        }
    }

    /** The loss on held-out rows, with arrays freed before the next epoch. */
    private static double score(Trainer trainer, NDManager data, Table table) {
        try (NDManager scratch = data.newSubManager()) {
            NDList predictions = trainer.evaluate(new NDList(scratch.create(table.x(), table.shape())));
            return trainer.getLoss().evaluate(new NDList(scratch.create(table.y())), predictions).getFloat();
        }
    }

    /**
     * Runs the network on scaled rows.
     *
     * @param softmax true to turn the outputs into probabilities
     * @return one row of outputs per input row
     */
    double[][] forward(float[] x, int rows, boolean softmax) {
        try (NDManager scratch = model.getNDManager().newSubManager()) {
            NDArray input = scratch.create(x, new Shape(rows, inputs));
            NDArray output = model.getBlock()
                    .forward(new ParameterStore(scratch, false), new NDList(input), false).singletonOrThrow();
            float[] flat = (softmax ? output.softmax(1) : output).toFloatArray();
            double[][] result = new double[rows][outputs];
            for (int i = 0; i < rows; i++) {
                for (int j = 0; j < outputs; j++) {
                    result[i][j] = flat[i * outputs + j];
                }
            }
            return result;
        }
    }

    /**
     * All weights and biases, layer by layer in the block's parameter order, flattened into
     * one array: the form federated averaging and elastic weight consolidation work on.
     */
    float[] weights() {
        List<float[]> parts = new ArrayList<>();
        int size = 0;
        for (Parameter parameter : model.getBlock().getParameters().values()) {
            float[] part = parameter.getArray().toFloatArray();
            parts.add(part);
            size += part.length;
        }
        float[] all = new float[size];
        int offset = 0;
        for (float[] part : parts) {
            System.arraycopy(part, 0, all, offset, part.length);
            offset += part.length;
        }
        return all;
    }

    /** Overwrites every weight and bias with {@code weights}, in the order of {@link #weights()}. */
    void load(float[] weights) {
        int offset = 0;
        for (Parameter parameter : model.getBlock().getParameters().values()) {
            NDArray array = parameter.getArray();
            int size = Math.toIntExact(array.size());
            if (offset + size > weights.length) {
                throw new IllegalArgumentException("Got " + weights.length + " weights but this network has more: "
                        + "load weights taken from a network of the same shape");
            }
            array.set(FloatBuffer.wrap(weights, offset, size));
            offset += size;
        }
        if (offset != weights.length) {
            throw new IllegalArgumentException("Got " + weights.length + " weights but this network has " + offset
                    + ": load weights taken from a network of the same shape");
        }
    }

    /** The parameters, in the order of {@link #weights()}. */
    List<Parameter> parameters() {
        return model.getBlock().getParameters().values();
    }

    Model model() {
        return model;
    }

    int inputs() {
        return inputs;
    }

    int outputs() {
        return outputs;
    }

    /** The manager that owns the weights; closed with the network. */
    NDManager manager() {
        return model.getNDManager();
    }

    @Override
    public void close() {
        model.close();
    }
}
