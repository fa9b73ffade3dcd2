"""%maven timings inside a real ATJ kernel, through jupyter_client (see bench/maven_resolve.md).

Usage, from the repository root (nothing goes into ~/.local):
    ./atj install --prefix /tmp/atj-bench
    /usr/bin/python3 bench/maven_kernel_bench.py /tmp/atj-bench [--kernels 7] [--settle 5]

--settle waits that many seconds after the kernel's first cell, so that the first %maven does
not share the two cores with the JIT compiling JShell right after start. Every artifact must
already be in ~/.m2/repository (run the cells once beforehand).
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "kernel" / "src" / "test" / "python"))

CELLS = [
    ("first %maven in a fresh kernel (a POM: no jar to add)", "%maven org.apache.commons:commons-parent:pom:73"),
    ("then %maven commons-lang3 (1 jar added)", "%maven org.apache.commons:commons-lang3:3.17.0"),
    ("then %maven commons-text (1 more jar added)", "%maven org.apache.commons:commons-text:1.12.0"),
    ("the same %maven again (nothing to add)", "%maven org.apache.commons:commons-text:1.12.0"),
    ("1+1, the first Java cell after the jars came", "1+1"),
]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("prefix", help="the --prefix given to ./atj install")
    parser.add_argument("--kernels", type=int, default=7, help="fresh kernels to time (default 7)")
    parser.add_argument("--settle", type=float, default=0, help="seconds to wait after the first cell")
    args = parser.parse_args()
    os.environ["JUPYTER_PATH"] = str(Path(args.prefix, "share", "jupyter"))
    from helpers import execute, start_kernel, stop_kernel

    times = [[] for _ in CELLS]
    for _ in range(args.kernels):
        km, kc = start_kernel()
        try:
            execute(kc, "int warm = 1;")
            time.sleep(args.settle)
            for i, (_, code) in enumerate(CELLS):
                start = time.perf_counter()
                reply, _ = execute(kc, code)
                times[i].append((time.perf_counter() - start) * 1000)
                assert reply["content"]["status"] == "ok", reply["content"]
        finally:
            stop_kernel(km, kc)
    for (label, _), millis in zip(CELLS, times):
        print(f"{label:50s} median {statistics.median(millis):7.1f} ms  min {min(millis):7.1f}"
              f"  max {max(millis):7.1f}  (n={len(millis)})")


if __name__ == "__main__":
    main()
