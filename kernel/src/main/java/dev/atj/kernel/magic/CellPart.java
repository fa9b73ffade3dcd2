package dev.atj.kernel.magic;

/** One piece of a cell: Java source, a line magic, or a cell magic with its body. */
public sealed interface CellPart {
    /** Java source starting at {@code firstLine} (1-based) of the cell. */
    record Java(String code, int firstLine) implements CellPart {
    }

    /** {@code %name args} on line {@code line}. */
    record LineCall(String name, String args, int line) implements CellPart {
    }

    /** {@code %%name args} on the first line, and the rest of the cell as its body. */
    record CellCall(String name, String args, String body) implements CellPart {
    }
}
