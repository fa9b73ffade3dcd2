package dev.atj.kernel.cli;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The JVM options a kernel runs with: the kernelspec's argv and each {@code atj run} notebook JVM. */
final class KernelJvm {
    /**
     * The packages Spark's own launcher opens on Java 17 and later (its JavaModuleOptions), so that
     * Spark loaded by %spark runs as it does under spark-submit. Harmless when Spark is not used.
     */
    static final List<String> SPARK_OPENS = List.of(
            "--add-opens=java.base/java.lang=ALL-UNNAMED",
            "--add-opens=java.base/java.lang.invoke=ALL-UNNAMED",
            "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED",
            "--add-opens=java.base/java.io=ALL-UNNAMED",
            "--add-opens=java.base/java.net=ALL-UNNAMED",
            "--add-opens=java.base/java.nio=ALL-UNNAMED",
            "--add-opens=java.base/java.util=ALL-UNNAMED",
            "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
            "--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED",
            "--add-opens=java.base/jdk.internal.ref=ALL-UNNAMED",
            "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
            "--add-opens=java.base/sun.nio.cs=ALL-UNNAMED",
            "--add-opens=java.base/sun.security.action=ALL-UNNAMED",
            "--add-opens=java.base/sun.util.calendar=ALL-UNNAMED",
            "-Dio.netty.tryReflectionSetAccessible=true");

    private KernelJvm() {
    }

    /** Options up to and including the class path, before the main class; {@code extra} go before the class path. */
    static List<String> options(Path home, List<String> extra) {
        List<String> jvm = new ArrayList<>();
        jvm.add("-XX:+UseSerialGC");
        jvm.add("--add-opens=jdk.jshell/jdk.jshell=ALL-UNNAMED");
        jvm.add("--add-exports=" + javadocFormatterModule() + "/jdk.internal.shellsupport.doc=ALL-UNNAMED");
        // DJL otherwise probes a cloud metadata address (seconds of timeouts) and may fetch
        // natives or models from the web; notebooks must work with registries only.
        jvm.add("-Dai.djl.offline=true");
        jvm.addAll(SPARK_OPENS);
        // %spark finds the Spark module's jars from here.
        jvm.add("-Datj.home=" + home);
        jvm.addAll(extra);
        jvm.add("-D" + SnippetClasspath.PROPERTY + "=" + home.resolve("lib/target/atj-lib.jar")
                + File.pathSeparator + home.resolve("lib/target/deps") + "/*");
        jvm.add("-cp");
        // lib is on the kernel's class path too: cells and kernel share its display API classes.
        jvm.add(String.join(File.pathSeparator,
                home.resolve("kernel/target/atj-kernel.jar").toString(), home.resolve("kernel/target/deps") + "/*",
                home.resolve("lib/target/atj-lib.jar").toString(), home.resolve("lib/target/deps") + "/*"));
        return jvm;
    }

    /** The JDK's Javadoc formatter moved from jdk.compiler (JDK 17) to jdk.jshell (later JDKs). */
    private static String javadocFormatterModule() {
        return ModuleLayer.boot().findModule("jdk.jshell")
                .filter(module -> module.getPackages().contains("jdk.internal.shellsupport.doc"))
                .map(Module::getName)
                .orElse("jdk.compiler");
    }
}
