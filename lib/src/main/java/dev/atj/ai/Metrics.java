package dev.atj.ai;

import java.util.Arrays;
import java.util.TreeSet;
import smile.validation.metric.AUC;
import smile.validation.metric.Accuracy;
import smile.validation.metric.FScore;
import smile.validation.metric.MAD;
import smile.validation.metric.MSE;
import smile.validation.metric.Precision;
import smile.validation.metric.R2;
import smile.validation.metric.RMSE;
import smile.validation.metric.Recall;

/**
 * How good predictions are, computed by Smile's metric classes. Arguments are always
 * (truth, prediction). Binary metrics treat class 1 as positive and 0 as negative; the
 * {@code macro} versions average the per-class score over every class that occurs in the
 * truth or the predictions, each class counting the same. A precision with no positive
 * predictions, or a recall with no positive examples, counts as 0 (as scikit-learn does).
 *
 * <pre>{@code
 * int[] predicted = model.predict(test.x());
 * Metrics.accuracy(test.y(), predicted);
 * Metrics.macroF1(test.y(), predicted);
 * }</pre>
 */
public final class Metrics {
    private Metrics() {
    }

    /**
     * The share of predictions that are right.
     *
     * @param truth the true class numbers
     * @param predicted the predicted class numbers
     * @return accuracy between 0 and 1
     */
    public static double accuracy(int[] truth, int[] predicted) {
        checkSizes(truth.length, predicted.length);
        return Accuracy.of(truth, predicted);
    }

    /**
     * Precision of a two-class prediction: of the examples predicted positive (1), the share
     * that are positive.
     *
     * @param truth true classes, 0 or 1
     * @param predicted predicted classes, 0 or 1
     * @return precision between 0 and 1
     */
    public static double precision(int[] truth, int[] predicted) {
        checkBinary("precision", truth, predicted);
        return zeroIfUndefined(Precision.of(truth, predicted));
    }

    /**
     * Recall (sensitivity) of a two-class prediction: of the positive (1) examples, the share
     * predicted positive.
     *
     * @param truth true classes, 0 or 1
     * @param predicted predicted classes, 0 or 1
     * @return recall between 0 and 1
     */
    public static double recall(int[] truth, int[] predicted) {
        checkBinary("recall", truth, predicted);
        return zeroIfUndefined(Recall.of(truth, predicted));
    }

    /**
     * F1 score of a two-class prediction: the harmonic mean of precision and recall.
     *
     * @param truth true classes, 0 or 1
     * @param predicted predicted classes, 0 or 1
     * @return F1 between 0 and 1
     */
    public static double f1(int[] truth, int[] predicted) {
        checkBinary("f1", truth, predicted);
        return zeroIfUndefined(FScore.F1.score(truth, predicted));
    }

    /**
     * Precision averaged over classes, each class in turn counted as positive.
     *
     * @param truth the true class numbers
     * @param predicted the predicted class numbers
     * @return macro-averaged precision
     */
    public static double macroPrecision(int[] truth, int[] predicted) {
        return macro(truth, predicted, Metrics::precision);
    }

    /**
     * Recall averaged over classes, each class in turn counted as positive.
     *
     * @param truth the true class numbers
     * @param predicted the predicted class numbers
     * @return macro-averaged recall
     */
    public static double macroRecall(int[] truth, int[] predicted) {
        return macro(truth, predicted, Metrics::recall);
    }

    /**
     * F1 averaged over classes, each class in turn counted as positive (scikit-learn's
     * {@code f1_score(average="macro")}).
     *
     * @param truth the true class numbers
     * @param predicted the predicted class numbers
     * @return macro-averaged F1
     */
    public static double macroF1(int[] truth, int[] predicted) {
        return macro(truth, predicted, Metrics::f1);
    }

    /**
     * Area under the ROC curve of a two-class score: the chance that a random positive
     * example scores higher than a random negative one (0.5 is guessing, 1 is perfect).
     *
     * @param truth true classes, 0 or 1, with both present
     * @param positiveProbability each example's probability (or any score) of being class 1
     * @return the AUC between 0 and 1
     */
    public static double auc(int[] truth, double[] positiveProbability) {
        checkSizes(truth.length, positiveProbability.length);
        checkBinary("auc", truth, new int[0]);
        boolean both = Arrays.stream(truth).anyMatch(t -> t == 0) && Arrays.stream(truth).anyMatch(t -> t == 1);
        if (!both) {
            throw new IllegalArgumentException("auc needs examples of both classes 0 and 1 in the truth.");
        }
        return AUC.of(truth, positiveProbability);
    }

