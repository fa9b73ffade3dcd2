package dev.atj.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import smile.stat.distribution.ChiSquareDistribution;

class ShamirTest {
    private static final BigInteger P1613 = BigInteger.valueOf(1613);

    // The worked example of Wikipedia's "Shamir's secret sharing" article: GF(1613), secret 1234,
    // f(x) = 1234 + 166x + 94x^2, six shares with threshold 3.
    private static List<Share> publishedShares() {
        return new Shamir(P1613).splitWithCoefficients(BigInteger.valueOf(1234),
                List.of(BigInteger.valueOf(166), BigInteger.valueOf(94)), 6);
    }

    @Test
    void sharesWithFixedCoefficientsMatchThePublishedExample() {
        int[][] expected = {{1, 1494}, {2, 329}, {3, 965}, {4, 176}, {5, 1188}, {6, 775}};
        List<Share> shares = publishedShares();
        assertEquals(6, shares.size());
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i][0], shares.get(i).x());
            assertEquals(BigInteger.valueOf(expected[i][1]), shares.get(i).y());
            assertEquals(3, shares.get(i).threshold());
        }
    }

    @Test
    void everyThreeOfTheSixPublishedSharesGiveTheSecret() {
        List<List<Share>> subsets = subsets(publishedShares(), 3);
        assertEquals(20, subsets.size());
        for (List<Share> subset : subsets) {
            assertEquals(BigInteger.valueOf(1234), Shamir.reconstruct(subset), subset.toString());
        }
    }

    @Test
    void twoPublishedSharesAreRefusedAndInterpolateToAnotherNumber() {
        for (List<Share> pair : subsets(publishedShares(), 2)) {
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> Shamir.reconstruct(pair));
            assertTrue(refused.getMessage().contains("at least 3 shares"), refused.getMessage());
            // The line through two points of f meets x = 0 at 1234 - 94 x1 x2 (mod 1613), never 1234.
            long expected = Math.floorMod(1234 - 94L * pair.get(0).x() * pair.get(1).x(), 1613);
            assertEquals(BigInteger.valueOf(expected), Shamir.interpolateAtZero(pair));
            assertNotEquals(BigInteger.valueOf(1234), Shamir.interpolateAtZero(pair));
        }
    }

    @Test
    void randomPolynomialsReconstructFromEveryThreeOfSixShares() {
        Shamir shamir = new Shamir().seeded(7);
        BigInteger[] secrets = {BigInteger.ZERO, BigInteger.valueOf(1234), Shamir.DEFAULT_PRIME.subtract(BigInteger.ONE),
            new BigInteger("123456789012345678901234567890")};
        for (BigInteger secret : secrets) {
            List<Share> shares = shamir.split(secret, 3, 6);
            for (List<Share> subset : subsets(shares, 3)) {
                assertEquals(secret, Shamir.reconstruct(subset));
            }
            assertEquals(secret, Shamir.reconstruct(shares));
            for (List<Share> pair : subsets(shares, 2)) {
                assertThrows(IllegalArgumentException.class, () -> Shamir.reconstruct(pair));
                assertNotEquals(secret, Shamir.interpolateAtZero(pair));
            }
        }
    }

    @Test
    void secureRandomSharesAlsoReconstruct() {
        List<Share> shares = new Shamir().split(42, 2, 3);
        assertEquals(BigInteger.valueOf(42), Shamir.reconstruct(List.of(shares.get(2), shares.get(0))));
    }

    @Test
    void oneShareBelowThresholdTwoIsUniformWhateverTheSecret() {
        Shamir shamir = new Shamir(BigInteger.valueOf(11)).seeded(3);
        double critical = new ChiSquareDistribution(10).quantile(0.999);
        for (long secret : new long[] {0, 7}) {
            int[] counts = new int[11];
            for (int i = 0; i < 22_000; i++) {
                counts[shamir.split(secret, 2, 3).get(0).y().intValue()]++;
            }
            assertTrue(chiSquare(counts) < critical, "share of secret " + secret + " not uniform: " + chiSquare(counts));
        }
    }

    @Test
    void badInputIsRefusedWithAClearMessage() {
        Shamir small = new Shamir(P1613);
        assertThrows(IllegalArgumentException.class, () -> new Shamir(BigInteger.valueOf(1612)));
        assertThrows(IllegalArgumentException.class, () -> small.split(1613, 2, 3));
        assertThrows(IllegalArgumentException.class, () -> small.split(-1, 2, 3));
        assertThrows(IllegalArgumentException.class, () -> small.split(5, 4, 3));
        List<Share> shares = small.split(5, 2, 3);
        assertThrows(IllegalArgumentException.class, () -> Shamir.reconstruct(List.of(shares.get(0), shares.get(0))));
        List<Share> other = small.split(5, 3, 3);
        IllegalArgumentException mixed = assertThrows(IllegalArgumentException.class,
                () -> Shamir.reconstruct(List.of(shares.get(0), other.get(1), other.get(2))));
        assertTrue(mixed.getMessage().contains("different splits"));
        assertThrows(IllegalArgumentException.class, () -> Shamir.reconstruct(List.of()));
    }

    static double chiSquare(int[] counts) {
        double total = 0;
        for (int count : counts) {
            total += count;
        }
        double expected = total / counts.length;
        double sum = 0;
        for (int count : counts) {
            sum += (count - expected) * (count - expected) / expected;
        }
        return sum;
    }

    private static List<List<Share>> subsets(List<Share> shares, int size) {
        List<List<Share>> result = new ArrayList<>();
        collect(shares, size, 0, new ArrayList<>(), result);
        return result;
    }

    private static void collect(List<Share> shares, int size, int from, List<Share> chosen, List<List<Share>> result) {
        if (chosen.size() == size) {
            result.add(List.copyOf(chosen));
            return;
        }
        for (int i = from; i < shares.size(); i++) {
            chosen.add(shares.get(i));
            collect(shares, size, i + 1, chosen, result);
            chosen.remove(chosen.size() - 1);
        }
    }
}
