package dev.atj.ai;

/** Checks the arrays given to a neural network, with messages that say what to fix. */
final class MlpInputs {
    private MlpInputs() {
    }

    /**
     * Checks a feature matrix: not empty, rectangular, finite.
     *
     * @return the number of columns
     */
    static int features(String name, double[][] x) {
        if (x == null || x.length == 0) {
            throw new IllegalArgumentException(name + " has no rows: give at least one example");
        }
        if (x[0] == null || x[0].length == 0) {
            throw new IllegalArgumentException(name + "[0] has no columns: give at least one feature");
        }
        int width = x[0].length;
        for (int i = 0; i < x.length; i++) {
            if (x[i] == null || x[i].length != width) {
                throw new IllegalArgumentException(name + "[" + i + "] has " + (x[i] == null ? 0 : x[i].length)
                        + " values but " + name + "[0] has " + width + ": every row needs the same columns");
            }
            for (int j = 0; j < width; j++) {
                if (!Double.isFinite(x[i][j])) {
                    throw new IllegalArgumentException(name + "[" + i + "][" + j + "] is " + x[i][j]
                            + ": remove or fill in missing values before training");
                }
            }
        }
        return width;
    }

    static void sameLength(String xName, double[][] x, String yName, int yLength) {
        if (x.length != yLength) {
            throw new IllegalArgumentException(xName + " has " + x.length + " rows but " + yName + " has "
                    + yLength + " values: give one " + yName + " per row of " + xName);
        }
    }

    static void columns(String name, int actual, int expected) {
        if (actual != expected) {
            throw new IllegalArgumentException(name + " has " + actual + " columns but the network was trained on "
                    + expected + ": give the same features, in the same order, as to fit(...)");
        }
    }

    /** Checks class labels are 0..classes-1 when classes is known, else at least 0. */
    static void labels(String name, int[] y, int classes) {
        if (y == null || y.length == 0) {
            throw new IllegalArgumentException(name + " is empty: give one class label per row");
        }
        for (int i = 0; i < y.length; i++) {
            if (y[i] < 0 || (classes > 0 && y[i] >= classes)) {
                String range = classes > 0 ? "0.." + (classes - 1) : "0 or more";
                throw new IllegalArgumentException(name + "[" + i + "] is " + y[i] + " but class labels must be "
                        + range + ": number the classes 0, 1, 2, ...");
            }
        }
    }

    static void targets(String name, double[] y) {
        if (y == null || y.length == 0) {
            throw new IllegalArgumentException(name + " is empty: give one target value per row");
        }
        for (int i = 0; i < y.length; i++) {
            if (!Double.isFinite(y[i])) {
                throw new IllegalArgumentException(name + "[" + i + "] is " + y[i]
                        + ": remove or fill in missing targets before training");
            }
        }
    }
}
