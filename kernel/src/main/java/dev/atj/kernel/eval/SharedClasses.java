package dev.atj.kernel.eval;

import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;

/**
 * The parent of the cells' class loader: the JDK, the helper library and its dependencies,
 * and the few kernel classes that rewritten snippet code calls. The kernel's own libraries
 * (Jackson, JeroMQ, ASM, Maven Resolver...) stay out of sight, so a cell that asks
 * {@code %maven} for another version of one of them gets that version.
 */
final class SharedClasses extends ClassLoader {
    private static final Set<String> BRIDGE = Set.of(ExitTrap.class.getName(), LastValue.class.getName(),
            StopSignal.class.getName(), CellExitException.class.getName());
    private final ClassLoader kernel = SharedClasses.class.getClassLoader();
    private final List<String> sharedJars;

    static {
        registerAsParallelCapable();
    }

    /** {@code sharedJars}: absolute paths of the jars whose classes cells share with the kernel. */
    SharedClasses(List<String> sharedJars) {
        super("atj-shared", ClassLoader.getPlatformClassLoader());
        this.sharedJars = List.copyOf(sharedJars);
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        if (BRIDGE.contains(name) || shared(kernel.getResource(name.replace('.', '/') + ".class"))) {
            return kernel.loadClass(name);
        }
        throw new ClassNotFoundException(name);
    }

    @Override
    protected URL findResource(String name) {
        URL url = kernel.getResource(name);
        return shared(url) ? url : null;
    }

    @Override
    protected Enumeration<URL> findResources(String name) throws IOException {
        return Collections.enumeration(Collections.list(kernel.getResources(name)).stream()
                .filter(this::shared).toList());
    }

    private boolean shared(URL url) {
        if (url == null) {
            return false;
        }
        String location = url.toString();
        return sharedJars.stream().anyMatch(location::contains);
    }
}
