package dev.atj.llm;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.numbers.NumberColumnFormatter;

/**
 * Search by meaning: texts are stored with their sentence embeddings, and a query finds the
 * texts whose vectors have the highest cosine with its own, whatever words they use. The
 * vectors live in memory and every search compares the query with all of them, which is quick
 * up to some hundred thousand texts.
 *
 * <pre>{@code
 * SemanticIndex index = new SemanticIndex();            // bundled all-MiniLM-L6-v2
 * index.add("The Eiffel Tower is in Paris.");
 * index.add("whales", "Whales are mammals that live in the sea.");
 * index.search("Which animals breathe air but swim?", 1);   // a Table: rank, score, id, text
 * index.hits("famous French landmark", 3);                  // List<SearchHit>
 * }</pre>
 */
public final class SemanticIndex {
    private final SentenceEmbedder embedder;
    private final List<String> ids = new ArrayList<>();
    private final List<String> texts = new ArrayList<>();
    private final List<float[]> vectors = new ArrayList<>();

    /** An empty index that embeds with the shared {@link SentenceEmbedder#miniLm()}. */
    public SemanticIndex() {
        this(SentenceEmbedder.miniLm());
    }

    /**
     * An empty index that embeds with the given model; it must stay open while the index is used.
     *
     * @param embedder the sentence embedder for texts and queries
     */
    public SemanticIndex(SentenceEmbedder embedder) {
        this.embedder = Objects.requireNonNull(embedder, "embedder must not be null");
    }

    /**
     * Adds a text; its id is its position, {@code "0"}, {@code "1"}, ...
     *
     * @param text the text
     * @return this index, to chain calls
     */
    public SemanticIndex add(String text) {
        return add(String.valueOf(size()), text);
    }

    /**
     * Adds a text under an id of the caller's choice (a file name, a URL, a row number).
     *
     * @param id   the id shown in search results; ids may repeat
     * @param text the text
     * @return this index, to chain calls
     */
    public SemanticIndex add(String id, String text) {
        Objects.requireNonNull(id, "id must not be null");
        float[] vector = embedder.embed(Objects.requireNonNull(text, "text must not be null"));
        ids.add(id);
        texts.add(text);
        vectors.add(vector);
        return this;
    }

    /**
     * Adds many texts, their ids being their positions in the index.
     *
     * @param many the texts
     * @return this index, to chain calls
     */
    public SemanticIndex addAll(List<String> many) {
        List<float[]> embedded = embedder.embedAll(many);
        for (int i = 0; i < many.size(); i++) {
            ids.add(String.valueOf(size()));
            texts.add(many.get(i));
            vectors.add(embedded.get(i));
        }
        return this;
    }

    /**
     * The {@code k} texts closest in meaning to a query, best first.
     *
     * @param query what to look for, in any words
     * @param k     how many results at most, 1 or more
     * @return the hits, fewer than {@code k} if the index is smaller
     */
    public List<SearchHit> hits(String query, int k) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1, not " + k);
        }
        float[] q = embedder.embed(Objects.requireNonNull(query, "query must not be null"));
        double[] scores = vectors.stream().mapToDouble(v -> Similarity.cosine(q, v)).toArray();
        List<Integer> best = IntStream.range(0, scores.length).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> -scores[i]))
                .limit(k).toList();
        List<SearchHit> hits = new ArrayList<>();
        for (int rank = 0; rank < best.size(); rank++) {
            int i = best.get(rank);
            hits.add(new SearchHit(rank + 1, scores[i], ids.get(i), texts.get(i)));
        }
        return hits;
    }

    /**
     * The {@code k} texts closest in meaning to a query, as a table to read in a notebook.
     *
     * @param query what to look for, in any words
     * @param k     how many rows at most, 1 or more
     * @return columns rank, score (shown to 3 decimals; the column keeps full precision), id and
     *     text, best first
     */
    public Table search(String query, int k) {
        List<SearchHit> hits = hits(query, k);
        DoubleColumn scores = DoubleColumn.create("score", hits.stream().mapToDouble(SearchHit::score).toArray());
        scores.setPrintFormatter(NumberColumnFormatter.fixedWithGrouping(3));
        return Table.create("Search: " + query,
                IntColumn.create("rank", hits.stream().mapToInt(SearchHit::rank).toArray()),
                scores,
                StringColumn.create("id", hits.stream().map(SearchHit::id).toList()),
                StringColumn.create("text", hits.stream().map(SearchHit::text).toList()));
    }

    /**
     * How many texts the index holds.
     *
     * @return the count
     */
    public int size() {
        return texts.size();
    }

    /**
     * The embedder used for texts and queries.
     *
     * @return the embedder
     */
    public SentenceEmbedder embedder() {
        return embedder;
    }

    /**
     * The size and the model.
     *
     * @return for example {@code SemanticIndex(8 texts, SentenceEmbedder(...))}
     */
    @Override
    public String toString() {
        return "SemanticIndex(" + size() + " texts, " + embedder + ")";
    }
}