    /**
     * Area under the ROC curve of a two-class model on test data, from its probability of
     * class 1.
     *
     * @param model a two-class model with probabilities
     * @param test the test data
     * @return the AUC between 0 and 1
     */
    public static double auc(Classifier model, Dataset test) {
        if (test.numClasses() != 2) {
            throw new IllegalArgumentException("ROC AUC here is for two classes; the data has " + test.numClasses()
                    + " " + test.classNames() + ". Use accuracy or macroF1 instead.");
        }
        double[] positive = Arrays.stream(model.probabilities(test.x())).mapToDouble(p -> p[1]).toArray();
        return auc(test.y(), positive);
    }

    /**
     * Coefficient of determination: 1 minus the squared error over the squared spread of the
     * truth around its mean (1 is perfect, 0 is no better than predicting the mean).
     *
     * @param truth the true values
     * @param predicted the predictions
     * @return R squared, at most 1
     */
    public static double r2(double[] truth, double[] predicted) {
        checkSizes(truth.length, predicted.length);
        return R2.of(truth, predicted);
    }

    /**
     * Root mean squared error, in the units of the target.
     *
     * @param truth the true values
     * @param predicted the predictions
     * @return the RMSE
     */
    public static double rmse(double[] truth, double[] predicted) {
        checkSizes(truth.length, predicted.length);
        return RMSE.of(truth, predicted);
    }

    /**
     * Mean squared error.
     *
     * @param truth the true values
     * @param predicted the predictions
     * @return the MSE
     */
    public static double mse(double[] truth, double[] predicted) {
        checkSizes(truth.length, predicted.length);
        return MSE.of(truth, predicted);
    }

    /**
     * Mean absolute error, in the units of the target (Smile calls it MAD).
     *
     * @param truth the true values
     * @param predicted the predictions
     * @return the MAE
     */
    public static double mae(double[] truth, double[] predicted) {
        checkSizes(truth.length, predicted.length);
        return MAD.of(truth, predicted);
    }

    private interface BinaryMetric {
        double score(int[] truth, int[] predicted);
    }

    private static double macro(int[] truth, int[] predicted, BinaryMetric metric) {
        checkSizes(truth.length, predicted.length);
        TreeSet<Integer> classes = new TreeSet<>();
        Arrays.stream(truth).forEach(classes::add);
        Arrays.stream(predicted).forEach(classes::add);
        double sum = 0;
        for (int c : classes) {
            sum += metric.score(oneVsRest(truth, c), oneVsRest(predicted, c));
        }
        return classes.isEmpty() ? 0 : sum / classes.size();
    }

    private static int[] oneVsRest(int[] labels, int positive) {
        return Arrays.stream(labels).map(label -> label == positive ? 1 : 0).toArray();
    }

    private static double zeroIfUndefined(double value) {
        return Double.isNaN(value) ? 0 : value;
    }

    private static void checkBinary(String metric, int[] truth, int[] predicted) {
        checkSizes(truth.length, predicted.length == 0 ? truth.length : predicted.length);
        boolean binary = Arrays.stream(truth).allMatch(v -> v == 0 || v == 1)
                && Arrays.stream(predicted).allMatch(v -> v == 0 || v == 1);
        if (!binary) {
            String instead = metric.equals("auc") ? "accuracy or macroF1"
                    : "macro" + Character.toUpperCase(metric.charAt(0)) + metric.substring(1) + " or accuracy";
            throw new IllegalArgumentException(metric + " is for two classes, numbered 0 (negative) and 1 (positive); "
                    + "for more classes use " + instead + ".");
        }
        if (truth.length == 0) {
            throw new IllegalArgumentException(metric + " needs at least one example.");
        }
    }

    private static void checkSizes(int truth, int predicted) {
        if (truth != predicted) {
            throw new IllegalArgumentException("There are " + truth + " true values but " + predicted
                    + " predictions; they must match one to one.");
        }
    }
}
