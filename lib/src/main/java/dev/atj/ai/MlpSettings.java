package dev.atj.ai;

/**
 * How a multilayer perceptron is built and trained; made by {@link MlpBuilder}.
 *
 * @param hidden units in each hidden layer, input side first
 * @param epochs passes over the training data
 * @param learningRate Adam's step size
 * @param batchSize rows per mini-batch
 * @param standardize whether to rescale features (and regression targets) to mean 0, sd 1
 * @param quiet whether to train without the live progress bar and loss chart
 */
record MlpSettings(int[] hidden, int epochs, double learningRate, int batchSize, boolean standardize, boolean quiet) {

    /** Copies the hidden sizes so later changes to the caller's array do not leak in. */
    MlpSettings {
        hidden = hidden.clone();
    }

    String shape(int inputs, int outputs) {
        StringBuilder text = new StringBuilder().append(inputs);
        for (int units : hidden) {
            text.append(" -> ").append(units);
        }
        return text.append(" -> ").append(outputs).toString();
    }
}
