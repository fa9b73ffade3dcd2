package dev.atj.data;

import dev.atj.ai.Seeds;
import dev.atj.viz.Progress;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;

/**
 * Writes made-up data files, as large as wanted, always the same for the same seed: material
 * for practising on files too big to load at once (see {@link ChunkedCsv}).
 *
 * <pre>{@code
 * Path sales = Generate.sales(Path.of("sales.csv"), 5_000_000);  // about 160 MB, about a second
 * }</pre>
 */
public final class Generate {
    /** The columns of {@link #sales(Path, long)}. */
    public static final String SALES_HEADER = "date,region,product,units,unit_price";

    private static final LocalDate FIRST_DAY = LocalDate.of(2020, 1, 1);
    private static final int DAYS = 4 * 365 + 1;
    private static final String[] REGIONS = {"North", "South", "East", "West"};
    private static final String[] PRODUCTS = {"pen", "notebook", "stapler", "calculator", "lamp", "backpack"};
    private static final int[] BASE_PRICE_CENTS = {120, 350, 675, 1200, 1850, 2499};
    private static final int ROWS_PER_TICK = 100_000;

    private Generate() {
    }

    /**
     * Writes a sales log with randomness from {@link Seeds#random(String)}; see
     * {@link #sales(Path, long, long)}.
     *
     * @param file where to write (replaced if it exists)
     * @param rows how many sales, not counting the header
     * @return {@code file}
     */
    public static Path sales(Path file, long rows) {
        return sales(file, rows, Seeds.random("Generate.sales"));
    }

    /**
     * Writes a sales log as CSV: header {@value #SALES_HEADER}, then one row per sale. Dates run
     * in order from 2020-01-01 to 2023-12-31; regions are North, South, East and West; the six
     * products each have their own price, which varies by up to 10% either way; more units sell
     * in November and December. Values are never quoted or missing. A progress bar counts the
     * rows.
     *
     * @param file where to write (replaced if it exists)
     * @param rows how many sales, not counting the header
     * @param seed the seed: the same seed and row count give the same file, byte for byte
     * @return {@code file}
     */
    public static Path sales(Path file, long rows, long seed) {
        return sales(file, rows, new Random(seed));
    }

    private static Path sales(Path file, long rows, Random random) {
        if (rows < 0) {
            throw new IllegalArgumentException("rows must be 0 or more, not " + rows + ".");
        }
        byte[][] dates = new byte[DAYS][];
        int[] months = new int[DAYS];
        for (int day = 0; day < DAYS; day++) {
            dates[day] = (FIRST_DAY.plusDays(day) + ",").getBytes(StandardCharsets.US_ASCII);
            months[day] = FIRST_DAY.plusDays(day).getMonthValue();
        }
        byte[][] regions = ascii(REGIONS);
        byte[][] products = ascii(PRODUCTS);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20);
                Progress bar = Progress.start("Writing " + file.getFileName(), rows)) {
            out.write((SALES_HEADER + "\n").getBytes(StandardCharsets.US_ASCII));
            LineBuffer line = new LineBuffer();
            for (long row = 0; row < rows; row++) {
                int day = (int) (row * DAYS / Math.max(rows, 1));
                int month = months[day];
                int product = random.nextInt(PRODUCTS.length);
                int units = 1 + random.nextInt(month >= 11 ? 8 : 5);
                int cents = (int) Math.round(BASE_PRICE_CENTS[product] * (0.9 + 0.2 * random.nextDouble()));
                line.reset();
                line.put(dates[day]).put(regions[random.nextInt(REGIONS.length)]).put(products[product])
                        .putInt(units).comma().putCents(cents).newline();
                out.write(line.bytes, 0, line.length);
                if ((row + 1) % ROWS_PER_TICK == 0) {
                    bar.advance(ROWS_PER_TICK);
                }
            }
            bar.advance(rows % ROWS_PER_TICK);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + file.toAbsolutePath() + ": " + e.getMessage(), e);
        }
        return file;
    }

    private static byte[][] ascii(String[] words) {
        byte[][] bytes = new byte[words.length][];
        for (int i = 0; i < words.length; i++) {
            bytes[i] = (words[i] + ",").getBytes(StandardCharsets.US_ASCII);
        }
        return bytes;
    }

    /** One CSV line built as bytes, because String.format would make writing ten times slower. */
    private static final class LineBuffer {
        final byte[] bytes = new byte[128];
        int length;

        void reset() {
            length = 0;
        }

        LineBuffer put(byte[] part) {
            System.arraycopy(part, 0, bytes, length, part.length);
            length += part.length;
            return this;
        }

        LineBuffer putInt(int value) {
            int start = length;
            do {
                bytes[length++] = (byte) ('0' + value % 10);
                value /= 10;
            } while (value > 0);
            for (int i = start, j = length - 1; i < j; i++, j--) {
                byte swap = bytes[i];
                bytes[i] = bytes[j];
                bytes[j] = swap;
            }
            return this;
        }

        LineBuffer putCents(int cents) {
            putInt(cents / 100);
            bytes[length++] = '.';
            bytes[length++] = (byte) ('0' + cents % 100 / 10);
            bytes[length++] = (byte) ('0' + cents % 10);
            return this;
        }

        LineBuffer comma() {
            bytes[length++] = ',';
            return this;
        }

        LineBuffer newline() {
            bytes[length++] = '\n';
            return this;
        }
    }
}
