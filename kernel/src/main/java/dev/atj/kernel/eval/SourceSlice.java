package dev.atj.kernel.eval;

/** One snippet's text inside a cell, and where it starts there. */
record SourceSlice(String text, int offset) {
    boolean contains(int cursor) {
        return cursor >= offset && cursor <= offset + text.length();
    }
}
