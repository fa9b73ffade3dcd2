package dev.atj.ai;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The accuracy of one kind of model in each fold of a k-fold cross-validation, with their
 * mean and (sample) standard deviation.
 *
 * @param model the model's name and settings
 * @param foldAccuracies the accuracy on each held-out fold
 * @param mean the mean of the fold accuracies
 * @param std their sample standard deviation (divided by k - 1)
 */
public record CrossValidationResult(String model, double[] foldAccuracies, double mean, double std) {

    /**
     * Keeps a copy of the fold accuracies.
     *
     * @param model the model's name
     * @param foldAccuracies the accuracy on each fold
     * @param mean their mean
     * @param std their sample standard deviation
     */
    public CrossValidationResult {
        foldAccuracies = foldAccuracies.clone();
    }

    /**
     * The accuracy on each held-out fold.
     *
     * @return a copy of the fold accuracies
     */
    @Override
    public double[] foldAccuracies() {
        return foldAccuracies.clone();
    }

    /**
     * How many folds there were.
     *
     * @return k
     */
    public int folds() {
        return foldAccuracies.length;
    }

    @Override
    public String toString() {
        String folds = Arrays.stream(foldAccuracies).mapToObj(a -> String.format(Locale.ROOT, "%.3f", a))
                .collect(Collectors.joining(", "));
        return String.format(Locale.ROOT, "%s: accuracy %.3f ± %.3f over %d folds [%s]", model, mean, std,
                foldAccuracies.length, folds);
    }
}
