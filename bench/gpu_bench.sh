#!/bin/sh
# Matrix multiply and copy benchmarks (bench/GpuBench.java) on lib's class path.
# Usage, from anywhere: bench/gpu_bench.sh [--threads N] [SIZES...]   (default sizes 256 512 1024 2048)
set -e
cd "$(dirname "$0")/.."
threads=
if [ "$1" = "--threads" ]; then
    threads="-Dai.djl.pytorch.num_threads=$2"
    shift 2
fi
if [ ! -f lib/target/atj-lib.jar ] || [ ! -d lib/target/deps ]; then
    mvn -q -B -o -pl lib package -DskipTests
fi
exec java -Xmx4g $threads -cp "lib/target/atj-lib.jar:lib/target/deps/*" bench/GpuBench.java "$@"
