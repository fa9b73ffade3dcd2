package dev.atj.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SimilarityTest {
    @Test
    void cosineIsTheAngleBetweenVectorsWhateverTheirLength() {
        assertEquals(1.0, Similarity.cosine(new float[] {1, 2, 3}, new float[] {2, 4, 6}), 1e-12);
        assertEquals(0.0, Similarity.cosine(new float[] {1, 0}, new float[] {0, 5}), 1e-12);
        assertEquals(-1.0, Similarity.cosine(new float[] {1, 1}, new float[] {-3, -3}), 1e-12);
        assertEquals(Math.sqrt(0.5), Similarity.cosine(new float[] {1, 0}, new float[] {1, 1}), 1e-7);
    }

    @Test
    void aZeroVectorHasCosineZero() {
        assertEquals(0.0, Similarity.cosine(new float[] {0, 0}, new float[] {1, 1}));
    }

    @Test
    void vectorsOfDifferentLengthsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> Similarity.cosine(new float[2], new float[3]));
    }
}
