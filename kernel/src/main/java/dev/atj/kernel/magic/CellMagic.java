package dev.atj.kernel.magic;

/** A magic that takes the whole cell below its first line: {@code %%name args}. */
public interface CellMagic extends Magic {
    /** Runs the magic; a returned value (or null for none) becomes the cell's result. */
    Object run(String args, String body, MagicContext context) throws MagicException;
}
