package dev.atj.llm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.atj.ai.Seeds;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An untrained model is enough here: these properties hold for any weights. */
class GptModelTest {
    static final String TEXT = "It is a truth universally acknowledged, that a single man in possession of a good fortune";
    private static CharTokenizer chars;
    private static GptConfig config;
    private static GptModel gpt;

    @BeforeAll
    static void createModel() {
        Seeds.set(5);
        chars = CharTokenizer.fromText(TEXT);
        config = new GptConfig(chars.vocabularySize(), 16, 32, 4, 2, 0);
        gpt = GptModel.create(config, chars);
    }

    @AfterAll
    static void closeModel() {
        gpt.close();
    }

    @Test
    void changingALaterTokenLeavesTheLogitsOfEarlierPositionsUnchanged() {
        int[] ids = chars.encode("a single man in");
        int[] changed = ids.clone();
        changed[10] = (ids[10] + 1) % chars.vocabularySize();
        float[][] before = gpt.logits(ids);
        float[][] after = gpt.logits(changed);
        for (int position = 0; position < 10; position++) {
            assertArrayEquals(before[position], after[position], "position " + position);
        }
        assertFalse(Arrays.equals(before[10], after[10]), "the changed position itself must see the change");
        assertFalse(Arrays.equals(before[14], after[14]), "later positions must see the change");
    }

    @Test
    void aSavedThenLoadedModelGivesIdenticalLogits(@TempDir Path folder) {
        int[] ids = chars.encode("a good fortune");
        try (GptModel loaded = GptModel.load(gpt.save(folder.resolve("tiny")))) {
            assertEquals(config, loaded.config());
            assertEquals(chars.characters(), ((CharTokenizer) loaded.tokenizer()).characters());
            assertTrue(Arrays.deepEquals(gpt.logits(ids), loaded.logits(ids)));
        }
    }

    @Test
    void weightsThatDoNotFitTheSavedShapeAreRejected(@TempDir Path folder) throws java.io.IOException {
        Path saved = gpt.save(folder.resolve("tiny"));
        Path properties = saved.resolve("gpt.properties");
        java.nio.file.Files.writeString(properties, java.nio.file.Files.readString(properties)
                .replace("layers=2", "layers=3"));
        RuntimeException error = assertThrows(RuntimeException.class, () -> GptModel.load(saved));
        assertTrue(error.getMessage().contains("weights"), error.getMessage());
    }

    @Test
    void loadingAFolderWithoutASavedModelSaysWhatIsMissing(@TempDir Path folder) {
        UncheckedIOException error = assertThrows(UncheckedIOException.class, () -> GptModel.load(folder));
        assertTrue(error.getMessage().contains("gpt.properties is missing"), error.getMessage());
    }

    @Test
    void greedyGenerationTakesTheArgmaxAtEachStepAndTopKOneDoesTheSame() {
        String prompt = "a single";
        String greedy = gpt.generate(prompt, GenerationOptions.greedy().withMaxTokens(20));
        int[] ids = chars.encode(prompt);
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            int[] context = Arrays.copyOfRange(ids, Math.max(0, ids.length - config.contextLength()), ids.length);
            float[][] scores = gpt.logits(context);
            int next = TokenSampler.argmax(scores[scores.length - 1]);
            expected.append(chars.decode(new int[] {next}));
            ids = Arrays.copyOf(ids, ids.length + 1);
            ids[ids.length - 1] = next;
        }
        assertEquals(expected.toString(), greedy);
        assertEquals(greedy, gpt.generate(prompt, GenerationOptions.defaults().withTopK(1).withMaxTokens(20)));
    }

    @Test
    void theSameSeedWritesTheSameTextAndOtherSeedsWriteOtherText() {
        // Untrained weights give nearly even odds over the vocabulary, so seeds make a difference.
        GenerationOptions options = GenerationOptions.defaults().withMaxTokens(30).withSeed(1);
        String first = gpt.generate("man", options);
        assertEquals(30, first.length());
        assertEquals(first, gpt.generate("man", options));
        assertNotEquals(first, gpt.generate("man", options.withSeed(2)));
    }

    @Test
    void promptsLongerThanTheContextAreCutToTheirEnd() {
        String longPrompt = TEXT.substring(0, 40);
        String cut = longPrompt.substring(40 - config.contextLength());
        GenerationOptions options = GenerationOptions.greedy().withMaxTokens(5);
        assertEquals(gpt.generate(cut, options), gpt.generate(longPrompt, options));
    }

    @Test
    void parameterCountOfTheConfigMatchesTheBuiltNetwork() {
        assertEquals(config.parameterCount(), gpt.parameterCount());
    }

    @Test
    void anUntrainedModelIsAboutAsPerplexedAsUniformGuessing() {
        double perplexity = gpt.perplexity(TEXT);
        int vocabulary = config.vocabularySize();
        assertTrue(perplexity > vocabulary * 0.5 && perplexity < vocabulary * 2, perplexity + " vs " + vocabulary);
    }

    @Test
    void aTokenizerWithAnotherVocabularySizeIsRejected() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> GptModel.create(GptConfig.tiny(chars.vocabularySize() + 1), chars));
        assertTrue(error.getMessage().contains("tokenizer.vocabularySize()"), error.getMessage());
    }
}
