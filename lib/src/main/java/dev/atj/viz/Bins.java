package dev.atj.viz;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Equal-width histogram bins from the smallest to the largest value. Bin {@code i} counts the
 * values {@code v} with {@code edges[i] <= v < edges[i + 1]}; the last bin also counts the largest
 * value. NaN values are not counted.
 */
final class Bins {
    private final double[] edges;
    private final long[] counts;

    private Bins(double[] edges, long[] counts) {
        this.edges = edges;
        this.counts = counts;
    }

    /** Counts {@code values} into {@code bins} bins. */
    static Bins of(double[] values, int bins) {
        if (bins < 1) {
            throw new IllegalArgumentException("A histogram needs at least 1 bin, not " + bins);
        }
        double[] present = Arrays.stream(values).filter(v -> !Double.isNaN(v)).toArray();
        if (present.length == 0) {
            throw new IllegalArgumentException("No data to plot: all " + values.length + " values are missing (NaN)");
        }
        if (Arrays.stream(present).anyMatch(Double::isInfinite)) {
            throw new IllegalArgumentException("The values include infinity, which no bin can hold; filter it out first");
        }
        double min = Arrays.stream(present).min().orElseThrow();
        double max = Arrays.stream(present).max().orElseThrow();
        if (min == max) {
            // one distinct value: a bin of width 1 around it
            min -= 0.5;
            max += 0.5;
        }
        double[] edges = new double[bins + 1];
        for (int i = 0; i <= bins; i++) {
            edges[i] = min + (max - min) * i / bins;
        }
        edges[bins] = max;
        long[] counts = new long[bins];
        for (double value : present) {
            counts[binOf(edges, value)]++;
        }
        return new Bins(edges, counts);
    }

    /** Sturges' rule, {@code ceil(log2 n) + 1}: a reasonable bin count for n values. */
    static int defaultCount(int values) {
        // ceil(log2 n) is the bit length of n - 1, exact where Math.log would round
        return values <= 1 ? 1 : 64 - Long.numberOfLeadingZeros(values - 1L) + 1;
    }

    double[] edges() {
        return edges.clone();
    }

    long[] counts() {
        return counts.clone();
    }

    /** Each bin's centre, rounded to show just enough digits to tell neighbours apart. */
    List<String> labels() {
        double width = edges[1] - edges[0];
        int decimals = Math.max(0, Math.min(6, 1 - (int) Math.floor(Math.log10(width))));
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            double centre = (edges[i] + edges[i + 1]) / 2;
            labels.add(BigDecimal.valueOf(centre).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString());
        }
        return labels;
    }

    private static int binOf(double[] edges, double value) {
        int found = Arrays.binarySearch(edges, value);
        // an exact edge starts its bin; otherwise binarySearch gives -(insertion point) - 1
        int bin = found >= 0 ? found : -found - 2;
        return Math.min(bin, edges.length - 2);
    }
}
