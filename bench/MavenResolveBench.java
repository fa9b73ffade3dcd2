import dev.atj.kernel.eval.EvalOutcome;
import dev.atj.kernel.magic.MagicContext;
import dev.atj.kernel.magic.MagicRegistry;
import dev.atj.kernel.magic.maven.MavenMagic;
import dev.atj.viz.MimeBundle;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession.CloseableSession;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.collection.CollectRequest;
import org.eclipse.aether.graph.Dependency;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.DependencyRequest;
import org.eclipse.aether.supplier.RepositorySystemSupplier;
import org.eclipse.aether.supplier.SessionBuilderSupplier;
import org.eclipse.aether.util.artifact.JavaScopes;
import org.eclipse.aether.util.filter.DependencyFilterUtils;

/**
 * How long %maven takes for dependencies already in ~/.m2/repository. Run from the repository root
 * after `mvn -q -B package -DskipITs -DskipTests`:
 *
 *   java -cp "kernel/target/classes:lib/target/classes:kernel/target/deps/*" bench/MavenResolveBench.java
 *
 * Options: --runs N (timed calls in this JVM, default 30), --jvms N (fresh JVMs for the first
 * call, default 7), then coordinates (default org.apache.commons:commons-text:1.12.0). Resolve
 * them once beforehand (any %maven, or this harness) so that they are cached.
 */
public class MavenResolveBench {
    private static final String SOURCE = "bench/MavenResolveBench.java";

    public static void main(String[] args) throws Exception {
        List<String> rest = new ArrayList<>(Arrays.asList(args));
        boolean child = rest.remove("--child");
        int runs = option(rest, "--runs", 30);
        int jvms = option(rest, "--jvms", 7);
        String coordinates = rest.isEmpty() ? "org.apache.commons:commons-text:1.12.0" : String.join(" ", rest);
        if (child) {
            System.out.println(timeMaven(new MavenMagic(), coordinates));
            return;
        }
        System.out.println("java " + System.getProperty("java.version") + ", " + coordinates);
        timeMaven(new MavenMagic(), coordinates); // makes sure everything is cached before timing
        List<Double> first = new ArrayList<>();
        for (int i = 0; i < jvms; i++) {
            first.add(firstCallInFreshJvm(coordinates));
        }
        report("first %maven in a fresh JVM (repository system made, classes loaded)", first);

        MavenMagic maven = new MavenMagic();
        List<Double> again = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            again.add(timeMaven(maven, coordinates));
        }
        report("%maven again in the same JVM (offline first, as shipped)", again);

        // The same request with only an online session, for comparison with the offline-first path.
        RepositorySystem system = new RepositorySystemSupplier().get();
        report("plain resolver, online session", timeRaw(system, coordinates, false, runs));
        report("plain resolver, offline session", timeRaw(system, coordinates, true, runs));
    }

    private static double firstCallInFreshJvm(String coordinates) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"), SOURCE,
                "--child"));
        command.addAll(Arrays.asList(coordinates.split(" ")));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String output = new String(process.getInputStream().readAllBytes()).strip();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("The child JVM failed: " + output);
        }
        return Double.parseDouble(output.lines().reduce((a, b) -> b).orElseThrow());
    }

    /** Milliseconds for one %maven, its progress lines thrown away. */
    private static double timeMaven(MavenMagic maven, String coordinates) throws Exception {
        PrintStream out = System.out;
        System.setOut(new PrintStream(OutputStream.nullOutputStream()));
        try {
            long start = System.nanoTime();
            maven.run(coordinates, new CountingContext());
            return (System.nanoTime() - start) / 1e6;
        } finally {
            System.setOut(out);
        }
    }

    private static List<Double> timeRaw(RepositorySystem system, String coordinates, boolean offline, int runs)
            throws Exception {
        List<Dependency> dependencies = Arrays.stream(coordinates.split(" "))
                .map(c -> new Dependency(new DefaultArtifact(c), JavaScopes.COMPILE)).toList();
        RemoteRepository central = new RemoteRepository.Builder("central", "default",
                "https://repo.maven.apache.org/maven2/").build();
        Path local = Path.of(System.getProperty("user.home"), ".m2", "repository");
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            try (CloseableSession session = new SessionBuilderSupplier(system).get()
                    .withLocalRepositoryBaseDirectories(local).setOffline(offline).build()) {
                system.resolveDependencies(session, new DependencyRequest(
                        new CollectRequest(dependencies, List.of(), List.of(central)),
                        DependencyFilterUtils.classpathFilter(JavaScopes.RUNTIME)));
            }
            times.add((System.nanoTime() - start) / 1e6);
        }
        return times;
    }

    private static void report(String what, List<Double> millis) {
        List<Double> sorted = millis.stream().sorted().toList();
        System.out.printf("%-72s median %7.1f ms  min %7.1f  max %7.1f  (n=%d)%n", what,
                sorted.get(sorted.size() / 2), sorted.get(0), sorted.get(sorted.size() - 1), sorted.size());
    }

    private static int option(List<String> args, String name, int otherwise) {
        int at = args.indexOf(name);
        if (at < 0) {
            return otherwise;
        }
        int value = Integer.parseInt(args.get(at + 1));
        args.subList(at, at + 2).clear();
        return value;
    }

    /** A session that accepts the jars and does nothing else. */
    private static final class CountingContext implements MagicContext {
        private final List<String> classpath = new ArrayList<>();

        @Override
        public void addToClasspath(List<Path> entries) {
            entries.forEach(e -> classpath.add(e.toString()));
        }

        @Override
        public List<String> classpath() {
            return classpath;
        }

        @Override
        public Path workingDirectory() {
            return Path.of("").toAbsolutePath();
        }

        @Override
        public EvalOutcome evaluate(String code) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void display(MimeBundle bundle) {
            throw new UnsupportedOperationException();
        }

        @Override
        public MagicRegistry magics() {
            return new MagicRegistry();
        }
    }
}
