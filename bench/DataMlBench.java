import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import smile.classification.RandomForest;
import smile.data.DataFrame;
import smile.data.formula.Formula;
import smile.data.vector.IntVector;
import smile.math.MathEx;
import tech.tablesaw.aggregate.AggregateFunctions;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;

/**
 * The Java half of bench/data_ml_bench.py, which writes the data, runs this, runs pandas and
 * scikit-learn on the same files and compares. Run from the repository root after
 * `mvn -q -B package -DskipTests -DskipITs`:
 *
 *   java -Xmx8g -cp "lib/target/atj-lib.jar:lib/target/deps/*" bench/DataMlBench.java groupby FILE RUNS
 *   java -cp "lib/target/atj-lib.jar:lib/target/deps/*" bench/DataMlBench.java forest TRAIN TEST TREES RUNS
 *
 * Prints one JSON object on its last line.
 */
public class DataMlBench {
    public static void main(String[] args) throws IOException {
        switch (args[0]) {
            case "groupby" -> groupBy(Path.of(args[1]), Integer.parseInt(args[2]));
            case "forest" -> forest(Path.of(args[1]), Path.of(args[2]), Integer.parseInt(args[3]), Integer.parseInt(args[4]));
            default -> throw new IllegalArgumentException("mode is groupby or forest, not " + args[0]);
        }
    }

    /** Tablesaw: read the CSV once, then time the group-by (sum and mean of units and price by region and product). */
    static void groupBy(Path file, int runs) {
        long start = System.nanoTime();
        Table sales = Table.read().usingOptions(CsvReadOptions.builder(file.toFile()).build());
        double readSeconds = seconds(start);
        List<Double> times = new ArrayList<>();
        Table result = null;
        for (int i = 0; i < runs + 1; i++) {
            long t = System.nanoTime();
            result = sales.summarize("units", "price", AggregateFunctions.sum, AggregateFunctions.mean).by("region", "product");
            if (i > 0) { // the first run warms up the JIT
                times.add(seconds(t));
            }
        }
        double unitsTotal = result.numberColumn("Sum [units]").sum();
        System.out.printf(Locale.ROOT, "{\"rows\": %d, \"read_s\": %.4f, \"groupby_s\": %s, \"groups\": %d, \"units_total\": %.1f}%n",
                sales.rowCount(), readSeconds, times, result.rowCount(), unitsTotal);
    }

    /** Smile: fit a random forest on TRAIN (last column the class), report fit time and test accuracy. */
    static void forest(Path trainFile, Path testFile, int trees, int runs) throws IOException {
        Labelled train = Labelled.read(trainFile);
        Labelled test = Labelled.read(testFile);
        DataFrame frame = DataFrame.of(train.x(), train.names()).merge(IntVector.of("label", train.y()));
        int mtry = (int) Math.floor(Math.sqrt(train.x()[0].length));
        List<Double> times = new ArrayList<>();
        double accuracy = 0;
        for (int i = 0; i < runs + 1; i++) {
            MathEx.setSeed(42);
            long t = System.nanoTime();
            RandomForest model = RandomForest.fit(Formula.lhs("label"), frame, trees, mtry,
                    smile.base.cart.SplitRule.GINI, 20, Integer.MAX_VALUE, 1, 1.0);
            if (i > 0) {
                times.add(seconds(t));
            }
            DataFrame testFrame = DataFrame.of(test.x(), test.names());
            int[] predicted = model.predict(testFrame);
            accuracy = smile.validation.metric.Accuracy.of(test.y(), predicted);
        }
        System.out.printf(Locale.ROOT, "{\"train_rows\": %d, \"test_rows\": %d, \"trees\": %d, \"fit_s\": %s, \"accuracy\": %.4f}%n",
                train.y().length, test.y().length, trees, times, accuracy);
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    /** A numeric CSV whose last column is an integer class. */
    record Labelled(double[][] x, int[] y, String[] names) {
        static Labelled read(Path file) throws IOException {
            List<String> lines = Files.readAllLines(file);
            String[] header = lines.get(0).split(",");
            String[] names = Arrays.copyOf(header, header.length - 1);
            double[][] x = new double[lines.size() - 1][];
            int[] y = new int[lines.size() - 1];
            for (int i = 1; i < lines.size(); i++) {
                String[] cells = lines.get(i).split(",");
                x[i - 1] = Arrays.stream(cells, 0, cells.length - 1).mapToDouble(Double::parseDouble).toArray();
                y[i - 1] = Integer.parseInt(cells[cells.length - 1]);
            }
            return new Labelled(x, y, names);
        }
    }
}
