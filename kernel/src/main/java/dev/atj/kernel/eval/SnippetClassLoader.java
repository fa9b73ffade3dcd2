package dev.atj.kernel.eval;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Defines the classes JShell compiles from cells, and loads jars added to the session. */
final class SnippetClassLoader extends URLClassLoader {
    private final Map<String, byte[]> snippets = new ConcurrentHashMap<>();

    static {
        registerAsParallelCapable();
    }

    SnippetClassLoader(ClassLoader parent) {
        super("atj-cells", new URL[0], parent);
    }

    void declare(String name, byte[] bytecode) {
        snippets.put(name, bytecode);
    }

    /** Every cell class declared so far, by name. */
    Map<String, byte[]> declared() {
        return Map.copyOf(snippets);
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        byte[] bytecode = snippets.get(name);
        return bytecode != null ? defineClass(name, bytecode, 0, bytecode.length) : super.findClass(name);
    }

    @Override
    public void addURL(URL url) {
        super.addURL(url);
    }
}
