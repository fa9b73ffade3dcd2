package dev.atj.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.atj.kernel.eval.EvalOutcome;
import dev.atj.kernel.eval.JShellEvaluator;
import java.io.File;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Lambdas and records defined in cells, run by an embedded Spark through the kernel's JShell engine (the
 * standalone-cluster case runs through the real kernel in kernel/src/test/python/test_spark.py).
 */
class CellLambdasTest {
    private static final List<String> CLASS_PATH = Arrays.asList(System.getProperty("java.class.path").split(File.pathSeparator));

    @Test
    void cellLambdaAndRecordRunInAnEmbeddedSpark() {
        try (JShellEvaluator cells = cellsWithSpark()) {
            run(cells, "SparkSession spark = Spark.session(\"local[2]\");");
            run(cells, "MapFunction<Integer, Integer> twice = x -> x * 2;");
            run(cells, "record Point(int x, int y) implements java.io.Serializable {}");

            assertEquals("[2, 4, 6]", value(cells, "spark.createDataset(List.of(1, 2, 3), Encoders.INT()).map(twice, Encoders.INT()).collectAsList()"));
            assertEquals("[Point[x=3, y=9]]", value(cells, "spark.createDataset(List.of(1, 2, 3), Encoders.INT())"
                    + ".map((MapFunction<Integer, Point>) x -> new Point(x, x * x), Encoders.javaSerialization(Point.class))"
                    + ".filter((FilterFunction<Point>) p -> p.y() > 4).collectAsList()"));
            run(cells, "spark.stop();");
        }
    }

    private static JShellEvaluator cellsWithSpark() {
        JShellEvaluator cells = JShellEvaluator.start(List.of(), List.of());
        cells.addToClasspath(CLASS_PATH);
        run(cells, "import java.util.*; import org.apache.spark.sql.*; import org.apache.spark.api.java.function.*; import dev.atj.spark.*;");
        return cells;
    }

    private static void run(JShellEvaluator cells, String code) {
        EvalOutcome outcome = cells.evaluate("test", code);
        if (outcome instanceof EvalOutcome.Failure failure) {
            throw new AssertionError(failure.name() + ": " + failure.message() + "\n" + String.join("\n", failure.traceback()));
        }
        assertTrue(outcome instanceof EvalOutcome.Success, code + " gave " + outcome);
    }

    private static String value(JShellEvaluator cells, String expression) {
        EvalOutcome outcome = cells.evaluate("test", expression);
        if (outcome instanceof EvalOutcome.Success success) {
            return String.valueOf(success.value());
        }
        throw new AssertionError(expression + " gave " + outcome);
    }
}
