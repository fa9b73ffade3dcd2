package dev.atj.ai;

import smile.data.DataFrame;
import smile.data.type.StructType;
import smile.data.vector.DoubleVector;
import smile.data.vector.IntVector;

/**
 * Builds the Smile data frames that Smile's tree and linear models train on. Features get
 * plain names {@code x0, x1, ...} and the response is {@code y}, because Smile reads some
 * column names (with brackets or operators) as formula terms.
 */
final class SmileFrames {
    private SmileFrames() {
    }

    static String[] featureNames(int count) {
        String[] names = new String[count];
        for (int j = 0; j < count; j++) {
            names[j] = "x" + j;
        }
        return names;
    }

    /** The features with the class numbers as an integer column {@code y}. */
    static DataFrame of(Dataset data) {
        return DataFrame.of(data.x(), featureNames(data.numFeatures())).merge(IntVector.of("y", data.y()));
    }

    /** The features with the targets as a double column {@code y}. */
    static DataFrame of(RegressionDataset data) {
        return DataFrame.of(data.x(), featureNames(data.numFeatures())).merge(DoubleVector.of("y", data.y()));
    }

    /** The schema of a row of features alone, to wrap a feature array as a Smile tuple. */
    static StructType featureSchema(double[][] x, int features) {
        return DataFrame.of(x, featureNames(features)).schema();
    }
}
