package dev.atj.ai;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class FederatedAveragingTest {
    private static DigitsData digits;

    @BeforeAll
    static void loadDigits() {
        digits = new DigitsData();
    }

    @Test
    void federatedAveragingWithOneClientEqualsCentralisedTraining() {
        Seeds.set(42);
        FederatedAveraging fed = FederatedAveraging.builder().rounds(3).localEpochs(2).quiet().build();
        FederatedResult federated = fed.run(List.of(new FederatedClient("only", digits.train)), digits.test);
        FederatedResult central = fed.centralised(digits.train, digits.test);
        assertEquals(0.0, federated.maxWeightDifference(central));
        assertArrayEquals(central.accuracyPerRound(), federated.accuracyPerRound());
        assertTrue(central.finalAccuracy() > 0.85, central.toString());
    }

    @Test
    void averageWeighsEachClientByItsRowCount() {
        List<FederatedClient> clients = List.of(client("a", 1), client("b", 3));
        float[][] weights = {{1, 2}, {3, 4}};
        // (1 * 1 + 3 * 3) / 4 and (1 * 2 + 3 * 4) / 4
        assertArrayEquals(new float[] {2.5f, 3.5f}, FederatedAveraging.average(clients, weights));
        assertArrayEquals(new float[] {2.5f, 3.5f}, FederatedAveraging.secureAverage(clients, weights), 1e-6f);
    }

    @Test
    void secureAggregationReachesThePlainModelWithinFixedPointPrecision() {
        Seeds.set(42);
        ClientSplit split = ClientSplit.shards(digits.train, 4, 2);
        FederatedResult plain = FederatedAveraging.builder().rounds(2).quiet().build().run(split, digits.test);
        FederatedResult secure = FederatedAveraging.builder().rounds(2).secure(true).quiet().build().run(split, digits.test);
        assertTrue(plain.maxWeightDifference(secure) < 1e-5, "difference " + plain.maxWeightDifference(secure));
        assertThrows(IllegalArgumentException.class, () -> FederatedAveraging.builder().secure(true).quiet().build()
                .run(List.of(client("alone", 3)), digits.test));
    }

    @Test
    void shardSplitGivesEachClientFewClassesAndUsesEveryRowOnce() {
        Seeds.set(42);
        ClientSplit split = ClientSplit.shards(digits.train, 10, 2);
        assertEquals(digits.train.size(), split.clients().stream().mapToInt(FederatedClient::size).sum());
        for (FederatedClient client : split.clients()) {
            long classes = Arrays.stream(client.data().y()).distinct().count();
            assertTrue(classes <= 4, client + " holds " + classes + " classes");
        }
        ClientSplit iid = ClientSplit.iid(digits.train, 5);
        for (FederatedClient client : iid.clients()) {
            assertEquals(10, Arrays.stream(client.data().y()).distinct().count());
        }
        assertEquals(12, split.table().columnCount());
    }

    @Test
    void globalModelGivesProbabilitiesThatSumToOne() {
        Seeds.set(42);
        FederatedResult result = FederatedAveraging.builder().rounds(1).quiet().build()
                .run(ClientSplit.iid(digits.train, 3), digits.test);
        double[][] p = result.predictProba(Arrays.copyOf(digits.test.x(), 5));
        for (double[] row : p) {
            assertEquals(1.0, Arrays.stream(row).sum(), 1e-5);
        }
    }

    private static FederatedClient client(String name, int rows) {
        double[][] x = new double[rows][1];
        int[] y = new int[rows];
        y[0] = 1;
        return new FederatedClient(name, new Dataset(x, y, List.of("f"), List.of("no", "yes"), "label", 0));
    }
}
