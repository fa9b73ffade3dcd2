package dev.atj.kernel.eval;

import dev.atj.viz.CellHooks;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import jdk.jshell.execution.LocalExecutionControl;
import jdk.jshell.spi.ExecutionControl;

/**
 * JShell's in-process execution, whose stop instrumentation lets an interrupt end busy
 * loops on every JDK; we add exit trapping, value capture and the snippet class loader
 * as the context loader of cell threads.
 */
final class CellExecutionControl extends LocalExecutionControl {
    private volatile ClassLoader snippetLoader;

    private final SnippetLoaderDelegate classes;

    CellExecutionControl(List<String> sharedJars) {
        this(new SnippetLoaderDelegate(sharedJars));
    }

    private CellExecutionControl(SnippetLoaderDelegate classes) {
        super(classes);
        this.classes = classes;
    }

    @Override
    public void load(ClassBytecodes[] classes)
            throws ClassInstallException, NotImplementedException, EngineTerminationException {
        ClassBytecodes[] rewritten = Arrays.stream(classes)
                .map(c -> new ClassBytecodes(c.name(), SnippetRewriter.rewrite(c.bytecodes())))
                .toArray(ClassBytecodes[]::new);
        super.load(rewritten);
    }

    @Override
    protected String invoke(Method doitMethod) throws Exception {
        Thread caller = Thread.currentThread();
        ClassLoader previous = caller.getContextClassLoader();
        snippetLoader = doitMethod.getDeclaringClass().getClassLoader();
        caller.setContextClassLoader(snippetLoader);
        // The cell's thread is started from this one and inherits what the hooks set here.
        CellHooks.cellStarting();
        try {
            return super.invoke(doitMethod);
        } finally {
            caller.setContextClassLoader(previous);
        }
    }

    /** Hands JShell this execution engine, and remembers it to tell the snippet class loader. */
    static final class Provider implements jdk.jshell.spi.ExecutionControlProvider {
        private final List<String> sharedJars;
        private volatile CellExecutionControl control;

        /** {@code sharedJars}: jars whose classes cells share with the kernel (the helper library). */
        Provider(List<String> sharedJars) {
            this.sharedJars = List.copyOf(sharedJars);
        }

        @Override
        public String name() {
            return "atj-local";
        }

        @Override
        public ExecutionControl generate(jdk.jshell.spi.ExecutionEnv env, java.util.Map<String, String> parameters) {
            control = new CellExecutionControl(sharedJars);
            return control;
        }

        ClassLoader snippetClassLoader() {
            CellExecutionControl current = control;
            return current == null ? null : current.snippetLoader;
        }

        java.nio.file.Path exportCellClasses() {
            CellExecutionControl current = control;
            if (current == null) {
                throw new IllegalStateException("JShell has not started its execution engine yet");
            }
            return current.classes.exportClasses();
        }
    }
}
