import ai.djl.engine.Engine;
import dev.atj.ai.Devices;
import dev.atj.llm.SentenceEmbedder;
import org.bytedeco.arpackng.global.arpack;
import org.bytedeco.javacpp.Loader;
import org.bytedeco.openblas.global.openblas;

/**
 * Run once by binder/postBuild: loads every native library the notebooks use, so their
 * one-time extraction (PyTorch and tokenizers into ~/.djl.ai, OpenBLAS and ARPACK into
 * ~/.javacpp/cache) happens while the image is built, not in a learner's first cell.
 * ONNX Runtime unpacks into a temporary directory on each start; using it here proves it loads.
 */
public final class WarmCaches {
    public static void main(String[] args) {
        Engine engine = Devices.engine();
        System.out.println("PyTorch " + engine.getVersion() + " on " + Devices.best());
        try (SentenceEmbedder embedder = SentenceEmbedder.openMiniLm(1)) {
            System.out.println("tokenizers + ONNX Runtime: " + embedder.embed("Binder is ready").length + " dimensions");
        }
        Loader.load(openblas.class);
        Loader.load(arpack.class);
        System.out.println("OpenBLAS and ARPACK loaded");
    }
}
