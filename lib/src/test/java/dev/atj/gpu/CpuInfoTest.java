package dev.atj.gpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CpuInfoTest {

    @Test
    void missingFileGivesUnknownModelAndNoSimd(@TempDir Path dir) {
        CpuInfo cpu = CpuInfo.read(dir.resolve("no-such-cpuinfo"));
        assertEquals("unknown", cpu.model());
        assertEquals(List.of(), cpu.simd());
        assertEquals(Runtime.getRuntime().availableProcessors(), cpu.cores());
        assertTrue(cpu.simdText().startsWith("none reported"), cpu.simdText());
    }

    @Test
    void x86FlagsAreFilteredToSimdSetsInWidthOrder(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("cpuinfo");
        Files.writeString(file, """
                processor\t: 0
                model name\t: Example CPU @ 2.00GHz
                flags\t\t: fpu vme avx512f sse2 avx2 fma avx sse4_2 hypervisor

                processor\t: 1
                model name\t: Example CPU @ 2.00GHz
                flags\t\t: fpu vme avx512f sse2 avx2 fma avx sse4_2 hypervisor
                """);
        CpuInfo cpu = CpuInfo.read(file);
        assertEquals("Example CPU @ 2.00GHz", cpu.model());
        assertEquals(List.of("sse2", "sse4_2", "avx", "avx2", "fma", "avx512f"), cpu.simd());
    }

    @Test
    void armFeaturesLineReportsNeonAsAsimd(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("cpuinfo");
        Files.writeString(file, "processor\t: 0\nFeatures\t: fp asimd evtstrm aes crc32 asimdhp sve\nCPU part\t: 0xd40\n");
        assertEquals(List.of("asimd", "asimdhp", "sve"), CpuInfo.read(file).simd());
    }

    @Test
    void thisMachineReportsItsArchitectureAndCores() {
        CpuInfo cpu = CpuInfo.read();
        assertEquals(System.getProperty("os.arch"), cpu.architecture());
        assertTrue(cpu.cores() >= 1);
        if (Files.isReadable(CpuInfo.PROC_CPUINFO) && System.getProperty("os.arch").equals("amd64")) {
            assertTrue(cpu.simd().contains("sse2"), "every x86-64 CPU has SSE2: " + cpu.simd());
        }
    }
}
