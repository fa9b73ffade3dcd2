package dev.atj.gpu;

import ai.djl.Device;
import ai.djl.util.cuda.CudaUtils;
import java.io.File;
import java.io.IOException;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One CUDA GPU as the CUDA runtime reports it, found whether or not PyTorch can use it.
 * DJL's {@code CudaUtils} gives the count, memory and compute capability; the name comes from
 * {@code nvidia-smi} when that tool is installed.
 *
 * @param index the CUDA device number, as in {@code Device.gpu(index)}
 * @param name the product name, for example "NVIDIA H100 80GB HBM3", or "CUDA device 0"
 * @param memoryBytes the total memory, in bytes
 * @param computeCapability the compute capability, for example "9.0" for Hopper
 */
public record CudaDevice(int index, String name, long memoryBytes, String computeCapability) {

    /**
     * The CUDA GPUs on this machine; empty when there is no CUDA runtime or no GPU.
     *
     * @return the GPUs, by index
     */
    public static List<CudaDevice> list() {
        if (!CudaUtils.hasCuda()) {
            return List.of();
        }
        int count = CudaUtils.getGpuCount();
        List<String> names = namesFromNvidiaSmi();
        List<CudaDevice> gpus = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            MemoryUsage memory = CudaUtils.getGpuMemory(Device.gpu(i));
            String capability = CudaUtils.getComputeCapability(i);
            String name = i < names.size() ? names.get(i) : "CUDA device " + i;
            gpus.add(new CudaDevice(i, name, memory.getMax(), dotted(capability)));
        }
        return List.copyOf(gpus);
    }

    /** DJL reports compute capability 9.0 as "90". */
    private static String dotted(String capability) {
        return capability.length() >= 2 && !capability.contains(".")
                ? capability.substring(0, capability.length() - 1) + "." + capability.substring(capability.length() - 1)
                : capability;
    }

    /** GPU names in CUDA order, or an empty list when nvidia-smi is missing or fails. */
    private static List<String> namesFromNvidiaSmi() {
        if (!onPath("nvidia-smi")) {
            return List.of();
        }
        try {
            Process smi = new ProcessBuilder("nvidia-smi", "--query-gpu=name", "--format=csv,noheader")
                    .redirectErrorStream(true).start();
            if (!smi.waitFor(5, TimeUnit.SECONDS)) {
                smi.destroyForcibly();
                return List.of();
            }
            String out = new String(smi.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return smi.exitValue() == 0 ? out.lines().map(String::trim).filter(s -> !s.isEmpty()).toList() : List.of();
        } catch (IOException e) {
            return List.of(); // names are a nicety: the GPU rows still show "CUDA device i"
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        }
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (new File(dir, program).canExecute()) {
                return true;
            }
        }
        return false;
    }
}
