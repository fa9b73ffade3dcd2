#!/usr/bin/python3
"""Latency and memory benchmark for the ATJ Jupyter kernel, side by side with ipykernel.

Run it with Debian's Python (which has jupyter_client and ipykernel), from anywhere:

    /usr/bin/python3 bench/kernel_bench.py [--kernels atj,python3] [--jdk HOME ...]
                                           [--runs 200] [--json PATH] [--markdown]

For every kernel configuration (ATJ once per JDK, then Debian's ipykernel) it does:

  0. one throwaway start (kernel_info, a declaration, an expression, a completion, then a
     graceful shutdown with up to 120 s to exit). ATJ's kernelspec maps an AppCDS archive
     (-XX:SharedArchiveFile=~/.cache/atj/...jsa, recorded by `atj install`; on JDK 19+ with
     -XX:+AutoCreateSharedArchive, so a missing or stale archive is rewritten when a kernel
     exits): this start makes sure it exists and is current before anything is timed. For
     every kernel it also warms the OS file cache. Nothing from it is reported; the archive's
     size and mtime before and after it go into the JSON.
  1. --starts fresh starts (default 5). Each one times
       start       KernelManager.start_kernel() -> first kernel_info_reply on shell;
       first exec  the first execute_request after that (`int i = 0;`, Python `i = 0`),
                   sent straight after the kernel_info_reply, -> execute_reply + iopub idle;
       cold 1+i    the next execute_request, `1+i` -> execute_reply + iopub idle.
     The last of these kernels stays up for steps 2-6.
  2. kernel_info round trip: --warmup unmeasured requests, then --runs requests timed from
     send to kernel_info_reply on shell.
  3. execute `1+i`: --warmup unmeasured runs, then --runs runs timed from sending the
     execute_request to having BOTH the execute_reply (shell) and the status idle (iopub)
     whose parent is that request. The time to the execute_reply alone is recorded too.
  4. completion: --complete-runs complete_requests (ATJ `Math.ma`, Python `math.f` after
     `import math`, cursor at the end), timed to the complete_reply, after 5 unmeasured ones.
  5. idle RSS: VmRSS from /proc/PID/status of the kernel process (plus any child processes)
     after steps 2-4 and --idle seconds (default 2) of idleness.
     For steps 2-4 the JSON also has the kernel's CPU time per thread group (JIT compiler
     threads, VM/GC threads, the rest), read from /proc/PID/task/*/stat.
  6. interrupt: --interrupts times (default 5) run `while(true){}` (`while True: pass`),
     wait 0.5 s, call KernelManager.interrupt_kernel() and time until the execute_reply.
Every kernel it starts is shut down in a finally block.

The ATJ kernelspec is installed per JDK into a temporary prefix (used through JUPYTER_PATH)
by running the built jar's installer exactly as `./atj install --prefix DIR` does, but without
the launcher's "rebuild when sources are newer" step, so the harness never starts a Maven
build; --launcher goes through ./atj instead. Python's kernel is the `python3` kernelspec.

A sampler thread adds up the CPU time of every other process on the machine while each
kernel is measured (foreign_cpu_s in the JSON, last row of the table): on 2 cores anything
else running shows up in the timings.

Timing is time.perf_counter() in this process; the client waits on a zmq.Poller, no busy
loop. Client sockets are created with ZMQ_RECONNECT_IVL = 10 ms (ZeroMQ's default is 100 ms)
so that the start time is not rounded up to the next 100 ms reconnect attempt.
"""

from __future__ import annotations

import argparse
import datetime
import hashlib
import json
import os
import platform
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import traceback
from pathlib import Path

import zmq
import jupyter_client
from jupyter_client.kernelspec import KernelSpecManager
from jupyter_client.manager import KernelManager

REPO = Path(__file__).resolve().parent.parent
DEFAULT_JDKS = ["/usr/lib/jvm/java-17-openjdk-amd64", "/usr/lib/jvm/temurin-25-jdk-amd64"]
RECONNECT_IVL_MS = 10

# Per-language code samples: declaration, expression, busy loop, completion (setup, code).
SAMPLES = {
    "java": {
        "declare": "int i = 0;",
        "expr": "1+i",
        "loop": "while(true){}",
        "complete_setup": None,
        "complete": "Math.ma",
        "complete_expect": "max",
    },
    "python": {
        "declare": "i = 0",
        "expr": "1+i",
        "loop": "while True: pass",
        "complete_setup": "import math",
        "complete": "math.f",
        "complete_expect": "floor",
    },
}


class BenchError(RuntimeError):
    pass


def log(*parts):
    print("[bench %s]" % time.strftime("%H:%M:%S"), *parts, file=sys.stderr, flush=True)


# --------------------------------------------------------------------------------------
# statistics
# --------------------------------------------------------------------------------------

