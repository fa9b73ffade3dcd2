package dev.atj.gpu;

import ai.djl.Device;
import ai.djl.engine.EngineException;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import dev.atj.ai.Devices;
import dev.atj.viz.Plot;
import dev.atj.viz.Progress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.knowm.xchart.XYChart;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * How fast DJL's PyTorch engine multiplies two n×n matrices, for several sizes, devices and
 * precisions. Each measurement makes two random n×n matrices on the device, multiplies them
 * a few times unmeasured (warm-up), then reports the median of a fixed number of timed runs
 * ({@link MedianTimer#DEFAULT}). An n×n matrix multiply does 2n³ floating-point operations
 * (n³ multiplications and n³ additions), so GFLOP/s = 2n³ / seconds / 10⁹.
 *
 * <pre>{@code
 * Table speed = MatmulBenchmark.sizes(256, 512, 1024)
 *         .precisions(DataType.FLOAT32, DataType.FLOAT16)
 *         .run();                        // the CPU, and the first GPU when PyTorch can use one
 * MatmulBenchmark.chart(speed)           // GFLOP/s against n, one line per device and precision
 * }</pre>
 *
 * <p>The result has columns {@code size}, {@code device}, {@code dtype}, {@code seconds},
 * {@code GFLOP/s} and {@code note}. A precision that cannot run on a device gets a row with
 * missing numbers and the reason in {@code note}; so does a size skipped because the previous
 * size of that device and precision already took longer than {@value #SLOW_SECONDS} s a run
 * (float16 on a CPU without half-precision arithmetic, say).
 */
public final class MatmulBenchmark {
    /** A run slower than this many seconds skips the larger sizes of its device and precision. */
    public static final double SLOW_SECONDS = 1.0;

    private final int[] sizes;
    private List<Device> devices;
    private List<DataType> precisions = List.of(DataType.FLOAT32);
    private MedianTimer timer = MedianTimer.DEFAULT;

    private MatmulBenchmark(int[] sizes) {
        this.sizes = sizes.clone();
    }

    /**
     * A benchmark of n×n matrices for each given n, on the CPU and (when PyTorch can use one)
     * the first GPU, in float32, timed with {@link MedianTimer#DEFAULT}; change any of these
     * before {@link #run()}.
     *
     * @param sizes the values of n, each at least 1
     * @return the benchmark, not yet run
     */
    public static MatmulBenchmark sizes(int... sizes) {
        if (sizes.length == 0 || Arrays.stream(sizes).anyMatch(n -> n < 1)) {
            throw new IllegalArgumentException("Give one or more matrix sizes n of 1 or more, for example sizes(256, 512), not "
                    + Arrays.toString(sizes) + ".");
        }
        return new MatmulBenchmark(sizes);
    }

    /**
     * The devices to measure, in this order.
     *
     * @param devices for example {@code Device.cpu(), Device.gpu()}
     * @return this benchmark
     */
    public MatmulBenchmark on(Device... devices) {
        this.devices = List.of(devices);
        return this;
    }

    /**
     * The precisions to measure, in this order; float32 when not set.
     *
     * @param types for example {@code DataType.FLOAT32, DataType.FLOAT16}
     * @return this benchmark
     */
    public MatmulBenchmark precisions(DataType... types) {
        this.precisions = List.of(types);
        return this;
    }

    /**
     * How many warm-up and timed runs each measurement makes.
     *
     * @param timer the timer, for example {@code new MedianTimer(1, 3)} for a quick look
     * @return this benchmark
     */
    public MatmulBenchmark timer(MedianTimer timer) {
        this.timer = timer;
        return this;
    }

    /**
     * Runs every size on every device in every precision, with a progress bar.
     *
     * @return one row per size, device and precision
     */
    public Table run() {
        List<Device> targets = devices != null ? devices : defaultDevices();
        Table table = emptyTable();
        Map<String, Double> lastSeconds = new HashMap<>();
        try (Progress bar = Progress.start("Matrix multiply", (long) targets.size() * precisions.size() * sizes.length)) {
            for (Device device : targets) {
                for (DataType type : precisions) {
                    for (int n : sizes) {
                        String key = device + " " + type;
                        bar.note(key + ", n=" + n);
                        measureOrExplain(table, n, device, type, lastSeconds.get(key)).ifPresent(s -> lastSeconds.put(key, s));
                        bar.step();
                    }
                }
            }
        }
        markSlowerThanFloat32(table);
        return table;
    }

    /**
     * The product {@code a × b} computed the way the benchmark times it: both matrices on
     * {@code device} in precision {@code type}, multiplied by PyTorch, the result read back as
     * float32. Use it to check that the benchmarked operation gives the right answer.
     *
     * @param a an m×k matrix
     * @param b a k×p matrix
     * @param device where to multiply
     * @param type the precision to multiply in
     * @return the m×p product
     * @throws IllegalArgumentException if the shapes do not fit together
     * @throws UnsupportedOperationException if the precision cannot run (see {@link Precision})
     */
    public static float[][] multiply(float[][] a, float[][] b, Device device, DataType type) {
        int m = a.length;
        int k = b.length;
        if (m == 0 || k == 0 || a[0].length != k) {
            throw new IllegalArgumentException("Cannot multiply a " + m + "×" + (m == 0 ? 0 : a[0].length) + " matrix by a "
                    + k + "×" + (k == 0 ? 0 : b[0].length) + " one: the first needs as many columns as the second has rows.");
        }
        Precision.whyUnsupported(device, type).ifPresent(reason -> {
            throw new UnsupportedOperationException(reason);
        });
        int p = b[0].length;
        Devices.engine();
        try (NDManager manager = NDManager.newBaseManager(device)) {
            NDArray left = manager.create(flatten(a, k), new Shape(m, k)).toType(type, false);
            NDArray right = manager.create(flatten(b, p), new Shape(k, p)).toType(type, false);
            float[] flat = left.matMul(right).toType(DataType.FLOAT32, false).toFloatArray();
            float[][] product = new float[m][p];
            for (int i = 0; i < m; i++) {
                System.arraycopy(flat, i * p, product[i], 0, p);
            }
            return product;
        }
    }

    /**
     * GFLOP/s against matrix size, one line per device and precision, on a logarithmic y axis
     * (a GPU is often 100 times a CPU). Rows without a measurement are left out.
     *
     * @param result a table from {@link #run()}
     * @return the chart
     */
    public static XYChart chart(Table result) {
        Map<String, List<Row>> series = new LinkedHashMap<>();
        for (Row row : result) {
            if (!row.isMissing("GFLOP/s")) {
                series.computeIfAbsent(row.getString("device") + " " + row.getString("dtype"), k -> new ArrayList<>()).add(row);
            }
        }
        XYChart chart = Plot.line("Matrix multiply speed (higher is faster)", "matrix size n (n×n times n×n)", "GFLOP/s");
        chart.getStyler().setYAxisLogarithmic(true);
        series.forEach((name, rows) -> chart.addSeries(name,
                rows.stream().mapToDouble(r -> r.getInt("size")).toArray(),
                rows.stream().mapToDouble(r -> r.getDouble("GFLOP/s")).toArray()));
        return chart;
    }

    /**
     * The floating-point operations in one n×n times n×n multiply: 2n³.
     *
     * @param n the matrix size
     * @return 2n³
     */
    public static double flops(int n) {
        return 2.0 * n * n * n;
    }

    static List<Device> defaultDevices() {
        return Devices.gpuCount() > 0 ? List.of(Device.cpu(), Device.gpu()) : List.of(Device.cpu());
    }

    /** Adds one row; returns the seconds measured, if any. */
    private Optional<Double> measureOrExplain(Table table, int n, Device device, DataType type, Double previousSeconds) {
        Optional<String> unsupported = Precision.whyUnsupported(device, type);
        if (unsupported.isPresent()) {
            addRow(table, n, device, type, Double.NaN, unsupported.get());
            return Optional.empty();
        }
        if (previousSeconds != null && previousSeconds > SLOW_SECONDS) {
            addRow(table, n, device, type, Double.NaN, String.format(Locale.ROOT,
                    "skipped: the previous size already took %.1f s a run here, and the time grows with n³",
                    previousSeconds));
            return Optional.of(previousSeconds);
        }
        try {
            double seconds = time(n, device, type);
            addRow(table, n, device, type, seconds, "");
            return Optional.of(seconds);
        } catch (EngineException | UnsupportedOperationException e) {
            addRow(table, n, device, type, Double.NaN, type + " not supported on " + device + " by PyTorch "
                    + Devices.engine().getVersion() + ": " + e.getMessage());
            return Optional.empty();
        }
    }

    private double time(int n, Device device, DataType type) {
        Devices.engine();
        try (NDManager manager = NDManager.newBaseManager(device)) {
            NDArray a = manager.randomUniform(-1, 1, new Shape(n, n)).toType(type, false);
            NDArray b = manager.randomUniform(-1, 1, new Shape(n, n)).toType(type, false);
            return timer.medianSeconds(() -> {
                try (NDManager scratch = manager.newSubManager()) {
                    NDArray product = a.matMul(b);
                    product.attach(scratch);
                    if (device.isGpu()) {
                        // CUDA work is queued and returns at once; reading one element waits for it.
                        product.get(0, 0).toType(DataType.FLOAT32, false).getFloat();
                    }
                }
            });
        }
    }

    /** Notes every reduced-precision row that ran slower than float32 at the same size and device. */
    private static void markSlowerThanFloat32(Table table) {
        Map<String, Double> float32 = new HashMap<>();
        for (Row row : table) {
            if (row.getString("dtype").equals("float32") && !row.isMissing("seconds")) {
                float32.put(row.getString("device") + " " + row.getInt("size"), row.getDouble("seconds"));
            }
        }
        for (Row row : table) {
            Double reference = float32.get(row.getString("device") + " " + row.getInt("size"));
            if (!row.getString("dtype").equals("float32") && !row.isMissing("seconds") && reference != null
                    && row.getDouble("seconds") > reference) {
                row.setString("note", String.format(Locale.ROOT,
                        "works, but %.0f× slower than float32: PyTorch has no fast %s path on this device",
                        row.getDouble("seconds") / reference, row.getString("dtype")));
            }
        }
    }

    private static Table emptyTable() {
        Table table = Table.create("Matrix multiply",
                IntColumn.create("size"), StringColumn.create("device"), StringColumn.create("dtype"),
                DoubleColumn.create("seconds"), DoubleColumn.create("GFLOP/s"), StringColumn.create("note"));
        Formats.decimals(table.doubleColumn("seconds"), 6);
        Formats.decimals(table.doubleColumn("GFLOP/s"), 1);
        return table;
    }

    private void addRow(Table table, int n, Device device, DataType type, double seconds, String note) {
        table.intColumn("size").append(n);
        table.stringColumn("device").append(device.toString());
        table.stringColumn("dtype").append(type.toString());
        appendOrMissing(table.doubleColumn("seconds"), seconds);
        appendOrMissing(table.doubleColumn("GFLOP/s"), flops(n) / seconds / 1e9);
        table.stringColumn("note").append(note);
    }

    private static void appendOrMissing(DoubleColumn column, double value) {
        if (Double.isNaN(value)) {
            column.appendMissing();
        } else {
            column.append(value);
        }
    }

    private static float[] flatten(float[][] rows, int width) {
        float[] flat = new float[rows.length * width];
        for (int i = 0; i < rows.length; i++) {
            if (rows[i].length != width) {
                throw new IllegalArgumentException("Row " + i + " has " + rows[i].length + " values, but the matrix's rows have "
                        + width + ": every row needs the same length.");
            }
            System.arraycopy(rows[i], 0, flat, i * width, width);
        }
        return flat;
    }
}
