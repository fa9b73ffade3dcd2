package dev.atj.kernel.eval;

import java.util.List;

/** What running one cell came to. */
public sealed interface EvalOutcome {

    /** The cell ran; {@code value} is present when its last snippet was an expression. */
    record Success(boolean hasValue, Object value, String text) implements EvalOutcome {
        static Success nothing() {
            return new Success(false, null, "");
        }
    }

    /** The cell failed, to compile or at run time, with a traceback in plain words. */
    record Failure(String name, String message, List<String> traceback) implements EvalOutcome {
    }

    /** The cell was stopped by an interrupt. */
    record Interrupted() implements EvalOutcome {
    }
}
