package dev.atj.spark;

import dev.atj.viz.CellHooks;
import dev.atj.viz.MimeBundle;
import java.util.List;
import org.apache.spark.SparkContext;
import org.apache.spark.sql.SparkSession;
import scala.Option;

/**
 * Starts Spark sessions for notebooks: embedded on this machine ({@code local[*]}), or on a
 * cluster ({@code spark://host:7077}). In the ATJ kernel, {@code %spark} loads Spark and calls
 * this; jobs that run longer than half a second show a progress bar in the cell, and interrupting
 * the cell cancels its running jobs.
 */
public final class Spark {
    /** Set by the kernel's %spark: the folder of cell classes, which Spark serves to executors. */
    static final String CELL_CLASSES_PROPERTY = "atj.cells.classDir";
    /** Read by the kernel: cell lambdas run in other JVMs, so it warns about lambdas that read cell variables. */
    static final String REMOTE_PROPERTY = "atj.cells.runRemotely";

    private static List<CellHooks.Registration> cellHooks = List.of();

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
     * A Spark session on the given master. If a session on another master is running, it is
     * stopped first (Spark allows one per JVM).
     *
     * @param master the Spark master URL: {@code local[*]}, {@code local[n]} or {@code spark://host:7077}
     * @return the session, shared by later calls with the same master until it is stopped
     */
    public static SparkSession session(String master) {
        if (master == null || master.isBlank()) {
            throw new IllegalArgumentException("No Spark master given: use \"local[*]\" or \"spark://host:7077\".");
        }
        Option<SparkSession> running = SparkSession.getActiveSession().orElse(SparkSession::getDefaultSession);
        if (running.isDefined()) {
            if (running.get().sparkContext().master().equals(master)) {
                return running.get();
            }
            running.get().stop();
        }
        SparkSession.Builder builder = SparkSession.builder()
                .master(master)
                .appName("atj")
                // Dates and times come back as java.time values, which Tablesaw columns hold.
                .config("spark.sql.datetime.java8API.enabled", "true")
                // The cell shows progress bars instead (see JobProgress).
                .config("spark.ui.showConsoleProgress", "false");
        boolean local = master.startsWith("local");
        String cellClasses = System.getProperty(CELL_CLASSES_PROPERTY);
        if (cellClasses != null) {
            // Spark serves this folder to executors, which load the cells' lambdas and classes from it.
            builder.config("spark.repl.class.outputDir", cellClasses);
        }
        SparkSession session = builder.getOrCreate();
        if (local) {
            // 200 shuffle partitions only add overhead on one machine; one per task slot (the n of
            // local[n]) keeps plans and results the same whatever machine runs the notebook.
            session.conf().set("spark.sql.shuffle.partitions", String.valueOf(session.sparkContext().defaultParallelism()));
        }
        System.setProperty(REMOTE_PROPERTY, String.valueOf(!local));
        session.sparkContext().setLogLevel("WARN");
        session.sparkContext().addSparkListener(new JobProgress());
        hookIntoCells(session);
        return session;
    }

    /**
     * Interrupting a cell stops the cell's thread, but Spark's jobs run on threads of their own;
     * and each cell runs on a new thread, where Spark would know no active session (and build
     * rows with default settings, such as java.sql dates) unless it is set before the cell.
     */
    private static synchronized void hookIntoCells(SparkSession session) {
        cellHooks.forEach(CellHooks.Registration::close);
        SparkContext context = session.sparkContext();
        cellHooks = List.of(
                CellHooks.onInterrupt(() -> {
                    if (!context.isStopped()) {
                        context.cancelAllJobs();
                    }
                }),
                CellHooks.beforeEachCell(() -> {
                    if (!context.isStopped()) {
                        SparkSession.setActiveSession(session);
                    }
                }));
    }

    /**
     * The address of the Spark web UI of a session, or an empty string when the UI is off.
     *
     * @param session a running session
     * @return the UI's URL, such as {@code http://host:4040}
     */
    public static String uiUrl(SparkSession session) {
        Option<String> url = session.sparkContext().uiWebUrl();
        return url.isDefined() ? url.get() : "";
    }

    /**
     * A short description of a session for a notebook: Spark's version, the master, cores, and a
     * link to the web UI.
     *
     * @param session a running session
     * @return HTML with a text form
     */
    public static MimeBundle describe(SparkSession session) {
        String ui = uiUrl(session);
        int cores = session.sparkContext().defaultParallelism();
        String head = "Spark " + session.version() + " on " + session.sparkContext().master() + " (" + cores
                + (cores == 1 ? " core" : " cores") + " for tasks)";
        String text = head + (ui.isEmpty() ? "; web UI off" : ". Web UI: " + ui);
        String html = "<div>" + escape(head) + (ui.isEmpty() ? "; web UI off"
                : ". Web UI: <a href=\"" + escape(ui) + "\" target=\"_blank\">" + escape(ui) + "</a>") + "</div>";
        return MimeBundle.of("text/html", html).with("text/plain", text);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