def pct(values, q):
    """q-th percentile, linear interpolation between closest ranks (numpy's default)."""
    data = sorted(values)
    if not data:
        return None
    if len(data) == 1:
        return data[0]
    pos = (len(data) - 1) * q / 100.0
    lo = int(pos)
    hi = min(lo + 1, len(data) - 1)
    return data[lo] + (data[hi] - data[lo]) * (pos - lo)


def summary(values_s):
    """Summary of a list of durations in seconds, reported in milliseconds."""
    ms = [v * 1000.0 for v in values_s]
    if not ms:
        return {"n": 0}
    return {
        "n": len(ms),
        "median_ms": statistics.median(ms),
        "p90_ms": pct(ms, 90),
        "min_ms": min(ms),
        "max_ms": max(ms),
        "mean_ms": statistics.fmean(ms),
        "samples_ms": [round(v, 3) for v in ms],
    }


# --------------------------------------------------------------------------------------
# a thin, low-overhead client on top of jupyter_client's sockets and Session
# --------------------------------------------------------------------------------------

class Client:
    """Plain (non-asyncio) shell and iopub sockets from KernelManager.connect_*, signed with
    the manager's Session: the same wire messages a Jupyter client sends, without its
    channel threads."""

    def __init__(self, km: KernelManager):
        self.km = km
        self.session = km.session
        self.shell = km.connect_shell(identity=self.session.bsession)
        self.iopub = km.connect_iopub()
        self.poller = zmq.Poller()
        self.poller.register(self.shell, zmq.POLLIN)
        self.poller.register(self.iopub, zmq.POLLIN)
        self.idle_missed = 0

    def close(self):
        for sock in (self.shell, self.iopub):
            try:
                sock.close(linger=0)
            except Exception:
                pass

    def send(self, msg_type, content):
        msg = self.session.msg(msg_type, content)
        self.session.send(self.shell, msg)
        return msg["header"]["msg_id"]

    def _recv(self, sock):
        _, msg = self.session.recv(sock, mode=zmq.NOBLOCK)
        return msg

    def wait(self, msg_id, reply_type, want_idle, timeout, t0=None, on_iopub=None):
        """Waits for the reply to msg_id (and its iopub idle when want_idle).

        Returns (reply, t_reply, t_done) as perf_counter values.
        """
        deadline = time.perf_counter() + timeout
        reply = t_reply = t_idle = None
        while True:
            if reply is not None and (not want_idle or t_idle is not None):
                return reply, t_reply, max(t_reply, t_idle or t_reply)
            left = deadline - time.perf_counter()
            if left <= 0:
                if reply is not None and want_idle:
                    # The reply came but no idle status (a late iopub subscription at start).
                    self.idle_missed += 1
                    return reply, t_reply, t_reply
                raise BenchError("timed out after %.1f s waiting for %s" % (timeout, reply_type))
            events = dict(self.poller.poll(int(left * 1000) + 1))
            now = time.perf_counter()
            if self.shell in events:
                while True:
                    msg = self._recv(self.shell)
                    if msg is None:
                        break
                    if msg["parent_header"].get("msg_id") == msg_id and msg["msg_type"] == reply_type:
                        reply, t_reply = msg, now
            if self.iopub in events:
                while True:
                    msg = self._recv(self.iopub)
                    if msg is None:
                        break
                    if msg["parent_header"].get("msg_id") != msg_id:
                        continue
                    if on_iopub is not None:
                        on_iopub(msg)
                    if msg["msg_type"] == "status" and msg["content"].get("execution_state") == "idle":
                        t_idle = now

    def request(self, msg_type, content, reply_type, want_idle=False, timeout=30.0, on_iopub=None):
        t0 = time.perf_counter()
        msg_id = self.send(msg_type, content)
        reply, t_reply, t_done = self.wait(msg_id, reply_type, want_idle, timeout, on_iopub=on_iopub)
        return reply, t_reply - t0, t_done - t0

    def execute(self, code, timeout=60.0):
        results = []

        def collect(msg):
            if msg["msg_type"] == "execute_result":
                results.append(msg["content"]["data"].get("text/plain"))
            elif msg["msg_type"] == "error":
                results.append("ERROR %s: %s" % (msg["content"].get("ename"), msg["content"].get("evalue")))

        content = {"code": code, "silent": False, "store_history": True,
                   "user_expressions": {}, "allow_stdin": False, "stop_on_error": True}
        reply, t_reply, t_done = self.request("execute_request", content, "execute_reply",
                                              want_idle=True, timeout=timeout, on_iopub=collect)
        return reply, t_reply, t_done, results

    def kernel_info(self, timeout=30.0):
        return self.request("kernel_info_request", {}, "kernel_info_reply", timeout=timeout)

    def complete(self, code, timeout=30.0):
        return self.request("complete_request", {"code": code, "cursor_pos": len(code)},
                            "complete_reply", timeout=timeout)


# --------------------------------------------------------------------------------------
# kernel configurations
# --------------------------------------------------------------------------------------

def java_version(java_home):
    out = subprocess.run([str(Path(java_home) / "bin" / "java"), "-version"],
                         capture_output=True, text=True).stderr
    m = re.search(r'version "([^"]+)"', out)
    return (m.group(1) if m else "?"), out.strip()


