package dev.atj.kernel.magic;

import dev.atj.kernel.eval.EvalOutcome;
import dev.atj.kernel.eval.JShellEvaluator;
import java.util.List;

/** Runs a cell: plain Java straight through JShell; with magics, its parts in order, stopping at the first failure. */
public final class MagicCellRunner {
    private final MagicRegistry magics;

    public MagicCellRunner(MagicRegistry magics) {
        this.magics = magics;
    }

    public EvalOutcome run(String label, String cell, JShellEvaluator evaluator, MagicContext context) {
        if (!CellParser.hasMagic(cell)) {
            return evaluator.evaluate(label, cell);
        }
        EvalOutcome last = new EvalOutcome.Success(false, null, "");
        for (CellPart part : CellParser.parse(cell)) {
            if (part instanceof CellPart.Java java) {
                last = evaluator.evaluate(label, java.code(), java.firstLine());
            } else if (part instanceof CellPart.LineCall call) {
                last = runLine(label, call, context);
            } else if (part instanceof CellPart.CellCall call) {
                last = runCell(label, call, context);
            }
            if (!(last instanceof EvalOutcome.Success)) {
                return last;
            }
        }
        return last;
    }

    private EvalOutcome runLine(String label, CellPart.LineCall call, MagicContext context) {
        LineMagic magic = magics.line(call.name()).orElse(null);
        if (magic == null) {
            return unknown("%" + call.name(), label, call.line());
        }
        try {
            magic.run(call.args(), context);
            return new EvalOutcome.Success(false, null, "");
        } catch (MagicException e) {
            return failed(magic, e.getMessage(), label, call.line());
        } catch (RuntimeException e) {
            return failed(magic, e.toString(), label, call.line());
        }
    }

    private EvalOutcome runCell(String label, CellPart.CellCall call, MagicContext context) {
        CellMagic magic = magics.cell(call.name()).orElse(null);
        if (magic == null) {
            return unknown("%%" + call.name(), label, 1);
        }
        try {
            Object result = magic.run(call.args(), call.body(), context);
            return result instanceof EvalOutcome outcome ? outcome
                    : new EvalOutcome.Success(result != null, result, null);
        } catch (MagicException e) {
            return failed(magic, e.getMessage(), label, 1);
        } catch (RuntimeException e) {
            return failed(magic, e.toString(), label, 1);
        }
    }

    private EvalOutcome unknown(String name, String label, int line) {
        String message = "There is no magic " + name + ". %lsmagic lists the magics there are.";
        return new EvalOutcome.Failure("UnknownMagic", message,
                List.of("UnknownMagic in " + label + ", line " + line + ": " + message));
    }

    private static EvalOutcome failed(Magic magic, String message, String label, int line) {
        return new EvalOutcome.Failure("MagicError", message, List.of(
                "%" + magic.name() + " failed in " + label + ", line " + line + ": " + message,
                "usage: " + magic.usage()));
    }
}
