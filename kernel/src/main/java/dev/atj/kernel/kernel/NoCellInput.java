package dev.atj.kernel.kernel;

import java.io.InputStream;

/** System.in when cells run with no one to answer: reading fails with what to do instead. */
final class NoCellInput extends InputStream {
    @Override
    public int read() {
        throw new IllegalStateException("System.in is not available: this notebook runs without a terminal"
                + " or front end to type into. Put the input in the code instead, e.g. new Scanner(\"42\").");
    }
}
