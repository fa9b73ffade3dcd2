package dev.atj.ai;

import ai.djl.training.loss.Loss;
import java.util.List;
import java.util.Locale;

/**
 * A neural network that sorts rows of numbers into classes: a multilayer perceptron (fully
 * connected layers with ReLU) trained by DJL on PyTorch with softmax cross-entropy and Adam,
 * on shuffled mini-batches, on {@link Devices#best()}. Training shows a progress bar and a
 * live loss chart unless the builder says {@link MlpBuilder#quiet() quiet()}. Results repeat
 * exactly for the same {@link Seeds#set(long) seed}.
 *
 * <pre>{@code
 * try (MlpClassifier net = MlpClassifier.builder().hidden(32, 16).epochs(50).build()) {
 *     net.fit(xTrain, yTrain, xTest, yTest);
 *     int[] predicted = net.predict(xTest);
 *     display(net.history().chart());
 * }
 * }</pre>
 *
 * <p>The trained weights live in native memory, outside Java's garbage collector: the
 * classifier is {@link AutoCloseable}, and {@link #close()} frees them. Fitting again frees
 * the previous network first, so refitting in a loop does not leak.
 */
public final class MlpClassifier implements AutoCloseable {
    private final MlpSettings settings;
    private MlpNetwork network;
    private MlpScaler scaler;
    private MlpHistory history = new MlpHistory(List.of(), List.of());
    private int classes;

    private MlpClassifier(MlpSettings settings) {
        this.settings = settings;
    }

    /**
     * Starts configuring a classifier.
     *
     * @return a builder with the defaults of {@link MlpBuilder}
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Configures an {@link MlpClassifier}; see {@link MlpBuilder} for the settings. */
    public static final class Builder extends MlpBuilder<Builder> {
        private Builder() {
        }

        /**
         * An untrained classifier with these settings.
         *
         * @return the classifier; call {@link MlpClassifier#fit} next
         */
        public MlpClassifier build() {
            return new MlpClassifier(settings());
        }

        @Override
        protected Builder self() {
            return this;
        }
    }

    /**
     * Trains a new network on the rows {@code x} with classes {@code y}, replacing (and
     * freeing) any network trained before.
     *
     * @param x one row of features per example
     * @param y the class of each row, numbered 0, 1, 2, ...; the number of classes is the
     *     largest label plus one
     * @return this classifier, trained
     * @throws IllegalArgumentException if the arrays are empty, differ in length, hold
     *     missing values or negative labels
     */
    public MlpClassifier fit(double[][] x, int[] y) {
        return train(x, y, null, null);
    }

    /**
     * Trains as {@link #fit(double[][], int[])} does, and also records the loss on held-out
     * rows after each epoch, to see when the network starts to overfit.
     *
     * @param x one row of features per training example
     * @param y the class of each training row
     * @param xValidation held-out rows, with the same columns as {@code x}
     * @param yValidation their classes, each less than the number of classes in {@code y}
     * @return this classifier, trained
     * @throws IllegalArgumentException if any array is invalid (see the message)
     */
    public MlpClassifier fit(double[][] x, int[] y, double[][] xValidation, int[] yValidation) {
        if (xValidation == null || yValidation == null) {
            throw new IllegalArgumentException("Validation data is null: use fit(x, y) to train without it");
        }
        return train(x, y, xValidation, yValidation);
    }

    private MlpClassifier train(double[][] x, int[] y, double[][] xValidation, int[] yValidation) {
        int inputs = MlpInputs.features("x", x);
        MlpInputs.labels("y", y, 0);
        MlpInputs.sameLength("x", x, "y", y.length);
        int k = java.util.Arrays.stream(y).max().orElseThrow() + 1;
        if (k < 2) {
            throw new IllegalArgumentException("y holds only class 0: a classifier needs examples of at least 2 classes");
        }
        if (xValidation != null) {
            MlpInputs.columns("xValidation", MlpInputs.features("xValidation", xValidation), inputs);
            MlpInputs.labels("yValidation", yValidation, k);
            MlpInputs.sameLength("xValidation", xValidation, "yValidation", yValidation.length);
        }
        close();
        MlpScaler newScaler = MlpScaler.fit(x, settings.standardize());
        MlpNetwork.Table validation = xValidation == null ? null : table(newScaler, xValidation, yValidation, inputs);
        MlpNetwork.Trained trained = MlpNetwork.train(settings, "Training " + settings.shape(inputs, k),
                Loss.softmaxCrossEntropyLoss(), k, table(newScaler, x, y, inputs), validation);
        network = trained.network();
        history = trained.history();
        scaler = newScaler;
        classes = k;
        return this;
    }

