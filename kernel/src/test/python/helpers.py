"""Helpers shared by ATJ's integration tests: JDK discovery, kernel start/stop, and
execute-and-collect functions over jupyter_client's blocking client."""

import glob
import os
import shutil
import time
from pathlib import Path
from queue import Empty

from jupyter_client.kernelspec import KernelSpecManager
from jupyter_client.manager import KernelManager

ROOT = Path(__file__).resolve().parents[4]
KERNEL_NAME = "atj"
STARTUP_TIMEOUT = 90
TIMEOUT = 30
DEFAULT_JDK17 = "/usr/lib/jvm/java-17-openjdk-amd64"


def jdk_homes():
    """The JDK homes to test with, the default one first."""
    listed = os.environ.get("ATJ_TEST_JDKS")
    if listed:
        homes = [h for h in listed.split(os.pathsep) if h.strip()]
    else:
        homes = [DEFAULT_JDK17] + sorted(glob.glob("/usr/lib/jvm/temurin-2*"))
    seen = []
    for home in homes:
        home = os.path.realpath(home)
        if home not in seen:
            seen.append(home)
    return seen


def jdk_id(home):
    """A short test id for a JDK home: its release version when known, else its dir name."""
    return f"jdk{jdk_feature(home) or Path(home).name}"


def jdk_feature(home):
    """The feature release (17, 25, ...) named in the JDK's release file, or None."""
    try:
        for line in Path(home, "release").read_text().splitlines():
            if line.startswith("JAVA_VERSION="):
                version = line.split("=", 1)[1].strip().strip('"')
                return version.split(".")[0]
    except OSError:
        pass
    return None


JDK_HOMES = jdk_homes()


def start_kernel(data_dir=None):
    """Starts an ATJ kernel (from the kernelspec under data_dir, default JUPYTER_PATH's) and a
    ready blocking client. Returns (km, kc); pair it with stop_kernel."""
    if data_dir is None:
        km = KernelManager(kernel_name=KERNEL_NAME)
    else:
        ksm = KernelSpecManager(kernel_dirs=[str(Path(data_dir, "kernels"))])
        km = KernelManager(kernel_name=KERNEL_NAME, kernel_spec_manager=ksm)
    km.start_kernel()
    kc = km.client()
    kc.start_channels()
    try:
        kc.wait_for_ready(timeout=STARTUP_TIMEOUT)
    except BaseException:
        kc.stop_channels()
        km.shutdown_kernel(now=True)
        raise
    return km, kc


def stop_kernel(km, kc):
    try:
        kc.stop_channels()
    finally:
        if km.has_kernel:
            try:
                km.shutdown_kernel(now=False)
            except Exception:
                km.shutdown_kernel(now=True)


def kernel_pid(km):
    return km.provisioner.process.pid


def drain(kc):
    """Throws away every message waiting for kc (and those put aside by iopub_until_idle)."""
    _pending(kc, "iopub").clear()
    _pending(kc, "shell").clear()
    for get in (kc.get_shell_msg, kc.get_iopub_msg, kc.get_stdin_msg, kc.get_control_msg):
        while True:
            try:
                get(timeout=0.05)
            except Empty:
                break


def _pending(kc, channel="iopub"):
    """Messages read while waiting for another request's, kept for a later wait."""
    if not hasattr(kc, "_atj_pending"):
        kc._atj_pending = {"iopub": [], "shell": []}
    return kc._atj_pending[channel]


def shell_reply(kc, msg_id, timeout=TIMEOUT):
    """The shell reply to msg_id; replies to other requests are put aside for their waits."""
    pending = _pending(kc, "shell")
    for msg in pending:
        if msg["parent_header"].get("msg_id") == msg_id:
            pending.remove(msg)
            return msg
    deadline = time.monotonic() + timeout
    while True:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise AssertionError(f"no shell reply to {msg_id} within {timeout} s")
        try:
            msg = kc.get_shell_msg(timeout=min(remaining, 1.0))
        except Empty:
            continue
        if msg["parent_header"].get("msg_id") == msg_id:
            return msg
        pending.append(msg)
        del pending[:-100]


def iopub_until_idle(kc, msg_id, timeout=TIMEOUT, with_status=False):
    """iopub messages whose parent is msg_id, up to its idle status (busy and idle left out
    unless with_status). Messages of other requests are put aside for their own waits.

    Each message gets a "_t" entry: time.monotonic() when the test received it."""
    pending = _pending(kc)
    deadline = time.monotonic() + timeout
    out = []
    while True:
        mine = [m for m in pending if m["parent_header"].get("msg_id") == msg_id]
        if mine:
            msg = mine[0]
            pending.remove(msg)
        else:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise AssertionError(
                    f"no idle status for {msg_id} within {timeout} s; got {out}")
            try:
                msg = kc.get_iopub_msg(timeout=min(remaining, 1.0))
            except Empty:
                continue
            msg["_t"] = time.monotonic()
            if msg["parent_header"].get("msg_id") != msg_id:
                pending.append(msg)
                del pending[:-1000]
                continue
        if msg["msg_type"] == "status":
            if with_status:
                out.append(msg)
            if msg["content"]["execution_state"] == "idle":
                return out
            continue
        out.append(msg)


def execute(kc, code, timeout=TIMEOUT, **kwargs):
    """Runs code; returns (reply, iopub messages for it up to idle). The reply gets "_t" too."""
    kwargs.setdefault("allow_stdin", False)
    msg_id = kc.execute(code, **kwargs)
    reply = shell_reply(kc, msg_id, timeout)
    reply["_t"] = time.monotonic()
    msgs = iopub_until_idle(kc, msg_id, timeout)
    return reply, msgs


def of_type(msgs, msg_type):
    return [m for m in msgs if m["msg_type"] == msg_type]


def result_text(msgs):
    """The text/plain of the single execute_result among msgs."""
    results = of_type(msgs, "execute_result")
    assert len(results) == 1, f"expected one execute_result, got {msgs}"
    return results[0]["content"]["data"]["text/plain"]


def stream_text(msgs, name="stdout"):
    return "".join(m["content"]["text"] for m in of_type(msgs, "stream")
                   if m["content"]["name"] == name)


def evaluate(kc, code, timeout=TIMEOUT):
    """Runs code that must succeed with a value; returns the value's text/plain."""
    reply, msgs = execute(kc, code, timeout=timeout)
    assert reply["content"]["status"] == "ok", f"{code!r} failed: {reply['content']}"
    return result_text(msgs)


def cpu_seconds(pid):
    """utime + stime of a process, in seconds."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    # fields[0] is the state (field 3); utime and stime are fields 14 and 15.
    ticks = int(fields[11]) + int(fields[12])
    return ticks / os.sysconf("SC_CLK_TCK")


def wait_for_exit(pid, timeout):
    """True once process pid is gone (or a zombie) within timeout seconds."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not process_running(pid):
            return True
        time.sleep(0.05)
    return not process_running(pid)


def process_running(pid):
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state not in ("Z", "X")


JUPYTER = "/usr/bin/jupyter" if os.path.exists("/usr/bin/jupyter") else shutil.which("jupyter")
