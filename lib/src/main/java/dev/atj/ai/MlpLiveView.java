package dev.atj.ai;

import dev.atj.viz.Progress;
import java.util.Locale;

/** The progress bar and loss chart shown while a network trains, or nothing when quiet. */
final class MlpLiveView implements AutoCloseable {
    private final Progress bar;
    private final LossCurve curve;

    private MlpLiveView(Progress bar, LossCurve curve) {
        this.bar = bar;
        this.curve = curve;
    }

    static MlpLiveView start(String label, int epochs, boolean quiet) {
        return quiet ? new MlpLiveView(null, null) : new MlpLiveView(Progress.start(label, epochs), LossCurve.live());
    }

    void epoch(double trainLoss, double validationLoss) {
        if (bar == null) {
            return;
        }
        String note = String.format(Locale.ROOT, "loss %.4f", trainLoss);
        if (!Double.isNaN(validationLoss)) {
            note += String.format(Locale.ROOT, ", validation %.4f", validationLoss);
        }
        bar.note(note);
        bar.step();
        curve.add(trainLoss, validationLoss);
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
            curve.close();
        }
    }
}
