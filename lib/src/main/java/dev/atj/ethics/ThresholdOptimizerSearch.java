package dev.atj.ethics;

import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.IntStream;

/** The exact search over one plain threshold per group behind {@link ThresholdOptimizer}. */
final class ThresholdOptimizerSearch {
    /** Rates are ratios of counts; this absorbs their rounding when compared with a tolerance. */
    private static final double SLACK = 1e-12;

    private ThresholdOptimizerSearch() {
    }

    /**
     * The distinct outcomes one group's thresholds can give, by increasing rate: each
     * threshold, the constrained rate it gives, and how many of the group's predictions it
     * gets right. Of thresholds with the same rate only the most accurate is kept.
     *
     * @param thresholds the thresholds (score at or above predicts 1)
     * @param rates the constrained rate of each, strictly increasing
     * @param correct the number of right predictions of each
     * @param constrained false for a group that takes no part in the constraint
     */
    record Candidates(double[] thresholds, double[] rates, int[] correct, boolean constrained) {

        static Candidates of(double[] scores, int[] labels, ThresholdOptimizer.Constraint constraint) {
            Integer[] order = IntStream.range(0, scores.length).boxed().toArray(Integer[]::new);
            Arrays.sort(order, Comparator.comparingDouble((Integer i) -> scores[i]).reversed());
            int positives = Arrays.stream(labels).sum();
            int negatives = labels.length - positives;
            boolean parity = constraint == ThresholdOptimizer.Constraint.DEMOGRAPHIC_PARITY;
            double[] thresholds = new double[scores.length + 1];
            double[] rates = new double[scores.length + 1];
            int[] correct = new int[scores.length + 1];
            int count = 0;
            int truePositives = 0;
            for (int k = 0; k <= scores.length; k++) {
                if (k > 0) {
                    truePositives += labels[order[k - 1]];
                }
                // Selecting the top k is one threshold only where the k-th score beats the next.
                boolean cut = k == 0 || k == scores.length || scores[order[k - 1]] > scores[order[k]];
                if (!cut) {
                    continue;
                }
                double rate = parity ? (double) k / scores.length
                        : positives == 0 ? 0 : (double) truePositives / positives;
                int right = truePositives + negatives - (k - truePositives);
                double threshold = k == 0 ? Double.POSITIVE_INFINITY : scores[order[k - 1]];
                if (count > 0 && rates[count - 1] == rate) {
                    if (right > correct[count - 1]) {
                        thresholds[count - 1] = threshold;
                        correct[count - 1] = right;
                    }
                    continue;
                }
                thresholds[count] = threshold;
                rates[count] = rate;
                correct[count] = right;
                count++;
            }
            return new Candidates(Arrays.copyOf(thresholds, count), Arrays.copyOf(rates, count),
                    Arrays.copyOf(correct, count), parity || positives > 0);
        }

        /** The most accurate candidate with rate in [low, high], or -1 if none. */
        int bestWithin(double low, double high) {
            int best = -1;
            for (int i = 0; i < rates.length; i++) {
                if (rates[i] >= low - SLACK && rates[i] <= high + SLACK && (best < 0 || correct[i] > correct[best])) {
                    best = i;
                }
            }
            return best;
        }

        /** The lowest rate at or above {@code low}, or NaN if none. */
        double lowestFrom(double low) {
            int at = Arrays.binarySearch(rates, low);
            int index = at >= 0 ? at : -at - 1;
            return index < rates.length ? rates[index] : Double.NaN;
        }
    }

    /** The smallest largest-minus-smallest rate any choice of one threshold per group can reach. */
    static double smallestDisparity(Collection<Candidates> groups) {
        double smallest = Double.POSITIVE_INFINITY;
        for (double low : lowRates(groups)) {
            double high = low;
            for (Candidates group : groups) {
                if (group.constrained()) {
                    high = Math.max(high, group.lowestFrom(low));
                }
            }
            if (!Double.isNaN(high)) {
                smallest = Math.min(smallest, high - low);
            }
        }
        return Double.isInfinite(smallest) ? 0 : smallest;
    }

    /**
     * For every group, the index of the candidate to use: the combination with the most right
     * predictions whose constrained rates all lie within {@code tolerance} of each other.
     */
    static Map<String, Integer> best(Map<String, Candidates> groups, double tolerance) {
        Map<String, Integer> best = null;
        long bestCorrect = -1;
        for (double low : lowRates(groups.values())) {
            Map<String, Integer> chosen = new LinkedHashMap<>();
            long total = 0;
            for (Map.Entry<String, Candidates> entry : groups.entrySet()) {
                Candidates group = entry.getValue();
                int index = group.constrained() ? group.bestWithin(low, low + tolerance)
                        : group.bestWithin(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
                if (index < 0) {
                    total = -1;
                    break;
                }
                chosen.put(entry.getKey(), index);
                total += group.correct()[index];
            }
            if (total > bestCorrect) {
                best = chosen;
                bestCorrect = total;
            }
        }
        if (best == null) {
            throw new IllegalStateException("No thresholds within " + tolerance + " were found; this is a bug, "
                    + "since the tolerance is at least the smallest reachable disparity.");
        }
        return best;
    }

    /** The largest minus smallest constrained rate of the chosen candidates. */
    static double disparity(Map<String, Candidates> groups, Map<String, Integer> chosen) {
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (Map.Entry<String, Candidates> entry : groups.entrySet()) {
            if (entry.getValue().constrained()) {
                double rate = entry.getValue().rates()[chosen.get(entry.getKey())];
                low = Math.min(low, rate);
                high = Math.max(high, rate);
            }
        }
        return high >= low ? high - low : 0;
    }

    /** Every rate a constrained group can reach; or 0 alone when no group is constrained. */
    private static TreeSet<Double> lowRates(Collection<Candidates> groups) {
        TreeSet<Double> rates = new TreeSet<>();
        for (Candidates group : groups) {
            if (group.constrained()) {
                Arrays.stream(group.rates()).forEach(rates::add);
            }
        }
        if (rates.isEmpty()) {
            rates.add(0.0);
        }
        return rates;
    }
}
