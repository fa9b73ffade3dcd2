package dev.atj.ai;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import dev.atj.viz.Progress;
import smile.math.MathEx;
import smile.validation.Bag;
import smile.validation.CrossValidation;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.numbers.NumberColumnFormatter;

/**
 * k-fold cross-validation of classifiers: the data is cut into k folds (stratified, so each
 * keeps the class proportions; cut by Smile's {@code CrossValidation} from the {@link Seeds}
 * seed), and each fold in turn is held out while a model trains on the other k - 1. A
 * progress bar counts the folds.
 *
 * <pre>{@code
 * CrossValidator.run(data, 5, Classifiers::randomForest);
 * CrossValidator.compare(data, 5, Classifiers::logisticRegression, Classifiers::randomForest,
 *         d -> Classifiers.knn(d, 7));   // a table: model, mean accuracy, std
 * }</pre>
 */
public final class CrossValidator {
    private CrossValidator() {
    }

    /**
     * Cross-validates one kind of model.
     *
     * @param data the data to cut into folds
     * @param folds how many folds, between 2 and the number of rows (5 or 10 is usual)
     * @param trainer makes a model from training data, for example {@code Classifiers::knn}
     * @return the accuracy of each fold, their mean and standard deviation
     */
    public static CrossValidationResult run(Dataset data, int folds, Function<Dataset, Classifier> trainer) {
        Bag[] bags = folds(data, folds);
        try (Progress bar = Progress.start("Cross-validation", folds)) {
            return validate(data, bags, trainer, bar);
        }
    }

    /**
     * Cross-validates several kinds of model on the same folds.
     *
     * @param data the data to cut into folds
     * @param folds how many folds
     * @param trainers one per model, for example {@code Classifiers::logisticRegression}
     * @return the results, in the order given
     */
    public static List<CrossValidationResult> runAll(Dataset data, int folds, List<Function<Dataset, Classifier>> trainers) {
        if (trainers.isEmpty()) {
            throw new IllegalArgumentException("Give at least one trainer, for example Classifiers::randomForest.");
        }
        Bag[] bags = folds(data, folds);
        List<CrossValidationResult> results = new ArrayList<>();
        try (Progress bar = Progress.start("Cross-validation", (long) folds * trainers.size())) {
            for (Function<Dataset, Classifier> trainer : trainers) {
                results.add(validate(data, bags, trainer, bar));
            }
        }
        return results;
    }

    /**
     * Cross-validates several kinds of model on the same folds and lists them best first.
     *
     * @param data the data to cut into folds
     * @param folds how many folds
     * @param trainers one per model, for example {@code Classifiers::logisticRegression}
     * @return a table with columns {@code model}, {@code mean accuracy} and {@code std},
     *     sorted by mean accuracy, highest first
     */
    @SafeVarargs
    public static Table compare(Dataset data, int folds, Function<Dataset, Classifier>... trainers) {
        List<CrossValidationResult> results = new ArrayList<>(runAll(data, folds, List.of(trainers)));
        results.sort(Comparator.comparingDouble(CrossValidationResult::mean).reversed());
        StringColumn model = StringColumn.create("model");
        DoubleColumn mean = DoubleColumn.create("mean accuracy");
        DoubleColumn std = DoubleColumn.create("std");
        for (CrossValidationResult result : results) {
            model.append(result.model());
            mean.append(result.mean());
            std.append(result.std());
        }
        mean.setPrintFormatter(NumberColumnFormatter.fixedWithGrouping(3));
        std.setPrintFormatter(NumberColumnFormatter.fixedWithGrouping(3));
        return Table.create(folds + "-fold cross-validation", model, mean, std);
    }

    private static Bag[] folds(Dataset data, int folds) {
        if (folds < 2 || folds > data.size()) {
            throw new IllegalArgumentException("The number of folds must be between 2 and the number of rows ("
                    + data.size() + "), not " + folds + ".");
        }
        Seeding.smile("cross-validation folds");
        return CrossValidation.stratify(data.y(), folds);
    }

    private static CrossValidationResult validate(Dataset data, Bag[] bags, Function<Dataset, Classifier> trainer,
                                                  Progress bar) {
        double[] accuracies = new double[bags.length];
        String name = "model";
        for (int fold = 0; fold < bags.length; fold++) {
            Classifier model = trainer.apply(data.rows(bags[fold].samples));
            name = model.name();
            accuracies[fold] = model.accuracy(data.rows(bags[fold].oob));
            bar.note(String.format(Locale.ROOT, "%s, fold %d: accuracy %.3f", name, fold + 1, accuracies[fold]));
            bar.step();
        }
        return new CrossValidationResult(name, accuracies, MathEx.mean(accuracies), MathEx.sd(accuracies));
    }
}
