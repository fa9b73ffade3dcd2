package dev.atj.ai;

import java.util.List;
import java.util.Locale;
import org.knowm.xchart.XYChart;

/**
 * The loss after each training epoch of a neural network: the mean loss over the epoch's
 * mini-batches, and the loss on validation data when some was given. For a classifier the
 * loss is softmax cross-entropy; for a regressor it is the mean squared error (of standardized
 * targets, unless standardization was turned off).
 *
 * @param train the training loss per epoch, first epoch first
 * @param validation the validation loss per epoch, or an empty list when there was no
 *     validation data
 */
public record MlpHistory(List<Double> train, List<Double> validation) {

    /**
     * Keeps unmodifiable copies of the lists.
     *
     * @param train the training loss per epoch
     * @param validation the validation loss per epoch, or empty
     */
    public MlpHistory {
        train = List.copyOf(train);
        validation = List.copyOf(validation);
        if (!validation.isEmpty() && validation.size() != train.size()) {
            throw new IllegalArgumentException("Validation has " + validation.size() + " epochs but train has "
                    + train.size() + "; give one validation loss per epoch or none");
        }
    }

    /**
     * How many epochs were trained.
     *
     * @return the number of epochs
     */
    public int epochs() {
        return train.size();
    }

    /**
     * Whether validation losses were recorded.
     *
     * @return true if the model was fitted with validation data
     */
    public boolean hasValidation() {
        return !validation.isEmpty();
    }

    /**
     * The training loss of the last epoch.
     *
     * @return the final training loss
     * @throws IllegalStateException if no epoch was trained
     */
    public double lastTrainLoss() {
        if (train.isEmpty()) {
            throw new IllegalStateException("No epochs were trained yet: call fit(...) first");
        }
        return train.get(train.size() - 1);
    }

    /**
     * The loss curve, titled "Training loss" (see {@link LossCurve#chart(List, List)}).
     *
     * @return the chart, ready for {@code display(...)}
     */
    public XYChart chart() {
        return LossCurve.chart(train, validation);
    }

    /**
     * A short summary, for example {@code MlpHistory[100 epochs, train loss 1.0812 -> 0.0634]}.
     *
     * @return the summary
     */
    @Override
    public String toString() {
        if (train.isEmpty()) {
            return "MlpHistory[no epochs]";
        }
        String text = String.format(Locale.ROOT, "MlpHistory[%d epochs, train loss %.4f -> %.4f",
                epochs(), train.get(0), lastTrainLoss());
        if (hasValidation()) {
            text += String.format(Locale.ROOT, ", validation loss %.4f -> %.4f",
                    validation.get(0), validation.get(validation.size() - 1));
        }
        return text + "]";
    }
}
