package dev.atj.gpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ai.djl.Device;
import ai.djl.ndarray.types.DataType;
import dev.atj.ai.Devices;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/**
 * The {@code gpu} group: runs only where PyTorch can use a CUDA GPU, skipped elsewhere. Run
 * just these with {@code mvn -pl lib test -Dgroups=gpu} (with a CUDA build of PyTorch, see
 * docs/library.md).
 */
@Tag("gpu")
class GpuDeviceTest {

    @BeforeEach
    void needsAGpu() {
        assumeTrue(Devices.gpuCount() > 0, "No CUDA GPU that PyTorch can use: " + Devices.whyBest());
    }

    @Test
    void bestIsTheFirstGpu() {
        assertEquals(Device.gpu(), Gpu.best());
        assertTrue(Devices.whyBest().startsWith("Using gpu(0)"), Devices.whyBest());
    }

    @Test
    void devicesTableListsTheGpuWithMemoryAndComputeCapability() {
        Table devices = Gpu.devices();
        assertTrue(devices.rowCount() >= 2, devices.print());
        assertEquals("gpu(0)", devices.stringColumn("device").get(1));
        assertTrue(devices.doubleColumn("memory_GiB").get(1) > 0, devices.print());
        assertTrue(devices.stringColumn("compute_capability").get(1).matches("\\d+\\.\\d"), devices.print());
    }

    @Test
    void gpuProductMatchesTheCpuProduct() {
        Random random = new Random(3);
        float[][] a = new float[64][64];
        float[][] b = new float[64][64];
        for (int i = 0; i < 64; i++) {
            for (int j = 0; j < 64; j++) {
                a[i][j] = random.nextFloat() - 0.5f;
                b[i][j] = random.nextFloat() - 0.5f;
            }
        }
        float[][] cpu = MatmulBenchmark.multiply(a, b, Device.cpu(), DataType.FLOAT32);
        float[][] gpu = MatmulBenchmark.multiply(a, b, Device.gpu(), DataType.FLOAT32);
        float[][] half = MatmulBenchmark.multiply(a, b, Device.gpu(), DataType.FLOAT16);
        for (int i = 0; i < 64; i++) {
            for (int j = 0; j < 64; j++) {
                // TF32 tensor cores may round float32 inputs to 10-bit mantissas.
                assertEquals(cpu[i][j], gpu[i][j], 1e-2, "float32 element " + i + "," + j);
                assertEquals(cpu[i][j], half[i][j], 5e-2, "float16 element " + i + "," + j);
            }
        }
    }

    @Test
    void benchmarkMeasuresBothDevicesAndBothPrecisions() {
        Table result = MatmulBenchmark.sizes(256, 1024).precisions(DataType.FLOAT32, DataType.FLOAT16)
                .timer(new MedianTimer(1, 3)).run();
        assertEquals(8, result.rowCount(), result.print());
        for (int row = 0; row < result.rowCount(); row++) {
            if (result.stringColumn("device").get(row).equals("gpu(0)")) {
                assertTrue(result.doubleColumn("GFLOP/s").get(row) > 0, result.print());
            }
        }
        System.out.println(result.print());
    }

    @Test
    void copyBandwidthIsMeasuredBothWays() {
        Table copies = CopyBenchmark.run(64, new MedianTimer(1, 3));
        for (int row = 0; row < 3; row++) {
            assertFalse(copies.doubleColumn("GB/s").isMissing(row), copies.print());
            assertTrue(copies.doubleColumn("GB/s").get(row) > 0, copies.print());
        }
        System.out.println(copies.print());
    }
}
