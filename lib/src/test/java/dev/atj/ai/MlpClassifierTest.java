package dev.atj.ai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDManager;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;

class MlpClassifierTest {
    private static final Labelled IRIS = iris();

    /** Rows of features with a class label each. */
    record Labelled(double[][] x, int[] y) {
    }

    /** Fisher's iris (copied from scikit-learn's iris.csv): 150 rows, 4 measurements in cm, species 0/1/2. */
    static Labelled iris() {
        List<double[]> rows = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                MlpClassifierTest.class.getResourceAsStream("mlp-iris.csv"), StandardCharsets.UTF_8))) {
            in.readLine();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] cells = line.split(",");
                double[] row = new double[4];
                for (int j = 0; j < 4; j++) {
                    row[j] = Double.parseDouble(cells[j]);
                }
                rows.add(row);
                labels.add(Integer.parseInt(cells[4].strip()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Labelled(rows.toArray(double[][]::new), labels.stream().mapToInt(Integer::intValue).toArray());
    }

    /** Two round gaussian blobs of {@code perClass} points each, centred at (-2,-2) and (2,2), sd 1. */
    static Labelled blobs(int perClass, long seed) {
        Random random = new Random(seed);
        double[][] x = new double[2 * perClass][];
        int[] y = new int[2 * perClass];
        for (int i = 0; i < x.length; i++) {
            y[i] = i % 2;
            double centre = y[i] == 0 ? -2 : 2;
            x[i] = new double[] {centre + random.nextGaussian(), centre + random.nextGaussian()};
        }
        return new Labelled(x, y);
    }

    @BeforeEach
    void fixSeed() {
        Seeds.set(7);
    }

    private static MlpClassifier.Builder small() {
        return MlpClassifier.builder().hidden(16).epochs(30).learningRate(0.01).batchSize(16).quiet();
    }

    @Test
    void learnsIrisToAbove95PercentTrainingAccuracy() {
        try (MlpClassifier net = MlpClassifier.builder().hidden(32, 16).epochs(100).batchSize(16).quiet().build()) {
            net.fit(IRIS.x(), IRIS.y());
            assertEquals(3, net.classes());
            assertTrue(net.accuracy(IRIS.x(), IRIS.y()) > 0.95, net.toString());
            assertEquals(0, net.predict(new double[] {5.0, 3.4, 1.5, 0.2}), "a typical setosa");
            assertEquals(2, net.predict(new double[] {6.9, 3.1, 5.8, 2.3}), "a typical virginica");
            assertTrue(net.history().lastTrainLoss() < net.history().train().get(0) / 2, net.history().toString());
        }
    }

    @Test
    void separatesTwoGaussianBlobsOnHeldOutPoints() {
        Labelled train = blobs(100, 1);
        Labelled test = blobs(100, 2);
        try (MlpClassifier net = small().build().fit(train.x(), train.y(), test.x(), test.y())) {
            // Bayes error for centres 4*sqrt(2) apart with sd 1 is 0.2%; allow for sampling noise.
            assertTrue(net.accuracy(test.x(), test.y()) > 0.97);
            MlpHistory history = net.history();
            assertEquals(30, history.epochs());
            assertEquals(30, history.validation().size());
            assertTrue(history.lastTrainLoss() < history.train().get(0) / 2, history.toString());
            assertTrue(history.validation().get(29) < history.validation().get(0) / 2, history.toString());
        }
    }

    @Test
    void probabilitiesSumToOneAndAgreeWithPredict() {
        try (MlpClassifier net = small().build().fit(IRIS.x(), IRIS.y())) {
            double[][] proba = net.predictProba(IRIS.x());
            int[] predicted = net.predict(IRIS.x());
            for (int i = 0; i < proba.length; i++) {
                assertEquals(3, proba[i].length);
                assertEquals(1.0, proba[i][0] + proba[i][1] + proba[i][2], 1e-5);
                for (double p : proba[i]) {
                    assertTrue(p <= proba[i][predicted[i]]);
                }
            }
        }
    }

    @Test
    void sameSeedGivesTheSameLossHistoryTwice() {
        List<Double> first;
        List<Double> second;
        try (MlpClassifier net = small().epochs(10).build()) {
            Seeds.set(11);
            first = net.fit(IRIS.x(), IRIS.y()).history().train();
            Seeds.set(11);
            second = net.fit(IRIS.x(), IRIS.y()).history().train();
        }
        assertEquals(first, second);
        Seeds.set(12);
        try (MlpClassifier net = small().epochs(10).build()) {
            assertFalse(first.equals(net.fit(IRIS.x(), IRIS.y()).history().train()), "another seed, other weights");
        }
    }

    @Test
    void refittingFreesThePreviousNetworkAndCloseFreesTheLast() {
        MlpClassifier net = small().epochs(2).build();
        net.fit(IRIS.x(), IRIS.y());
        NDManager first = net.network().manager();
        net.fit(IRIS.x(), IRIS.y());
        NDManager second = net.network().manager();
        assertFalse(first.isOpen(), "the first network's native memory is freed by the second fit");
        assertTrue(second.isOpen());
        net.close();
        assertFalse(second.isOpen());
        IllegalStateException error = assertThrows(IllegalStateException.class, () -> net.predict(IRIS.x()));
        assertTrue(error.getMessage().contains("closed"), error.getMessage());
        assertEquals("MlpClassifier[closed]", net.toString());
    }

    @Test
    void showsAProgressBarAndOneLiveLossChartUnlessQuiet() {
        LossCurveTest.RecordingSink sink = new LossCurveTest.RecordingSink();
        LossCurveTest.withSink(sink, () -> {
            try (MlpClassifier net = MlpClassifier.builder().hidden(8).epochs(5).build()) {
                net.fit(IRIS.x(), IRIS.y());
            }
        });
        assertEquals(2, sink.calls.stream().filter("display"::equals).count(), sink.calls.toString());
        assertFalse(sink.calls.contains("update of unknown id"));
        List<Object> charts = sink.charts();
        XYChart last = (XYChart) charts.get(charts.size() - 1);
        assertEquals("Training loss", last.getTitle());
        assertEquals(5, last.getSeriesMap().get("train").getXData().length, "the final chart has every epoch");

        LossCurveTest.RecordingSink quiet = new LossCurveTest.RecordingSink();
        LossCurveTest.withSink(quiet, () -> {
            try (MlpClassifier net = small().epochs(2).build()) {
                net.fit(IRIS.x(), IRIS.y());
            }
        });
        assertEquals(List.of(), quiet.calls);
    }

    @Test
    void rejectsInputsWithAMessageSayingWhatToFix() {
        MlpClassifier net = small().build();
        assertMessage("x has 3 rows but y has 2", () -> net.fit(new double[3][2], new int[] {0, 1}));
        assertMessage("x has no rows", () -> net.fit(new double[0][], new int[0]));
        assertMessage("y[1] is -1", () -> net.fit(new double[2][2], new int[] {0, -1}));
        assertMessage("at least 2 classes", () -> net.fit(new double[2][2], new int[] {0, 0}));
        assertMessage("x[1] has 1 values but x[0] has 2", () -> net.fit(new double[][] {{1, 2}, {3}}, new int[] {0, 1}));
        assertMessage("x[0][1] is NaN", () -> net.fit(new double[][] {{1, Double.NaN}, {3, 4}}, new int[] {0, 1}));
        assertMessage("yValidation[0] is 2 but class labels must be 0..1",
                () -> net.fit(new double[2][2], new int[] {0, 1}, new double[1][2], new int[] {2}));
        assertMessage("not trained yet", () -> net.predict(new double[1][2]));
        net.fit(new double[][] {{0, 0}, {1, 1}}, new int[] {0, 1});
        assertMessage("x has 3 columns but the network was trained on 2", () -> net.predict(new double[1][3]));
        net.close();
        assertThrows(IllegalArgumentException.class, () -> MlpClassifier.builder().epochs(0));
        assertThrows(IllegalArgumentException.class, () -> MlpClassifier.builder().hidden(8, 0));
        assertThrows(IllegalArgumentException.class, () -> MlpClassifier.builder().learningRate(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> MlpClassifier.builder().batchSize(0));
    }

    static void assertMessage(String expected, org.junit.jupiter.api.function.Executable call) {
        RuntimeException error = assertThrows(RuntimeException.class, call);
        assertTrue(error.getMessage().contains(expected), "expected '" + expected + "' in: " + error.getMessage());
    }

    @Test
    void describesItsShape() {
        try (MlpClassifier net = MlpClassifier.builder().hidden(5, 4).epochs(1).quiet().build()) {
            assertEquals("MlpClassifier[not trained]", net.toString());
            net.fit(IRIS.x(), IRIS.y());
            assertTrue(net.toString().startsWith("MlpClassifier[4 -> 5 -> 4 -> 3, 1 epochs, loss "), net.toString());
        }
    }
}
