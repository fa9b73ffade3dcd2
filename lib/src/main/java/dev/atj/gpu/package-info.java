/**
 * What hardware this machine has for numerical work, and how fast it is: {@link dev.atj.gpu.Gpu#devices()}
 * lists the CPU and any CUDA GPUs, {@link dev.atj.gpu.Gpu#best()} picks the device DJL should use
 * (and says why), and the benchmarks measure matrix multiply speed
 * ({@link dev.atj.gpu.MatmulBenchmark}) and host-device copy bandwidth
 * ({@link dev.atj.gpu.CopyBenchmark}) with DJL's PyTorch engine.
 */
package dev.atj.gpu;
