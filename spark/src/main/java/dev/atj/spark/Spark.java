package dev.atj.spark;

import org.apache.spark.sql.SparkSession;

/** Starts Spark sessions for notebooks: embedded on this machine, or on a standalone cluster. */
public final class Spark {
    /** System property naming the directory where the kernel writes the classes cells define. */
    static final String CELL_CLASSES_PROPERTY = "atj.cells.classDir";

    private Spark() {
    }

    /**
     * An embedded Spark on all cores of this machine ({@code local[*]}).
     *
     * @return the session, shared by later calls until it is stopped
     */
    public static SparkSession session() {
        return session("local[*]");
    }

    /**
     * A Spark session on the given master: {@code local[n]} or {@code spark://host:7077}.
     *
     * @param master the Spark master URL
     * @return the session, shared by later calls until it is stopped
     */
    public static SparkSession session(String master) {
        if (master == null || master.isBlank()) {
            throw new IllegalArgumentException("No Spark master given: use \"local[*]\" or \"spark://host:7077\".");
        }
        SparkSession.Builder builder = SparkSession.builder()
                .master(master)
                .appName("atj")
                // Dates and times come back as java.time values, which Tablesaw columns hold.
                .config("spark.sql.datetime.java8API.enabled", "true");
        if (master.startsWith("local")) {
            // 200 shuffle partitions only add overhead when all data fits one machine.
            builder.config("spark.sql.shuffle.partitions", String.valueOf(Runtime.getRuntime().availableProcessors()));
        }
        String cellClasses = System.getProperty(CELL_CLASSES_PROPERTY);
        if (cellClasses != null) {
            // Spark serves this directory to executors, which load the cells' lambdas and classes from it.
            builder.config("spark.repl.class.outputDir", cellClasses);
        }
        SparkSession session = builder.getOrCreate();
        session.sparkContext().setLogLevel("WARN");
        return session;
    }

    /**
     * The address of the Spark web UI of a session, or an empty string when the UI is off.
     *
     * @param session a running session
     * @return the UI's URL, such as {@code http://host:4040}
     */
    public static String uiUrl(SparkSession session) {
        scala.Option<String> url = session.sparkContext().uiWebUrl();
        return url.isDefined() ? url.get() : "";
    }
}
