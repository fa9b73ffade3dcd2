package dev.atj.kernel.magic;

import dev.atj.kernel.eval.EvalOutcome;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * %timeit CODE and %%timeit [-n LOOPS] [-r REPEATS]: like IPython's. The code is compiled
 * once into a lambda, then run in loops; the loop count grows until a run takes 0.2 s.
 * Prints the mean ± standard deviation per loop over the repeats.
 */
public final class TimeitMagic implements LineMagic, CellMagic {
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final double TARGET_NANOS = 0.2e9;

    @Override
    public String name() {
        return "timeit";
    }

    @Override
    public String usage() {
        return "%timeit [-n LOOPS] [-r REPEATS] STATEMENT  or  %%timeit [-n LOOPS] [-r REPEATS]";
    }

    @Override
    public String help() {
        return "Times Java code precisely: it is compiled once, then run LOOPS times per repeat"
                + " (by default as many as fit in 0.2 s), REPEATS times (default 7), and the mean and"
                + " standard deviation per loop are printed, as in IPython.";
    }

    @Override
    public void run(String args, MagicContext context) throws MagicException {
        Options options = Options.parse(args);
        measure(options.code, options, context);
    }

    @Override
    public Object run(String args, String body, MagicContext context) throws MagicException {
        measure(body, Options.parse(args), context);
        return null;
    }

    private void measure(String code, Options options, MagicContext context) throws MagicException {
        if (code.isBlank()) {
            throw new MagicException("there is no code to time");
        }
        String task = "atj$timeit" + COUNTER.incrementAndGet();
        defineTask(task, code, context);
        long loops = options.loops > 0 ? options.loops : calibrate(task, context);
        long[] runs = timeRuns(task, loops, options.repeats, context);
        double[] perLoop = Arrays.stream(runs).mapToDouble(total -> (double) total / loops).toArray();
        double mean = Arrays.stream(perLoop).average().orElse(0);
        double variance = Arrays.stream(perLoop).map(x -> (x - mean) * (x - mean)).average().orElse(0);
        System.out.printf("%s ± %s per loop (mean ± std. dev. of %d run%s, %d loop%s each)%n",
                Durations.format(mean), Durations.format(Math.sqrt(variance)),
                options.repeats, options.repeats == 1 ? "" : "s", loops, loops == 1 ? "" : "s");
    }

    /** Statement or expression: the first form that compiles becomes the timed lambda. */
    private static void defineTask(String task, String code, MagicContext context) throws MagicException {
        String body = code.strip();
        String statements = body.endsWith(";") || body.endsWith("}") ? body : body + ";";
        EvalOutcome outcome = context.evaluate("Runnable " + task + " = () -> {\n" + statements + "\n};");
        if (outcome instanceof EvalOutcome.Success) {
            return;
        }
        // The value goes to a field so the JIT cannot drop the computation as unused.
        String expression = body.endsWith(";") ? body.substring(0, body.length() - 1) : body;
        EvalOutcome asExpression = context.evaluate("Object " + task + "sink;\n"
                + "Runnable " + task + " = () -> { " + task + "sink = (" + expression + "); };");
        if (!(asExpression instanceof EvalOutcome.Success)) {
            throw new MagicException("the code does not compile:\n" + TimeMagic.describe(outcome));
        }
    }

    private static long calibrate(String task, MagicContext context) throws MagicException {
        for (long loops = 1; ; loops *= 10) {
            long total = timeRuns(task, loops, 1, context)[0];
            if (total >= TARGET_NANOS || loops >= 1_000_000_000L) {
                return loops;
            }
        }
    }

    private static long[] timeRuns(String task, long loops, int repeats, MagicContext context)
            throws MagicException {
        String code = "long[] " + task + "runs = new long[" + repeats + "];\n"
                + "for (int r = 0; r < " + repeats + "; r++) {\n"
                + "  long start = System.nanoTime();\n"
                + "  for (long i = 0; i < " + loops + "L; i++) " + task + ".run();\n"
                + "  " + task + "runs[r] = System.nanoTime() - start;\n"
                + "}\n"
                + task + "runs";
        EvalOutcome outcome = context.evaluate(code);
        if (outcome instanceof EvalOutcome.Success success && success.value() instanceof long[] runs) {
            return runs;
        }
        throw new MagicException("the timed code failed:\n" + TimeMagic.describe(outcome));
    }

    private record Options(long loops, int repeats, String code) {
        static Options parse(String args) throws MagicException {
            long loops = 0;
            int repeats = 7;
            String[] words = args.strip().split("\\s+", -1);
            int i = 0;
            try {
                while (i + 1 < words.length && (words[i].equals("-n") || words[i].equals("-r"))) {
                    if (words[i].equals("-n")) {
                        loops = Long.parseLong(words[i + 1]);
                    } else {
                        repeats = Integer.parseInt(words[i + 1]);
                    }
                    i += 2;
                }
            } catch (NumberFormatException e) {
                throw new MagicException("-n and -r take a whole number, not " + e.getMessage());
            }
            if (loops < 0 || repeats < 1) {
                throw new MagicException("-n must be positive and -r at least 1");
            }
            String code = String.join(" ", Arrays.asList(words).subList(Math.min(i, words.length), words.length));
            return new Options(loops, repeats, code);
        }
    }
}
