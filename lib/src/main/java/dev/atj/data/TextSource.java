package dev.atj.data;

import java.io.IOException;
import java.io.Reader;

/** Opens a fresh reader over the same text each time, so a file can be read twice. */
@FunctionalInterface
interface TextSource {
    Reader open() throws IOException;
}
