package dev.atj.llm;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Adam;
import ai.djl.training.tracker.Tracker;
import dev.atj.ai.Seeds;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Trains a {@link GptModel} on a text to predict each next token: every step takes a batch
 * of random windows of the text, scores the model's predictions with cross-entropy and moves
 * the weights with Adam. The end of the text is held back to measure the validation loss.
 * Progress and a live loss chart are shown while it runs; every call continues where the last
 * one stopped, so a notebook can train in short cells.
 *
 * <pre>{@code
 * try (GptTrainer trainer = GptTrainer.of(gpt, novel)) {
 *     trainer.train(500);                          // 500 steps
 *     trainer.trainFor(Duration.ofSeconds(30));    // and then 30 seconds more
 *     display(trainer.history().chart());
 * }
 * }</pre>
 *
 * <p>The same {@link Seeds#set(long) seed} before {@link GptModel#create} and here gives the
 * same windows, the same weights and the same losses on the same machine.
 * {@link #close()} frees the optimizer's state, not the model.
 */
public final class GptTrainer implements AutoCloseable {
    private final GptModel gpt;
    private final GptTrainingOptions options;
    private final Trainer trainer;
    private final TokenWindows training;
    private final List<TokenWindows.Batch> validation;
    private final Random windowPicker;
    private final List<Integer> steps = new ArrayList<>();
    private final List<Double> trainLosses = new ArrayList<>();
    private final List<Double> validationLosses = new ArrayList<>();
    private int step;
    private double lossSinceEvaluation;
    private int stepsSinceEvaluation;

    private GptTrainer(GptModel gpt, int[] tokens, GptTrainingOptions options) {
        this.gpt = gpt;
        this.options = options;
        int validationSize = (int) Math.round(tokens.length * options.validationFraction());
        int[] trainTokens = Arrays.copyOf(tokens, tokens.length - validationSize);
        int contextLength = gpt.config().contextLength();
        this.training = new TokenWindows(trainTokens, contextLength, "The training part of the text");
        this.validation = validationSize == 0 ? List.of()
                : validationBatches(Arrays.copyOfRange(tokens, trainTokens.length, tokens.length), contextLength);
        this.windowPicker = Seeds.random("gpt-windows");
        DefaultTrainingConfig config = new DefaultTrainingConfig(Loss.softmaxCrossEntropyLoss())
                .optOptimizer(Adam.builder()
                        .optLearningRateTracker(Tracker.fixed((float) options.learningRate())).build())
                .optDevices(new Device[] {gpt.djlModel().getNDManager().getDevice()});
        this.trainer = gpt.djlModel().newTrainer(config);
    }

    /** The same validation windows at every evaluation, so the curve moves only because the model does. */
    private List<TokenWindows.Batch> validationBatches(int[] tokens, int contextLength) {
        TokenWindows windows = new TokenWindows(tokens, contextLength,
                "The validation part of the text (raise validationFraction or give a longer text)");
        Random random = Seeds.random("gpt-validation");
        List<TokenWindows.Batch> batches = new ArrayList<>();
        for (int i = 0; i < options.evaluationBatches(); i++) {
            batches.add(windows.random(random, options.batchSize()));
        }
        return batches;
    }

    /**
     * A trainer with {@link GptTrainingOptions#defaults()}.
     *
     * @param gpt the model to train
     * @param text the training text; every character must be in the model's tokenizer
     * @return the trainer
     * @throws IllegalArgumentException if the text is too short or has unknown characters
     */
    public static GptTrainer of(GptModel gpt, String text) {
        return of(gpt, text, GptTrainingOptions.defaults());
    }

    /**
     * A trainer with chosen options.
     *
     * @param gpt the model to train
     * @param text the training text; every character must be in the model's tokenizer
     * @param options batch size, learning rate, evaluation and validation settings
     * @return the trainer
     * @throws IllegalArgumentException if the text is too short or has unknown characters
     */
    public static GptTrainer of(GptModel gpt, String text, GptTrainingOptions options) {
        return new GptTrainer(gpt, gpt.tokenizer().encode(text), options);
    }

    /**
     * Trains for a number of steps more, measuring the losses every
     * {@link GptTrainingOptions#evaluateEvery()} steps and at the end.
     *
     * @param moreSteps how many steps to take, at least 1
     * @return the whole history so far
     */
    public GptHistory train(int moreSteps) {
        if (moreSteps < 1) {
            throw new IllegalArgumentException("train needs at least 1 step, got " + moreSteps);
        }
        int target = step + moreSteps;
        try (GptLiveView view = GptLiveView.start("Training GPT", moreSteps, history(), options.showProgress())) {
            while (step < target) {
                takeStep(view);
                view.advance(1);
            }
            evaluateIfPending(view);
        }
        return history();
    }

    /**
     * Trains for about a given time more (whole steps; the last one may end a little later).
     * Useful to explore; for a notebook that gives the same output on every run, train a
     * number of steps instead.
     *
     * @param budget how long to train
     * @return the whole history so far
     */
    public GptHistory trainFor(Duration budget) {
        long seconds = Math.max(1, budget.toSeconds());
        long start = System.nanoTime();
        long end = start + budget.toNanos();
        long shownSeconds = 0;
        try (GptLiveView view = GptLiveView.start("Training GPT (seconds)", seconds, history(),
                options.showProgress())) {
            do {
                takeStep(view);
                long elapsed = (System.nanoTime() - start) / 1_000_000_000L;
                view.advance(elapsed - shownSeconds);
                shownSeconds = elapsed;
            } while (System.nanoTime() < end);
            evaluateIfPending(view);
        }
        return history();
    }

    private void takeStep(GptLiveView view) {
        TokenWindows.Batch batch = training.random(windowPicker, options.batchSize());
        try (NDManager scratch = gpt.djlModel().getNDManager().newSubManager();
             GradientCollector gradients = trainer.newGradientCollector()) {
            NDArray input = scratch.create(batch.inputs(), new Shape(batch.rows(), batch.length()));
            NDArray logits = trainer.forward(new NDList(input)).head().reshape(-1, gpt.config().vocabularySize());
            NDArray loss = GptModel.meanLoss(logits, scratch.create(batch.targets()));
            gradients.backward(loss);
            lossSinceEvaluation += loss.getFloat();
        }
        trainer.step();
        step++;
        stepsSinceEvaluation++;
        if (stepsSinceEvaluation == options.evaluateEvery()) {
            evaluate(view);
        }
    }

    private void evaluateIfPending(GptLiveView view) {
        if (stepsSinceEvaluation > 0) {
            evaluate(view);
        }
    }

    private void evaluate(GptLiveView view) {
        double trainLoss = lossSinceEvaluation / stepsSinceEvaluation;
        double validationLoss = validationLoss();
        steps.add(step);
        trainLosses.add(trainLoss);
        validationLosses.add(validationLoss);
        lossSinceEvaluation = 0;
        stepsSinceEvaluation = 0;
        view.evaluated(step, trainLoss, validationLoss);
    }

    private double validationLoss() {
        if (validation.isEmpty()) {
            return Double.NaN;
        }
        double total = 0;
        for (TokenWindows.Batch batch : validation) {
            try (NDManager scratch = gpt.djlModel().getNDManager().newSubManager()) {
                NDArray logits = gpt.forward(scratch, batch.inputs(), batch.rows(), batch.length(), false);
                total += GptModel.meanLoss(logits, scratch.create(batch.targets())).getFloat();
            }
        }
        return total / validation.size();
    }

    /**
     * The losses recorded so far, one point per evaluation.
     *
     * @return the history (empty before the first {@code train})
     */
    public GptHistory history() {
        return new GptHistory(steps, trainLosses, validationLosses);
    }

    /**
     * How many training steps were taken so far, over all calls.
     *
     * @return the step count
     */
    public int steps() {
        return step;
    }

    /**
     * How many tokens each step trains on.
     *
     * @return batch size times window length
     */
    public int tokensPerStep() {
        return options.batchSize() * training.length();
    }

    /** Frees the optimizer's state; the model stays usable. */
    @Override
    public void close() {
        trainer.close();
    }
}
