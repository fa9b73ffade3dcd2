package dev.atj.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.atj.ai.Seeds;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;

class GptTrainerTest {
    /** Each character follows from the few before it, so a small model can learn it almost perfectly. */
    private static final String REPETITIVE = "the cat sat on the mat. ".repeat(40);
    private static final GptTrainingOptions QUIET = GptTrainingOptions.defaults()
            .withBatchSize(8).withEvaluateEvery(20).withLearningRate(1e-2).quiet();

    private static GptModel tinyModel(long seed) {
        Seeds.set(seed);
        CharTokenizer chars = CharTokenizer.fromText(REPETITIVE);
        return GptModel.create(new GptConfig(chars.vocabularySize(), 16, 32, 4, 2, 0), chars);
    }

    @Test
    void trainingLowersTheLossAndThePerplexityOnTheTrainingText() {
        try (GptModel gpt = tinyModel(1); GptTrainer trainer = GptTrainer.of(gpt, REPETITIVE, QUIET)) {
            double untrainedLoss = Math.log(gpt.perplexity(REPETITIVE));
            GptHistory history = trainer.train(60);
            double trainedPerplexity = gpt.perplexity(REPETITIVE);
            assertTrue(Math.log(trainedPerplexity) < 0.7 * untrainedLoss, untrainedLoss + " -> " + trainedPerplexity);
            assertTrue(trainedPerplexity < gpt.config().vocabularySize() / 2.0, "perplexity " + trainedPerplexity);
            assertTrue(history.lastValidationLoss() < 0.7 * untrainedLoss, history.toString());
            assertEquals(List.of(20, 40, 60), history.steps());
        }
    }

    @Test
    void twoRunsWithTheSameSeedGiveTheSameLosses() {
        assertEquals(run(3, 40), run(3, 40));
    }

    private static GptHistory run(long seed, int steps) {
        try (GptModel gpt = tinyModel(seed); GptTrainer trainer = GptTrainer.of(gpt, REPETITIVE, QUIET)) {
            return trainer.train(steps);
        }
    }

    @Test
    void trainingInTwoCallsEndsWithTheSameWeightsAsOneCall() {
        int[] probe = CharTokenizer.fromText(REPETITIVE).encode("the mat");
        float[][] inOneGo;
        try (GptModel gpt = tinyModel(4); GptTrainer trainer = GptTrainer.of(gpt, REPETITIVE, QUIET)) {
            trainer.train(30);
            inOneGo = gpt.logits(probe);
        }
        try (GptModel gpt = tinyModel(4); GptTrainer trainer = GptTrainer.of(gpt, REPETITIVE, QUIET)) {
            trainer.train(10);
            GptHistory history = trainer.train(20);
            assertEquals(30, trainer.steps());
            assertEquals(List.of(10, 30), history.steps());
            assertTrue(Arrays.deepEquals(inOneGo, gpt.logits(probe)));
        }
    }

    @Test
    void theHistoryChartShowsLossOverSteps() {
        XYChart chart = run(2, 20).chart();
        assertEquals("step", chart.getXAxisTitle());
        assertEquals("loss", chart.getYAxisTitle());
        assertEquals(List.of("train", "validation"), List.copyOf(chart.getSeriesMap().keySet()));
    }

    @Test
    void textWithCharactersTheTokenizerLacksIsRejectedByName() {
        try (GptModel gpt = tinyModel(1)) {
            IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                    () -> GptTrainer.of(gpt, "the dog", QUIET));
            assertTrue(error.getMessage().contains("'d'"), error.getMessage());
        }
    }

    @Test
    void aValidationPartTooShortToScoreIsRejected() {
        try (GptModel gpt = tinyModel(1)) {
            IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                    () -> GptTrainer.of(gpt, "the cat sat on the mat", QUIET.withValidationFraction(0.05)));
            assertTrue(error.getMessage().contains("validation"), error.getMessage());
        }
    }
}
