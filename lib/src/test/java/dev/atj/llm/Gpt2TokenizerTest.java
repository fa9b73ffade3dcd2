package dev.atj.llm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The expected ids are GPT-2's published ones (as OpenAI's encoder and tiktoken's "gpt2" give them). */
class Gpt2TokenizerTest {
    private static final String FILES = "/dev/atj/data/datasets/gpt2/";
    private static Gpt2Tokenizer gpt2;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() {
        gpt2 = Gpt2Tokenizer.bundled();
    }

    @AfterAll
    static void close() {
        gpt2.close();
    }

    @Test
    void encodesWithGpt2sKnownIds() {
        assertArrayEquals(new int[] {15496, 995}, gpt2.encode("Hello world"));
        assertArrayEquals(new int[] {18435}, gpt2.encode(" Hello"));
        assertArrayEquals(new int[] {31373}, gpt2.encode("hello"));
        assertArrayEquals(new int[] {18435, 995}, gpt2.encode(" Hello world"));
    }

    @Test
    void aLeadingSpaceBelongsToTheFollowingToken() {
        assertEquals(List.of("ĠHello", "Ġworld"), gpt2.tokenStrings(" Hello world"));
        assertEquals(List.of(" Hello", " world"), gpt2.tokens(" Hello world"));
    }

    @Test
    void everyTextRoundTrips() {
        for (String text : List.of("", "Hello world", "  leading and trailing  ", "tabs\tand\n\nnewlines\r\n",
                "many     spaces", "naïve café, Ünïcödé", "emoji 🙂👍🏽 and 漢字", "x<|endoftext|>y",
                "It is a truth universally acknowledged, that a single man in possession of a good fortune")) {
            assertEquals(text, gpt2.decode(gpt2.encode(text)), text);
        }
    }

    @Test
    void hasGpt2sVocabularyAndEndOfTextToken() {
        assertEquals(50257, gpt2.vocabularySize());
        assertEquals(50256, Gpt2Tokenizer.END_OF_TEXT_ID);
        assertEquals(Gpt2Tokenizer.END_OF_TEXT_ID, gpt2.endOfTextId());
        assertArrayEquals(new int[] {50256}, gpt2.encode(Gpt2Tokenizer.END_OF_TEXT));
        assertEquals(Gpt2Tokenizer.END_OF_TEXT, gpt2.decode(new int[] {50256}));
    }

    @Test
    void filesLoadedFromPathsGiveTheSameIds() throws IOException {
        Path encoder = copy("encoder.json");
        Path merges = copy("vocab.bpe");
        String text = "Pride and Prejudice, by Jane Austen.";
        try (Gpt2Tokenizer fromFiles = Gpt2Tokenizer.load(encoder, merges)) {
            assertArrayEquals(gpt2.encode(text), fromFiles.encode(text));
            assertEquals(50257, fromFiles.vocabularySize());
        }
    }

    @Test
    void aMissingFileIsReportedWithItsPath() throws IOException {
        Path merges = copy("vocab.bpe");
        Path missing = dir.resolve("encoder.json");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Gpt2Tokenizer.load(missing, merges));
        assertTrue(e.getMessage().contains(missing.toAbsolutePath().toString()), e.getMessage());
    }

    @Test
    void aMalformedMergeLineIsQuoted() throws IOException {
        Path encoder = copy("encoder.json");
        Path merges = Files.writeString(dir.resolve("vocab.bpe"), "#version: 0.2\nĠ t\nthree parts here\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Gpt2Tokenizer.load(encoder, merges));
        assertTrue(e.getMessage().contains("three parts here"), e.getMessage());
    }

    private Path copy(String name) throws IOException {
        return HfTokenizerTest.extract(FILES + name, dir.resolve(name));
    }
}
