package dev.atj.crypto;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Encrypts chosen columns of a Tablesaw table and leaves the others readable: each cell becomes
 * the base64 text of its own {@link Ciphertext} (fresh nonce per cell), and decryption gives back
 * a column of the original type with the original values.
 *
 * <pre>{@code
 * Table people = Datasets.load("titanic");
 * ColumnEncryption cells = ColumnEncryption.of(EncryptionKey.generate());
 * Table safe = cells.encrypt(people, "name");      // "name" is now base64 ciphertext; age, fare... unchanged
 * Table back = cells.decrypt(safe, "name");        // the names again, as a StringColumn
 * }</pre>
 *
 * <p>Each cell's plaintext is the column type's name and the cell's unformatted text, so
 * numbers, dates and booleans come back as themselves, and missing cells come back missing
 * (they are encrypted too, so the ciphertext does not show which cells were empty). The
 * column's name is the associated data: a cell copied into another column does not decrypt,
 * and neither does a column after it was renamed. Rows may be sorted or filtered between
 * encryption and decryption; moving a cell to another row of the same column is not detected.
 *
 * <p>Because every cell has its own random nonce, equal values give different ciphertexts: you
 * cannot group or join on an encrypted column (that would need deterministic encryption, which
 * leaks which rows are equal).
 */
public final class ColumnEncryption {
    private final Aead aead;

    private ColumnEncryption(Aead aead) {
        this.aead = aead;
    }

    /**
     * Column encryption with {@code key} and AES-256-GCM.
     *
     * @param key the secret key
     * @return the column encryptor/decryptor
     */
    public static ColumnEncryption of(EncryptionKey key) {
        return new ColumnEncryption(Aead.of(key));
    }

    /**
     * Column encryption with {@code key} and the chosen algorithm.
     *
     * @param key the secret key
     * @param algorithm AES-256-GCM or ChaCha20-Poly1305
     * @return the column encryptor/decryptor
     */
    public static ColumnEncryption of(EncryptionKey key, AeadAlgorithm algorithm) {
        return new ColumnEncryption(Aead.of(key, algorithm));
    }

    /**
     * Encrypts every cell of {@code column}.
     *
     * @param column a column of any type
     * @return a string column of the same name holding base64 ciphertexts
     */
    public StringColumn encrypt(Column<?> column) {
        byte[] aad = associatedData(column.name());
        String typePrefix = column.type().name() + "\n";
        StringColumn out = StringColumn.create(column.name());
        for (int row = 0; row < column.size(); row++) {
            byte[] cell = (typePrefix + column.getUnformattedString(row)).getBytes(StandardCharsets.UTF_8);
            out.append(aead.encrypt(cell, aad).toBase64());
        }
        return out;
    }

    /**
     * Decrypts a column made by {@link #encrypt(Column)}, back to its original type. An empty
     * column has no cell to tell the type, so it comes back as an empty string column.
     *
     * @param encrypted the column of base64 ciphertexts, under the name it was encrypted with
     * @return the original column
     * @throws CryptoException naming the first row that fails (wrong key, changed cell, renamed
     *     column); no partial column is returned
     */
    public Column<?> decrypt(StringColumn encrypted) {
        String name = encrypted.name();
        byte[] aad = associatedData(name);
        Column<?> out = null;
        String typeName = null;
        for (int row = 0; row < encrypted.size(); row++) {
            String cell = decryptCell(encrypted.get(row), aad, name, row);
            int newline = cell.indexOf('\n');
            String cellType = newline < 0 ? "" : cell.substring(0, newline);
            if (out == null) {
                typeName = cellType;
                out = columnOf(cellType, name);
            } else if (!cellType.equals(typeName)) {
                throw new CryptoException("Row " + row + " of column '" + name + "' was encrypted as " + cellType
                        + " but row 0 as " + typeName + ": cells from different columns were mixed.");
            }
            append(out, cell.substring(newline + 1));
        }
        return out == null ? StringColumn.create(name) : out;
    }

    /**
     * A copy of {@code table} with the named columns encrypted; the other columns are copied as they are.
     *
     * @param table the table
     * @param columnNames the sensitive columns
     * @return the new table, with the same name and column order
     * @throws IllegalArgumentException if a column name is not in the table
     */
    public Table encrypt(Table table, String... columnNames) {
        Table out = table.copy();
        for (String name : columnNames) {
            out.replaceColumn(name, encrypt(table.column(name)));
        }
        return out;
    }

    /**
     * A copy of {@code table} with the named columns decrypted to their original types.
     *
     * @param table a table made by {@link #encrypt(Table, String...)} (sorted or filtered is fine)
     * @param columnNames the encrypted columns
     * @return the new table
     * @throws CryptoException if a cell fails to decrypt, or a named column is not a string column
     */
    public Table decrypt(Table table, String... columnNames) {
        Table out = table.copy();
        for (String name : columnNames) {
            Column<?> column = table.column(name);
            if (!(column instanceof StringColumn strings)) {
                throw new CryptoException("Column '" + name + "' is a " + column.type().name() + " column, but an"
                        + " encrypted column holds base64 text (a STRING column). Was it encrypted?");
            }
            out.replaceColumn(name, decrypt(strings));
        }
        return out;
    }

    /**
     * A description naming the algorithm, never the key.
     *
     * @return for example {@code "ColumnEncryption[AES-256-GCM]"}
     */
    @Override
    public String toString() {
        return "ColumnEncryption[" + aead.algorithm() + "]";
    }

    private String decryptCell(String base64, byte[] aad, String name, int row) {
        try {
            return new String(aead.decrypt(Ciphertext.fromBase64(base64), aad), StandardCharsets.UTF_8);
        } catch (CryptoException e) {
            throw new CryptoException("Row " + row + " of column '" + name + "' could not be decrypted: "
                    + e.getMessage() + " The column name is part of the check, so it must be the name used at"
                    + " encryption.", e);
        }
    }

    // Tablesaw's parser reads "NA", "null", "N/A" and "NaN" as missing; a string cell must come
    // back exactly as it was, so strings are appended as they are.
    private static void append(Column<?> column, String value) {
        if (column instanceof StringColumn strings) {
            strings.append(value);
        } else {
            column.appendCell(value);
        }
    }

    private static Column<?> columnOf(String typeName, String name) {
        try {
            return ColumnType.valueOf(typeName).create(name);
        } catch (RuntimeException e) {
            throw new CryptoException("A cell of column '" + name + "' names the column type '" + typeName
                    + "', which Tablesaw does not know here.", e);
        }
    }

    private static byte[] associatedData(String columnName) {
        return ("atj-column:" + Objects.requireNonNull(columnName, "column name")).getBytes(StandardCharsets.UTF_8);
    }

}
