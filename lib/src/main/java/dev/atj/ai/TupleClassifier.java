package dev.atj.ai;

import smile.classification.DataFrameClassifier;
import smile.data.Tuple;
import smile.data.type.StructType;

/**
 * Lets a Smile model trained on a data frame (random forest, gradient boosting) read plain
 * feature arrays, by wrapping each array in a row of the training frame's feature schema.
 */
final class TupleClassifier implements smile.classification.Classifier<double[]> {
    private static final long serialVersionUID = 1L;
    private final DataFrameClassifier model;
    private final StructType schema;

    TupleClassifier(DataFrameClassifier model, StructType schema) {
        this.model = model;
        this.schema = schema;
    }

    /** The data-frame model inside, for explanations that read its trees ({@link ShapTrees}). */
    DataFrameClassifier model() {
        return model;
    }

    /** The feature schema that turns arrays into rows of the training frame. */
    StructType schema() {
        return schema;
    }

    @Override
    public int numClasses() {
        return model.numClasses();
    }

    @Override
    public int[] classes() {
        return model.classes();
    }

    @Override
    public int predict(double[] x) {
        return model.predict(Tuple.of(x, schema));
    }

    @Override
    public boolean soft() {
        return model.soft();
    }

    @Override
    public int predict(double[] x, double[] posteriori) {
        return model.predict(Tuple.of(x, schema), posteriori);
    }
}
