package dev.atj.kernel.magic;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeMap;

/**
 * Every magic by name. Built-ins are listed in {@code META-INF/services/dev.atj.kernel.magic.Magic}
 * of the kernel jar, one class each.
 */
public final class MagicRegistry {
    private final Map<String, LineMagic> lineMagics = new TreeMap<>();
    private final Map<String, CellMagic> cellMagics = new TreeMap<>();

    public static MagicRegistry builtIn() {
        MagicRegistry registry = new MagicRegistry();
        ServiceLoader.load(Magic.class, MagicRegistry.class.getClassLoader()).forEach(registry::register);
        return registry;
    }

    public void register(Magic magic) {
        if (magic instanceof LineMagic line) {
            lineMagics.put(magic.name(), line);
        }
        if (magic instanceof CellMagic cell) {
            cellMagics.put(magic.name(), cell);
        }
    }

    public Optional<LineMagic> line(String name) {
        return Optional.ofNullable(lineMagics.get(name));
    }

    public Optional<CellMagic> cell(String name) {
        return Optional.ofNullable(cellMagics.get(name));
    }

    public List<String> lineNames() {
        return List.copyOf(lineMagics.keySet());
    }

    public List<String> cellNames() {
        return List.copyOf(cellMagics.keySet());
    }

}
