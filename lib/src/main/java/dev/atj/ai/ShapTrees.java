package dev.atj.ai;

import java.util.Optional;
import smile.base.cart.CART;
import smile.base.cart.DecisionNode;
import smile.base.cart.InternalNode;
import smile.base.cart.Node;
import smile.base.cart.RegressionNode;
import smile.data.Tuple;
import smile.data.type.StructType;
import smile.feature.importance.TreeSHAP;

/**
 * Exact Shapley values of random forests by Smile's TreeSHAP (Lundberg et al. 2020, "From
 * local explanations to global understanding with explainable AI for trees", Nature Machine
 * Intelligence 2:56-67), for models made by {@link Classifiers#randomForest} and
 * {@link Regressors#randomForest}. TreeSHAP explains the plain average of the trees' outputs
 * against the trees' expected output over their training rows ("tree path dependent"), so
 * {@code expectedValue + sum of values} is that average. A forest regressor predicts exactly
 * that average; a forest classifier weights its trees by their out-of-bag accuracy, so its own
 * probability can differ slightly from the explained one. Most users call
 * {@code dev.atj.ethics.ShapleyValues}, which uses this class when it can.
 *
 * <pre>{@code
 * Optional<ShapTrees> trees = ShapTrees.of(forest);
 * double[] phi = trees.orElseThrow().values(x, 1);
 * }</pre>
 */
public final class ShapTrees {
    private final TreeSHAP model;
    private final StructType schema;
    private final int[] smileClasses;

    private ShapTrees(TreeSHAP model, StructType schema, int[] smileClasses) {
        this.model = model;
        this.schema = schema;
        this.smileClasses = smileClasses;
    }

    /**
     * TreeSHAP for a classifier, if it is a random forest.
     *
     * @param model a trained classifier
     * @return TreeSHAP for it, or empty if the model is not a tree ensemble Smile can explain
     */
    public static Optional<ShapTrees> of(Classifier model) {
        if (model instanceof SmileClassifier smile && smile.smileModel() instanceof TupleClassifier tuples
                && tuples.model() instanceof TreeSHAP trees) {
            return Optional.of(new ShapTrees(trees, tuples.schema(), tuples.classes()));
        }
        return Optional.empty();
    }

    /**
     * TreeSHAP for a regressor, if it is a random forest.
     *
     * @param model a trained regressor
     * @return TreeSHAP for it, or empty if the model is not a tree ensemble Smile can explain
     */
    public static Optional<ShapTrees> of(Regressor model) {
        if (model instanceof SmileRegressor smile && smile.model() instanceof TreeSHAP trees) {
            return Optional.of(new ShapTrees(trees, smile.schema(), new int[] {0}));
        }
        return Optional.empty();
    }

    /**
     * Each feature's Shapley value for one example and one output.
     *
     * @param x the example's features, in the model's feature order
     * @param classIndex the class whose probability to explain (its number in the classifier's
     *     class names); 0 for a regressor
     * @return one value per feature
     */
    public double[] values(double[] x, int classIndex) {
        int k = smileClasses.length;
        int c = smileIndex(classIndex);
        double[] all = model.shap(Tuple.of(x, schema));
        // Smile interleaves the outputs: value of feature j for output c sits at j * k + c.
        double[] phi = new double[all.length / k];
        for (int j = 0; j < phi.length; j++) {
            phi[j] = all[j * k + c];
        }
        return phi;
    }

    /**
     * The trees' average output over their own training rows: what the Shapley values of
     * {@link #values(double[], int)} are measured from.
     *
     * @param classIndex the class whose probability is explained; 0 for a regressor
     * @return the expected value
     */
    public double expectedValue(int classIndex) {
        int c = smileIndex(classIndex);
        CART[] trees = model.trees();
        double sum = 0;
        for (CART tree : trees) {
            double[] weightAndValue = leafAverage(tree.root(), c);
            sum += weightAndValue[1] / weightAndValue[0];
        }
        return sum / trees.length;
    }

    private int smileIndex(int classIndex) {
        for (int c = 0; c < smileClasses.length; c++) {
            if (smileClasses[c] == classIndex) {
                return c;
            }
        }
        throw new IllegalArgumentException("The forest never saw class " + classIndex + " in training; explain one of "
                + java.util.Arrays.toString(smileClasses) + ".");
    }

    /** The training-size-weighted sum of leaf outputs below a node, with the total size. */
    private double[] leafAverage(Node node, int c) {
        if (node instanceof InternalNode internal) {
            double[] left = leafAverage(internal.trueChild(), c);
            double[] right = leafAverage(internal.falseChild(), c);
            return new double[] {left[0] + right[0], left[1] + right[1]};
        }
        if (node instanceof RegressionNode leaf) {
            return new double[] {leaf.size(), leaf.size() * leaf.output()};
        }
        DecisionNode leaf = (DecisionNode) node;
        int[] count = leaf.count();
        double[] p = DecisionNode.posteriori(count, new double[count.length]);
        return new double[] {leaf.size(), leaf.size() * p[c]};
    }
}
