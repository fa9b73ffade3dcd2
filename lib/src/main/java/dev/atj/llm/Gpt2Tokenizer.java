package dev.atj.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * GPT-2's byte-level BPE tokenizer (50,257 tokens), from OpenAI's original {@code encoder.json}
 * and {@code vocab.bpe}. The two files are turned into a Hugging Face {@code tokenizer.json} in
 * memory and run by the Rust tokenizers library ({@link HfTokenizer}), so the ids are exactly
 * GPT-2's. Every text round-trips: byte-level BPE has a token for each of the 256 bytes.
 *
 * <pre>{@code
 * try (Gpt2Tokenizer gpt2 = Gpt2Tokenizer.bundled()) {
 *     gpt2.encode("Hello world");          // [15496, 995]
 *     gpt2.tokenStrings(" Hello world");   // [ĠHello, Ġworld]  (Ġ marks a leading space)
 *     gpt2.decode(new int[] {15496, 995}); // "Hello world"
 * }
 * }</pre>
 */
public final class Gpt2Tokenizer implements Tokenizer, AutoCloseable {
    /** The token GPT-2 puts between documents. */
    public static final String END_OF_TEXT = "<|endoftext|>";
    /** The id of {@link #END_OF_TEXT} in GPT-2's vocabulary. */
    public static final int END_OF_TEXT_ID = 50256;

    private static final String RESOURCES = "/dev/atj/data/datasets/gpt2/";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HfTokenizer tokenizer;
    private final int endOfTextId;

    private Gpt2Tokenizer(HfTokenizer tokenizer, int endOfTextId) {
        this.tokenizer = tokenizer;
        this.endOfTextId = endOfTextId;
    }

    /**
     * GPT-2's tokenizer from the copies of {@code encoder.json} and {@code vocab.bpe} bundled
     * with the library (see {@code datasets/README.md}).
     *
     * @return the tokenizer; close it when done
     */
    public static Gpt2Tokenizer bundled() {
        return of(resource("encoder.json"), resource("vocab.bpe"), "bundled GPT-2 files");
    }

    /**
     * A byte-level BPE tokenizer from files in GPT-2's format, for example GPT-2's own as
     * downloaded from OpenAI or the Hub.
     *
     * @param encoderJson the vocabulary: a JSON object from token to id
     * @param vocabBpe    the merge rules, one pair a line, after a {@code #version} line
     * @return the tokenizer; close it when done
     * @throws IllegalArgumentException if a file is missing or not in that format
     * @throws UncheckedIOException     if a file cannot be read
     */
    public static Gpt2Tokenizer load(Path encoderJson, Path vocabBpe) {
        return of(read(encoderJson), read(vocabBpe), encoderJson + " and " + vocabBpe);
    }

    private static Gpt2Tokenizer of(String encoderJson, String vocabBpe, String source) {
        JsonNode vocab;
        try {
            vocab = JSON.readTree(encoderJson);
        } catch (IOException e) {
            throw new IllegalArgumentException("the encoder.json of " + source + " is not valid JSON: " + e.getMessage(), e);
        }
        if (!vocab.isObject() || vocab.isEmpty()) {
            throw new IllegalArgumentException("the encoder.json of " + source
                    + " must be a JSON object from token to id, like {\"!\": 0, ...}");
        }
        String json = tokenizerJson((ObjectNode) vocab, merges(vocabBpe, source));
        int endOfText = vocab.path(END_OF_TEXT).asInt(-1);
        return new Gpt2Tokenizer(HfTokenizer.fromJson(json, 0, source), endOfText);
    }

    /** The merge rules: every line after the {@code #version} header, blank lines skipped. */
    private static ArrayNode merges(String vocabBpe, String source) {
        ArrayNode merges = JSON.createArrayNode();
        for (String line : vocabBpe.split("\n")) {
            String rule = line.strip();
            if (rule.isEmpty() || rule.startsWith("#version")) {
                continue;
            }
            if (rule.split(" ").length != 2) {
                throw new IllegalArgumentException("the vocab.bpe of " + source
                        + " has a line that is not two tokens separated by a space: \"" + line + "\"");
            }
            merges.add(rule);
        }
        return merges;
    }