    private static MlpNetwork.Table table(MlpScaler scaler, double[][] x, int[] y, int inputs) {
        float[] labels = new float[y.length];
        for (int i = 0; i < y.length; i++) {
            labels[i] = y[i];
        }
        return new MlpNetwork.Table(scaler.apply(x), labels, x.length, inputs);
    }

    /**
     * The most likely class of each row.
     *
     * @param x rows with the same columns as the training data
     * @return one class label per row
     */
    public int[] predict(double[][] x) {
        double[][] proba = predictProba(x);
        int[] labels = new int[proba.length];
        for (int i = 0; i < proba.length; i++) {
            for (int c = 1; c < classes; c++) {
                if (proba[i][c] > proba[i][labels[i]]) {
                    labels[i] = c;
                }
            }
        }
        return labels;
    }

    /**
     * The most likely class of one row.
     *
     * @param row the features of one example
     * @return its class label
     */
    public int predict(double[] row) {
        return predict(new double[][] {row})[0];
    }

    /**
     * The probability of each class for each row (the softmax of the network's outputs).
     *
     * @param x rows with the same columns as the training data
     * @return {@code [row][class]}, each row summing to 1
     */
    public double[][] predictProba(double[][] x) {
        MlpNetwork trained = trained();
        MlpInputs.columns("x", MlpInputs.features("x", x), scaler.mean().length);
        return trained.forward(scaler.apply(x), x.length, true);
    }

    /**
     * The fraction of rows whose predicted class is {@code y}.
     *
     * @param x rows with the same columns as the training data
     * @param y the true class of each row
     * @return accuracy between 0 and 1
     */
    public double accuracy(double[][] x, int[] y) {
        MlpInputs.sameLength("x", x, "y", y == null ? 0 : y.length);
        int[] predicted = predict(x);
        int right = 0;
        for (int i = 0; i < y.length; i++) {
            right += predicted[i] == y[i] ? 1 : 0;
        }
        return (double) right / y.length;
    }

    /**
     * The loss per epoch of the last {@code fit}; empty before the first.
     *
     * @return the training history
     */
    public MlpHistory history() {
        return history;
    }

    /**
     * How many classes the network tells apart (largest training label plus one).
     *
     * @return the number of classes, 0 before {@code fit}
     */
    public int classes() {
        return classes;
    }

    /**
     * Frees the network's native memory. The classifier can be fitted again afterwards;
     * predicting before that fails.
     */
    @Override
    public void close() {
        if (network != null) {
            network.close();
            network = null;
        }
    }

    MlpNetwork network() {
        return network;
    }

    private MlpNetwork trained() {
        if (network == null) {
            throw new IllegalStateException(history.epochs() == 0
                    ? "This classifier is not trained yet: call fit(x, y) first"
                    : "This classifier was closed, which freed its network: call fit(x, y) again");
        }
        return network;
    }

    /**
     * Describes the network, for example
     * {@code MlpClassifier[4 -> 32 -> 3, 100 epochs, loss 0.0634]}.
     *
     * @return a one-line summary
     */
    @Override
    public String toString() {
        if (network == null) {
            return "MlpClassifier[" + (history.epochs() == 0 ? "not trained" : "closed") + "]";
        }
        return String.format(Locale.ROOT, "MlpClassifier[%s, %d epochs, loss %.4f]",
                settings.shape(scaler.mean().length, classes), history.epochs(), history.lastTrainLoss());
    }
}
