package dev.atj.ai;

import java.util.Arrays;
import smile.clustering.DBSCAN;
import smile.clustering.KMeans;
import smile.clustering.PartitionClustering;

/**
 * Groups examples without labels (Smile 3 underneath). k-means takes its random starting
 * centres from {@link Seeds}, so the same seed gives the same clusters. Standardise the
 * features first when their units differ.
 *
 * <pre>{@code
 * ClusterResult groups = Clustering.kmeans(Features.matrix(iris, "petal_length", "petal_width"), 3);
 * groups.sizes();
 * }</pre>
 */
public final class Clustering {
    private static final int MAX_ITERATIONS = 100;
    private static final double TOLERANCE = 1e-4;

    private Clustering() {
    }

    /**
     * k-means from 10 different k-means++ starts, keeping the tightest result.
     *
     * @param x the examples, one per row
     * @param k how many clusters, between 2 and the number of rows
     * @return the clusters
     */
    public static ClusterResult kmeans(double[][] x, int k) {
        return kmeans(x, k, 10);
    }

    /**
     * k-means: alternately assigns each example to its nearest centre and moves each centre
     * to the mean of its examples, until nothing changes. Started {@code runs} times from
     * k-means++ centres; the run with the lowest distortion is kept.
     *
     * @param x the examples, one per row
     * @param k how many clusters
     * @param runs how many random starts to try, at least 1
     * @return the clusters
     */
    public static ClusterResult kmeans(double[][] x, int k, int runs) {
        checkRows(x);
        Require.that(k >= 2 && k <= x.length, "k must be between 2 and the number of rows (" + x.length
                + "), not " + k + ".");
        Require.that(runs >= 1, "runs must be at least 1, not " + runs + ".");
        Seeding.smile("k-means");
        KMeans best = null;
        for (int run = 0; run < runs; run++) {
            KMeans model = KMeans.fit(x, k, MAX_ITERATIONS, TOLERANCE);
            if (best == null || model.distortion < best.distortion) {
                best = model;
            }
        }
        double[][] centroids = Arrays.stream(best.centroids).map(double[]::clone).toArray(double[][]::new);
        return new ClusterResult("k-means (k=" + k + ")", best.y.clone(), Arrays.copyOf(best.size, best.k), 0, centroids,
                best.distortion);
    }

    /**
     * DBSCAN: clusters are regions where points lie close together; an example with at least
     * {@code minPoints} neighbours within {@code radius} is a core point, clusters grow from
     * core points, and what no cluster reaches is noise (label -1). The number of clusters
     * is found, not given.
     *
     * @param x the examples, one per row
     * @param minPoints how many neighbours make a core point (the point itself included)
     * @param radius the neighbourhood radius, in the features' units
     * @return the clusters
     */
    public static ClusterResult dbscan(double[][] x, int minPoints, double radius) {
        checkRows(x);
        Require.that(minPoints >= 1, "minPoints must be at least 1, not " + minPoints + ".");
        Require.that(radius > 0, "radius must be positive, not " + radius + ".");
        DBSCAN<double[]> model = DBSCAN.fit(x, minPoints, radius);
        int[] labels = Arrays.stream(model.y).map(label -> label == PartitionClustering.OUTLIER ? ClusterResult.NOISE : label)
                .toArray();
        int noise = (int) Arrays.stream(labels).filter(label -> label == ClusterResult.NOISE).count();
        return new ClusterResult("DBSCAN (minPoints=" + minPoints + ", radius=" + Require.number(radius) + ")",
                labels, Arrays.copyOf(model.size, model.k), noise, new double[0][], Double.NaN);
    }

    private static void checkRows(double[][] x) {
        if (x.length < 2) {
            throw new IllegalArgumentException("Clustering needs at least two rows; got " + x.length + ".");
        }
    }
}
