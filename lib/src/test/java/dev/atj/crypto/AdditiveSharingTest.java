package dev.atj.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import smile.stat.distribution.ChiSquareDistribution;
import tech.tablesaw.api.Table;

class AdditiveSharingTest {
    @Test
    void sharesAddUpToTheValue() {
        AdditiveSharing sharing = new AdditiveSharing();
        for (long value : new long[] {0, 1, 120, 1_000_000_007L, -35}) {
            List<BigInteger> shares = sharing.split(value, 3);
            assertEquals(3, shares.size());
            assertEquals(BigInteger.valueOf(value), sharing.signed(sharing.combine(shares)));
        }
    }

    @Test
    void sumsOfSharesAreSharesOfTheSum() {
        AdditiveSharing sharing = new AdditiveSharing().seeded(1);
        List<BigInteger> a = sharing.split(120, 3);
        List<BigInteger> b = sharing.split(75, 3);
        List<BigInteger> sums = List.of(a.get(0).add(b.get(0)), a.get(1).add(b.get(1)), a.get(2).add(b.get(2)));
        assertEquals(BigInteger.valueOf(195), sharing.combine(sums));
    }

    @Test
    void everyShareIsUniformlyDistributed() {
        AdditiveSharing sharing = new AdditiveSharing(BigInteger.TEN).seeded(42);
        int[][] counts = new int[3][10];
        for (int i = 0; i < 20_000; i++) {
            List<BigInteger> shares = sharing.split(7, 3);
            for (int s = 0; s < 3; s++) {
                counts[s][shares.get(s).intValue()]++;
            }
        }
        double critical = new ChiSquareDistribution(9).quantile(0.999);
        for (int s = 0; s < 3; s++) {
            double statistic = ShamirTest.chiSquare(counts[s]);
            assertTrue(statistic < critical, "share " + s + " is not uniform: chi-square " + statistic);
        }
    }

    @Test
    void threeHospitalsLearnTheirTotalAndMean() {
        Map<String, Double> patients = new LinkedHashMap<>();
        patients.put("Hospital A", 120.0);
        patients.put("Hospital B", 75.5);
        patients.put("Hospital C", 210.25);
        SecureAggregation run = SecureAggregation.seeded(patients, 42);
        assertEquals(405.75, run.total(), 1e-9);
        assertEquals(135.25, run.mean(), 1e-9);
        assertEquals(3, run.parties().size());
        for (Party party : run.parties()) {
            assertEquals(List.of("Hospital A", "Hospital B", "Hospital C"), List.copyOf(party.received().keySet()));
        }
        Table seen = run.sharesSeen();
        assertEquals(9, seen.rowCount());
        assertTrue(seen.doubleColumn("share_fraction").asList().stream().allMatch(f -> f >= 0 && f < 1));
        assertEquals(3, run.partialSums().rowCount());
    }

    @Test
    void secureRandomAggregationHandlesNegativeAndDecimalInputs() {
        SecureAggregation run = SecureAggregation.of(Map.of("a", -2.5, "b", 1.000001, "c", 0));
        assertEquals(-1.499999, run.total(), 1e-12);
    }

    @Test
    void whatOtherPartiesSeeDoesNotDependOnTheInput() {
        // Same seed, different secret inputs of A: the shares A sends to A and B are identical,
        // only the share sent to C differs, and C alone sees one uniformly random number from A.
        Map<String, Integer> first = new LinkedHashMap<>();
        first.put("A", 10);
        first.put("B", 20);
        first.put("C", 30);
        Map<String, Integer> second = new LinkedHashMap<>(first);
        second.put("A", 99_999);
        List<Party> one = SecureAggregation.seeded(first, 5).parties();
        List<Party> two = SecureAggregation.seeded(second, 5).parties();
        assertEquals(one.get(0).received().get("A"), two.get(0).received().get("A"));
        assertEquals(one.get(1).received().get("A"), two.get(1).received().get("A"));
        assertTrue(!one.get(2).received().get("A").equals(two.get(2).received().get("A")));
    }

    @Test
    void badInputIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> SecureAggregation.of(Map.of("alone", 1)));
        assertThrows(IllegalArgumentException.class, () -> SecureAggregation.of(Map.of("a", 1.0, "b", Double.NaN)));
        assertThrows(IllegalArgumentException.class, () -> new AdditiveSharing(BigInteger.ONE));
        assertThrows(IllegalArgumentException.class, () -> new AdditiveSharing().split(5, 0));
    }
}