def java_feature(version):
    head = version.split(".")[0]
    if head == "1":
        return int(version.split(".")[1])
    return int(re.match(r"\d+", head).group(0))


def file_sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def stale_sources():
    """What ./atj would rebuild: sources newer than kernel/target/atj-kernel.jar."""
    jar = REPO / "kernel" / "target" / "atj-kernel.jar"
    if not jar.exists():
        return ["kernel/target/atj-kernel.jar missing"]
    jar_mtime = jar.stat().st_mtime
    newer = []
    for root in ["pom.xml", "kernel/pom.xml", "lib/pom.xml", "kernel/src/main", "lib/src/main"]:
        p = REPO / root
        paths = [p] if p.is_file() else (p.rglob("*") if p.exists() else [])
        for f in paths:
            if f.is_file() and f.stat().st_mtime > jar_mtime:
                newer.append(str(f.relative_to(REPO)))
    return sorted(newer)


def install_atj(java_home, prefix, use_launcher, jvm_opts=()):
    """Installs the atj kernelspec for this JDK under prefix/share/jupyter/kernels."""
    env = dict(os.environ, JAVA_HOME=str(java_home))
    if use_launcher:
        cmd = [str(REPO / "atj"), "install", "--prefix", str(prefix)]
    else:
        # Exactly what ./atj install runs, minus its "rebuild when sources are newer" step:
        # the benchmark measures the jar that is built, and never triggers a Maven build.
        cmd = [str(Path(java_home) / "bin" / "java"), "-Datj.home=%s" % REPO,
               "-cp", "%s:%s/*" % (REPO / "kernel/target/atj-kernel.jar", REPO / "kernel/target/deps"),
               "dev.atj.kernel.cli.Main", "install", "--prefix", str(prefix)]
    for opt in jvm_opts:
        cmd.append("--jvm-opt=" + opt)
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True, cwd=REPO)
    elapsed = time.perf_counter() - t0
    if proc.returncode != 0:
        raise BenchError("installing the atj kernelspec failed (%s): %s%s"
                         % (" ".join(cmd), proc.stdout, proc.stderr))
    spec_file = Path(prefix) / "share" / "jupyter" / "kernels" / "atj" / "kernel.json"
    return cmd, json.loads(spec_file.read_text()), {"install_s": round(elapsed, 2),
                                                      "install_output": (proc.stdout + proc.stderr).strip()}


def cds_archive(argv):
    """The AppCDS archive the kernelspec maps (the last -XX:SharedArchiveFile=... wins)."""
    archive = None
    for arg in argv:
        if arg.startswith("-XX:SharedArchiveFile="):
            archive = Path(arg.split("=", 1)[1])
    return archive


def loadavg():
    try:
        return [float(x) for x in Path("/proc/loadavg").read_text().split()[:3]]
    except OSError:
        return None


def thread_cpu(pid):
    """CPU seconds of the process's threads, grouped: jit, vm (VM Thread, GC), other."""
    tick = os.sysconf("SC_CLK_TCK")
    groups = {"jit": 0.0, "vm": 0.0, "other": 0.0}
    try:
        tasks = os.listdir("/proc/%d/task" % pid)
    except OSError:
        return groups
    for t in tasks:
        try:
            stat = Path("/proc/%d/task/%s/stat" % (pid, t)).read_text()
        except OSError:
            continue
        name = stat[stat.index("(") + 1:stat.rindex(")")]
        fields = stat[stat.rindex(")") + 2:].split()
        cpu = (int(fields[11]) + int(fields[12])) / tick
        if "Compil" in name:
            groups["jit"] += cpu
        elif name.startswith(("VM Thread", "GC ", "G1 ", "VM Periodic")):
            groups["vm"] += cpu
        else:
            groups["other"] += cpu
    return groups


def cpu_delta(before, after):
    return {k: round(after[k] - before[k], 3) for k in before}


def file_state(path):
    if path is None:
        return None
    try:
        st = path.stat()
        return {"path": str(path), "size": st.st_size,
                "mtime": datetime.datetime.fromtimestamp(st.st_mtime).isoformat(timespec="seconds")}
    except FileNotFoundError:
        return {"path": str(path), "size": None, "mtime": None}


# --------------------------------------------------------------------------------------
# measurements
# --------------------------------------------------------------------------------------

def rss_kib(pid):
    def one(p):
        try:
            for line in Path("/proc/%d/status" % p).read_text().splitlines():
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
        except (FileNotFoundError, ProcessLookupError):
            pass
        return 0

    def children(p):
        kids = []
        task_dir = Path("/proc/%d/task" % p)
        try:
            for t in task_dir.iterdir():
                try:
                    kids += [int(x) for x in (t / "children").read_text().split()]
                except OSError:
                    pass
        except OSError:
            pass
        return kids

    own = one(pid)
    child_total = 0
    todo = children(pid)
    while todo:
        c = todo.pop()
        child_total += one(c)
        todo += children(c)
    return own, child_total


