package dev.atj.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class SemanticIndexTest {
    static final List<String> CORPUS = List.of(
            "The Eiffel Tower is a wrought-iron tower in Paris, France.",
            "Photosynthesis lets plants turn sunlight, water and carbon dioxide into sugar.",
            "The central bank raised interest rates to slow inflation.",
            "Lionel Messi scored twice as his team won the football match.",
            "Whales are mammals that breathe air although they live in the ocean.",
            "Bake the bread at 220 degrees for thirty minutes until golden.",
            "A black hole is a region of space where gravity is so strong that light cannot escape.",
            "Python and Java are popular programming languages.");

    static SemanticIndex corpus() {
        SemanticIndex index = new SemanticIndex();
        CORPUS.forEach(index::add);
        return index;
    }

    @Test
    void theClosestTextInMeaningComesFirst() {
        SemanticIndex index = corpus();
        assertEquals("0", index.hits("famous landmark in the French capital", 1).get(0).id());
        assertEquals("1", index.hits("How do leaves make food from light?", 1).get(0).id());
        assertEquals("2", index.hits("monetary policy and the cost of borrowing", 1).get(0).id());
        assertEquals("3", index.hits("soccer game result", 1).get(0).id());
        assertEquals("4", index.hits("sea creatures that need to come up to breathe", 1).get(0).id());
        assertEquals("5", index.hits("recipe for a loaf in the oven", 1).get(0).id());
        assertEquals("6", index.hits("astronomy: objects nothing escapes from", 1).get(0).id());
        assertEquals("7", index.hits("coding languages for software", 1).get(0).id());
    }

    @Test
    void searchGivesATableRankedByScore() {
        Table table = corpus().search("whales and dolphins", 3);
        assertEquals(List.of("rank", "score", "id", "text"), table.columnNames());
        assertEquals(3, table.rowCount());
        assertEquals(List.of(1, 2, 3), table.intColumn("rank").asList());
        assertEquals(CORPUS.get(4), table.stringColumn("text").get(0));
        double[] scores = table.doubleColumn("score").asDoubleArray();
        assertTrue(scores[0] >= scores[1] && scores[1] >= scores[2]);
    }

    @Test
    void idsCanBeChosenAndKMayExceedTheSize() {
        SemanticIndex index = new SemanticIndex().add("paris", CORPUS.get(0)).add("bread", CORPUS.get(5));
        List<SearchHit> hits = index.hits("baking", 10);
        assertEquals(2, hits.size());
        assertEquals("bread", hits.get(0).id());
        assertEquals(CORPUS.get(5), hits.get(0).text());
    }

    @Test
    void addAllMatchesAddingOneByOne() {
        SemanticIndex batch = new SemanticIndex().addAll(CORPUS);
        assertEquals(CORPUS.size(), batch.size());
        assertEquals(corpus().hits("rates and inflation", 3), batch.hits("rates and inflation", 3));
    }

    @Test
    void kMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> corpus().hits("anything", 0));
    }
}
