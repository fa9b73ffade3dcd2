package dev.atj.ethics;

import dev.atj.ai.Classifier;
import dev.atj.ai.Regressor;
import java.util.List;
import java.util.function.Function;

/**
 * Turns ATJ models into the prediction functions the explainers read: rows of features in,
 * one number per row out (a class probability or a regression output).
 */
final class ShapPredictions {
    private ShapPredictions() {
    }

    /** The probability of class 1 (the positive class) of a two-class model. */
    static Function<double[][], double[]> positiveProbability(Classifier model) {
        if (model.classNames().size() != 2) {
            throw new IllegalArgumentException(model.name() + " has " + model.classNames().size() + " classes "
                    + model.classNames() + "; say which class's probability to explain with the overload that takes "
                    + "a class name.");
        }
        return probability(model, 1);
    }

    /** The probability of one class. */
    static Function<double[][], double[]> probability(Classifier model, int classIndex) {
        if (!model.hasProbabilities()) {
            throw new IllegalArgumentException(model.name() + " gives no class probabilities; explain a model that "
                    + "does (every model from Classifiers does).");
        }
        return rows -> {
            double[][] p = model.probabilities(rows);
            double[] out = new double[rows.length];
            for (int i = 0; i < rows.length; i++) {
                out[i] = p[i][classIndex];
            }
            return out;
        };
    }

    /** The number of a class by name. */
    static int classIndex(Classifier model, String className) {
        int index = model.classNames().indexOf(className);
        if (index < 0) {
            throw new IllegalArgumentException("No class '" + className + "'; " + model.name() + " knows "
                    + model.classNames() + ".");
        }
        return index;
    }

    /** The class explained by default: class 1 of two, else an error asking for a name. */
    static int defaultClass(Classifier model) {
        positiveProbability(model);
        return 1;
    }

    /** A regressor's output. */
    static Function<double[][], double[]> output(Regressor model) {
        return model::predict;
    }

    /** Checks a matrix is non-empty, rectangular and as wide as the names. */
    static void checkMatrix(double[][] x, List<String> names, String what) {
        if (x == null || x.length == 0) {
            throw new IllegalArgumentException("The " + what + " has no rows; pass at least one.");
        }
        for (double[] row : x) {
            if (row.length != names.size()) {
                throw new IllegalArgumentException("A row of the " + what + " has " + row.length + " values but there are "
                        + names.size() + " feature names " + names + ".");
            }
        }
    }

    /** The position of a feature by name. */
    static int featureIndex(List<String> names, String feature) {
        int index = names.indexOf(feature);
        if (index < 0) {
            throw new IllegalArgumentException("No feature '" + feature + "'; the features are " + names + ".");
        }
        return index;
    }

    /** Calls the prediction function and checks it answered once per row. */
    static double[] predict(Function<double[][], double[]> model, double[][] rows) {
        double[] out = model.apply(rows);
        if (out == null || out.length != rows.length) {
            throw new IllegalArgumentException("The prediction function returned " + (out == null ? "null"
                    : out.length + " values") + " for " + rows.length + " rows; it must return one number per row.");
        }
        return out;
    }
}
