package dev.atj.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.atj.kernel.eval.EvalOutcome;
import dev.atj.kernel.eval.JShellEvaluator;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lambdas and records defined in cells, run by Spark jobs: embedded, and on a standalone cluster on loopback. */
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

    @Test
    void cellLambdaIsShippedToAStandaloneClusterExecutor(@TempDir Path work) throws Exception {
        int masterPort = freePort();
        Path sparkHome = sparkHomeOfTestJars(work);
        List<Process> cluster = new ArrayList<>();
        System.setProperty(Spark.CELL_CLASSES_PROPERTY, Files.createDirectories(work.resolve("cell-classes")).toString());
        try (JShellEvaluator cells = cellsWithSpark()) {
            cluster.add(start(sparkHome, work.resolve("master.log"), "org.apache.spark.deploy.master.Master",
                    "--host", "127.0.0.1", "--port", String.valueOf(masterPort), "--webui-port", String.valueOf(freePort())));
            cluster.add(start(sparkHome, work.resolve("worker.log"), "org.apache.spark.deploy.worker.Worker",
                    "spark://127.0.0.1:" + masterPort, "--host", "127.0.0.1", "--cores", "1", "--memory", "1g",
                    "--webui-port", String.valueOf(freePort()), "--work-dir", work.resolve("worker").toString()));
            awaitLine(work.resolve("master.log"), "Registering worker", Duration.ofSeconds(60));

            run(cells, "SparkSession spark = Spark.session(\"spark://127.0.0.1:" + masterPort + "\");");
            run(cells, "MapFunction<Integer, Integer> twice = x -> x * 2;");

            assertEquals("[2, 4, 6]", value(cells, "spark.createDataset(List.of(1, 2, 3), Encoders.INT()).map(twice, Encoders.INT()).collectAsList()"));
            run(cells, "spark.stop();");
        } finally {
            System.clearProperty(Spark.CELL_CLASSES_PROPERTY);
            cluster.forEach(Process::destroy);
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

    /** Spark's worker starts executors with SPARK_HOME/jars on their class path. */
    private static Path sparkHomeOfTestJars(Path work) throws IOException {
        Path jars = Files.createDirectories(work.resolve("spark-home/jars"));
        for (String entry : CLASS_PATH) {
            Path jar = Path.of(entry);
            if (entry.endsWith(".jar") && Files.notExists(jars.resolve(jar.getFileName()))) {
                Files.createSymbolicLink(jars.resolve(jar.getFileName()), jar.toAbsolutePath());
            }
        }
        return work.resolve("spark-home");
    }

    private static Process start(Path sparkHome, Path log, String mainClass, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", sparkHome.resolve("jars") + File.separator + "*", mainClass));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("SPARK_HOME", sparkHome.toString());
        builder.environment().put("SPARK_SCALA_VERSION", "2.13");
        builder.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        return builder.start();
    }

    private static void awaitLine(Path log, String text, Duration timeout) throws IOException, InterruptedException {
        Instant end = Instant.now().plus(timeout);
        while (Instant.now().isBefore(end)) {
            if (Files.exists(log) && Files.readString(log).contains(text)) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("No \"" + text + "\" in " + log + " after " + timeout.toSeconds() + " s:\n"
                + (Files.exists(log) ? Files.readString(log) : "(no log)"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
