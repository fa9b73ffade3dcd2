package dev.atj.gpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import ai.djl.ndarray.types.DataType;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class MatmulBenchmarkTest {
    private static final MedianTimer QUICK = new MedianTimer(1, 3);

    @Test
    void productMatchesAPlainTripleLoop() {
        Random random = new Random(7);
        float[][] a = randomMatrix(random, 6, 5);
        float[][] b = randomMatrix(random, 5, 4);
        float[][] expected = tripleLoop(a, b);
        float[][] product = MatmulBenchmark.multiply(a, b, Device.cpu(), DataType.FLOAT32);
        assertEquals(6, product.length);
        for (int i = 0; i < 6; i++) {
            assertEquals(4, product[i].length);
            for (int j = 0; j < 4; j++) {
                assertEquals(expected[i][j], product[i][j], 1e-5, "element " + i + "," + j);
            }
        }
    }

    @Test
    void float16ProductIsCloseToTheFloat32One() {
        Random random = new Random(11);
        float[][] a = randomMatrix(random, 8, 8);
        float[][] b = randomMatrix(random, 8, 8);
        float[][] expected = tripleLoop(a, b);
        float[][] half = MatmulBenchmark.multiply(a, b, Device.cpu(), DataType.FLOAT16);
        for (int i = 0; i < 8; i++) {
            for (int j = 0; j < 8; j++) {
                // float16 keeps about 3 significant digits; the sums here stay below 8 in size.
                assertEquals(expected[i][j], half[i][j], 0.02, "element " + i + "," + j);
            }
        }
    }

    @Test
    void smallBenchmarkGivesPositiveSpeedOnTheCpu() {
        Table result = MatmulBenchmark.sizes(32, 64).on(Device.cpu()).timer(QUICK).run();
        assertEquals(2, result.rowCount(), result.print());
        for (int row = 0; row < 2; row++) {
            assertEquals("cpu()", result.stringColumn("device").get(row));
            assertEquals("float32", result.stringColumn("dtype").get(row));
            double seconds = result.doubleColumn("seconds").get(row);
            double gflops = result.doubleColumn("GFLOP/s").get(row);
            assertTrue(seconds > 0 && gflops > 0, result.print());
            int n = result.intColumn("size").get(row);
            assertEquals(2.0 * n * n * n / seconds / 1e9, gflops, 1e-9 * gflops);
        }
        assertEquals(1, MatmulBenchmark.chart(result).getSeriesMap().size());
    }

    @Test
    void float16EitherRunsOrSaysItIsUnsupportedAndBfloat16IsReported() {
        Table result = MatmulBenchmark.sizes(16).on(Device.cpu())
                .precisions(DataType.FLOAT32, DataType.FLOAT16, DataType.BFLOAT16).timer(QUICK).run();
        assertEquals(3, result.rowCount(), result.print());
        boolean float16Ran = !result.doubleColumn("GFLOP/s").isMissing(1);
        String float16Note = result.stringColumn("note").get(1);
        assertTrue(float16Ran ? result.doubleColumn("GFLOP/s").get(1) > 0 : float16Note.contains("not supported"), result.print());
        assertTrue(result.doubleColumn("GFLOP/s").isMissing(2), result.print());
        assertTrue(result.stringColumn("note").get(2).startsWith("bfloat16 not run"), result.print());
    }

    @Test
    void mismatchedShapesAreRefusedWithTheShapes() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> MatmulBenchmark.multiply(new float[2][3], new float[2][2], Device.cpu(), DataType.FLOAT32));
        assertTrue(error.getMessage().contains("2×3") && error.getMessage().contains("2×2"), error.getMessage());
    }

    @Test
    void flopCountOfAnNByNMultiplyIsTwoNCubed() {
        assertEquals(2_000_000_000.0, MatmulBenchmark.flops(1000));
    }

    @Test
    void precisionNamesMapToDjlTypes() {
        assertEquals(DataType.FLOAT16, Precision.of("fp16"));
        assertEquals(DataType.BFLOAT16, Precision.of("BF16"));
        assertEquals(DataType.FLOAT32, Precision.of("float32"));
        assertThrows(IllegalArgumentException.class, () -> Precision.of("float8"));
    }

    @Test
    void medianTimerRunsWarmupsAndRepeats() {
        int[] calls = {0};
        double seconds = new MedianTimer(2, 3).medianSeconds(() -> calls[0]++);
        assertEquals(5, calls[0]);
        assertTrue(seconds >= 0);
        assertThrows(IllegalArgumentException.class, () -> new MedianTimer(0, 0));
    }

    private static float[][] randomMatrix(Random random, int rows, int columns) {
        float[][] m = new float[rows][columns];
        for (float[] row : m) {
            for (int j = 0; j < columns; j++) {
                row[j] = random.nextFloat() * 2 - 1;
            }
        }
        return m;
    }

    private static float[][] tripleLoop(float[][] a, float[][] b) {
        float[][] c = new float[a.length][b[0].length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < b[0].length; j++) {
                double sum = 0;
                for (int k = 0; k < b.length; k++) {
                    sum += (double) a[i][k] * b[k][j];
                }
                c[i][j] = (float) sum;
            }
        }
        return c;
    }
}
