package dev.atj.kernel.eval;

import java.io.File;
import java.net.MalformedURLException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import jdk.jshell.execution.LoaderDelegate;
import jdk.jshell.spi.ExecutionControl.ClassBytecodes;
import jdk.jshell.spi.ExecutionControl.ClassInstallException;
import jdk.jshell.spi.ExecutionControl.InternalException;

/** JShell's class loading for cells, on a {@link SnippetClassLoader} under {@link SharedClasses}. */
final class SnippetLoaderDelegate implements LoaderDelegate {
    private final SnippetClassLoader loader;
    private volatile CellClassExport export;

    SnippetLoaderDelegate(List<String> sharedJars) {
        loader = new SnippetClassLoader(new SharedClasses(sharedJars));
    }

    @Override
    public void load(ClassBytecodes[] classes) throws ClassInstallException {
        boolean[] installed = new boolean[classes.length];
        declare(classes);
        for (int i = 0; i < classes.length; i++) {
            try {
                Class.forName(classes[i].name(), false, loader);
                installed[i] = true;
            } catch (ClassNotFoundException | LinkageError e) {
                throw new ClassInstallException("Cannot load " + classes[i].name() + ": " + e, installed);
            }
        }
    }

    @Override
    public void classesRedefined(ClassBytecodes[] classes) {
        declare(classes);
    }

    private void declare(ClassBytecodes[] classes) {
        CellClassExport target = export;
        for (ClassBytecodes snippet : classes) {
            loader.declare(snippet.name(), snippet.bytecodes());
            if (target != null) {
                target.write(snippet.name(), snippet.bytecodes());
            }
            if (RemoteLambdaCheck.enabled()) {
                Set<String> read = RemoteLambdaCheck.cellVariablesReadByLambdas(snippet.bytecodes());
                if (!read.isEmpty()) {
                    System.err.println(RemoteLambdaCheck.warning(read));
                }
            }
        }
    }

    /** Starts writing cell classes to a folder, those declared so far first; the same folder on later calls. */
    synchronized Path exportClasses() {
        if (export == null) {
            CellClassExport created = CellClassExport.toTemporaryFolder();
            loader.declared().forEach(created::write);
            export = created;
        }
        return export.folder();
    }

    @Override
    public void addToClasspath(String classpath) throws InternalException {
        for (String entry : classpath.split(File.pathSeparator)) {
            try {
                loader.addURL(Path.of(entry).toUri().toURL());
            } catch (MalformedURLException e) {
                throw new InternalException("Bad class path entry " + entry + ": " + e.getMessage());
            }
        }
    }

    @Override
    public Class<?> findClass(String name) throws ClassNotFoundException {
        return Class.forName(name, false, loader);
    }
}
