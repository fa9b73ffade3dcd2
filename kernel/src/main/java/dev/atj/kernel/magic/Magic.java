package dev.atj.kernel.magic;

/** A magic command: {@code %name args} on a line, or {@code %%name args} heading a cell. */
public interface Magic {
    /** The name typed after % or %%, without them. */
    String name();

    /** One line of usage, shown by %lsmagic and in errors, e.g. "%maven GROUP:ARTIFACT:VERSION...". */
    String usage();

    /** A few sentences for %help NAME. */
    String help();
}
