package dev.atj.llm;

import dev.atj.ai.LossCurve;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.XYChart;

/**
 * The losses recorded while a GPT trained, one point per evaluation: the step it was taken
 * at, the mean training loss of the steps since the last evaluation, and the loss on held-out
 * validation text. Losses are mean cross-entropy per token, in nats: {@code ln(vocabularySize)}
 * for a model that guesses uniformly, falling as it learns.
 *
 * @param steps the training step of each evaluation, increasing
 * @param train the mean training loss since the previous evaluation
 * @param validation the validation loss at each evaluation ({@code NaN} without validation text)
 */
public record GptHistory(List<Integer> steps, List<Double> train, List<Double> validation) {

    /**
     * Keeps unmodifiable copies and checks the lists are the same length.
     *
     * @param steps the training step of each evaluation
     * @param train the training loss at each evaluation
     * @param validation the validation loss at each evaluation
     */
    public GptHistory {
        steps = List.copyOf(steps);
        train = List.copyOf(train);
        validation = List.copyOf(validation);
        if (train.size() != steps.size() || validation.size() != steps.size()) {
            throw new IllegalArgumentException("steps, train and validation must have one entry per evaluation, got "
                    + steps.size() + ", " + train.size() + " and " + validation.size());
        }
    }

    /**
     * How many evaluations were recorded.
     *
     * @return the number of points
     */
    public int size() {
        return steps.size();
    }

    /**
     * The last training loss recorded.
     *
     * @return the latest training loss
     * @throws IllegalStateException if nothing was recorded yet
     */
    public double lastTrainLoss() {
        return train.get(lastIndex());
    }

    /**
     * The last validation loss recorded.
     *
     * @return the latest validation loss, {@code NaN} without validation text
     * @throws IllegalStateException if nothing was recorded yet
     */
    public double lastValidationLoss() {
        return validation.get(lastIndex());
    }

    private int lastIndex() {
        if (steps.isEmpty()) {
            throw new IllegalStateException("No losses recorded yet: call train(steps) first");
        }
        return steps.size() - 1;
    }

    /**
     * The loss curve: loss on y, training step on x, a "train" and a "validation" series
     * (see {@link LossCurve#chart(String, List, List, List)}).
     *
     * @return the chart, ready for {@code display(...)}
     */
    public XYChart chart() {
        return LossCurve.chart("step", steps, train, validation);
    }

    /**
     * A short summary, for example {@code GptHistory[10 evaluations to step 500, train loss 3.1 -> 2.0, ...]}.
     *
     * @return the summary
     */
    @Override
    public String toString() {
        if (steps.isEmpty()) {
            return "GptHistory[no evaluations]";
        }
        return String.format(Locale.ROOT, "GptHistory[%d evaluations to step %d, train loss %.4f -> %.4f, "
                + "validation loss %.4f -> %.4f]", size(), steps.get(lastIndex()), train.get(0), lastTrainLoss(),
                validation.get(0), lastValidationLoss());
    }
}
