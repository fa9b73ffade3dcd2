import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.sum;

import dev.atj.spark.Spark;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The Spark side of bench/data_ml_bench.py's group-by: the same sales CSV and the same sum and
 * mean of units and price by region and product, on an embedded Spark with two cores
 * ({@code Spark.session("local[2]")}, the settings a notebook's session gets). Run from the repository root
 * after `mvn -q -B package -DskipTests -DskipITs`:
 *
 *   java -Xmx8g -cp "$(cat spark/target/classpath.txt):spark/target/atj-spark.jar" bench/SparkGroupByBench.java FILE RUNS
 *
 * (atj-lib is not needed: Spark.session uses nothing from it, and leaving it out keeps its
 * slf4j-nop and older commons-lang3 away from Spark's.)
 *
 * Times, each in seconds: the session start; the read (the CSV parsed with the schema below,
 * not inferred, into Spark's in-memory cache, as Tablesaw and pandas hold the table in memory);
 * the group-by on the cached rows; and the group-by straight from the file, Spark's usual way
 * of working, which parses the CSV again on every run. Each group-by is collected to the driver
 * so the job really runs; each is timed RUNS times after one unmeasured warm-up run
 * (data_ml_bench.py takes the median). Prints one JSON object on its last line.
 */
public class SparkGroupByBench {
    /** The columns data_ml_bench.py writes, given rather than inferred: inferring reads the file once more. */
    static final StructType SALES = new StructType()
            .add("region", DataTypes.StringType)
            .add("product", DataTypes.StringType)
            .add("units", DataTypes.IntegerType)
            .add("price", DataTypes.DoubleType);

    public static void main(String[] args) {
        String file = args[0];
        int runs = Integer.parseInt(args[1]);
        // Spark logs its start at INFO before Spark.session can lower the level, unless Log4j
        // starts at WARN.
        System.setProperty("log4j2.level", "WARN");

        long start = System.nanoTime();
        SparkSession spark = Spark.session("local[2]");
        double sessionSeconds = seconds(start);

        start = System.nanoTime();
        Dataset<Row> sales = read(spark, file).cache();
        long rows = sales.count();
        double readSeconds = seconds(start);

        List<Double> cachedTimes = new ArrayList<>();
        List<Row> groups = time(runs, cachedTimes, () -> groupBy(sales));
        // Otherwise Spark sees that a fresh read of the file is the cached plan, and uses the cache.
        sales.unpersist(true);
        List<Double> fileTimes = new ArrayList<>();
        List<Row> groupsFromFile = time(runs, fileTimes, () -> groupBy(read(spark, file)));
        spark.stop();

        if (groups.size() != groupsFromFile.size() || unitsTotal(groups) != unitsTotal(groupsFromFile)) {
            throw new IllegalStateException("The group-by on the cached rows and on the file disagree.");
        }
        System.out.printf(Locale.ROOT, "{\"master\": \"local[2]\", \"spark\": \"%s\", \"rows\": %d, \"session_s\": %.4f, "
                        + "\"read_s\": %.4f, \"groupby_s\": %s, \"file_groupby_s\": %s, \"groups\": %d, \"units_total\": %d.0}%n",
                spark.version(), rows, sessionSeconds, readSeconds, cachedTimes, fileTimes, groups.size(), unitsTotal(groups));
    }

    static Dataset<Row> read(SparkSession spark, String file) {
        return spark.read().schema(SALES).option("header", "true").csv(file);
    }

    static List<Row> groupBy(Dataset<Row> sales) {
        return sales.groupBy("region", "product")
                .agg(sum("units"), avg("units"), sum("price"), avg("price"))
                .collectAsList();
    }

    /** Runs the job RUNS + 1 times and records all but the first (warm-up) run's seconds. */
    static List<Row> time(int runs, List<Double> times, Supplier<List<Row>> job) {
        List<Row> result = null;
        for (int i = 0; i < runs + 1; i++) {
            long start = System.nanoTime();
            result = job.get();
            if (i > 0) {
                times.add(seconds(start));
            }
        }
        return result;
    }

    static long unitsTotal(List<Row> groups) {
        return groups.stream().mapToLong(row -> row.getLong(2)).sum();
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
