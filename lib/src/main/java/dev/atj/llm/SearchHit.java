package dev.atj.llm;

/**
 * One result of a {@link SemanticIndex} search.
 *
 * @param rank  1 for the best match, then 2, 3, ...
 * @param score cosine similarity between the query and the text, in [-1, 1]
 * @param id    the text's id in the index
 * @param text  the text
 */
public record SearchHit(int rank, double score, String id, String text) {
}
