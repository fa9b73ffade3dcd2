package dev.atj.ethics;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/** Small synthetic inputs shared by the explanation tests. */
final class ExplanationData {
    static final List<String> NAMES = List.of("a", "b", "c");
    /** f(x) = 2 a + b (c is ignored), a model whose explanations are known by hand. */
    static final Function<double[][], double[]> LINEAR =
            rows -> Arrays.stream(rows).mapToDouble(r -> 2 * r[0] + r[1]).toArray();

    private ExplanationData() {
    }

    static double[][] gaussian(int rows, long seed) {
        Random random = new Random(seed);
        double[][] x = new double[rows][NAMES.size()];
        for (double[] row : x) {
            for (int j = 0; j < row.length; j++) {
                row[j] = random.nextGaussian() * (j + 1);
            }
        }
        return x;
    }
}
