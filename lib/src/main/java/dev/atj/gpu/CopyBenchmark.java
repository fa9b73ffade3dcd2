package dev.atj.gpu;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import dev.atj.ai.Devices;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * How fast data moves between the computer's main memory (the host) and a GPU's own memory
 * (the device), with DJL's PyTorch engine: host → device, device → host, and for comparison a
 * copy within host memory. A GPU computes only on data in its own memory, so every batch of
 * training data crosses this link once; when the arithmetic is quick the copy can cost more
 * than the work.
 *
 * <pre>{@code
 * Table copies = CopyBenchmark.run(256);   // 256 MB each way, median of 5 after 2 warm-ups
 * }</pre>
 *
 * <p>Columns: {@code copy}, {@code device}, {@code MB}, {@code seconds}, {@code GB/s} and
 * {@code note}. Without a GPU PyTorch can use, the two host-device rows have missing numbers
 * and a note saying so; nothing fails.
 */
public final class CopyBenchmark {
    /** The copy within host memory. */
    public static final String HOST_TO_HOST = "host → host";
    /** The copy from main memory to the GPU. */
    public static final String HOST_TO_DEVICE = "host → device";
    /** The copy from the GPU back to main memory. */
    public static final String DEVICE_TO_HOST = "device → host";

    private CopyBenchmark() {
    }

    /**
     * Copies {@code megabytes} of float32 values each way, timed with {@link MedianTimer#DEFAULT}.
     *
     * @param megabytes how much to copy each time, in MB (10⁶ bytes), at least 1
     * @return one row per kind of copy
     */
    public static Table run(int megabytes) {
        return run(megabytes, MedianTimer.DEFAULT);
    }

    /**
     * Copies {@code megabytes} of float32 values each way.
     *
     * @param megabytes how much to copy each time, in MB (10⁶ bytes), at least 1
     * @param timer the warm-up and timed runs
     * @return one row per kind of copy
     */
    public static Table run(int megabytes, MedianTimer timer) {
        if (megabytes < 1) {
            throw new IllegalArgumentException("Copy at least 1 MB, not " + megabytes + ".");
        }
        long floats = megabytes * 1_000_000L / Float.BYTES;
        Table table = emptyTable();
        Devices.engine();
        try (NDManager host = NDManager.newBaseManager(Device.cpu())) {
            NDArray data = host.ones(new Shape(floats), DataType.FLOAT32);
            // duplicate(), not toDevice(cpu(), true): PyTorch skips a copy to the device the data is already on.
            addRow(table, HOST_TO_HOST, Device.cpu(), megabytes,
                    timer.medianSeconds(() -> data.duplicate().close()), "a new array in main memory, allocation included");
            if (Devices.gpuCount() == 0) {
                String noGpu = "no GPU: " + Devices.whyBest();
                addRow(table, HOST_TO_DEVICE, null, megabytes, Double.NaN, noGpu);
                addRow(table, DEVICE_TO_HOST, null, megabytes, Double.NaN, noGpu);
                return table;
            }
            Device gpu = Device.gpu();
            addRow(table, HOST_TO_DEVICE, gpu, megabytes, timer.medianSeconds(() -> {
                try (NDArray onGpu = data.toDevice(gpu, true)) {
                    waitFor(onGpu);
                }
            }), "pageable host memory");
            try (NDArray onGpu = data.toDevice(gpu, true)) {
                addRow(table, DEVICE_TO_HOST, gpu, megabytes,
                        timer.medianSeconds(() -> onGpu.toDevice(Device.cpu(), true).close()), "pageable host memory");
            }
        }
        return table;
    }

    private static Table emptyTable() {
        Table table = Table.create("Copy bandwidth", StringColumn.create("copy"), StringColumn.create("device"),
                DoubleColumn.create("MB"), DoubleColumn.create("seconds"), DoubleColumn.create("GB/s"), StringColumn.create("note"));
        Formats.decimals(table.doubleColumn("MB"), 0);
        Formats.decimals(table.doubleColumn("seconds"), 6);
        Formats.decimals(table.doubleColumn("GB/s"), 1);
        return table;
    }

    /** A copy to the GPU may return before it lands; reading one element back waits for it. */
    private static void waitFor(NDArray onGpu) {
        try (NDArray first = onGpu.get(0)) {
            first.getFloat();
        }
    }

    private static void addRow(Table table, String copy, Device device, int megabytes, double seconds, String note) {
        table.stringColumn("copy").append(copy);
        table.stringColumn("device").append(device == null ? "none" : device.toString());
        table.doubleColumn("MB").append(megabytes);
        if (Double.isNaN(seconds)) {
            table.doubleColumn("seconds").appendMissing();
            table.doubleColumn("GB/s").appendMissing();
        } else {
            table.doubleColumn("seconds").append(seconds);
            table.doubleColumn("GB/s").append(megabytes / 1000.0 / seconds);
        }
        table.stringColumn("note").append(note);
    }
}
