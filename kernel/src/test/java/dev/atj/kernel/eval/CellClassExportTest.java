package dev.atj.kernel.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.IntUnaryOperator;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The classes of cells, written out for other JVMs, and the check for lambdas that read cell variables. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CellClassExportTest {
    private final JShellEvaluator evaluator = JShellEvaluator.start(List.of(), List.of());

    @AfterAll
    void close() {
        evaluator.close();
    }

    @Test
    void exportedFolderHoldsEarlierAndLaterCellClassesThatLoadOnTheirOwn() throws Exception {
        run("int triple(int x) { return 3 * x; }");
        Path folder = evaluator.exportCellClasses();
        run("java.util.function.IntUnaryOperator op = x -> triple(x) + 1;");

        assertEquals(folder, evaluator.exportCellClasses(), "one folder per session");
        for (Class<?> bridge : List.of(ExitTrap.class, LastValue.class, StopSignal.class, CellExitException.class)) {
            assertTrue(Files.isRegularFile(folder.resolve(bridge.getName().replace('.', '/') + ".class")), bridge.getName());
        }
        // A fresh loader that knows only the folder (and the JDK) runs the cell's lambda, as an executor would.
        IntUnaryOperator op = (IntUnaryOperator) evaluate("op");
        try (URLClassLoader executor = new URLClassLoader(new URL[] {folder.toUri().toURL()}, ClassLoader.getPlatformClassLoader())) {
            String cellClass = op.getClass().getName().replaceAll("\\$\\$Lambda.*", "");
            Class<?> cell = Class.forName(cellClass, true, executor);
            assertTrue(cell.getClassLoader() == executor, "loaded from the folder, not from the kernel");
        }
        assertTrue(classFiles(folder) >= 2 + 4, "both cells and the bridge classes");
    }

    @Test
    void lambdasThatReadCellVariablesAreFoundByName() throws IOException {
        run("int factor = 10;");
        run("String unit = \"kg\";");

        assertEquals(Set.of("factor", "unit"),
                variablesReadByLambdasOf("java.util.function.IntFunction<String> scale = x -> x * factor + unit;"));
        assertEquals(Set.of(), variablesReadByLambdasOf(
                "java.util.function.IntUnaryOperator scaleBy(int f) { return x -> x * f; }"));
    }

    /** Runs a cell and scans the classes it added to the export folder. */
    private Set<String> variablesReadByLambdasOf(String code) throws IOException {
        Path folder = evaluator.exportCellClasses();
        Set<Path> before = classPaths(folder);
        run(code);
        Set<String> read = new TreeSet<>();
        for (Path added : classPaths(folder)) {
            if (!before.contains(added)) {
                read.addAll(RemoteLambdaCheck.cellVariablesReadByLambdas(Files.readAllBytes(added)));
            }
        }
        return read;
    }

    private static Set<Path> classPaths(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(p -> p.toString().endsWith(".class")).collect(Collectors.toSet());
        }
    }

    private static long classFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(p -> p.toString().endsWith(".class")).count();
        }
    }

    private void run(String code) {
        assertInstanceOf(EvalOutcome.Success.class, evaluator.evaluate("cell", code), code);
    }

    private Object evaluate(String expression) {
        return assertInstanceOf(EvalOutcome.Success.class, evaluator.evaluate("cell", expression)).value();
    }
}
