package dev.atj.gpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ai.djl.Device;
import dev.atj.ai.Devices;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/** Where PyTorch can use no GPU: the CPU build of PyTorch the library ships. */
class GpuTest {

    @BeforeEach
    void pytorchSeesNoGpu() {
        assumeTrue(Devices.gpuCount() == 0, "PyTorch can use a GPU here; the gpu group covers this machine");
    }

    @Test
    void devicesTableStartsWithTheCpuAndItsCoreCount() {
        Table devices = Gpu.devices();
        assertEquals("cpu()", devices.stringColumn("device").get(0));
        assertTrue(devices.stringColumn("kind").get(0).startsWith("CPU"), devices.print());
        assertEquals(Runtime.getRuntime().availableProcessors(), devices.intColumn("cores").get(0));
        assertTrue(devices.doubleColumn("memory_GiB").get(0) > 0, devices.print());
        assertTrue(devices.stringColumn("engine").get(0).startsWith("PyTorch 2.7.1"), devices.print());
        assertEquals(1 + Devices.cudaGpusPresent(), devices.rowCount(), devices.print());
    }

    @Test
    void bestFallsBackToTheCpuAndSaysWhy() {
        PrintStream original = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        Device best;
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            best = Gpu.best();
        } finally {
            System.setOut(original);
        }
        String message = printed.toString(StandardCharsets.UTF_8);
        assertEquals(Device.cpu(), best);
        assertTrue(message.startsWith("Using cpu(): "), message);
        if (Devices.cudaGpusPresent() == 0) {
            assertTrue(message.contains("no CUDA GPU found on this machine"), message);
            assertTrue(message.contains("(" + Runtime.getRuntime().availableProcessors() + " cores)"), message);
        } else {
            assertTrue(message.contains("is the CPU build (pytorch-native-cpu), which cannot use"), message);
        }
        assertTrue(message.contains("PyTorch 2.7.1"), message);
        assertFalse(message.strip().contains("\n"), "one line: " + message);
    }

    @Test
    void copyBandwidthWithoutAGpuReportsNoGpuInsteadOfFailing() {
        Table copies = CopyBenchmark.run(8, new MedianTimer(1, 3));
        assertEquals(3, copies.rowCount(), copies.print());
        assertEquals(CopyBenchmark.HOST_TO_HOST, copies.stringColumn("copy").get(0));
        assertTrue(copies.doubleColumn("GB/s").get(0) > 0, copies.print());
        for (int row = 1; row < 3; row++) {
            assertTrue(copies.doubleColumn("GB/s").isMissing(row), copies.print());
            assertTrue(copies.stringColumn("note").get(row).startsWith("no GPU: Using cpu()"), copies.print());
        }
        assertEquals(CopyBenchmark.HOST_TO_DEVICE, copies.stringColumn("copy").get(1));
        assertEquals(CopyBenchmark.DEVICE_TO_HOST, copies.stringColumn("copy").get(2));
    }

    @Test
    void theDefaultDevicesAreJustTheCpuHere() {
        assertEquals(java.util.List.of(Device.cpu()), MatmulBenchmark.defaultDevices());
        assertFalse(Devices.best().isGpu());
    }
}
