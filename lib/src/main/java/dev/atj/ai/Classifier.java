package dev.atj.ai;

import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.Table;

/**
 * A trained classification model: give it an example's features, get a class back. Every
 * model made by {@link Classifiers} has this shape, so notebooks can swap one for another.
 * Class numbers index {@link #classNames()}.
 *
 * <pre>{@code
 * Classifier model = Classifiers.randomForest(train);
 * int[] predicted = model.predict(test.x());
 * List<String> species = model.predictLabels(testTable);
 * }</pre>
 */
public interface Classifier {

    /**
     * The model's name and main settings, for example {@code "kNN (k=5)"}.
     *
     * @return a short description
     */
    String name();

    /**
     * The feature columns the model reads, in order.
     *
     * @return the feature names
     */
    List<String> featureNames();

    /**
     * The class names; class number {@code i} is {@code classNames().get(i)}.
     *
     * @return the class names
     */
    List<String> classNames();

    /**
     * Predicts the class number of one example.
     *
     * @param x the example's features, in {@link #featureNames()} order
     * @return the class number
     */
    int predict(double[] x);

    /**
     * Whether the model gives class probabilities through {@link #probabilities(double[])}.
     *
     * @return true if it does
     */
    boolean hasProbabilities();

    /**
     * The probability of each class for one example (they sum to 1).
     *
     * @param x the example's features
     * @return one probability per class, in {@link #classNames()} order
     * @throws UnsupportedOperationException if {@link #hasProbabilities()} is false
     */
    double[] probabilities(double[] x);

    /**
     * Predicts the class number of each example.
     *
     * @param x features, one example per row
     * @return the class numbers
     */
    default int[] predict(double[][] x) {
        int[] predicted = new int[x.length];
        for (int i = 0; i < x.length; i++) {
            predicted[i] = predict(x[i]);
        }
        return predicted;
    }

    /**
     * Predicts the class probabilities of each example.
     *
     * @param x features, one example per row
     * @return one row of probabilities per example
     */
    default double[][] probabilities(double[][] x) {
        double[][] p = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            p[i] = probabilities(x[i]);
        }
        return p;
    }

    /**
     * Predicts the class name of one example.
     *
     * @param x the example's features
     * @return the class name
     */
    default String predictLabel(double[] x) {
        return classNames().get(predict(x));
    }

    /**
     * Predicts the class name of every row of a table that has the model's feature columns
     * (with the same scaling as in training).
     *
     * @param table the table; rows must have no missing feature values
     * @return one class name per row
     */
    default List<String> predictLabels(Table table) {
        double[][] x = Features.matrix(table, featureNames().toArray(String[]::new));
        List<String> labels = new ArrayList<>(x.length);
        for (double[] row : x) {
            labels.add(predictLabel(row));
        }
        return labels;
    }

    /**
     * The share of a dataset's examples the model classifies correctly.
     *
     * @param test data the model was not trained on
     * @return the accuracy, between 0 and 1
     */
    default double accuracy(Dataset test) {
        return Metrics.accuracy(test.y(), predict(test.x()));
    }
}
