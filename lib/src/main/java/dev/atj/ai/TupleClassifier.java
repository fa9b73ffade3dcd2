package dev.atj.ai;

import smile.classification.DataFrameClassifier;
import smile.data.DataFrame;
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

    /** Feature column names in the Smile frame; plain names, because Smile parses some column names as formulas. */
    static String[] columnNames(int count) {
        String[] names = new String[count];
        for (int j = 0; j < count; j++) {
            names[j] = "x" + j;
        }
        return names;
    }

    /** The features with the class numbers as an integer column named {@code y}. */
    static DataFrame frame(Dataset data) {
        return DataFrame.of(data.x(), columnNames(data.numFeatures()))
                .merge(smile.data.vector.IntVector.of("y", data.y()));
    }

    static StructType featureSchema(Dataset data) {
        return DataFrame.of(data.x(), columnNames(data.numFeatures())).schema();
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
