package dev.atj.ai;

import ai.djl.training.loss.Loss;
import java.util.List;
import java.util.Locale;

/**
 * A neural network that predicts a number from a row of numbers: a multilayer perceptron
 * (fully connected layers with ReLU, one linear output) trained by DJL on PyTorch with mean
 * squared error and Adam, on shuffled mini-batches, on {@link Devices#best()}. Training
 * shows a progress bar and a live loss chart unless the builder says
 * {@link MlpBuilder#quiet() quiet()}. Results repeat exactly for the same
 * {@link Seeds#set(long) seed}.
 *
 * <p>With standardization on (the default) the target is rescaled to mean 0 and standard
 * deviation 1 for training, so the loss in {@link #history()} is in those units: 1.0 is no
 * better than always predicting the mean, 0.01 explains 99% of the variance. Predictions are
 * in the original units.
 *
 * <pre>{@code
 * try (MlpRegressor net = MlpRegressor.builder().hidden(16).epochs(200).build().fit(x, y)) {
 *     double[] predicted = net.predict(x);
 *     System.out.println("RMSE " + net.rmse(x, y));
 * }
 * }</pre>
 *
 * <p>The trained weights live in native memory, outside Java's garbage collector: the
 * regressor is {@link AutoCloseable}, and {@link #close()} frees them. Fitting again frees
 * the previous network first, so refitting in a loop does not leak.
 */
public final class MlpRegressor implements AutoCloseable {
    private final MlpSettings settings;
    private MlpNetwork network;
    private MlpScaler scaler;
    private double targetMean;
    private double targetSd = 1;
    private MlpHistory history = new MlpHistory(List.of(), List.of());

    private MlpRegressor(MlpSettings settings) {
        this.settings = settings;
    }

    /**
     * Starts configuring a regressor.
     *
     * @return a builder with the defaults of {@link MlpBuilder}
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Configures an {@link MlpRegressor}; see {@link MlpBuilder} for the settings. */
    public static final class Builder extends MlpBuilder<Builder> {
        private Builder() {
        }

        /**
         * An untrained regressor with these settings.
         *
         * @return the regressor; call {@link MlpRegressor#fit} next
         */
        public MlpRegressor build() {
            return new MlpRegressor(settings());
        }

        @Override
        protected Builder self() {
            return this;
        }
    }

    /**
     * Trains a new network on the rows {@code x} with targets {@code y}, replacing (and
     * freeing) any network trained before.
     *
     * @param x one row of features per example
     * @param y the number to predict for each row
     * @return this regressor, trained
     * @throws IllegalArgumentException if the arrays are empty, differ in length or hold
     *     missing values
     */
    public MlpRegressor fit(double[][] x, double[] y) {
        return train(x, y, null, null);
    }

    /**
     * Trains as {@link #fit(double[][], double[])} does, and also records the loss on
     * held-out rows after each epoch.
     *
     * @param x one row of features per training example
     * @param y the target of each training row
     * @param xValidation held-out rows, with the same columns as {@code x}
     * @param yValidation their targets
     * @return this regressor, trained
     * @throws IllegalArgumentException if any array is invalid (see the message)
     */
    public MlpRegressor fit(double[][] x, double[] y, double[][] xValidation, double[] yValidation) {
        if (xValidation == null || yValidation == null) {
            throw new IllegalArgumentException("Validation data is null: use fit(x, y) to train without it");
        }
        return train(x, y, xValidation, yValidation);
    }

    private MlpRegressor train(double[][] x, double[] y, double[][] xValidation, double[] yValidation) {
        int inputs = MlpInputs.features("x", x);
        MlpInputs.targets("y", y);
        MlpInputs.sameLength("x", x, "y", y.length);
        if (xValidation != null) {
            MlpInputs.columns("xValidation", MlpInputs.features("xValidation", xValidation), inputs);
            MlpInputs.targets("yValidation", yValidation);
            MlpInputs.sameLength("xValidation", xValidation, "yValidation", yValidation.length);
        }
        close();
        MlpScaler newScaler = MlpScaler.fit(x, settings.standardize());
        MlpScaler target = MlpScaler.fit(column(y), settings.standardize());
        MlpNetwork.Table validation = xValidation == null ? null
                : new MlpNetwork.Table(newScaler.apply(xValidation), target.apply(column(yValidation)),
                        xValidation.length, inputs);
        MlpNetwork.Table data = new MlpNetwork.Table(newScaler.apply(x), target.apply(column(y)), x.length, inputs);
        // Weight 1 (DJL's default is 1/2) so that the loss is the plain mean squared error.
        MlpNetwork.Trained trained = MlpNetwork.train(settings, "Training " + settings.shape(inputs, 1),
                Loss.l2Loss("L2Loss", 1f), 1, data, validation);
        network = trained.network();
        history = trained.history();
        scaler = newScaler;
        targetMean = target.mean()[0];
        targetSd = target.sd()[0];
        return this;
    }

    private static double[][] column(double[] y) {
        double[][] column = new double[y.length][];
        for (int i = 0; i < y.length; i++) {
            column[i] = new double[] {y[i]};
        }
        return column;
    }

    /**
     * The predicted target of each row, in the units of the training targets.
     *
     * @param x rows with the same columns as the training data
     * @return one prediction per row
     */
    public double[] predict(double[][] x) {
        MlpNetwork trained = trained();
        MlpInputs.columns("x", MlpInputs.features("x", x), scaler.mean().length);
        double[][] outputs = trained.forward(scaler.apply(x), x.length, false);
        double[] predicted = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            predicted[i] = outputs[i][0] * targetSd + targetMean;
        }
        return predicted;
    }

    /**
     * The predicted target of one row.
     *
     * @param row the features of one example
     * @return the prediction
     */
    public double predict(double[] row) {
        return predict(new double[][] {row})[0];
    }

    /**
     * The root mean squared error of the predictions for {@code x} against {@code y}, in
     * the units of {@code y}.
     *
     * @param x rows with the same columns as the training data
     * @param y the true targets
     * @return the RMSE, 0 for perfect predictions
     */
    public double rmse(double[][] x, double[] y) {
        MlpInputs.sameLength("x", x, "y", y == null ? 0 : y.length);
        double[] predicted = predict(x);
        double squares = 0;
        for (int i = 0; i < y.length; i++) {
            squares += (predicted[i] - y[i]) * (predicted[i] - y[i]);
        }
        return Math.sqrt(squares / y.length);
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
     * Frees the network's native memory. The regressor can be fitted again afterwards;
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
                    ? "This regressor is not trained yet: call fit(x, y) first"
                    : "This regressor was closed, which freed its network: call fit(x, y) again");
        }
        return network;
    }

    /**
     * Describes the network, for example {@code MlpRegressor[1 -> 16 -> 1, 200 epochs, loss 0.0102]}.
     *
     * @return a one-line summary
     */
    @Override
    public String toString() {
        if (network == null) {
            return "MlpRegressor[" + (history.epochs() == 0 ? "not trained" : "closed") + "]";
        }
        return String.format(Locale.ROOT, "MlpRegressor[%s, %d epochs, loss %.4f]",
                settings.shape(scaler.mean().length, 1), history.epochs(), history.lastTrainLoss());
    }
}
