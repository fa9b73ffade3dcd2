package dev.atj.ai;

import java.util.Arrays;
import smile.base.cart.SplitRule;
import smile.classification.GradientTreeBoost;
import smile.classification.KNN;
import smile.classification.LogisticRegression;
import smile.classification.OneVersusRest;
import smile.classification.PlattScaling;
import smile.classification.RandomForest;
import smile.classification.SVM;
import smile.data.formula.Formula;
import smile.math.MathEx;
import smile.math.kernel.GaussianKernel;

/**
 * Trains classifiers (Smile 3 underneath) on a {@link Dataset}, each with sensible defaults
 * and an overload for its main settings. All randomness comes from {@link Seeds}: the same
 * seed and data give the same model. Every model gives class probabilities.
 *
 * <pre>{@code
 * Classifier forest = Classifiers.randomForest(train, 200);
 * Classifier svm = Classifiers.svm(trainScaled, 1.0, 0.25);
 * double acc = forest.accuracy(test);
 * }</pre>
 */
public final class Classifiers {
    private static final int DEFAULT_TREES = 100;
    private static final double SVM_TOLERANCE = 1e-3;

    private Classifiers() {
    }

    /**
     * Logistic regression with L2 penalty 0.1 (multinomial for more than two classes).
     *
     * @param data the training data
     * @return the trained model
     */
    public static Classifier logisticRegression(Dataset data) {
        return logisticRegression(data, 0.1);
    }

    /**
     * Logistic regression (multinomial for more than two classes), fitted by L-BFGS.
     *
     * @param data the training data
     * @param lambda the L2 penalty on the weights, 0 or more; larger means simpler models
     * @return the trained model
     */
    public static Classifier logisticRegression(Dataset data, double lambda) {
        checkClasses(data);
        Require.that(lambda >= 0, "lambda (the L2 penalty) must be 0 or more, not " + lambda + ".");
        LogisticRegression model = LogisticRegression.fit(data.x(), data.y(), lambda, 1e-5, 500);
        return new SmileClassifier("logistic regression (lambda=" + Require.number(lambda) + ")", data, model);
    }

    /**
     * A random forest of 100 trees.
     *
     * @param data the training data
     * @return the trained model
     */
    public static Classifier randomForest(Dataset data) {
        return randomForest(data, DEFAULT_TREES);
    }

    /**
     * A random forest with trees up to depth 20.
     *
     * @param data the training data
     * @param trees how many trees to grow (more is steadier and slower; 100 to 500 is usual)
     * @return the trained model
     */
    public static Classifier randomForest(Dataset data, int trees) {
        return randomForest(data, trees, 20);
    }

    /**
     * A random forest: many decision trees, each grown on a bootstrap sample of the rows and
     * trying a random {@code sqrt(features)} of the features at each split, voting together.
     *
     * @param data the training data
     * @param trees how many trees to grow
     * @param maxDepth how deep each tree may grow; smaller trees overfit less
     * @return the trained model
     */
    public static Classifier randomForest(Dataset data, int trees, int maxDepth) {
        checkClasses(data);
        Require.that(trees >= 1, "A forest needs at least one tree, not " + trees + ".");
        Require.that(maxDepth >= 2, "maxDepth must be at least 2, not " + maxDepth + ".");
        int mtry = Math.max(1, (int) Math.sqrt(data.numFeatures()));
        int maxNodes = Math.max(2, data.size() / 5);
        RandomForest model = RandomForest.fit(Formula.lhs("y"), SmileFrames.of(data), trees, mtry,
                SplitRule.GINI, maxDepth, maxNodes, 5, 1.0, null, Seeding.treeSeeds("random forest"));
        return new SmileClassifier("random forest (" + trees + " trees, max depth " + maxDepth + ")", data,
                new TupleClassifier(model, SmileFrames.featureSchema(data.x(), data.numFeatures())));
    }

    /**
     * Gradient boosting with 100 trees and learning rate 0.1.
     *
     * @param data the training data
     * @return the trained model
     */
    public static Classifier gradientBoosting(Dataset data) {
        return gradientBoosting(data, DEFAULT_TREES, 0.1);
    }

    /**
     * Gradient boosting: small trees (up to 6 leaves) added one after another, each fitted to
     * what the trees before it got wrong, on a random 70% of the rows.
     *
     * @param data the training data
     * @param trees how many boosting rounds (for k classes, k trees per round)
     * @param learningRate how much each tree counts (the shrinkage), between 0 and 1; smaller
     *     needs more trees but generalises better
     * @return the trained model
     */
    public static Classifier gradientBoosting(Dataset data, int trees, double learningRate) {
        checkClasses(data);
        Require.that(trees >= 1, "Boosting needs at least one tree, not " + trees + ".");
        Require.that(learningRate > 0 && learningRate <= 1, "The learning rate must be in (0, 1], not " + learningRate + ".");
        Seeding.smile("gradient boosting");
        GradientTreeBoost model = GradientTreeBoost.fit(Formula.lhs("y"), SmileFrames.of(data), trees, 20, 6, 5,
                learningRate, 0.7);
        return new SmileClassifier("gradient boosting (" + trees + " trees, learning rate " + Require.number(learningRate) + ")",
                data, new TupleClassifier(model, SmileFrames.featureSchema(data.x(), data.numFeatures())));
    }

