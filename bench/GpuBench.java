import ai.djl.ndarray.types.DataType;
import dev.atj.ai.Devices;
import dev.atj.gpu.CopyBenchmark;
import dev.atj.gpu.CpuInfo;
import dev.atj.gpu.Gpu;
import dev.atj.gpu.MatmulBenchmark;
import java.util.Arrays;
import tech.tablesaw.api.Table;

/**
 * Matrix multiply GFLOP/s (n = 256..2048) and host-device copy bandwidth with DJL's PyTorch
 * engine, on the CPU and on the first GPU when PyTorch can use one. bench/gpu_bench.sh runs it
 * from the repository root after `mvn -q -B -pl lib package -DskipTests`:
 *
 *   java -cp "lib/target/atj-lib.jar:lib/target/deps/*" bench/GpuBench.java [SIZES...]
 *
 * PyTorch uses one CPU thread unless -Dai.djl.pytorch.num_threads=N is given (see Devices).
 */
public class GpuBench {
    public static void main(String[] args) {
        int[] sizes = args.length == 0 ? new int[] {256, 512, 1024, 2048}
                : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        CpuInfo cpu = CpuInfo.read();
        System.out.println("CPU: " + cpu.model() + ", " + cpu.cores() + " cores, SIMD: " + cpu.simdText());
        System.out.println("PyTorch CPU threads: " + System.getProperty("ai.djl.pytorch.num_threads", "1 (library default)"));
        System.out.println(Devices.whyBest());
        System.out.println(Gpu.devices().print());
        Table matmul = MatmulBenchmark.sizes(sizes).precisions(DataType.FLOAT32, DataType.FLOAT16).run();
        System.out.println(matmul.print(matmul.rowCount()));
        Table copies = CopyBenchmark.run(256);
        System.out.println(copies.print());
    }
}
