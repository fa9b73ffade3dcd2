package dev.atj.ai;

/**
 * Rescales each column to mean 0 and standard deviation 1, with the means and deviations of
 * the training data. A constant column is only shifted.
 */
record MlpScaler(double[] mean, double[] sd) {

    static MlpScaler fit(double[][] x, boolean standardize) {
        int width = x[0].length;
        double[] mean = new double[width];
        double[] sd = new double[width];
        java.util.Arrays.fill(sd, 1);
        if (!standardize) {
            return new MlpScaler(mean, sd);
        }
        for (int j = 0; j < width; j++) {
            double sum = 0;
            for (double[] row : x) {
                sum += row[j];
            }
            mean[j] = sum / x.length;
            double squares = 0;
            for (double[] row : x) {
                squares += (row[j] - mean[j]) * (row[j] - mean[j]);
            }
            double s = Math.sqrt(squares / x.length);
            sd[j] = s > 1e-12 ? s : 1;
        }
        return new MlpScaler(mean, sd);
    }

    /** The scaled rows, flattened row by row, as the network's float input. */
    float[] apply(double[][] x) {
        int width = mean.length;
        float[] out = new float[x.length * width];
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < width; j++) {
                out[i * width + j] = (float) ((x[i][j] - mean[j]) / sd[j]);
            }
        }
        return out;
    }
}
