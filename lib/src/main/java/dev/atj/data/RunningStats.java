package dev.atj.data;

/**
 * Count, sum, min, max and spread of a stream of numbers, kept so that the stats of two parts
 * of the stream merge into the stats of the whole (Chan et al.'s parallel variance).
 */
final class RunningStats {
    long count;
    double sum;
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    private double mean;
    private double squaredDeviations;

    void add(double value) {
        count++;
        sum += value;
        min = Math.min(min, value);
        max = Math.max(max, value);
        double delta = value - mean;
        mean += delta / count;
        squaredDeviations += delta * (value - mean);
    }

    void merge(RunningStats other) {
        if (other.count == 0) {
            return;
        }
        long total = count + other.count;
        double delta = other.mean - mean;
        squaredDeviations += other.squaredDeviations + delta * delta * count * other.count / total;
        mean += delta * other.count / total;
        count = total;
        sum += other.sum;
        min = Math.min(min, other.min);
        max = Math.max(max, other.max);
    }

    /**
     * The value of an aggregate as Tablesaw computes it: with no values, a count and a sum of
     * 0 and otherwise NaN (a missing cell); the deviation of a single value is 0.
     */
    double value(Agg agg) {
        if (agg == Agg.COUNT) {
            return count;
        }
        if (agg == Agg.SUM) {
            return sum;
        }
        if (count == 0) {
            return Double.NaN;
        }
        return switch (agg) {
            case MEAN -> sum / count;
            case MIN -> min;
            case MAX -> max;
            case STD -> count < 2 ? 0 : Math.sqrt(squaredDeviations / (count - 1));
            default -> throw new IllegalArgumentException(agg + " cannot be merged from parts.");
        };
    }
}
