package dev.atj.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.atj.data.Datasets;
import java.time.LocalDate;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

class ColumnEncryptionTest {
    private final EncryptionKey key = EncryptionKey.generate();

    @ParameterizedTest
    @EnumSource(AeadAlgorithm.class)
    void titanicNamesAreHiddenAndComeBackWhileOtherColumnsStayReadable(AeadAlgorithm algorithm) {
        Table titanic = Datasets.load("titanic");
        ColumnEncryption cells = ColumnEncryption.of(key, algorithm);

        Table safe = cells.encrypt(titanic, "name");

        assertEquals(titanic.columnNames(), safe.columnNames());
        assertEquals(ColumnType.STRING, safe.column("name").type());
        assertFalse(safe.stringColumn("name").contains(titanic.stringColumn("name").get(0)));
        assertEquals(titanic.column("age").asList(), safe.column("age").asList());
        assertEquals(algorithm, Ciphertext.fromBase64(safe.stringColumn("name").get(0)).algorithm());
        Table back = cells.decrypt(safe, "name");
        assertEquals(titanic.column("name").asList(), back.column("name").asList());
        assertEquals(titanic.column("name").asList(), titanic.copy().column("name").asList()); // input unchanged
    }

    @Test
    void numbersDatesBooleansAndMissingCellsComeBackAsTheirOwnType() {
        IntColumn ints = IntColumn.create("count", 3, -7, 0);
        ints.setMissing(2);
        DoubleColumn doubles = DoubleColumn.create("score", 0.1, Double.NaN, 1e300);
        BooleanColumn booleans = BooleanColumn.create("flag", true, false, true);
        DateColumn dates = DateColumn.create("day", LocalDate.of(2024, 2, 29), null, LocalDate.of(1999, 12, 31));
        Table table = Table.create("mixed", ints, doubles, booleans, dates);
        ColumnEncryption cells = ColumnEncryption.of(key);

        Table back = cells.decrypt(cells.encrypt(table, "count", "score", "flag", "day"),
                "count", "score", "flag", "day");

        for (Column<?> column : table.columns()) {
            Column<?> restored = back.column(column.name());
            assertEquals(column.type(), restored.type(), column.name());
            assertEquals(column.asList(), restored.asList(), column.name());
            for (int row = 0; row < column.size(); row++) {
                assertEquals(column.isMissing(row), restored.isMissing(row), column.name() + " row " + row);
            }
        }
    }

    @Test
    void stringsThatTablesawWouldReadAsMissingComeBackUnchanged() {
        StringColumn words = StringColumn.create("word", "NA", "null", "N/A", "NaN", "*", "", "plain");
        ColumnEncryption cells = ColumnEncryption.of(key);
        assertEquals(words.asList(), cells.decrypt(cells.encrypt(words)).asList());
    }

    @Test
    void equalValuesGetDifferentCiphertexts() {
        StringColumn same = StringColumn.create("city", "Paris", "Paris");
        StringColumn sealed = ColumnEncryption.of(key).encrypt(same);
        assertNotEquals(sealed.get(0), sealed.get(1));
    }

    @Test
    void aTamperedCellFailsAndTheMessageNamesTheRow() {
        ColumnEncryption cells = ColumnEncryption.of(key);
        StringColumn sealed = cells.encrypt(StringColumn.create("name", "Ann", "Bob", "Cy"));
        for (int position : new int[] {0, 4, 6, 10, 30, -1}) {
            StringColumn changed = sealed.copy();
            byte[] bytes = Base64.getDecoder().decode(changed.get(1));
            bytes[position < 0 ? bytes.length - 1 : position] ^= 4;
            changed.set(1, Base64.getEncoder().encodeToString(bytes));
            CryptoException e = assertThrows(CryptoException.class, () -> cells.decrypt(changed), "byte " + position);
            assertTrue(e.getMessage().startsWith("Row 1 of column 'name'"), e.getMessage());
        }
    }

    @Test
    void cellsMovedToAnotherColumnOrARenamedColumnDoNotDecrypt() {
        ColumnEncryption cells = ColumnEncryption.of(key);
        StringColumn sealed = cells.encrypt(StringColumn.create("name", "Ann"));
        CryptoException e = assertThrows(CryptoException.class, () -> cells.decrypt(sealed.copy().setName("alias")));
        assertTrue(e.getMessage().contains("column name is part of the check"), e.getMessage());
    }

    @Test
    void wrongKeyOrPlainColumnIsRefused() {
        Table table = Table.create("t", StringColumn.create("name", "Ann"), IntColumn.create("age", new int[] {30}));
        Table safe = ColumnEncryption.of(key).encrypt(table, "name");
        assertThrows(CryptoException.class, () -> ColumnEncryption.of(EncryptionKey.generate()).decrypt(safe, "name"));
        CryptoException notEncrypted = assertThrows(CryptoException.class,
                () -> ColumnEncryption.of(key).decrypt(safe, "age"));
        assertTrue(notEncrypted.getMessage().contains("Was it encrypted?"), notEncrypted.getMessage());
    }

    @Test
    void sortedEncryptedTableStillDecrypts() {
        Table table = Table.create("t", StringColumn.create("name", "Cy", "Ann", "Bob"), IntColumn.create("age", 3, 1, 2));
        ColumnEncryption cells = ColumnEncryption.of(key);
        Table back = cells.decrypt(cells.encrypt(table, "name").sortOn("age"), "name");
        assertEquals(java.util.List.of("Ann", "Bob", "Cy"), back.stringColumn("name").asList());
    }
}
