package dev.atj.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GptConfigTest {

    @Test
    void embeddingThatHeadsCannotSplitIsRejectedWithASuggestion() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> new GptConfig(50, 32, 30, 4, 2, 0));
        assertTrue(error.getMessage().contains("4 heads"), error.getMessage());
        assertTrue(error.getMessage().contains("multiple of heads"), error.getMessage());
    }

    @Test
    void sizesBelowOneAndDropoutOutsideZeroToOneAreRejected() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new GptConfig(50, 0, 32, 4, 2, 0))
                .getMessage().startsWith("contextLength must be at least 1"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new GptConfig(50, 32, 32, 4, 0, 0))
                .getMessage().startsWith("layers must be at least 1"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new GptConfig(50, 32, 32, 4, 2, 1.0))
                .getMessage().startsWith("dropout"));
    }

    @Test
    void tinyPresetSplitsItsEmbeddingEvenlyOverItsHeads() {
        GptConfig tiny = GptConfig.tiny(75);
        assertEquals(75, tiny.vocabularySize());
        assertEquals(tiny.embeddingSize(), tiny.headSize() * tiny.heads());
    }
}
