import dev.atj.ai.Devices;
import dev.atj.ai.Seeds;
import dev.atj.data.Datasets;
import dev.atj.llm.CharTokenizer;
import dev.atj.llm.GenerationOptions;
import dev.atj.llm.GptConfig;
import dev.atj.llm.GptModel;
import dev.atj.llm.GptTrainer;
import dev.atj.llm.GptTrainingOptions;
import java.util.Locale;

/**
 * Training and generation speed of the tiny GPT (dev.atj.llm.GptModel, GptConfig.tiny) on
 * Pride and Prejudice, character tokens, default training options (16 windows of 64 tokens per
 * step), one PyTorch thread. Run from the repository root after
 * `mvn -q -B package -DskipTests -DskipITs`:
 *
 *   java -cp "lib/target/atj-lib.jar:lib/target/deps/*" bench/GptBench.java [STEPS] [TOKENS]
 *
 * Trains 50 unmeasured steps, then STEPS measured ones (default 500), then writes TOKENS
 * characters (default 300) at temperature 0.8. Prints one JSON object on its last line.
 */
public class GptBench {
    public static void main(String[] args) {
        int steps = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        int tokens = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        Seeds.set(42);
        String novel = Datasets.text("pride-and-prejudice");
        CharTokenizer chars = CharTokenizer.fromText(novel);
        try (GptModel gpt = GptModel.create(GptConfig.tiny(chars.vocabularySize()), chars);
             GptTrainer trainer = GptTrainer.of(gpt, novel, GptTrainingOptions.defaults().quiet())) {
            System.out.println(Devices.describe() + "; " + gpt);
            trainer.train(50); // JIT and PyTorch warm-up
            long start = System.nanoTime();
            trainer.train(steps);
            double trainSeconds = seconds(start);
            double trainTokensPerSecond = (double) steps * trainer.tokensPerStep() / trainSeconds;
            GenerationOptions options = GenerationOptions.defaults().withTemperature(0.8).withMaxTokens(tokens);
            gpt.generate("Elizabeth", options.withMaxTokens(20)); // warm-up
            start = System.nanoTime();
            String text = gpt.generate("Elizabeth", options);
            double generateSeconds = seconds(start);
            System.out.println("Elizabeth" + text);
            System.out.printf(Locale.ROOT, "{\"steps\": %d, \"train_s\": %.2f, \"train_tokens_per_s\": %.0f, "
                            + "\"steps_per_s\": %.2f, \"validation_loss\": %.4f, \"generated_tokens\": %d, "
                            + "\"generate_s\": %.2f, \"generate_tokens_per_s\": %.0f}%n",
                    steps, trainSeconds, trainTokensPerSecond, steps / trainSeconds,
                    trainer.history().lastValidationLoss(), tokens, generateSeconds, tokens / generateSeconds);
        }
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
