package dev.atj.ai;

import java.util.List;

/**
 * A {@link Classifier} backed by a Smile classifier trained on class numbers 0 to k - 1.
 * Smile numbers the classes it saw while training, which may be fewer than the dataset's
 * classes (a class absent from a small training set), so its probabilities are put back in
 * the dataset's class order.
 */
final class SmileClassifier implements Classifier {
    private final String name;
    private final List<String> featureNames;
    private final List<String> classNames;
    private final smile.classification.Classifier<double[]> model;

    SmileClassifier(String name, Dataset data, smile.classification.Classifier<double[]> model) {
        this.name = name;
        this.featureNames = data.featureNames();
        this.classNames = data.classNames();
        this.model = model;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<String> featureNames() {
        return featureNames;
    }

    @Override
    public List<String> classNames() {
        return classNames;
    }

    @Override
    public int predict(double[] x) {
        Require.sameWidth(name, featureNames, x);
        return model.predict(x);
    }

    @Override
    public boolean hasProbabilities() {
        return model.soft();
    }

    @Override
    public double[] probabilities(double[] x) {
        if (!model.soft()) {
            throw new UnsupportedOperationException(name + " does not give class probabilities; use predict, "
                    + "or a model that does (logistic regression, random forest, gradient boosting, SVM, kNN).");
        }
        Require.sameWidth(name, featureNames, x);
        double[] seen = new double[model.numClasses()];
        model.predict(x, seen);
        int[] labels = model.classes();
        double[] all = new double[classNames.size()];
        for (int i = 0; i < seen.length; i++) {
            all[labels[i]] = seen[i];
        }
        return all;
    }

    /** The Smile model underneath, for explanations that read its trees ({@link ShapTrees}). */
    smile.classification.Classifier<double[]> smileModel() {
        return model;
    }

    @Override
    public String toString() {
        return name + " classifying " + classNames + " from " + featureNames;
    }
}
