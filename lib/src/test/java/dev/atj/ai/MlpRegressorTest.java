package dev.atj.ai;

import static dev.atj.ai.MlpClassifierTest.assertMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MlpRegressorTest {

    @BeforeEach
    void fixSeed() {
        Seeds.set(3);
    }

    /** y = 3x + 1 + noise(sd 0.1), x uniform in [0, 2]. */
    private static double[][] line(int n, long seed, double[] y) {
        Random random = new Random(seed);
        double[][] x = new double[n][];
        for (int i = 0; i < n; i++) {
            x[i] = new double[] {2 * random.nextDouble()};
            y[i] = 3 * x[i][0] + 1 + 0.1 * random.nextGaussian();
        }
        return x;
    }

    @Test
    void fitsALineWithRmseNearTheNoise() {
        double[] y = new double[200];
        double[][] x = line(200, 5, y);
        double[] yTest = new double[100];
        double[][] xTest = line(100, 6, yTest);
        try (MlpRegressor net = MlpRegressor.builder().hidden(16).epochs(60).batchSize(16).quiet().build()) {
            net.fit(x, y, xTest, yTest);
            // The noise has sd 0.1; the targets themselves have sd about 1.7.
            assertTrue(net.rmse(xTest, yTest) < 0.2, "RMSE " + net.rmse(xTest, yTest));
            assertEquals(4.0, net.predict(new double[] {1.0}), 0.15);
            MlpHistory history = net.history();
            assertTrue(history.lastTrainLoss() < history.train().get(0) / 2, history.toString());
            assertTrue(history.lastTrainLoss() < 0.02, "loss is the MSE of standardized targets: " + history);
        }
    }

    @Test
    void fitsRawUnitsWithoutStandardizing() {
        double[] y = new double[200];
        double[][] x = line(200, 5, y);
        try (MlpRegressor net = MlpRegressor.builder().hidden().epochs(60).batchSize(16).learningRate(0.05)
                .standardize(false).quiet().build()) {
            net.fit(x, y);
            assertTrue(net.rmse(x, y) < 0.2, "a linear model (no hidden layer) fits a line: " + net.rmse(x, y));
            assertTrue(net.toString().startsWith("MlpRegressor[1 -> 1, 60 epochs"), net.toString());
        }
    }

    @Test
    void rejectsInputsWithAMessageSayingWhatToFix() {
        MlpRegressor net = MlpRegressor.builder().epochs(1).quiet().build();
        assertMessage("x has 2 rows but y has 3", () -> net.fit(new double[2][1], new double[3]));
        assertMessage("y is empty", () -> net.fit(new double[2][1], new double[0]));
        assertMessage("y[1] is Infinity", () -> net.fit(new double[2][1], new double[] {0, Double.POSITIVE_INFINITY}));
        assertMessage("not trained yet", () -> net.predict(new double[] {1}));
    }
}
