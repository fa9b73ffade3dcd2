package dev.atj.llm;

import dev.atj.ai.LossCurve;
import dev.atj.viz.Progress;
import java.util.Locale;

/**
 * The progress bar and live loss chart of one {@code train} call, or nothing when quiet. The
 * chart starts with the history so far, so a call that continues training shows the whole run.
 */
final class GptLiveView implements AutoCloseable {
    private final Progress bar;
    private final LossCurve curve;

    private GptLiveView(Progress bar, LossCurve curve) {
        this.bar = bar;
        this.curve = curve;
    }

    static GptLiveView start(String label, long total, GptHistory sofar, boolean show) {
        if (!show) {
            return new GptLiveView(null, null);
        }
        LossCurve curve = LossCurve.live("step");
        for (int i = 0; i < sofar.size(); i++) {
            curve.addAt(sofar.steps().get(i), sofar.train().get(i), sofar.validation().get(i));
        }
        return new GptLiveView(Progress.start(label, total), curve);
    }

    void advance(long done) {
        if (bar != null) {
            bar.advance(done);
        }
    }

    void evaluated(int step, double trainLoss, double validationLoss) {
        if (bar == null) {
            return;
        }
        String note = String.format(Locale.ROOT, "step %d, loss %.3f", step, trainLoss);
        if (!Double.isNaN(validationLoss)) {
            note += String.format(Locale.ROOT, ", validation %.3f", validationLoss);
        }
        bar.note(note);
        curve.addAt(step, trainLoss, validationLoss);
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
            curve.close();
        }
    }
}
