package dev.atj.ai;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClusteringTest {
    private static final double[][] CENTRES = {{0, 0}, {10, 10}, {-10, 10}};
    private static final int PER_BLOB = 40;

    /** Three tight blobs far apart: rows 0-39 around the first centre, 40-79 the second, 80-119 the third. */
    private static double[][] blobs() {
        Random random = new Random(1);
        double[][] x = new double[CENTRES.length * PER_BLOB][];
        for (int i = 0; i < x.length; i++) {
            double[] centre = CENTRES[i / PER_BLOB];
            x[i] = new double[] {centre[0] + random.nextGaussian(), centre[1] + random.nextGaussian()};
        }
        return x;
    }

    private static void assertFindsBlobs(int[] labels) {
        Set<Integer> seen = new HashSet<>();
        for (int blob = 0; blob < CENTRES.length; blob++) {
            int label = labels[blob * PER_BLOB];
            for (int i = blob * PER_BLOB; i < (blob + 1) * PER_BLOB; i++) {
                assertEquals(label, labels[i], "row " + i + " left its blob");
            }
            assertTrue(seen.add(label), "two blobs share cluster " + label);
        }
    }

    @Test
    void kmeansFindsWellSeparatedBlobs() {
        Seeds.set(42);
        ClusterResult result = Clustering.kmeans(blobs(), 3);
        assertFindsBlobs(result.labels());
        assertArrayEquals(new int[] {40, 40, 40}, result.sizes());
        assertEquals(0, result.noise());
        for (double[] centroid : result.centroids()) {
            assertTrue(Arrays.stream(CENTRES).anyMatch(c -> Math.hypot(c[0] - centroid[0], c[1] - centroid[1]) < 0.5),
                    "centroid " + Arrays.toString(centroid) + " is near a true centre");
        }
    }

    @Test
    void kmeansWithSameSeedGivesSameLabels() {
        double[][] x = blobs();
        Seeds.set(9);
        int[] first = Clustering.kmeans(x, 5, 1).labels();
        Seeds.set(9);
        int[] again = Clustering.kmeans(x, 5, 1).labels();
        assertArrayEquals(first, again);
    }

    @Test
    void dbscanFindsBlobsAndMarksFarPointAsNoise() {
        double[][] x = Arrays.copyOf(blobs(), CENTRES.length * PER_BLOB + 1);
        x[x.length - 1] = new double[] {50, -50};
        ClusterResult result = Clustering.dbscan(x, 4, 3.0);
        assertEquals(3, result.k());
        assertEquals(1, result.noise());
        assertEquals(ClusterResult.NOISE, result.labels()[x.length - 1]);
        assertFindsBlobs(result.labels());
        assertEquals(x.length, result.labelColumn().size());
    }

    @Test
    void pcaExplainedVarianceIsSortedAndSumsToOne() {
        double[][] x = Features.matrix(IrisData.table(), IrisData.FEATURES);
        PrincipalComponents pca = PrincipalComponents.fit(x);
        double[] ratio = pca.explainedVarianceRatio();
        assertEquals(4, ratio.length);
        assertEquals(1.0, Arrays.stream(ratio).sum(), 1e-12);
        for (int i = 1; i < ratio.length; i++) {
            assertTrue(ratio[i - 1] >= ratio[i], Arrays.toString(ratio));
        }
        assertEquals(0.9246, ratio[0], 1e-4, "iris's first component keeps 92.5% of the variance");
        assertEquals(1.0, pca.cumulativeVarianceRatio()[3], 1e-12);
    }

    @Test
    void pcaProjectionHasKColumnsCentredOnZero() {
        double[][] x = Features.matrix(IrisData.table(), IrisData.FEATURES);
        double[][] projected = PrincipalComponents.fitStandardized(x).project(x, 2);
        assertEquals(150, projected.length);
        assertEquals(2, projected[0].length);
        double mean = Arrays.stream(projected).mapToDouble(row -> row[0]).average().orElseThrow();
        assertEquals(0, mean, 1e-9);
        double[][] raw = PrincipalComponents.fit(x).project(x, 2);
        assertEquals(2.684, Math.abs(raw[0][0]), 1e-3, "first flower's first coordinate, as in textbooks");
    }
}