class ForeignLoad:
    """Samples, every 0.25 s, the CPU time of processes that are not this harness or its
    descendants (kernels, installer): other work on a 2-core machine skews the timings, and
    this says how much there was. Processes that live less than a sample are missed."""

    def __init__(self):
        self.me = os.getpid()
        self.tick = os.sysconf("SC_CLK_TCK")
        self.seen = {}  # (pid, starttime) -> cpu seconds at last sample
        self.total = 0.0
        self.names = {}
        self.lock = threading.Lock()
        self.stop_event = threading.Event()
        self._sample(baseline=True)
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _stat(self, pid):
        s = Path("/proc/%d/stat" % pid).read_text()
        name = s[s.index("(") + 1:s.rindex(")")]
        f = s[s.rindex(")") + 2:].split()
        return name, int(f[1]), int(f[19]), (int(f[11]) + int(f[12])) / self.tick  # ppid, starttime

    def _sample(self, baseline=False):
        stats = {}
        for d in os.listdir("/proc"):
            if d.isdigit():
                try:
                    stats[int(d)] = self._stat(int(d))
                except (OSError, ValueError, IndexError):
                    pass
        ours = set()
        for pid in stats:
            p, hops = pid, 0
            while p in stats and hops < 64:
                if p == self.me:
                    ours.add(pid)
                    break
                p, hops = stats[p][1], hops + 1
        with self.lock:
            for pid, (name, _, start, cpu) in stats.items():
                if pid in ours or pid == os.getpid():
                    continue
                key = (pid, start)
                if key in self.seen:
                    delta = cpu - self.seen[key]
                elif baseline:
                    delta = 0.0
                else:
                    delta = cpu  # started since the last sample
                self.seen[key] = cpu
                if delta > 0:
                    self.total += delta
                    self.names[name] = self.names.get(name, 0.0) + delta

    def _run(self):
        while not self.stop_event.wait(0.25):
            try:
                self._sample()
            except Exception:
                pass

    def read(self):
        with self.lock:
            return self.total, dict(self.names)

    def close(self):
        self.stop_event.set()
        self.thread.join(timeout=2)