    /**
     * GPT-2 in the Hugging Face format: a BPE model over the byte-level alphabet, split by the
     * byte-level pre-tokenizer (GPT-2's regex, no space added in front) and joined back by the
     * byte-level decoder.
     */
    private static String tokenizerJson(ObjectNode vocab, ArrayNode merges) {
        ObjectNode root = JSON.createObjectNode();
        root.put("version", "1.0");
        root.putNull("truncation");
        root.putNull("padding");
        ArrayNode added = root.putArray("added_tokens");
        if (vocab.has(END_OF_TEXT)) {
            added.addObject().put("id", vocab.get(END_OF_TEXT).asInt()).put("content", END_OF_TEXT)
                    .put("single_word", false).put("lstrip", false).put("rstrip", false)
                    .put("normalized", true).put("special", true);
        }
        root.putNull("normalizer");
        root.set("pre_tokenizer", byteLevel());
        root.putNull("post_processor");
        root.set("decoder", byteLevel());
        ObjectNode model = root.putObject("model");
        model.put("type", "BPE");
        model.putNull("dropout");
        model.putNull("unk_token");
        model.putNull("continuing_subword_prefix");
        model.putNull("end_of_word_suffix");
        model.put("fuse_unk", false);
        model.put("byte_fallback", false);
        model.set("vocab", vocab);
        model.set("merges", merges);
        return root.toString();
    }

    private static ObjectNode byteLevel() {
        return JSON.createObjectNode().put("type", "ByteLevel").put("add_prefix_space", false)
                .put("trim_offsets", true).put("use_regex", true);
    }

    private static String resource(String name) {
        try (InputStream in = Gpt2Tokenizer.class.getResourceAsStream(RESOURCES + name)) {
            if (in == null) {
                throw new IllegalStateException("the bundled GPT-2 file " + RESOURCES + name
                        + " is missing from the class path; is atj-lib's jar complete?");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled GPT-2 file " + name + ": " + e.getMessage(), e);
        }
    }

    private static String read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no file at " + file.toAbsolutePath()
                    + ": GPT-2's tokenizer needs encoder.json and vocab.bpe");
        }
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file.toAbsolutePath() + ": " + e.getMessage(), e);
        }
    }

    /**
     * GPT-2's token ids for a text. {@value #END_OF_TEXT} written in the text becomes its one
     * special token.
     *
     * @param text any text
     * @return its token ids
     */
    @Override
    public int[] encode(String text) {
        return tokenizer.encode(text);
    }

    @Override
    public String decode(int[] ids) {
        return tokenizer.decode(ids);
    }

    @Override
    public int vocabularySize() {
        return tokenizer.vocabularySize();
    }

    /**
     * The tokens of a text as GPT-2's vocabulary spells them: bytes are shown as printable
     * characters, so a leading space is {@code Ġ} and a newline {@code Ċ}.
     *
     * @param text any text
     * @return one string per token
     */
    public List<String> tokenStrings(String text) {
        return tokenizer.tokenStrings(text);
    }

    /**
     * The id of {@value #END_OF_TEXT} in this vocabulary ({@value #END_OF_TEXT_ID} for GPT-2's).
     *
     * @return the id, or -1 if the vocabulary has no such token
     */
    public int endOfTextId() {
        return endOfTextId;
    }

    /** Frees the native tokenizer; later calls fail. */
    @Override
    public void close() {
        tokenizer.close();
    }

    /**
     * The vocabulary size.
     *
     * @return for example {@code Gpt2Tokenizer(50257 tokens)}
     */
    @Override
    public String toString() {
        return "Gpt2Tokenizer(" + vocabularySize() + " tokens)";
    }
}
