package dev.atj.llm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** BERT-uncased ids (hello 7592, world 2088, [CLS] 101, [SEP] 102, 30522 tokens) are published facts. */
class HfTokenizerTest {
    static final String MINI_LM_TOKENIZER = "/all-minilm-l6-v2-q-tokenizer.json";

    @TempDir
    Path dir;

    static Path extract(String resource, Path target) throws IOException {
        try (InputStream in = HfTokenizerTest.class.getResourceAsStream(resource)) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return target;
    }

    @Test
    void loadsAHubTokenizerJsonFromAFileAndEncodesWithoutSpecialTokens() throws IOException {
        try (HfTokenizer bert = HfTokenizer.load(extract(MINI_LM_TOKENIZER, dir.resolve("tokenizer.json")))) {
            assertArrayEquals(new int[] {7592, 2088}, bert.encode("Hello world"));
            assertEquals(30522, bert.vocabularySize());
            assertEquals(List.of("token", "##izer", "##s"), bert.tokenStrings("tokenizers"));
            assertEquals("hello world", bert.decode(bert.encode("Hello world")));
        }
    }

    @Test
    void aModelFolderIsReadThroughItsTokenizerJson() throws IOException {
        extract(MINI_LM_TOKENIZER, dir.resolve("tokenizer.json"));
        try (HfTokenizer bert = HfTokenizer.load(dir)) {
            assertArrayEquals(new int[] {7592, 2088}, bert.encode("hello world"));
        }
    }

    @Test
    void encodeForModelAddsClsAndSepWithAMaskOfOnes() {
        try (HfTokenizer bert = HfTokenizer.fromResource(MINI_LM_TOKENIZER)) {
            ModelInput input = bert.encodeForModel("Hello world");
            assertArrayEquals(new long[] {101, 7592, 2088, 102}, input.ids());
            assertArrayEquals(new long[] {1, 1, 1, 1}, input.attentionMask());
            assertArrayEquals(new long[] {0, 0, 0, 0}, input.typeIds());
            assertEquals(List.of("[CLS]", "hello", "world", "[SEP]"), input.tokens());
        }
    }

    @Test
    void maxTokensCutsLongTextsButKeepsTheSpecialTokens() {
        try (HfTokenizer bert = HfTokenizer.fromResource(MINI_LM_TOKENIZER, 8)) {
            ModelInput input = bert.encodeForModel("one two three four five six seven eight nine ten");
            assertEquals(8, input.length());
            assertEquals(101, input.ids()[0]);
            assertEquals(102, input.ids()[7]);
            assertEquals(List.of("[CLS]", "one", "two", "three", "four", "five", "six", "[SEP]"), input.tokens());
        }
    }

    @Test
    void aMissingFileIsReportedWithItsPath() {
        Path missing = dir.resolve("nowhere/tokenizer.json");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> HfTokenizer.load(missing));
        assertTrue(e.getMessage().contains(missing.toAbsolutePath().toString()), e.getMessage());
    }

    @Test
    void aMissingResourceIsReportedByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> HfTokenizer.fromResource("/no-such-tokenizer.json"));
        assertTrue(e.getMessage().contains("/no-such-tokenizer.json"), e.getMessage());
    }

    @Test
    void aFileThatIsNotJsonIsRejectedClearly() throws IOException {
        Path bad = Files.writeString(dir.resolve("tokenizer.json"), "vocab: [oops");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> HfTokenizer.load(bad));
        assertTrue(e.getMessage().contains("not valid JSON"), e.getMessage());
    }

    @Test
    void jsonWithoutAModelIsRejectedClearly() throws IOException {
        Path bad = Files.writeString(dir.resolve("config.json"), "{\"hidden_size\": 384}");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> HfTokenizer.load(bad));
        assertTrue(e.getMessage().contains("not a Hugging Face tokenizer.json"), e.getMessage());
    }

    @Test
    void aModelTheLibraryCannotBuildIsRejectedWithItsReason() throws IOException {
        Path bad = Files.writeString(dir.resolve("tokenizer.json"),
                "{\"model\": {\"type\": \"NoSuchModel\", \"vocab\": {\"a\": 0}}}");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> HfTokenizer.load(bad));
        assertTrue(e.getMessage().contains("tokenizers library can read"), e.getMessage());
    }

    @Test
    void decodingAnIdOutsideTheVocabularyNamesIt() {
        try (HfTokenizer bert = HfTokenizer.fromResource(MINI_LM_TOKENIZER)) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> bert.decode(new int[] {30522}));
            assertTrue(e.getMessage().contains("30522"), e.getMessage());
        }
    }

    @Test
    void loadingATokenizerPutsDjlOfflineUnlessTheUserChose() {
        String before = System.clearProperty("ai.djl.offline");
        try (HfTokenizer bert = HfTokenizer.fromResource(MINI_LM_TOKENIZER)) {
            assertEquals(2, bert.encode("hello world").length);
            if (System.getenv("DJL_OFFLINE") == null) {
                assertEquals("true", System.getProperty("ai.djl.offline"));
            }
        } finally {
            if (before != null) {
                System.setProperty("ai.djl.offline", before);
            }
        }
    }
}
