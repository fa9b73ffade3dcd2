package dev.atj.kernel.magic;

import dev.atj.kernel.eval.EvalOutcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** %load FILE: runs a .jsh or .java file in the session, as if its text were a cell. */
public final class LoadMagic implements LineMagic {
    @Override
    public String name() {
        return "load";
    }

    @Override
    public String usage() {
        return "%load FILE.jsh|FILE.java";
    }

    @Override
    public String help() {
        return "Reads the file and runs it in the session as a cell, magics such as %maven included (as IJava"
                + " does): its declarations are then available in later cells.";
    }

    @Override
    public void run(String args, MagicContext context) throws MagicException {
        if (args.isBlank()) {
            throw new MagicException("which file? Give a path");
        }
        Path file = context.workingDirectory().resolve(args.strip()).normalize();
        String code;
        try {
            code = Files.readString(file);
        } catch (IOException e) {
            throw new MagicException("cannot read " + file + ": " + e.getMessage(), e);
        }
        EvalOutcome outcome = context.runCell(code);
        if (!(outcome instanceof EvalOutcome.Success)) {
            throw new MagicException(file.getFileName() + " failed:\n" + TimeMagic.describe(outcome));
        }
    }
}
