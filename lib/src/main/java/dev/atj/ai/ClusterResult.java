package dev.atj.ai;

import java.util.Arrays;
import java.util.Locale;
import tech.tablesaw.api.IntColumn;

/**
 * The outcome of a clustering: which cluster each example fell in, and how big the clusters
 * are. Clusters are numbered 0 to {@code k - 1}; DBSCAN marks noise points with -1.
 * The arrays are shared, not copied: treat them as read-only.
 *
 * @param method the algorithm and its settings, for example {@code "k-means (k=3)"}
 * @param labels the cluster of every example, or -1 for noise
 * @param sizes how many examples each cluster has
 * @param noise how many examples belong to no cluster (always 0 for k-means)
 * @param centroids each cluster's centre for k-means; an empty array for DBSCAN
 * @param distortion for k-means, the sum of squared distances from examples to their
 *     centres (lower is tighter); NaN for DBSCAN
 */
public record ClusterResult(String method, int[] labels, int[] sizes, int noise, double[][] centroids,
                            double distortion) {

    /** The label DBSCAN gives examples that belong to no cluster. */
    public static final int NOISE = -1;

    /**
     * How many clusters were found.
     *
     * @return k
     */
    public int k() {
        return sizes.length;
    }

    /**
     * The labels as a Tablesaw column named {@code cluster}, to add to the table the data came
     * from ({@code table.addColumns(result.labelColumn())}).
     *
     * @return the column
     */
    public IntColumn labelColumn() {
        return IntColumn.create("cluster", labels);
    }

    @Override
    public String toString() {
        String text = String.format(Locale.ROOT, "%s: %d clusters of sizes %s", method, k(), Arrays.toString(sizes));
        if (noise > 0) {
            text += ", " + noise + " noise points";
        }
        if (!Double.isNaN(distortion)) {
            text += String.format(Locale.ROOT, ", distortion %.4g", distortion);
        }
        return text;
    }
}
