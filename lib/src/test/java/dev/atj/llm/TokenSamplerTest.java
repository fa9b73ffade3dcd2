package dev.atj.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TokenSamplerTest {
    /** Scores whose softmax at temperature 1 is 0.5, 0.3, 0.15, 0.05 for ids 2, 0, 3, 1. */
    private static final float[] LOGITS = {
        (float) Math.log(0.3), (float) Math.log(0.05), (float) Math.log(0.5), (float) Math.log(0.15)};

    private static Set<Integer> drawn(GenerationOptions options, int draws) {
        TokenSampler sampler = new TokenSampler(options);
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < draws; i++) {
            seen.add(sampler.next(LOGITS));
        }
        return seen;
    }

    @Test
    void greedyAndTopKOneAlwaysTakeTheHighestScore() {
        assertEquals(Set.of(2), drawn(GenerationOptions.greedy(), 50));
        assertEquals(Set.of(2), drawn(GenerationOptions.defaults().withTopK(1), 50));
    }

    @Test
    void fullSamplingReachesEveryToken() {
        assertEquals(Set.of(0, 1, 2, 3), drawn(GenerationOptions.defaults().withSeed(3), 500));
    }

    @Test
    void topKDrawsOnlyFromTheKMostLikely() {
        assertEquals(Set.of(0, 2), drawn(GenerationOptions.defaults().withTopK(2), 500));
    }

    @Test
    void topPDrawsFromTheMostLikelyTokensUntilTheyReachP() {
        // 0.5 alone is below 0.7; with 0.3 it reaches 0.8, so ids 2 and 0 are the nucleus.
        assertEquals(Set.of(0, 2), drawn(GenerationOptions.defaults().withTopP(0.7), 500));
        assertEquals(Set.of(2), drawn(GenerationOptions.defaults().withTopP(0.4), 100));
    }

    @Test
    void theSameSeedDrawsTheSameTokensAndAnotherSeedDoesNot() {
        GenerationOptions options = GenerationOptions.defaults().withSeed(11);
        int[] first = draws(options);
        assertEquals(java.util.Arrays.toString(first), java.util.Arrays.toString(draws(options)));
        assertNotEquals(java.util.Arrays.toString(first), java.util.Arrays.toString(draws(options.withSeed(12))));
    }

    private static int[] draws(GenerationOptions options) {
        TokenSampler sampler = new TokenSampler(options);
        return IntStream.range(0, 40).map(i -> sampler.next(LOGITS)).toArray();
    }

    @Test
    void lowTemperatureFavoursTheLikeliestTokenMoreThanHighTemperature() {
        long coldHits = countOfTop(GenerationOptions.defaults().withTemperature(0.3));
        long hotHits = countOfTop(GenerationOptions.defaults().withTemperature(3));
        assertTrue(coldHits > hotHits, coldHits + " vs " + hotHits);
    }

    private static long countOfTop(GenerationOptions options) {
        TokenSampler sampler = new TokenSampler(options);
        return IntStream.range(0, 1000).filter(i -> sampler.next(LOGITS) == 2).count();
    }

    @Test
    void optionsOutOfRangeAreRejectedWithTheirName() {
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> GenerationOptions.defaults().withTemperature(-1)).getMessage().contains("temperature"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> GenerationOptions.defaults().withTopP(0)).getMessage().contains("topP"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> GenerationOptions.defaults().withTopK(-2)).getMessage().contains("topK"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> GenerationOptions.defaults().withMaxTokens(-1)).getMessage().contains("maxTokens"));
    }
}
