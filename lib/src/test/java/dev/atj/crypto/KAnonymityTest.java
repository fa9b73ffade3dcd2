package dev.atj.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.atj.data.Datasets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class KAnonymityTest {
    /** Classes by (age, zip): (34, 02139) x3, (36, 02139) x2, (52, 02142) x1, (29, 02144) x1. */
    private static Table patients() {
        return Table.create("patients",
                IntColumn.create("age", 34, 34, 34, 36, 36, 52, 29),
                StringColumn.create("zip", "02139", "02139", "02139", "02139", "02139", "02142", "02144"),
                StringColumn.create("diagnosis", "flu", "cold", "flu", "asthma", "flu", "cold", "flu"));
    }

    @Test
    void handMadeTableHasKnownSmallestClassAndOffendingGroups() {
        KAnonymity check = KAnonymity.check(patients(), 2, "age", "zip");
        assertEquals(1, check.smallestClass());
        assertEquals(4, check.classCount());
        assertFalse(check.satisfied());
        assertEquals(2, check.offendingRows());
        Table offending = check.offendingGroups();
        assertEquals(2, offending.rowCount());
        assertEquals("29", offending.stringColumn("age").get(0));
        assertEquals("52", offending.stringColumn("age").get(1));
        assertEquals(3, KAnonymity.check(patients(), 3, "age", "zip").offendingGroups().rowCount());
        assertEquals(3, KAnonymity.check(patients(), 2, "zip").classCount());
        assertTrue(KAnonymity.check(patients(), 1, "age", "zip").satisfied());
    }

    @Test
    void generalisingTheHandMadeTableMergesClasses() {
        Table generalised = Generalize.prefix(Generalize.ranges(patients(), "age", 10), "zip", 3);
        assertEquals("[30, 40)", generalised.stringColumn("age").get(0));
        assertEquals("021*", generalised.stringColumn("zip").get(0));
        KAnonymity check = KAnonymity.check(generalised, 2, "age", "zip");
        assertEquals(1, check.smallestClass());
        assertEquals(5, check.classSizes().intColumn("class_size").get(2));
        assertEquals("*", Generalize.suppress(patients(), "zip").stringColumn("zip").get(6));
        assertEquals("34", patients().intColumn("age").getString(0), "the input table is left alone");
    }

    @Test
    void missingValuesFormOneClass() {
        Table table = Table.create("t", DoubleColumn.create("age", Double.NaN, Double.NaN, 3));
        KAnonymity check = KAnonymity.check(table, 2, "age");
        assertEquals(KAnonymity.MISSING, check.classSizes().stringColumn("age").get(1));
        assertEquals(2, check.classSizes().intColumn("class_size").get(1));
    }

    @Test
    void generalisationReachesKOnTitanic() {
        Table titanic = Datasets.load("titanic");
        assertFalse(KAnonymity.check(titanic, 5, "age", "sex", "embarked").satisfied());
        Generalize.Result result = Generalize.toK(titanic, 5, 0.02, "age", "sex", "embarked");
        assertTrue(result.check().satisfied(), result.check().toString());
        assertTrue(smallestClassCountedDirectly(result.table(), "age", "sex", "embarked") >= 5);
        assertTrue(result.suppressedRows() <= 0.02 * titanic.rowCount());
        assertEquals(titanic.rowCount() - result.suppressedRows(), result.table().rowCount());
        assertFalse(result.steps().isEmpty());
        assertTrue(result.table().column("age").type().name().equals("STRING"), "age was generalised");
        assertEquals(titanic.columnCount(), result.table().columnCount());
    }

    @Test
    void generalisationWithoutRowSuppressionStillReachesKOnPenguins() {
        Table penguins = Datasets.load("penguins");
        Generalize.Result result = Generalize.toK(penguins, 10, 0, "island", "sex", "body_mass_g");
        assertTrue(result.check().smallestClass() >= 10);
        assertEquals(0, result.suppressedRows());
        assertEquals(penguins.rowCount(), result.table().rowCount());
    }

    @Test
    void badRequestsAreExplained() {
        assertThrows(IllegalArgumentException.class, () -> KAnonymity.check(patients(), 0, "age"));
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> KAnonymity.check(patients(), 2, "postcode"));
        assertTrue(missing.getMessage().contains("zip"), missing.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Generalize.ranges(patients(), "zip", 10));
        assertThrows(IllegalArgumentException.class, () -> Generalize.toK(patients(), 8, "age"));
    }

    private static int smallestClassCountedDirectly(Table table, String... columns) {
        Map<String, Integer> counts = new HashMap<>();
        for (int row = 0; row < table.rowCount(); row++) {
            StringBuilder key = new StringBuilder();
            for (String column : columns) {
                key.append(table.column(column).getString(row)).append('|');
            }
            counts.merge(key.toString(), 1, Integer::sum);
        }
        return counts.values().stream().mapToInt(Integer::intValue).min().orElse(0);
    }
}
