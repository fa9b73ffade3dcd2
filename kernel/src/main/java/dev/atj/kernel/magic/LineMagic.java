package dev.atj.kernel.magic;

/** A magic that takes the rest of its line: {@code %name args}. */
public interface LineMagic extends Magic {
    void run(String args, MagicContext context) throws MagicException;
}
