package dev.atj.llm;

/**
 * How a {@link GptTrainer} trains: how many random text windows per step, how fast, how often
 * it measures the losses, how much text it holds back for validation, and whether it shows
 * progress.
 *
 * <pre>{@code
 * GptTrainingOptions.defaults().withBatchSize(32).withLearningRate(3e-3).quiet()
 * }</pre>
 *
 * @param batchSize windows of {@code contextLength} tokens per step
 * @param learningRate Adam's learning rate
 * @param evaluateEvery steps between two loss measurements (points on the chart)
 * @param validationFraction the share of the text, taken from its end, used only for validation
 * @param evaluationBatches batches of validation windows scored at each evaluation
 * @param showProgress whether to show a progress bar and a live loss chart
 */
public record GptTrainingOptions(int batchSize, double learningRate, int evaluateEvery, double validationFraction,
                                 int evaluationBatches, boolean showProgress) {

    /**
     * Checks the numbers.
     *
     * @param batchSize windows per step
     * @param learningRate Adam's learning rate
     * @param evaluateEvery steps between loss measurements
     * @param validationFraction the share of the text held back
     * @param evaluationBatches validation batches per evaluation
     * @param showProgress whether to show progress
     * @throws IllegalArgumentException saying which number is out of range
     */
    public GptTrainingOptions {
        if (batchSize < 1 || evaluateEvery < 1 || evaluationBatches < 1) {
            throw new IllegalArgumentException("batchSize, evaluateEvery and evaluationBatches must be at least 1, got "
                    + batchSize + ", " + evaluateEvery + " and " + evaluationBatches);
        }
        if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
            throw new IllegalArgumentException("learningRate must be a positive number, got " + learningRate
                    + "; 1e-3 to 3e-3 suits a small GPT");
        }
        if (!(validationFraction >= 0 && validationFraction < 1)) {
            throw new IllegalArgumentException("validationFraction must be at least 0 and below 1, got "
                    + validationFraction + "; 0.1 holds back the last tenth of the text");
        }
    }

    /**
     * 16 windows per step, learning rate 0.003, a measurement every 50 steps over 4 validation
     * batches, the last 10% of the text held back, progress shown.
     *
     * @return the options
     */
    public static GptTrainingOptions defaults() {
        return new GptTrainingOptions(16, 3e-3, 50, 0.1, 4, true);
    }

    /**
     * The same options with another batch size.
     *
     * @param value windows per step
     * @return new options
     */
    public GptTrainingOptions withBatchSize(int value) {
        return new GptTrainingOptions(value, learningRate, evaluateEvery, validationFraction, evaluationBatches,
                showProgress);
    }

    /**
     * The same options with another learning rate.
     *
     * @param value Adam's learning rate
     * @return new options
     */
    public GptTrainingOptions withLearningRate(double value) {
        return new GptTrainingOptions(batchSize, value, evaluateEvery, validationFraction, evaluationBatches,
                showProgress);
    }

    /**
     * The same options measuring the losses every {@code value} steps.
     *
     * @param value steps between measurements
     * @return new options
     */
    public GptTrainingOptions withEvaluateEvery(int value) {
        return new GptTrainingOptions(batchSize, learningRate, value, validationFraction, evaluationBatches,
                showProgress);
    }

    /**
     * The same options holding back another share of the text.
     *
     * @param value the share, in {@code [0, 1)}; 0 for no validation
     * @return new options
     */
    public GptTrainingOptions withValidationFraction(double value) {
        return new GptTrainingOptions(batchSize, learningRate, evaluateEvery, value, evaluationBatches,
                showProgress);
    }

    /**
     * The same options without progress bar and live chart (for tests and scripts).
     *
     * @return new options
     */
    public GptTrainingOptions quiet() {
        return new GptTrainingOptions(batchSize, learningRate, evaluateEvery, validationFraction, evaluationBatches,
                false);
    }
}
