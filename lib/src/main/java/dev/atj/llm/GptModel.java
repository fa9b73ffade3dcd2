package dev.atj.llm;

import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.NormalInitializer;
import ai.djl.training.loss.Loss;
import dev.atj.ai.Devices;
import dev.atj.ai.Seeds;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * A small GPT: a decoder-only transformer that reads tokens and scores every possible next
 * token, built from DJL blocks (token and position embeddings, pre-LayerNorm blocks with causal
 * multi-head self-attention and a GELU MLP, a final LayerNorm, a linear output layer) on
 * PyTorch. Train it with {@link GptTrainer}; then let it write with
 * {@link #generate(String, GenerationOptions)}, score it with {@link #perplexity(String)}, and
 * keep it with {@link #save(Path)} / {@link #load(Path)}.
 *
 * <pre>{@code
 * Seeds.set(42);
 * String novel = Datasets.text("pride-and-prejudice");
 * CharTokenizer chars = CharTokenizer.fromText(novel);
 * try (GptModel gpt = GptModel.create(GptConfig.tiny(chars.vocabularySize()), chars);
 *      GptTrainer trainer = GptTrainer.of(gpt, novel)) {
 *     trainer.train(1000);                        // shows progress and a live loss chart
 *     gpt.generate("Elizabeth ", GenerationOptions.defaults().withTemperature(0.8));
 *     gpt.save(Path.of("my-gpt"));
 * }
 * }</pre>
 *
 * <p>The weights live in native PyTorch memory, outside Java's garbage collector:
 * {@link #close()} frees them (or use try-with-resources).
 */
public final class GptModel implements AutoCloseable {
    static final String NAME = "gpt";
    private static final float INITIAL_WEIGHT_SPREAD = 0.02f;

    private final Model model;
    private final GptConfig config;
    private final Tokenizer tokenizer;

    private GptModel(Model model, GptConfig config, Tokenizer tokenizer) {
        this.model = model;
        this.config = config;
        this.tokenizer = tokenizer;
    }

    /**
     * A new, untrained model with small random weights drawn from the
     * {@link Seeds#set(long) current seed}.
     *
     * @param config the model's shape; its vocabulary size must match the tokenizer's
     * @param tokenizer how text becomes tokens; a {@link CharTokenizer} if the model is to be saved
     * @return the model
     * @throws IllegalArgumentException if the vocabulary sizes differ
     */
    public static GptModel create(GptConfig config, Tokenizer tokenizer) {
        if (config.vocabularySize() != tokenizer.vocabularySize()) {
            throw new IllegalArgumentException("The config says " + config.vocabularySize()
                    + " tokens but the tokenizer has " + tokenizer.vocabularySize()
                    + "; build the config from tokenizer.vocabularySize()");
        }
        Seeds.seedDjl();
        GptModel gpt = unloaded(config, tokenizer);
        gpt.model.getBlock().initialize(gpt.model.getNDManager(), DataType.FLOAT32, new Shape(1, config.contextLength()));
        return gpt;
    }

    /** A model whose block is built but not yet given weights (by initializing or loading). */
    static GptModel unloaded(GptConfig config, Tokenizer tokenizer) {
        Model model = Model.newInstance(NAME, Devices.best());
        GptNetwork network = new GptNetwork(config);
        // GPT-2's choice: every weight matrix from N(0, 0.02); biases 0, LayerNorm scales 1.
        network.setInitializer(new NormalInitializer(INITIAL_WEIGHT_SPREAD), Parameter.Type.WEIGHT);
        model.setBlock(network);
        return new GptModel(model, config, tokenizer);
    }

    /**
     * Reads a model written by {@link #save(Path)}.
     *
     * @param directory the folder it was saved to
     * @return the model, giving the same outputs as the one saved
     * @throws java.io.UncheckedIOException if the folder cannot be read or is not a saved GPT
     * @throws IllegalStateException if the weights do not fit the saved configuration
     */
    public static GptModel load(Path directory) {
        return GptFiles.load(directory);
    }

    /**
     * Writes the weights ({@code gpt-0000.params}, DJL's format) and the configuration and
     * tokenizer ({@code gpt.properties}) into a folder, creating it if needed.
     *
     * @param directory the folder
     * @return the folder, for chaining
     * @throws java.io.UncheckedIOException if the files cannot be written
     * @throws IllegalStateException if the tokenizer is not a {@link CharTokenizer}
     */
    public Path save(Path directory) {
        GptFiles.save(this, directory);
        return directory;
    }

    /**
     * The model's shape.
     *
     * @return the configuration
     */
    public GptConfig config() {
        return config;
    }

    /**
     * The tokenizer the model reads and writes with.
     *
     * @return the tokenizer
     */
    public Tokenizer tokenizer() {
        return tokenizer;
    }

    /**
     * How many trainable numbers the model has.
     *
     * @return the number of weights and biases
     */
    public long parameterCount() {
        return model.getBlock().getParameters().values().stream()
                .mapToLong(p -> p.getArray().getShape().size()).sum();
    }

    /**
     * The scores (logits) for the next token after each position of a token sequence: row
     * {@code i} depends only on tokens {@code 0..i}.
     *
     * @param tokenIds 1 to {@code contextLength} token ids
     * @return one row of {@code vocabularySize} scores per position
     * @throws IllegalArgumentException if the sequence is empty, too long, or has an unknown id
     */
    public float[][] logits(int[] tokenIds) {
        if (tokenIds.length == 0 || tokenIds.length > config.contextLength()) {
            throw new IllegalArgumentException("logits needs 1 to " + config.contextLength()
                    + " token ids (the context length), got " + tokenIds.length);
        }
        for (int id : tokenIds) {
            if (id < 0 || id >= config.vocabularySize()) {
                throw new IllegalArgumentException("token id " + id + " is outside the vocabulary [0, "
                        + config.vocabularySize() + ")");
            }
        }
        try (NDManager scratch = model.getNDManager().newSubManager()) {
            long[] ids = Arrays.stream(tokenIds).asLongStream().toArray();
            float[] flat = forward(scratch, ids, 1, tokenIds.length, false).toFloatArray();
            float[][] rows = new float[tokenIds.length][];
            int width = config.vocabularySize();
            for (int i = 0; i < rows.length; i++) {
                rows[i] = Arrays.copyOfRange(flat, i * width, (i + 1) * width);
            }
            return rows;
        }
    }

    /**
     * Writes text after a prompt, one token at a time: each step looks at the last
     * {@code contextLength} tokens and picks the next as the options say.
     *
     * @param prompt the start of the text; every character must be in the tokenizer's vocabulary
     * @param options how many tokens, temperature, top-k, top-p and seed
     * @return the text written after the prompt (without the prompt)
     * @throws IllegalArgumentException if the prompt is empty or has unknown characters
     */
    public String generate(String prompt, GenerationOptions options) {
        int[] promptIds = tokenizer.encode(prompt);
        if (promptIds.length == 0) {
            throw new IllegalArgumentException("generate needs a prompt of at least one token, for example \"\\n\"");
        }
        int[] all = Arrays.copyOf(promptIds, promptIds.length + options.maxTokens());
        TokenSampler sampler = new TokenSampler(options);
        for (int n = promptIds.length; n < all.length; n++) {
            int[] context = Arrays.copyOfRange(all, Math.max(0, n - config.contextLength()), n);
            float[][] scores = logits(context);
            all[n] = sampler.next(scores[scores.length - 1]);
        }
        return tokenizer.decode(Arrays.copyOfRange(all, promptIds.length, all.length));
    }

    /**
     * How surprised the model is by a text: {@code exp} of the mean cross-entropy of predicting
     * each token from the ones before it (within windows of {@code contextLength}). 1 would be
     * a model that is always sure and right; a model that guesses uniformly scores the
     * vocabulary size. Use text the model did not train on to judge it fairly.
     *
     * @param text at least two tokens
     * @return the perplexity, at least 1
     * @throws IllegalArgumentException if the text is too short or has unknown characters
     */
    public double perplexity(String text) {
        TokenWindows windows = new TokenWindows(tokenizer.encode(text), config.contextLength(), "The text");
        double total = 0;
        long count = 0;
        for (TokenWindows.Batch batch : windows.covering(16)) {
            try (NDManager scratch = model.getNDManager().newSubManager()) {
                NDArray logits = forward(scratch, batch.inputs(), batch.rows(), batch.length(), false);
                total += meanLoss(logits, scratch.create(batch.targets())).getFloat() * batch.targets().length;
                count += batch.targets().length;
            }
        }
        return Math.exp(total / count);
    }

    /** Logits {@code (rows * length, vocabulary)} for flattened token windows. */
    NDArray forward(NDManager scratch, long[] ids, int rows, int length, boolean training) {
        NDArray input = scratch.create(ids, new Shape(rows, length));
        NDArray logits = model.getBlock()
                .forward(new ParameterStore(scratch, false), new NDList(input), training).head();
        return logits.reshape(-1, config.vocabularySize());
    }

    /** Mean softmax cross-entropy of logits {@code (n, vocabulary)} against target ids {@code (n)}. */
    static NDArray meanLoss(NDArray logits, NDArray targets) {
        return Loss.softmaxCrossEntropyLoss().evaluate(new NDList(targets), new NDList(logits));
    }

    /** The DJL model that owns the weights. */
    Model djlModel() {
        return model;
    }

    /**
     * A short description, for example {@code GptModel[114,512 parameters, context 64, 2 layers ...]}.
     *
     * @return the description
     */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "GptModel[%,d parameters, context %d, embedding %d, %d heads, %d layers, %s]",
                parameterCount(), config.contextLength(), config.embeddingSize(), config.heads(), config.layers(),
                tokenizer);
    }

    /** Frees the weights; the model cannot be used afterwards. */
    @Override
    public void close() {
        model.close();
    }
}
