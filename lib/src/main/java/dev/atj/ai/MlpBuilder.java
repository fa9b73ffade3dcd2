package dev.atj.ai;

/**
 * The settings that {@link MlpClassifier} and {@link MlpRegressor} share: layer sizes, epochs,
 * learning rate, batch size, input scaling and the live display. Every setter returns the
 * builder, so calls chain: {@code MlpClassifier.builder().hidden(32, 16).epochs(50).build()}.
 *
 * @param <B> the concrete builder, returned by each setter
 */
public abstract class MlpBuilder<B extends MlpBuilder<B>> {
    private int[] hidden = {32};
    private int epochs = 100;
    private double learningRate = 0.01;
    private int batchSize = 32;
    private boolean standardize = true;
    private boolean quiet;

    /** Starts from the defaults: one hidden layer of 32 units, 100 epochs, rate 0.01, batch 32. */
    protected MlpBuilder() {
    }

    /**
     * The hidden layers, each a fully connected layer followed by ReLU.
     *
     * @param units the number of units per hidden layer, input side first; none for a linear
     *     model
     * @return this builder
     */
    public B hidden(int... units) {
        hidden = Require.hiddenUnits(units);
        return self();
    }

    /**
     * How many passes over the training data.
     *
     * @param count at least 1 (default 100)
     * @return this builder
     */
    public B epochs(int count) {
        epochs = Require.atLeastOne("epochs", count);
        return self();
    }

    /**
     * The step size of the Adam optimizer.
     *
     * @param rate a positive number, typically 0.001 to 0.1 (default 0.01)
     * @return this builder
     */
    public B learningRate(double rate) {
        learningRate = Require.positiveRate(rate);
        return self();
    }

    /**
     * How many rows go into each gradient step. The last batch of an epoch may be smaller.
     *
     * @param rows at least 1 (default 32)
     * @return this builder
     */
    public B batchSize(int rows) {
        batchSize = Require.atLeastOne("batchSize", rows);
        return self();
    }

    /**
     * Whether to rescale each feature (and a regressor's target) to mean 0 and standard
     * deviation 1 using the training data, and undo it for predictions. On by default: it
     * lets one learning rate suit features of any scale.
     *
     * @param on false to feed the raw numbers to the network
     * @return this builder
     */
    public B standardize(boolean on) {
        standardize = on;
        return self();
    }

    /**
     * Trains without the live progress bar and loss chart.
     *
     * @return this builder
     */
    public B quiet() {
        return quiet(true);
    }

    /**
     * Whether to train without the live progress bar and loss chart.
     *
     * @param on true for no live display (default false)
     * @return this builder
     */
    public B quiet(boolean on) {
        quiet = on;
        return self();
    }

    /**
     * This builder, typed as the concrete builder so chained calls keep their type.
     *
     * @return this
     */
    protected abstract B self();

    MlpSettings settings() {
        return new MlpSettings(hidden, epochs, learningRate, batchSize, standardize, quiet);
    }
}