class Bench:
    def __init__(self, args, ctx):
        self.args = args
        self.ctx = ctx
        self.live = []  # (km, client) pairs still up, for the finally block
        self.foreign = None

    def start(self, kernel_name, ksm, stderr_path, timeout=120.0):
        """Starts a kernel; returns (km, client, seconds to first kernel_info_reply, reply)."""
        km = KernelManager(kernel_name=kernel_name, kernel_spec_manager=ksm, context=self.ctx)
        entry = [km, None]
        self.live.append(entry)
        err = open(stderr_path, "ab")
        try:
            t0 = time.perf_counter()
            km.start_kernel(stderr=err, stdout=err)
            client = Client(km)
            entry[1] = client
            msg_id = client.send("kernel_info_request", {})
            reply, t_reply, _ = client.wait(msg_id, "kernel_info_reply", False, timeout)
            return km, client, t_reply - t0, reply
        finally:
            err.close()

    def stop(self, km, client, wait_time=None):
        for entry in list(self.live):
            if entry[0] is km:
                self.live.remove(entry)
        if client is not None:
            client.close()
        if wait_time is not None:
            km.shutdown_wait_time = wait_time
        t0 = time.perf_counter()
        if km.has_kernel:
            km.shutdown_kernel(now=False)
        return time.perf_counter() - t0

    def stop_all(self):
        for km, client in list(self.live):
            try:
                self.stop(km, client, wait_time=10.0)
            except Exception as e:  # keep going: every kernel must be shut down
                log("shutdown failed:", e)
                try:
                    km.shutdown_kernel(now=True)
                except Exception:
                    pass

    def run_config(self, cfg):
        a = self.args
        sample = SAMPLES[cfg["language"]]
        result = {"label": cfg["label"], "kernel_name": cfg["kernel_name"], "language": cfg["language"]}
        result.update(cfg.get("info", {}))
        stderr_path = cfg["stderr_path"]
        ksm = cfg["ksm"]

        def setup_ok(client, code):
            reply, _, _, out = client.execute(code)
            if reply["content"].get("status") != "ok":
                raise BenchError("%r failed: %s %s" % (code, reply["content"].get("ename"),
                                                      reply["content"].get("evalue")))
            return out

        result["loadavg_before"] = loadavg()
        foreign0, names0 = self.foreign.read() if self.foreign else (0.0, {})
        # 0. throwaway start
        archive = cfg.get("cds_archive")
        if archive is not None:
            result["cds_archive_before"] = file_state(archive)
        log(cfg["label"], "throwaway start")
        km, client, t, _ = self.start(cfg["kernel_name"], ksm, stderr_path)
        setup_ok(client, sample["declare"])
        setup_ok(client, sample["expr"])
        if sample["complete_setup"]:
            setup_ok(client, sample["complete_setup"])
        client.complete(sample["complete"])
        shutdown_s = self.stop(km, client, wait_time=120.0)
        result["throwaway"] = {"start_s": t, "shutdown_s": shutdown_s}
        if archive is not None:
            result["cds_archive_after"] = file_state(archive)

        # 1. fresh starts
        starts, first_exec, cold_expr, to_first_result, shutdowns = [], [], [], [], []
        km = client = None
        for n in range(a.starts):
            km, client, t, info = self.start(cfg["kernel_name"], ksm, stderr_path)
            t_start0 = t
            _, _, t_decl, out_decl = client.execute(sample["declare"])
            _, _, t_expr, out_expr = client.execute(sample["expr"])
            if out_expr != ["1"]:
                raise BenchError("cold %r gave %r, expected ['1']" % (sample["expr"], out_expr))
            starts.append(t_start0)
            first_exec.append(t_decl)
            cold_expr.append(t_expr)
            to_first_result.append(t_start0 + t_decl + t_expr)
            log(cfg["label"], "start %d: %.0f ms, first exec %.0f ms, cold 1+i %.1f ms"
                % (n + 1, t_start0 * 1000, t_decl * 1000, t_expr * 1000))
            if n == 0:
                content = info["content"]
                result["kernel_info"] = {k: content.get(k) for k in
                                         ("implementation", "implementation_version", "banner")}
                result["kernel_info"]["language_version"] = content.get("language_info", {}).get("version")
            if n < a.starts - 1:
                shutdowns.append(self.stop(km, client))
        result["start"] = summary(starts)
        result["first_execute"] = summary(first_exec)
        result["cold_expr"] = summary(cold_expr)
        result["start_to_first_result"] = summary(to_first_result)
        result["shutdown"] = summary(shutdowns)
        result["kernel_pid"] = km.provisioner.process.pid

        pid = result["kernel_pid"]
        cpu = {}
        try:
            # 2. kernel_info round trips
            for _ in range(a.warmup):
                client.kernel_info()
            c0 = thread_cpu(pid)
            times = [client.kernel_info()[1] for _ in range(a.runs)]
            cpu["kernel_info"] = cpu_delta(c0, thread_cpu(pid))
            result["kernel_info_rtt"] = summary(times)
            log(cfg["label"], "kernel_info median %.2f ms" % result["kernel_info_rtt"]["median_ms"])

            # 3. execute 1+i
            for _ in range(a.warmup):
                client.execute(sample["expr"])
            done, reply_only, bad = [], [], 0
            c0 = thread_cpu(pid)
            for _ in range(a.runs):
                reply, t_reply, t_done, out = client.execute(sample["expr"])
                if reply["content"].get("status") != "ok" or out != ["1"]:
                    bad += 1
                done.append(t_done)
                reply_only.append(t_reply)
            cpu["execute"] = cpu_delta(c0, thread_cpu(pid))
            result["execute"] = summary(done)
            k = min(50, len(done) // 2)
            if k:
                result["execute_trend"] = {"first_%d_median_ms" % k: statistics.median(done[:k]) * 1000,
                                           "last_%d_median_ms" % k: statistics.median(done[-k:]) * 1000}
            result["execute_reply_only"] = summary(reply_only)
            result["execute_bad_results"] = bad
            log(cfg["label"], "execute median %.2f ms (reply only %.2f ms)"
                % (result["execute"]["median_ms"], result["execute_reply_only"]["median_ms"]))

            # 4. completion
            if sample["complete_setup"]:
                setup_ok(client, sample["complete_setup"])
            for _ in range(5):
                client.complete(sample["complete"])
            times, matches = [], None
            c0 = thread_cpu(pid)
            for _ in range(a.complete_runs):
                reply, t, _ = client.complete(sample["complete"])
                times.append(t)
                matches = reply["content"].get("matches")
            cpu["complete"] = cpu_delta(c0, thread_cpu(pid))
            result["kernel_cpu_s"] = cpu
            result["complete"] = summary(times)
            result["complete_code"] = sample["complete"]
            result["complete_matches"] = matches
            if not matches or not any(sample["complete_expect"] in m for m in matches):
                result["complete_warning"] = "expected a match containing %r" % sample["complete_expect"]
            log(cfg["label"], "complete median %.2f ms, %d matches"
                % (result["complete"]["median_ms"], len(matches or [])))

            # 5. idle RSS
            time.sleep(a.idle)
            own, kids = rss_kib(pid)
            result["idle_rss_mib"] = own / 1024.0
            result["idle_rss_children_mib"] = kids / 1024.0
            log(cfg["label"], "idle RSS %.1f MiB" % (own / 1024.0))

            # 6. interrupts
            times, statuses = [], []
            for n in range(a.interrupts):
                msg_id = client.send("execute_request", {
                    "code": sample["loop"], "silent": False, "store_history": True,
                    "user_expressions": {}, "allow_stdin": False, "stop_on_error": True})
                time.sleep(0.5)
                t0 = time.perf_counter()
                km.interrupt_kernel()
                reply, t_reply, t_done = client.wait(msg_id, "execute_reply", True, a.interrupt_timeout)
                times.append(t_reply - t0)
                statuses.append("%s/%s" % (reply["content"].get("status"), reply["content"].get("ename")))
                log(cfg["label"], "interrupt %d: %.1f ms (%s)" % (n + 1, (t_reply - t0) * 1000, statuses[-1]))
            result["interrupt"] = summary(times)
            result["interrupt_reply_status"] = statuses
            # the kernel must still work afterwards
            _, _, _, out = client.execute(sample["expr"])
            result["works_after_interrupt"] = out == ["1"]
            result["idle_missed"] = client.idle_missed
        finally:
            shutdowns.append(self.stop(km, client))
            result["shutdown"] = summary(shutdowns)
            if archive is not None:
                result["cds_archive_end"] = file_state(archive)
            result["loadavg_after"] = loadavg()
            if self.foreign:
                foreign1, names1 = self.foreign.read()
                result["foreign_cpu_s"] = round(foreign1 - foreign0, 2)
                top = sorted(((n, v - names0.get(n, 0.0)) for n, v in names1.items()), key=lambda kv: -kv[1])
                result["foreign_cpu_top"] = {n: round(v, 2) for n, v in top[:5] if v > 0.05}
                if result["foreign_cpu_s"] > 1.0:
                    log(cfg["label"], "warning: other processes used %.1f s of CPU during this part: %s"
                        % (result["foreign_cpu_s"], result["foreign_cpu_top"]))
        return result


# --------------------------------------------------------------------------------------
# report
# --------------------------------------------------------------------------------------

def fmt(x, digits=1):
    return "—" if x is None else ("%.*f" % (digits, x))


def markdown_table(results):
    cols = [r["label"] for r in results]
    rows = []

    def row(name, fn):
        cells = []
        for r in results:
            try:
                cells.append(fn(r))
            except (KeyError, TypeError):
                cells.append("—")
        rows.append("| %s | %s |" % (name, " | ".join(cells)))

    row("start → kernel_info_reply, median (min) [ms]",
        lambda r: "%s (%s)" % (fmt(r["start"]["median_ms"], 0), fmt(r["start"]["min_ms"], 0)))
    row("first execute after start (declaration), median [ms]",
        lambda r: fmt(r["first_execute"]["median_ms"], 0))
    row("cold `1+i` (next execute), median [ms]", lambda r: fmt(r["cold_expr"]["median_ms"]))
    row("start → first `1+i` result, median [ms]", lambda r: fmt(r["start_to_first_result"]["median_ms"], 0))
    row("kernel_info round trip, median / p90 [ms]",
        lambda r: "%s / %s" % (fmt(r["kernel_info_rtt"]["median_ms"], 2), fmt(r["kernel_info_rtt"]["p90_ms"], 2)))
    row("execute `1+i` → reply + idle, median / p90 [ms]",
        lambda r: "%s / %s" % (fmt(r["execute"]["median_ms"], 2), fmt(r["execute"]["p90_ms"], 2)))
    row("execute `1+i` → reply only, median / p90 [ms]",
        lambda r: "%s / %s" % (fmt(r["execute_reply_only"]["median_ms"], 2),
                               fmt(r["execute_reply_only"]["p90_ms"], 2)))
    row("completion, median / p90 [ms]",
        lambda r: "%s / %s" % (fmt(r["complete"]["median_ms"], 2), fmt(r["complete"]["p90_ms"], 2)))
    row("interrupt → execute_reply, median (max) [ms]",
        lambda r: "%s (%s)" % (fmt(r["interrupt"]["median_ms"]), fmt(r["interrupt"]["max_ms"])))
    row("idle RSS [MiB]", lambda r: fmt(r["idle_rss_mib"]))
    row("CPU used by other processes meanwhile [s]", lambda r: fmt(r["foreign_cpu_s"]))
    head = "| | %s |\n|---|%s" % (" | ".join(cols), "---|" * len(cols))
    return head + "\n" + "\n".join(rows)


# --------------------------------------------------------------------------------------
# main
# --------------------------------------------------------------------------------------

def parse_args():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--kernels", default="atj,python3",
                   help="comma-separated: atj and/or python3 (default: atj,python3)")
    p.add_argument("--jdk", action="append", metavar="HOME",
                   help="JDK home for ATJ; repeat for several (default: %s, those present)"
                        % ", ".join(DEFAULT_JDKS))
    p.add_argument("--runs", type=int, default=200, help="kernel_info and execute repetitions (200)")
    p.add_argument("--warmup", type=int, default=20, help="unmeasured warm-up requests before those (20)")
    p.add_argument("--complete-runs", type=int, default=50, help="complete_request repetitions (50)")
    p.add_argument("--starts", type=int, default=5, help="fresh starts after the throwaway one (5)")
    p.add_argument("--interrupts", type=int, default=5, help="interrupt repetitions (5)")
    p.add_argument("--interrupt-timeout", type=float, default=20.0,
                   help="seconds to wait for the interrupted cell's reply (20)")
    p.add_argument("--idle", type=float, default=2.0, help="idle seconds before reading RSS (2)")
    p.add_argument("--json", default=str(REPO / "bench" / "results.json"),
                   help="where to write the JSON results (bench/results.json)")
    p.add_argument("--markdown", action="store_true", help="also print the environment as markdown")
    p.add_argument("--launcher", action="store_true",
                   help="install the kernelspec through ./atj install (which rebuilds when sources "
                        "are newer than the jar) instead of running the built jar's installer")
    p.add_argument("--atj-jvm-opt", action="append", metavar="OPT",
                   help="extra JVM option for the ATJ kernel (passed to install as --jvm-opt); "
                        "for experiments such as a JFR recording, not for the reported numbers")
    return p.parse_args()


