package dev.atj.kernel.magic;

import dev.atj.kernel.eval.EvalOutcome;

/** %time CODE and %%time: runs Java once and prints how long it took (wall clock). */
public final class TimeMagic implements LineMagic, CellMagic {
    @Override
    public String name() {
        return "time";
    }

    @Override
    public String usage() {
        return "%time STATEMENT  or  %%time (then code on the following lines)";
    }

    @Override
    public String help() {
        return "Runs the code once and prints the wall-clock time it took, compilation included."
                + " The cell's value, if any, is its result. %%timeit measures short code more precisely.";
    }

    @Override
    public void run(String args, MagicContext context) throws MagicException {
        EvalOutcome outcome = timed(args, context);
        if (!(outcome instanceof EvalOutcome.Success)) {
            throw new MagicException("the timed code failed: " + describe(outcome));
        }
    }

    @Override
    public Object run(String args, String body, MagicContext context) {
        return timed(body, context);
    }

    private static EvalOutcome timed(String code, MagicContext context) {
        long start = System.nanoTime();
        EvalOutcome outcome = context.evaluate(code);
        System.out.println("Wall time: " + Durations.format(System.nanoTime() - start));
        return outcome;
    }

    static String describe(EvalOutcome outcome) {
        if (outcome instanceof EvalOutcome.Failure failure) {
            return String.join("\n", failure.traceback());
        }
        return "interrupted";
    }
}
