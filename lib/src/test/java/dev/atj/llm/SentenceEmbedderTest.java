package dev.atj.llm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SentenceEmbedderTest {
    private static final String GUITAR = "A man is playing a guitar.";
    private static final String INSTRUMENT = "Someone plays an instrument.";
    private static final String MARKET = "The stock market fell today.";

    @TempDir
    Path dir;

    private final SentenceEmbedder miniLm = SentenceEmbedder.miniLm();

    @Test
    void paraphrasesScoreHigherThanUnrelatedSentences() {
        float[] guitar = miniLm.embed(GUITAR);
        double paraphrase = Similarity.cosine(guitar, miniLm.embed(INSTRUMENT));
        double unrelated = Similarity.cosine(guitar, miniLm.embed(MARKET));
        assertTrue(paraphrase > unrelated + 0.3, "paraphrase " + paraphrase + ", unrelated " + unrelated);
        assertTrue(Similarity.cosine(miniLm.embed("The cat sat on the mat."),
                miniLm.embed("A kitten was sitting on the rug.")) > Similarity.cosine(
                miniLm.embed("The cat sat on the mat."), miniLm.embed("Interest rates rose sharply.")));
    }

    @Test
    void vectorsHave384DimensionsAndUnitLength() {
        float[] v = miniLm.embed(GUITAR);
        assertEquals(384, v.length);
        assertEquals(384, miniLm.dimension());
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        assertEquals(1.0, Math.sqrt(norm), 1e-5);
    }

    @Test
    void theSameSentenceGetsTheSameVector() {
        assertArrayEquals(miniLm.embed(GUITAR), miniLm.embed(GUITAR));
    }

    @Test
    void embeddingAListEqualsEmbeddingEachText() {
        List<String> texts = List.of(GUITAR, INSTRUMENT, MARKET, "A much longer sentence, with several clauses,"
                + " that needs many more tokens than the others in this list.", "");
        List<float[]> together = miniLm.embedAll(texts);
        assertEquals(texts.size(), together.size());
        for (int i = 0; i < texts.size(); i++) {
            assertArrayEquals(miniLm.embed(texts.get(i)), together.get(i), "text " + i);
        }
    }

    @Test
    void textsLongerThanMaxTokensAreCut() {
        String start = "word ".repeat(300);
        assertEquals(SentenceEmbedder.DEFAULT_MAX_TOKENS, miniLm.maxTokens());
        assertEquals(256, miniLm.tokenizer().encodeForModel(start).length());
        assertArrayEquals(miniLm.embed(start), miniLm.embed(start + "and a different ending about finance"));
    }

    @Test
    void loadsAnOnnxExportAndTokenizerFromFiles() throws IOException {
        Path model = HfTokenizerTest.extract("/all-minilm-l6-v2-q.onnx", dir.resolve("model.onnx"));
        Path tokenizer = HfTokenizerTest.extract(HfTokenizerTest.MINI_LM_TOKENIZER, dir.resolve("tokenizer.json"));
        try (SentenceEmbedder fromFiles = SentenceEmbedder.load(model, tokenizer, 1, 256)) {
            assertEquals(1, fromFiles.threads());
            assertEquals(384, fromFiles.dimension());
            assertTrue(Similarity.cosine(miniLm.embed(GUITAR), fromFiles.embed(GUITAR)) > 0.9999);
        }
    }

    @Test
    void aMissingModelFileIsReportedWithItsPath() {
        Path missing = dir.resolve("model.onnx");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SentenceEmbedder.load(missing, dir.resolve("tokenizer.json")));
        assertTrue(e.getMessage().contains(missing.toAbsolutePath().toString()), e.getMessage());
    }

    @Test
    void aFileThatIsNotAnOnnxModelIsRejected() throws IOException {
        Path notModel = HfTokenizerTest.extract(HfTokenizerTest.MINI_LM_TOKENIZER, dir.resolve("model.onnx"));
        Path tokenizer = HfTokenizerTest.extract(HfTokenizerTest.MINI_LM_TOKENIZER, dir.resolve("tokenizer.json"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SentenceEmbedder.load(notModel, tokenizer));
        assertTrue(e.getMessage().contains("ONNX Runtime cannot load model.onnx"), e.getMessage());
    }

    @Test
    void aClosedEmbedderSaysSoAndTheSharedOneReopens() {
        SentenceEmbedder own = SentenceEmbedder.openMiniLm(1);
        own.close();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> own.embed(GUITAR));
        assertTrue(e.getMessage().contains("closed"), e.getMessage());

        assertSame(SentenceEmbedder.miniLm(), SentenceEmbedder.miniLm());
        assertNotSame(own, SentenceEmbedder.miniLm());
        assertFalse(Arrays.equals(new float[384], SentenceEmbedder.miniLm().embed(GUITAR)));
    }
}
