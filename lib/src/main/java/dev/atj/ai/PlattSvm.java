package dev.atj.ai;

import smile.classification.PlattScaling;
import smile.classification.SVM;

/**
 * A two-class SVM (trained on labels -1 and +1) that answers with class numbers 0 and 1 and
 * turns its decision value into a probability with Platt scaling, as Smile does inside its
 * one-vs-rest wrapper for more classes.
 */
final class PlattSvm implements smile.classification.Classifier<double[]> {
    private static final long serialVersionUID = 1L;
    private final SVM<double[]> svm;
    private final PlattScaling platt;

    PlattSvm(SVM<double[]> svm, PlattScaling platt) {
        this.svm = svm;
        this.platt = platt;
    }

    @Override
    public int numClasses() {
        return 2;
    }

    @Override
    public int[] classes() {
        return new int[] {0, 1};
    }

    @Override
    public int predict(double[] x) {
        return svm.predict(x) > 0 ? 1 : 0;
    }

    @Override
    public boolean soft() {
        return true;
    }

    @Override
    public int predict(double[] x, double[] posteriori) {
        double positive = platt.scale(svm.score(x));
        posteriori[0] = 1 - positive;
        posteriori[1] = positive;
        return predict(x);
    }
}