def main():
    a = parse_args()
    kernels = [k.strip() for k in a.kernels.split(",") if k.strip()]
    for k in kernels:
        if k not in ("atj", "python3"):
            sys.exit("unknown kernel %r (use atj and/or python3)" % k)
    jdks = a.jdk or [j for j in DEFAULT_JDKS if (Path(j) / "bin" / "java").exists()]

    t_begin = time.perf_counter()
    load_start = loadavg()
    if load_start and load_start[0] > 0.5:
        log("warning: load average %s before the run: other work on this machine skews the timings"
            % load_start)
    env_info = {
        "date": datetime.datetime.now().isoformat(timespec="seconds"),
        "nproc": os.cpu_count(),
        "nproc_available": len(os.sched_getaffinity(0)),
        "cpu_model": next((l.split(":", 1)[1].strip() for l in Path("/proc/cpuinfo").read_text().splitlines()
                           if l.startswith("model name")), platform.processor()),
        "mem_total_kib": next((int(l.split()[1]) for l in Path("/proc/meminfo").read_text().splitlines()
                               if l.startswith("MemTotal:")), None),
        "kernel": platform.release(),
        "python": sys.version.split()[0],
        "python_executable": sys.executable,
        "jupyter_client": jupyter_client.__version__,
        "pyzmq": zmq.__version__,
        "libzmq": zmq.zmq_version(),
        "client_reconnect_ivl_ms": RECONNECT_IVL_MS,
        "loadavg_start": load_start,
        "settings": {"runs": a.runs, "warmup": a.warmup, "complete_runs": a.complete_runs,
                     "starts": a.starts, "interrupts": a.interrupts, "idle_s": a.idle,
                     "launcher": a.launcher, "atj_jvm_opts": a.atj_jvm_opt or []},
    }
    try:
        import ipykernel
        env_info["ipykernel"] = ipykernel.__version__
    except ImportError:
        env_info["ipykernel"] = None
    try:
        env_info["git_commit"] = subprocess.run(["git", "-C", str(REPO), "rev-parse", "HEAD"],
                                                capture_output=True, text=True).stdout.strip()
        env_info["git_dirty"] = subprocess.run(["git", "-C", str(REPO), "status", "--porcelain", "--untracked-files=no"],
                                               capture_output=True, text=True).stdout.splitlines()
    except OSError:
        pass

    ctx = zmq.Context()
    ctx.setsockopt(zmq.RECONNECT_IVL, RECONNECT_IVL_MS)
    ctx.setsockopt(zmq.LINGER, 100)
    bench = Bench(a, ctx)
    bench.foreign = ForeignLoad()
    tmp = Path(tempfile.mkdtemp(prefix="atj-bench-"))
    configs, results, failures = [], [], []
    saved_jupyter_path = os.environ.get("JUPYTER_PATH")

    def on_sigterm(*_):
        raise KeyboardInterrupt  # so that the finally block shuts the kernels down

    signal.signal(signal.SIGTERM, on_sigterm)
    try:
        if "atj" in kernels:
            jar = REPO / "kernel" / "target" / "atj-kernel.jar"
            if not jar.exists() and not a.launcher:
                sys.exit("kernel/target/atj-kernel.jar is missing: build it first "
                         "(cd %s && mvn -q -B package -DskipITs) or pass --launcher" % REPO)
            env_info["stale_sources"] = stale_sources()
            if env_info["stale_sources"] and not a.launcher:
                log("note: sources newer than the jar (measuring the built jar):",
                    ", ".join(env_info["stale_sources"]))
            for jdk in jdks:
                version, version_text = java_version(jdk)
                feature = java_feature(version)
                prefix = tmp / ("prefix-jdk%d" % feature)
                log("installing the atj kernelspec for", jdk)
                cmd, spec, install_info = install_atj(jdk, prefix, a.launcher, a.atj_jvm_opt or ())
                env_info["atj_jar_sha256"] = file_sha256(jar)
                archive = cds_archive(spec["argv"])
                configs.append({
                    "label": "ATJ JDK %d" % feature,
                    "kernel_name": "atj",
                    "language": "java",
                    "jupyter_path": str(prefix / "share" / "jupyter"),
                    "cds_archive": archive,
                    "info": {"java_home": str(jdk), "java_version": version,
                             "java_version_text": version_text, "install_command": cmd, **install_info,
                             "kernelspec_argv": spec["argv"], "interrupt_mode": spec.get("interrupt_mode")},
                })
        if "python3" in kernels:
            configs.append({"label": "ipykernel", "kernel_name": "python3", "language": "python",
                            "jupyter_path": None, "cds_archive": None, "info": {}})

        for cfg in configs:
            if cfg["jupyter_path"]:
                os.environ["JUPYTER_PATH"] = cfg["jupyter_path"]
            elif saved_jupyter_path is None:
                os.environ.pop("JUPYTER_PATH", None)
            else:
                os.environ["JUPYTER_PATH"] = saved_jupyter_path
            cfg["ksm"] = KernelSpecManager()
            spec = cfg["ksm"].get_kernel_spec(cfg["kernel_name"])
            cfg["info"]["kernelspec_dir"] = spec.resource_dir
            cfg["info"].setdefault("kernelspec_argv", spec.argv)
            cfg["stderr_path"] = tmp / ("%s.stderr.log" % cfg["label"].replace(" ", "_"))
            t_cfg = time.perf_counter()
            try:
                res = bench.run_config(cfg)
                res["elapsed_s"] = time.perf_counter() - t_cfg
                results.append(res)
            except Exception as e:
                log(cfg["label"], "FAILED:", e)
                traceback.print_exc()
                bench.stop_all()
                tail = ""
                try:
                    tail = Path(cfg["stderr_path"]).read_text(errors="replace")[-3000:]
                except OSError:
                    pass
                failures.append({"label": cfg["label"], "error": repr(e), "kernel_stderr_tail": tail})
            # kernel stderr of interest (warnings, errors) goes into the results
            try:
                lines = Path(cfg["stderr_path"]).read_text(errors="replace").splitlines()
                if results and results[-1]["label"] == cfg["label"]:
                    results[-1]["kernel_stderr_lines"] = len(lines)
                    results[-1]["kernel_stderr_sample"] = [l for l in lines if l.strip()][:20]
            except OSError:
                pass
        env_info["git_commit_end"] = subprocess.run(["git", "-C", str(REPO), "rev-parse", "HEAD"],
                                                    capture_output=True, text=True).stdout.strip()
        if "atj" in kernels and (REPO / "kernel/target/atj-kernel.jar").exists():
            after = file_sha256(REPO / "kernel/target/atj-kernel.jar")
            if after != env_info.get("atj_jar_sha256"):
                env_info["warning"] = "kernel/target/atj-kernel.jar changed during the run"
                log("WARNING: kernel/target/atj-kernel.jar changed during the run")
    finally:
        bench.stop_all()
        bench.foreign.close()
        if saved_jupyter_path is None:
            os.environ.pop("JUPYTER_PATH", None)
        else:
            os.environ["JUPYTER_PATH"] = saved_jupyter_path
        ctx.destroy(linger=0)
        shutil.rmtree(tmp, ignore_errors=True)

    env_info["elapsed_s"] = time.perf_counter() - t_begin
    out = {"environment": env_info, "results": results, "failures": failures}
    Path(a.json).parent.mkdir(parents=True, exist_ok=True)

    def plain(o):
        if isinstance(o, Path):
            return str(o)
        raise TypeError(type(o))

    Path(a.json).write_text(json.dumps(out, indent=2, default=plain) + "\n")

    if a.markdown:
        print("Machine: %s × %d (`nproc` %d), %.1f GiB; Python %s, jupyter_client %s, ipykernel %s, "
              "pyzmq %s (libzmq %s)\n" % (env_info["cpu_model"], env_info["nproc"], env_info["nproc_available"],
                                            (env_info["mem_total_kib"] or 0) / 1048576, env_info["python"],
                                            env_info["jupyter_client"], env_info["ipykernel"],
                                            env_info["pyzmq"], env_info["libzmq"]))
        for r in results:
            if "java_version" in r:
                print("- %s: `%s` (%s)" % (r["label"], r["java_home"], r["java_version"]))
        st = env_info["settings"]
        print("- ATJ commit %s%s; %d starts, %d+%d kernel_info/execute runs (warm-up+measured), "
              "%d completions, %d interrupts; load average before %s"
              % (env_info.get("git_commit", "?")[:7], " (dirty)" if env_info.get("git_dirty") else "",
                 st["starts"], st["warmup"], st["runs"], st["complete_runs"], st["interrupts"],
                 env_info.get("loadavg_start")))
        print()
    if results:
        print(markdown_table(results))
    for f in failures:
        print("\nFAILED %s: %s" % (f["label"], f["error"]))
    print("\nJSON: %s (total %.0f s)" % (a.json, env_info["elapsed_s"]))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
