package dev.atj.gpu;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The CPU as the JVM and the operating system describe it: model name, the cores this JVM may
 * use, and the SIMD (vector) instruction sets the kernel reports, such as {@code avx2},
 * {@code avx512f} or {@code asimd} (ARM NEON). Read from {@code /proc/cpuinfo} on Linux;
 * elsewhere, or if the file cannot be read, the model is "unknown" and the SIMD list empty.
 *
 * <pre>{@code
 * CpuInfo cpu = CpuInfo.read();
 * cpu.cores();   // 2
 * cpu.simd();    // [sse4_2, avx, avx2, fma, avx512f]
 * }</pre>
 *
 * @param model the CPU model name, or "unknown"
 * @param architecture the JVM's {@code os.arch}, for example {@code amd64} or {@code aarch64}
 * @param cores the processors available to this JVM
 * @param simd the SIMD instruction sets found, widest last
 */
public record CpuInfo(String model, String architecture, int cores, List<String> simd) {
    /** Where Linux describes the CPU. */
    public static final Path PROC_CPUINFO = Path.of("/proc/cpuinfo");

    /** SIMD flags worth showing a learner, narrowest first; x86 and ARM names as Linux spells them. */
    private static final List<String> SIMD_FLAGS = List.of(
            "sse2", "sse4_2", "avx", "avx2", "fma", "f16c",
            "avx512f", "avx512bw", "avx512_vnni", "avx512_bf16", "avx512_fp16", "amx_bf16", "amx_tile",
            "neon", "asimd", "asimdhp", "sve", "sve2");

    /**
     * Checks and copies the fields.
     *
     * @param model the CPU model name
     * @param architecture the JVM's {@code os.arch}
     * @param cores the processors available to this JVM
     * @param simd the SIMD instruction sets
     */
    public CpuInfo {
        simd = List.copyOf(simd);
    }

    /**
     * This machine's CPU, from {@code /proc/cpuinfo} when it exists.
     *
     * @return the description; never fails for a missing or unreadable file
     */
    public static CpuInfo read() {
        return read(PROC_CPUINFO);
    }

    /**
     * The CPU as described by a file in {@code /proc/cpuinfo} format. A missing or unreadable
     * file gives model "unknown" and no SIMD flags: not knowing is an answer here, not an error.
     *
     * @param cpuinfo the file to read
     * @return the description
     */
    public static CpuInfo read(Path cpuinfo) {
        List<String> lines;
        try {
            lines = Files.isReadable(cpuinfo) ? Files.readAllLines(cpuinfo) : List.of();
        } catch (IOException | UncheckedIOException e) {
            lines = List.of(); // e.g. a sandbox that lists the file but refuses to read it
        }
        return parse(lines, Runtime.getRuntime().availableProcessors(), System.getProperty("os.arch", "unknown"));
    }

    /**
     * The CPU described by the lines of a {@code /proc/cpuinfo} file.
     *
     * @param lines the file's lines (may be empty)
     * @param cores the processors available
     * @param architecture the architecture name
     * @return the description
     */
    static CpuInfo parse(List<String> lines, int cores, String architecture) {
        String model = "unknown";
        Set<String> flags = new LinkedHashSet<>();
        for (String line : lines) {
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String key = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).trim();
            if (model.equals("unknown") && (key.equals("model name") || key.equals("hardware") || key.equals("cpu model"))) {
                model = value;
            } else if (key.equals("flags") || key.equals("features")) {
                flags.addAll(Arrays.asList(value.split("\\s+")));
            }
        }
        List<String> simd = new ArrayList<>();
        for (String flag : SIMD_FLAGS) {
            if (flags.contains(flag)) {
                simd.add(flag);
            }
        }
        return new CpuInfo(model, architecture, cores, simd);
    }

    /**
     * The SIMD sets as one comma-separated line, or a note when none were found.
     *
     * @return for example {@code "sse4_2, avx, avx2, fma"}
     */
    public String simdText() {
        return simd.isEmpty() ? "none reported (no /proc/cpuinfo flags)" : String.join(", ", simd);
    }
}
