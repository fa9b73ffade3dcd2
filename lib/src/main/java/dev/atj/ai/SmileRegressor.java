package dev.atj.ai;

import java.util.List;
import smile.data.Tuple;
import smile.data.type.StructType;
import smile.regression.DataFrameRegression;

/** A {@link Regressor} backed by a Smile model trained on a data frame (random forest). */
final class SmileRegressor implements Regressor {
    private final String name;
    private final List<String> featureNames;
    private final DataFrameRegression model;
    private final StructType schema;

    SmileRegressor(String name, List<String> featureNames, DataFrameRegression model, StructType schema) {
        this.name = name;
        this.featureNames = List.copyOf(featureNames);
        this.model = model;
        this.schema = schema;
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
    public double predict(double[] x) {
        Require.sameWidth(name, featureNames, x);
        return model.predict(Tuple.of(x, schema));
    }

    /** The data-frame model inside, for explanations that read its trees ({@link ShapTrees}). */
    DataFrameRegression model() {
        return model;
    }

    /** The feature schema that turns arrays into rows of the training frame. */
    StructType schema() {
        return schema;
    }

    @Override
    public String toString() {
        return name + " predicting from " + featureNames;
    }
}
