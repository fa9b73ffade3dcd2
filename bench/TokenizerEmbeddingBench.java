import dev.atj.data.Datasets;
import dev.atj.llm.Gpt2Tokenizer;
import dev.atj.llm.SentenceEmbedder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Throughput of dev.atj.llm's tokenizers and sentence embedder on the bundled novel
 * (Pride and Prejudice). Run from the repository root after
 * `mvn -q -B -pl lib package -DskipTests`:
 *
 *   java -cp "lib/target/atj-lib.jar:lib/target/deps/*" bench/TokenizerEmbeddingBench.java [SENTENCES] [RUNS]
 *
 * - GPT-2 tokenizer: encode the whole novel in one call; tokens per second.
 * - all-MiniLM-L6-v2 (ONNX Runtime): embed the novel's first SENTENCES sentences (default 256)
 *   with 1 and with 2 ONNX Runtime threads; sentences per second.
 * Each measurement is run once to warm up, then RUNS times (default 3); the median is kept.
 * Prints one JSON object on its last line.
 */
public class TokenizerEmbeddingBench {
    public static void main(String[] args) {
        int sentences = args.length > 0 ? Integer.parseInt(args[0]) : 256;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        String novel = Datasets.text("pride-and-prejudice");

        int[] tokenCount = new int[1];
        double gpt2Seconds;
        try (Gpt2Tokenizer gpt2 = Gpt2Tokenizer.bundled()) {
            gpt2Seconds = median(runs, () -> tokenCount[0] = gpt2.encode(novel).length);
        }

        List<String> batch = sentences(novel, sentences);
        double[] embedSeconds = new double[2];
        for (int threads = 1; threads <= 2; threads++) {
            try (SentenceEmbedder embedder = SentenceEmbedder.openMiniLm(threads)) {
                embedSeconds[threads - 1] = median(runs, () -> embedder.embedAll(batch));
            }
        }
        System.out.printf(Locale.ROOT, "{\"novel_chars\": %d, \"gpt2_tokens\": %d, \"gpt2_s\": %.3f,"
                + " \"gpt2_tokens_per_s\": %.0f, \"sentences\": %d, \"mean_sentence_chars\": %.0f,"
                + " \"embed_1_thread_per_s\": %.1f, \"embed_2_threads_per_s\": %.1f}%n",
                novel.length(), tokenCount[0], gpt2Seconds, tokenCount[0] / gpt2Seconds, batch.size(),
                batch.stream().mapToInt(String::length).average().orElse(0),
                batch.size() / embedSeconds[0], batch.size() / embedSeconds[1]);
    }

    /** The first {@code count} sentences of at least 20 characters, whitespace runs made one space. */
    static List<String> sentences(String text, int count) {
        List<String> out = new ArrayList<>();
        for (String s : text.split("(?<=[.!?])\\s+")) {
            String sentence = s.strip().replaceAll("\\s+", " ");
            if (sentence.length() >= 20 && out.size() < count) {
                out.add(sentence);
            }
        }
        return out;
    }

    /** Runs once to warm up, then {@code runs} times; the median time in seconds. */
    static double median(int runs, Runnable work) {
        work.run();
        double[] times = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.run();
            times[i] = (System.nanoTime() - start) / 1e9;
        }
        Arrays.sort(times);
        return times[runs / 2];
    }
}
