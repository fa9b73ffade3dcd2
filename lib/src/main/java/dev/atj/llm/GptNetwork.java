package dev.atj.llm;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Block;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.LayerNorm;
import ai.djl.nn.transformer.IdEmbedding;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import java.util.ArrayList;
import java.util.List;

/**
 * The whole GPT as one DJL block: token ids {@code (batch, time)} (int64) in, next-token
 * logits {@code (batch, time, vocabulary)} out. Token and position embeddings (DJL's
 * {@link IdEmbedding}) are added, pass through the {@link GptLayer}s, a final
 * {@link LayerNorm} and a {@link Linear} layer to one score per vocabulary entry.
 */
final class GptNetwork extends AbstractBlock {
    private static final byte VERSION = 1;

    private final Block tokens;
    private final Block positions;
    private final List<Block> layers = new ArrayList<>();
    private final Block finalNorm;
    private final Block head;
    private final int vocabularySize;

    GptNetwork(GptConfig config) {
        super(VERSION);
        vocabularySize = config.vocabularySize();
        tokens = addChildBlock("tokens", new IdEmbedding.Builder()
                .setDictionarySize(config.vocabularySize()).setEmbeddingSize(config.embeddingSize()).build());
        positions = addChildBlock("positions", new IdEmbedding.Builder()
                .setDictionarySize(config.contextLength()).setEmbeddingSize(config.embeddingSize()).build());
        for (int i = 0; i < config.layers(); i++) {
            layers.add(addChildBlock("layer" + i, new GptLayer(config)));
        }
        finalNorm = addChildBlock("finalNorm", LayerNorm.builder().axis(2).build());
        head = addChildBlock("head", Linear.builder().setUnits(config.vocabularySize()).build());
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training,
                                     PairList<String, Object> params) {
        NDArray ids = inputs.singletonOrThrow();
        long batch = ids.getShape().get(0);
        long time = ids.getShape().get(1);
        NDManager manager = ids.getManager();
        NDArray where = manager.arange(0, time, 1, DataType.INT64);
        NDArray x = tokens.forward(store, new NDList(ids), training).head()
                .add(positions.forward(store, new NDList(where), training).head());
        NDArray mask = causalMask(manager, batch, time);
        for (Block layer : layers) {
            x = layer.forward(store, new NDList(x, mask), training).head();
        }
        return head.forward(store, finalNorm.forward(store, new NDList(x), training), training);
    }

    /**
     * 1 where position {@code i} may look at position {@code j} (that is {@code j <= i}), 0
     * elsewhere: no position sees the tokens after it, which is what lets one pass train every
     * position to predict its next token.
     */
    static NDArray causalMask(NDManager manager, long batch, long time) {
        int t = Math.toIntExact(time);
        float[] allowed = new float[t * t];
        for (int i = 0; i < t; i++) {
            for (int j = 0; j <= i; j++) {
                allowed[i * t + j] = 1;
            }
        }
        return manager.create(allowed, new Shape(1, t, t)).repeat(0, batch);
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        Shape ids = inputShapes[0];
        return new Shape[] {new Shape(ids.get(0), ids.get(1), vocabularySize)};
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        Shape ids = inputShapes[0];
        long batch = ids.get(0);
        long time = ids.get(1);
        tokens.initialize(manager, dataType, ids);
        positions.initialize(manager, dataType, new Shape(time));
        Shape vectors = tokens.getOutputShapes(new Shape[] {ids})[0];
        for (Block layer : layers) {
            layer.initialize(manager, dataType, vectors, new Shape(batch, time, time));
        }
        finalNorm.initialize(manager, dataType, vectors);
        head.initialize(manager, dataType, vectors);
    }
}
