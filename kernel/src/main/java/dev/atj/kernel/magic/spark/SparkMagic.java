package dev.atj.kernel.magic.spark;

import dev.atj.kernel.eval.EvalOutcome;
import dev.atj.kernel.magic.LineMagic;
import dev.atj.kernel.magic.MagicContext;
import dev.atj.kernel.magic.MagicException;
import dev.atj.kernel.magic.maven.ClasspathAdditions;
import dev.atj.viz.MimeBundle;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code %spark [MASTER]}: loads Apache Spark into the session (it is never on the kernel's own
 * class path), imports its API, and starts the session {@code spark} on {@code local[*]} or the
 * given master, showing where its web UI is.
 */
public final class SparkMagic implements LineMagic {
    /** Read by dev.atj.spark.Spark: the folder Spark serves to executors so they find cell classes. */
    static final String CELL_CLASSES_PROPERTY = "atj.cells.classDir";
    static final List<String> IMPORTS = List.of(
            "import org.apache.spark.sql.*;",
            // Single-type imports win over the default imports' dev.atj.ai.Dataset and tech.tablesaw.api.Row.
            "import org.apache.spark.sql.Dataset;",
            "import org.apache.spark.sql.Row;",
            "import static org.apache.spark.sql.functions.*;",
            "import org.apache.spark.sql.types.*;",
            "import org.apache.spark.api.java.function.*;",
            "import org.apache.spark.sql.api.java.*;",
            "import dev.atj.spark.*;");

    @Override
    public String name() {
        return "spark";
    }

    @Override
    public String usage() {
        return "%spark [MASTER]";
    }

    @Override
    public String help() {
        return "Loads Apache Spark, imports its API (Dataset and Row then mean Spark's; the library's Dataset is "
                + "dev.atj.ai.Dataset) and starts the session `spark`: on all cores of this machine (local[*]) by "
                + "default, or on MASTER, e.g. %spark local[2] or %spark spark://host:7077. Lambdas and classes "
                + "defined in cells are served to a cluster's executors.";
    }

    @Override
    public void run(String args, MagicContext context) throws MagicException {
        String master = master(args);
        List<Path> jars = SparkJars.of(atjHome());
        System.out.println("Loading Apache Spark (" + jars.size() + " jars) ...");
        ClasspathAdditions.add(jars, context, System.out);
        System.setProperty(CELL_CLASSES_PROPERTY, context.exportCellClasses().toString());
        evaluate(context, String.join("\n", IMPORTS));
        evaluate(context, "SparkSession spark = Spark.session(\"" + master + "\");");
        Object summary = evaluate(context, "Spark.describe(spark)");
        if (summary instanceof MimeBundle bundle) {
            context.display(bundle);
        }
    }

    private static String master(String args) throws MagicException {
        String master = args.strip();
        if (master.isEmpty()) {
            return "local[*]";
        }
        if (master.contains(" ") || master.contains("\"") || master.contains("\\")) {
            throw new MagicException("'" + master + "' is not a Spark master URL. Give one, such as local[*], local[2]"
                    + " or spark://host:7077, or nothing for local[*].");
        }
        return master;
    }

    private static Path atjHome() throws MagicException {
        String home = System.getProperty("atj.home");
        if (home == null) {
            throw new MagicException("The kernel was not started by the ./atj launcher (atj.home is not set), so it"
                    + " cannot find Spark's jars. Reinstall it with ./atj install.");
        }
        return Path.of(home);
    }

    private static Object evaluate(MagicContext context, String code) throws MagicException {
        EvalOutcome outcome = context.evaluate(code);
        if (outcome instanceof EvalOutcome.Failure failure) {
            throw new MagicException(code + " failed: " + failure.name() + ": " + failure.message());
        }
        if (outcome instanceof EvalOutcome.Interrupted) {
            throw new MagicException("Interrupted while starting Spark.");
        }
        return ((EvalOutcome.Success) outcome).value();
    }
}