    /**
     * An SVM with a Gaussian (RBF) kernel, C = 1 and gamma = 1 / (features x variance of all
     * feature values), the "scale" default of scikit-learn. Standardise the features first.
     *
     * @param data the training data
     * @return the trained model
     */
    public static Classifier svm(Dataset data) {
        return svm(data, 1.0, scaleGamma(data.x()));
    }

    /**
     * A support vector machine with a Gaussian kernel {@code exp(-gamma |x - x'|^2)}. Smile's
     * SVM tells two classes apart; for more classes one SVM per class is trained against
     * the rest (one-vs-rest). Probabilities come from Platt scaling of the SVM scores.
     *
     * @param data the training data (standardised features work best)
     * @param c the penalty for points on the wrong side of the margin; larger fits the
     *     training data more tightly
     * @param gamma how fast a training point's influence fades with distance; larger gives
     *     wigglier boundaries
     * @return the trained model
     */
    public static Classifier svm(Dataset data, double c, double gamma) {
        int present = checkClasses(data);
        Require.that(c > 0, "C must be positive, not " + c + ".");
        Require.that(gamma > 0, "gamma must be positive, not " + gamma + ".");
        GaussianKernel kernel = new GaussianKernel(Math.sqrt(1 / (2 * gamma)));
        long seed = Seeding.seed("svm");
        String name = "SVM (Gaussian kernel, C=" + Require.number(c) + ", gamma=" + Require.number(gamma) + ")";
        if (present == 2 && data.numClasses() == 2) {
            int[] signs = Arrays.stream(data.y()).map(label -> label == 1 ? 1 : -1).toArray();
            MathEx.setSeed(seed);
            SVM<double[]> svm = SVM.fit(data.x(), signs, kernel, c, SVM_TOLERANCE);
            return new SmileClassifier(name, data, new PlattSvm(svm, PlattScaling.fit(svm, data.x(), signs)));
        }
        // Smile trains the per-class SVMs on parallel threads, each with its own generator:
        // seed each from the fixed seed and its labels, which differ between classes.
        OneVersusRest<double[]> model = OneVersusRest.fit(data.x(), data.y(), (x, y) -> {
            MathEx.setSeed(seed ^ (31L * Arrays.hashCode(y)));
            return SVM.fit(x, y, kernel, c, SVM_TOLERANCE);
        });
        return new SmileClassifier(name + ", one-vs-rest", data, model);
    }

    /**
     * k-nearest neighbours with k = 5.
     *
     * @param data the training data
     * @return the trained model
     */
    public static Classifier knn(Dataset data) {
        return knn(data, 5);
    }

    /**
     * k-nearest neighbours: the class most common among the k training examples closest
     * (in Euclidean distance) to the new one; its probabilities are the vote shares.
     * Standardise the features first.
     *
     * @param data the training data
     * @param k how many neighbours vote (odd numbers avoid ties between two classes)
     * @return the trained model
     */
    public static Classifier knn(Dataset data, int k) {
        checkClasses(data);
        Require.that(k >= 1 && k <= data.size(), "k must be between 1 and the number of training rows ("
                + data.size() + "), not " + k + ".");
        return new SmileClassifier("kNN (k=" + k + ")", data, KNN.fit(data.x(), data.y(), k));
    }

    /**
     * scikit-learn's "scale" gamma: 1 / (number of features x variance of all feature values).
     *
     * @param x the training features
     * @return gamma
     */
    static double scaleGamma(double[][] x) {
        double[] all = Arrays.stream(x).flatMapToDouble(Arrays::stream).toArray();
        double mean = Arrays.stream(all).average().orElse(0);
        double variance = Arrays.stream(all).map(v -> (v - mean) * (v - mean)).sum() / Math.max(1, all.length);
        return variance > 0 ? 1 / (x[0].length * variance) : 1;
    }

    /** The number of classes present in the training rows, at least two. */
    static int checkClasses(Dataset data) {
        long present = Arrays.stream(data.classCounts()).filter(count -> count > 0).count();
        if (present < 2) {
            throw new IllegalArgumentException("The training data has examples of only " + present + " class of "
                    + data.classNames() + "; a classifier needs at least two classes to tell apart.");
        }
        return (int) present;
    }
}
