package dev.atj.gpu;

import ai.djl.Device;
import ai.djl.engine.Engine;
import com.sun.management.OperatingSystemMXBean;
import dev.atj.ai.Devices;
import java.lang.management.ManagementFactory;
import java.util.List;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The starting point for GPU computing in a notebook: what this machine has, which device to
 * use, and how fast it is.
 *
 * <pre>{@code
 * Gpu.devices()                         // a table: the CPU, every CUDA GPU, and which engine can use each
 * Device device = Gpu.best();           // gpu(0) when PyTorch can use it, else cpu(); prints why
 * Table speed = Gpu.matmul(256, 512, 1024);
 * MatmulBenchmark.chart(speed)
 * Gpu.copyBandwidth(256)                // host ↔ device, or a "no GPU" row on a CPU-only machine
 * }</pre>
 *
 * <p>The choice of device is {@link Devices#best()}'s, so a notebook's DJL networks and these
 * benchmarks always agree on it.
 */
public final class Gpu {
    private Gpu() {
    }

    /**
     * What this machine has for numerical work, one row per device: the CPU (model, cores, SIMD
     * instruction sets, memory) and each CUDA GPU (name, memory, compute capability), with the
     * DJL engine that can use it. Columns: {@code device}, {@code kind}, {@code name},
     * {@code cores}, {@code memory_GiB}, {@code compute_capability}, {@code simd},
     * {@code engine}.
     *
     * @return the table; its first row is always the CPU
     */
    public static Table devices() {
        Engine engine = Devices.engine();
        String engineName = engine.getEngineName() + " " + engine.getVersion() + " (DJL " + Engine.getDjlVersion() + ")";
        Table table = Table.create("Devices", StringColumn.create("device"), StringColumn.create("kind"),
                StringColumn.create("name"), IntColumn.create("cores"), DoubleColumn.create("memory_GiB"),
                StringColumn.create("compute_capability"), StringColumn.create("simd"), StringColumn.create("engine"));
        CpuInfo cpu = CpuInfo.read();
        table.stringColumn("device").append(Device.cpu().toString());
        table.stringColumn("kind").append("CPU (" + cpu.architecture() + ")");
        table.stringColumn("name").append(cpu.model());
        table.intColumn("cores").append(cpu.cores());
        table.doubleColumn("memory_GiB").append(gibibytes(physicalMemoryBytes()));
        table.stringColumn("compute_capability").append("");
        table.stringColumn("simd").append(cpu.simdText());
        table.stringColumn("engine").append(engineName);
        int usable = engine.getGpuCount();
        for (CudaDevice gpu : CudaDevice.list()) {
            table.stringColumn("device").append(Device.gpu(gpu.index()).toString());
            table.stringColumn("kind").append("CUDA GPU");
            table.stringColumn("name").append(gpu.name());
            table.intColumn("cores").appendMissing();
            table.doubleColumn("memory_GiB").append(gibibytes(gpu.memoryBytes()));
            table.stringColumn("compute_capability").append(gpu.computeCapability());
            table.stringColumn("simd").append("");
            table.stringColumn("engine").append(gpu.index() < usable ? engineName
                    : "none: this PyTorch is the CPU build");
        }
        return table;
    }

    /**
     * The device to compute on, chosen by {@link Devices#best()}: the first GPU when PyTorch can
     * use one, else the CPU. Prints one line saying what was found and why this device, so a
     * notebook never falls back to the CPU silently.
     *
     * @return {@code gpu(0)} or {@code cpu()}
     */
    public static Device best() {
        System.out.println(Devices.whyBest());
        return Devices.best();
    }

    /**
     * Matrix multiply speed in float32 for the given sizes, on the CPU and (when PyTorch can use
     * one) the first GPU. For other precisions or devices use {@link MatmulBenchmark} directly.
     *
     * @param sizes the values of n
     * @return the table described in {@link MatmulBenchmark}
     */
    public static Table matmul(int... sizes) {
        return MatmulBenchmark.sizes(sizes).run();
    }

    /**
     * Host ↔ device copy bandwidth; see {@link CopyBenchmark}.
     *
     * @param megabytes how much to copy each time, in MB
     * @return one row per kind of copy, with a "no GPU" note when there is none
     */
    public static Table copyBandwidth(int megabytes) {
        return CopyBenchmark.run(megabytes);
    }

    /**
     * The CUDA GPUs on this machine, whether or not PyTorch can use them.
     *
     * @return the GPUs; empty on a CPU-only machine
     */
    public static List<CudaDevice> cudaDevices() {
        return CudaDevice.list();
    }

    private static long physicalMemoryBytes() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof OperatingSystemMXBean os) {
            return os.getTotalMemorySize();
        }
        return Runtime.getRuntime().maxMemory();
    }

    private static double gibibytes(long bytes) {
        return Math.round(bytes / (1024.0 * 1024 * 1024) * 10) / 10.0;
    }
}
