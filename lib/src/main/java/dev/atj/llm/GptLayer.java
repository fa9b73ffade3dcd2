package dev.atj.llm;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.norm.Dropout;
import ai.djl.nn.norm.LayerNorm;
import ai.djl.nn.transformer.PointwiseFeedForwardBlock;
import ai.djl.nn.transformer.ScaledDotProductAttentionBlock;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import java.util.List;

/**
 * One transformer block of a GPT, normalising before each part ("pre-LayerNorm"):
 * {@code x + attention(norm(x))}, then {@code x + mlp(norm(x))}. The attention is DJL's
 * {@link ScaledDotProductAttentionBlock} fed a lower-triangular mask, which makes it causal;
 * the MLP is DJL's {@link PointwiseFeedForwardBlock}, four times as wide as the embedding,
 * with GELU. Inputs: the vectors {@code (batch, time, embedding)} and the mask
 * {@code (batch, time, time)}; output: the new vectors.
 */
final class GptLayer extends AbstractBlock {
    private static final byte VERSION = 1;

    private final Block attentionNorm;
    private final Block attention;
    private final Block mlpNorm;
    private final Block mlp;
    private final Block dropout;

    GptLayer(GptConfig config) {
        super(VERSION);
        attentionNorm = addChildBlock("attentionNorm", LayerNorm.builder().axis(2).build());
        attention = addChildBlock("attention", ScaledDotProductAttentionBlock.builder()
                .setEmbeddingSize(config.embeddingSize())
                .setHeadCount(config.heads())
                .optAttentionProbsDropoutProb((float) config.dropout())
                .build());
        mlpNorm = addChildBlock("mlpNorm", LayerNorm.builder().axis(2).build());
        mlp = addChildBlock("mlp", new PointwiseFeedForwardBlock(
                List.of(4 * config.embeddingSize()), config.embeddingSize(), Activation::gelu));
        dropout = addChildBlock("dropout", Dropout.builder().optRate((float) config.dropout()).build());
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training,
                                     PairList<String, Object> params) {
        NDArray x = inputs.get(0);
        NDArray mask = inputs.get(1);
        NDArray normed = attentionNorm.forward(store, new NDList(x), training).head();
        NDArray attended = attention.forward(store, new NDList(normed, mask), training).head();
        x = x.add(dropout.forward(store, new NDList(attended), training).head());
        NDArray thought = mlp.forward(store, mlpNorm.forward(store, new NDList(x), training), training).head();
        return new NDList(x.add(dropout.forward(store, new NDList(thought), training).head()));
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {inputShapes[0]};
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        Shape vectors = inputShapes[0];
        attentionNorm.initialize(manager, dataType, vectors);
        attention.initialize(manager, dataType, vectors, inputShapes[1]);
        mlpNorm.initialize(manager, dataType, vectors);
        mlp.initialize(manager, dataType, vectors);
        dropout.initialize(manager, dataType, vectors);
    }
}
