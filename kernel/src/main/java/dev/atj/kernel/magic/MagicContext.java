package dev.atj.kernel.magic;

import dev.atj.kernel.eval.EvalOutcome;
import dev.atj.kernel.eval.JShellEvaluator;
import dev.atj.viz.MimeBundle;
import java.nio.file.Path;
import java.util.List;

/** What a magic may do to the running kernel. */
public interface MagicContext {
    /** Runs Java in the session, as a cell would (label and first line are for error messages). */
    EvalOutcome evaluate(String code);

    /** Runs text as a whole cell, magics included (for %load of a file that holds %maven lines). */
    default EvalOutcome runCell(String code) {
        return evaluate(code);
    }

    /** Adds jars or class directories to the session: cells can use them from now on. */
    void addToClasspath(List<Path> entries);

    /** The session's class path entries added so far (beyond the JDK). */
    List<String> classpath();

    /** Shows a bundle in the cell's output. */
    void display(MimeBundle bundle);

    /** The working directory of the kernel, against which relative paths are resolved. */
    Path workingDirectory();

    /** The other magics, for %lsmagic and %help. */
    MagicRegistry magics();

    /** The variables cells declared, for %vars. */
    default List<JShellEvaluator.Variable> variables() {
        return List.of();
    }

    /**
     * Starts writing the classes cells define into a folder (for %spark: executors load cell
     * lambdas from it).
     *
     * @return the folder
     * @throws MagicException when this session cannot export classes
     */
    default Path exportCellClasses() throws MagicException {
        throw new MagicException("this session cannot share the classes of its cells with other processes");
    }

    /** Forgets what cells declared, for %reset. */
    default void reset() {
    }
}
