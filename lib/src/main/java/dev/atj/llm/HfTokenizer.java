package dev.atj.llm;

import ai.djl.engine.EngineException;
import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Any Hugging Face tokenizer, loaded from its {@code tokenizer.json} (the file every model
 * repository on the Hub has) and run by the Rust {@code tokenizers} library through DJL. Works
 * offline: the native library is inside DJL's jar and nothing is downloaded.
 *
 * <pre>{@code
 * try (HfTokenizer bert = HfTokenizer.load(Path.of("models/all-MiniLM-L6-v2/tokenizer.json"))) {
 *     bert.encode("Hello world");              // [7592, 2088]
 *     bert.tokenStrings("tokenizers");         // [token, ##izer, ##s]
 *     bert.encodeForModel("Hello world");      // ModelInput[[CLS], hello, world, [SEP]]
 * }
 * }</pre>
 *
 * <p>{@link #encode(String)} gives the text's tokens only; {@link #encodeForModel(String)} adds
 * the model's special tokens, attention mask and type ids. It holds native memory: close it
 * when done (a forgotten one is freed when garbage-collected).
 */
public final class HfTokenizer implements Tokenizer, AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HuggingFaceTokenizer tokenizer;
    private final int vocabularySize;
    private final int maxTokens;
    private final String source;

    private HfTokenizer(HuggingFaceTokenizer tokenizer, int vocabularySize, int maxTokens, String source) {
        this.tokenizer = tokenizer;
        this.vocabularySize = vocabularySize;
        this.maxTokens = maxTokens;
        this.source = source;
    }

    /**
     * Loads a {@code tokenizer.json}, with no limit on the number of tokens.
     *
     * @param tokenizerJson the file, or a model folder that holds {@code tokenizer.json}
     * @return the tokenizer
     * @throws IllegalArgumentException if the file is missing or is not a tokenizer.json
     * @throws UncheckedIOException     if the file cannot be read
     */
    public static HfTokenizer load(Path tokenizerJson) {
        return load(tokenizerJson, 0);
    }

    /**
     * Loads a {@code tokenizer.json} that cuts every encoding to at most {@code maxTokens}
     * tokens, special tokens included, as a model with a fixed context length needs.
     *
     * @param tokenizerJson the file, or a model folder that holds {@code tokenizer.json}
     * @param maxTokens     the most tokens per encoding, or 0 for no limit
     * @return the tokenizer
     * @throws IllegalArgumentException if the file is missing or is not a tokenizer.json
     * @throws UncheckedIOException     if the file cannot be read
     */
    public static HfTokenizer load(Path tokenizerJson, int maxTokens) {
        Path file = Files.isDirectory(tokenizerJson) ? tokenizerJson.resolve("tokenizer.json") : tokenizerJson;
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no tokenizer file at " + file.toAbsolutePath()
                    + ": give the path of a tokenizer.json (as in a Hugging Face model repository)"
                    + " or of the folder that holds it");
        }
        try {
            return fromJson(Files.readString(file, StandardCharsets.UTF_8), maxTokens, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the tokenizer file " + file.toAbsolutePath()
                    + ": " + e.getMessage(), e);
        }
    }

    /**
     * Loads a {@code tokenizer.json} from the class path, for example one bundled in a jar.
     *
     * @param resource the absolute resource name, such as {@code "/all-minilm-l6-v2-q-tokenizer.json"}
     * @return the tokenizer, with no limit on the number of tokens
     * @throws IllegalArgumentException if there is no such resource or it is not a tokenizer.json
     */
    public static HfTokenizer fromResource(String resource) {
        return fromResource(resource, 0);
    }

    /**
     * Loads a {@code tokenizer.json} from the class path, cutting encodings to {@code maxTokens}.
     *
     * @param resource  the absolute resource name, such as {@code "/all-minilm-l6-v2-q-tokenizer.json"}
     * @param maxTokens the most tokens per encoding, or 0 for no limit
     * @return the tokenizer
     * @throws IllegalArgumentException if there is no such resource or it is not a tokenizer.json
     */
    public static HfTokenizer fromResource(String resource, int maxTokens) {
        try (InputStream in = HfTokenizer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no class-path resource " + resource
                        + ": resource names start with '/' and the jar that holds it must be on the class path");
            }
            return fromJson(new String(in.readAllBytes(), StandardCharsets.UTF_8), maxTokens, resource);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the class-path resource " + resource + ": " + e.getMessage(), e);
        }
    }

    /**
     * A tokenizer from the text of a {@code tokenizer.json}, for one built in memory.
     *
     * @param json      the JSON text
     * @param maxTokens the most tokens per encoding, or 0 for no limit
     * @param source    where the JSON came from, named in error messages
     * @return the tokenizer
     * @throws IllegalArgumentException if the text is not a tokenizer.json
     */
    public static HfTokenizer fromJson(String json, int maxTokens, String source) {
        if (maxTokens < 0) {
            throw new IllegalArgumentException("maxTokens must be 0 (no limit) or more, not " + maxTokens);
        }
        int vocabularySize = vocabularySize(json, source);
        DjlOffline.ensure();
        Map<String, String> options = maxTokens == 0
                ? Map.of("addSpecialTokens", "false", "truncation", "false", "padding", "false")
                : Map.of("addSpecialTokens", "false", "truncation", "true", "padding", "false",
                        "maxLength", String.valueOf(maxTokens), "modelMaxLength", String.valueOf(maxTokens));
        try (InputStream in = new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))) {
            return new HfTokenizer(HuggingFaceTokenizer.newInstance(in, options), vocabularySize, maxTokens, source);
        } catch (EngineException | UnsatisfiedLinkError e) {
            throw new IllegalStateException("cannot load the Hugging Face tokenizers library that DJL ships"
                    + " (ai.djl.huggingface:tokenizers): " + e.getMessage()
                    + "; ~/.djl.ai must be writable, and RUST_LIBRARY_PATH / RUST_FLAVOR should be unset", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(source + " is not a Hugging Face tokenizer.json that this"
                    + " version of the tokenizers library can read: " + e.getMessage(), e);
        }
    }

    /** The largest id in the model's vocabulary or the added tokens, plus one. */
    private static int vocabularySize(String json, String source) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(source + " is not valid JSON, so not a tokenizer.json: "
                    + e.getOriginalMessage(), e);
        }
        JsonNode vocab = root.path("model").path("vocab");
        if (!root.isObject() || vocab.isMissingNode()) {
            throw new IllegalArgumentException(source + " is not a Hugging Face tokenizer.json: it has no"
                    + " \"model\": {\"vocab\": ...}; export one with tokenizer.save(\"tokenizer.json\")");
        }
        int size = vocab.isArray() ? vocab.size() : 0; // Unigram: a list of [piece, score]
        if (vocab.isObject()) { // BPE, WordPiece, WordLevel: token -> id
            for (JsonNode id : vocab) {
                size = Math.max(size, id.asInt() + 1);
            }
        }
        for (JsonNode added : root.path("added_tokens")) {
            size = Math.max(size, added.path("id").asInt() + 1);
        }
        return size;
    }

    /**
     * The ids of the text's own tokens, without the model's special tokens.
     *
     * @param text any text
     * @return its token ids
     */
    @Override
    public int[] encode(String text) {
        return Arrays.stream(tokenizer.encode(text, false, false).getIds()).mapToInt(Math::toIntExact).toArray();
    }

    /**
     * The text as the model takes it: special tokens added, with attention mask and type ids.
     *
     * @param text any text
     * @return ids, mask, type ids and token strings
     */
    public ModelInput encodeForModel(String text) {
        Encoding encoding = tokenizer.encode(text, true, false);
        return new ModelInput(encoding.getIds(), encoding.getAttentionMask(), encoding.getTypeIds(),
                Arrays.asList(encoding.getTokens()));
    }

    /**
     * The text of token ids, special tokens kept, so that decoding {@link #encode} gives the
     * text back (up to what the tokenizer normalises, such as BERT's lower-casing).
     *
     * @param ids token ids
     * @return the text
     * @throws IllegalArgumentException if an id is outside the vocabulary
     */
    @Override
    public String decode(int[] ids) {
        long[] longs = new long[ids.length];
        for (int i = 0; i < ids.length; i++) {
            if (ids[i] < 0 || ids[i] >= vocabularySize) {
                throw new IllegalArgumentException("token id " + ids[i] + " is outside the vocabulary [0, "
                        + vocabularySize + ") of " + source);
            }
            longs[i] = ids[i];
        }
        return tokenizer.decode(longs, false);
    }

    @Override
    public int vocabularySize() {
        return vocabularySize;
    }

    /**
     * The tokens of a text as the vocabulary spells them, such as {@code ##izer} for a
     * WordPiece continuation or {@code Ġworld} for a GPT-2 token that starts with a space.
     *
     * @param text any text
     * @return one string per token, special tokens not added
     */
    public List<String> tokenStrings(String text) {
        return List.of(tokenizer.encode(text, false, false).getTokens());
    }

    /**
     * The most tokens an encoding may have.
     *
     * @return the limit, or 0 for none
     */
    public int maxTokens() {
        return maxTokens;
    }

    /** Frees the native tokenizer; later calls fail. */
    @Override
    public void close() {
        tokenizer.close();
    }

    /**
     * Where it came from and its size.
     *
     * @return for example {@code HfTokenizer(tokenizer.json, 30522 tokens)}
     */
    @Override
    public String toString() {
        return "HfTokenizer(" + source + ", " + vocabularySize + " tokens"
                + (maxTokens > 0 ? ", at most " + maxTokens + " per text" : "") + ")";
    }
}
