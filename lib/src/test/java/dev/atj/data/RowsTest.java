package dev.atj.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.atj.ai.Seeds;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class RowsTest {

    private static Table people() {
        IntColumn age = IntColumn.create("age", 30, 17, 45, 30, 0);
        age.setMissing(4);
        return Table.create("people",
                StringColumn.create("name", "Ada", "Bo", "Cy", "Ada", "Di"),
                age,
                DateColumn.create("joined", LocalDate.of(2020, 1, 5), LocalDate.of(2021, 3, 1),
                        LocalDate.of(2020, 12, 31), LocalDate.of(2020, 1, 5), LocalDate.of(2022, 6, 1)));
    }

    @Test
    void equalMatchesTextNumbersAndDates() {
        assertEquals(2, Rows.equal(people(), "name", "Ada").rowCount());
        assertEquals(2, Rows.equal(people(), "age", 30.0).rowCount());
        assertEquals(List.of("Cy"), Rows.equal(people(), "joined", "2020-12-31").stringColumn("name").asList());
    }

    @Test
    void equalWithTheWrongKindOfValueSaysSo() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> Rows.equal(people(), "age", "thirty"));
        assertTrue(error.getMessage().contains("holds INTEGER values"), error.getMessage());
    }

    @Test
    void betweenIncludesBothEnds() {
        assertEquals(List.of("Ada", "Cy", "Ada"), Rows.between(people(), "age", 30, 45).stringColumn("name").asList());
        assertEquals(List.of("Ada", "Cy", "Ada"), Rows.between(people(), "joined",
                LocalDate.of(2020, 1, 5), LocalDate.of(2020, 12, 31)).stringColumn("name").asList());
    }

    @Test
    void missingAndNotMissingSplitTheRows() {
        assertEquals(List.of("Di"), Rows.missing(people(), "age").stringColumn("name").asList());
        assertEquals(4, Rows.notMissing(people(), "age").rowCount());
    }

    @Test
    void topAndBottomRankAndSkipMissing() {
        assertEquals(List.of(45, 30), Rows.top(people(), "age", 2).intColumn("age").asList());
        assertEquals(List.of(17, 30, 30, 45), Rows.bottom(people(), "age", 10).intColumn("age").asList());
    }

    @Test
    void sampleIsTheSameForTheSameSeed() {
        Table penguins = Datasets.load("penguins");
        Seeds.set(7);
        Table first = Rows.sample(penguins, 10);
        Seeds.set(7);
        Table second = Rows.sample(penguins, 10);
        assertEquals(10, first.rowCount());
        assertEquals(first.print(), second.print());
    }

    @Test
    void dropDuplicatesKeepsTheFirstOfEqualRows() {
        assertEquals(List.of("Ada", "Bo", "Cy", "Di"),
                Rows.dropDuplicates(people()).stringColumn("name").asList());
    }
}
