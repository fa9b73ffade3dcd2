"""Interrupts, on every JDK under test: interrupt_request (the kernelspec's interrupt_mode is
"message") and SIGINT stop busy loops and sleeps quickly, leave no busy thread behind, and
the kernel then runs the next cell."""

import json
import os
import signal
import time
from pathlib import Path

import pytest

from helpers import (JDK_HOMES, evaluate, execute, iopub_until_idle, jdk_feature, jdk_id,
                     kernel_pid, cpu_seconds, drain, of_type, shell_reply, start_kernel,
                     stop_kernel)

LOOPS = {
    "counting": "long z = 0; while (true) { z++; }",
    "empty": "while (true) {}",
    "sleeping": "while (true) { Thread.sleep(100000); }",
    "sleep": "Thread.sleep(100000);",
    "method": "void spin() { double d = 0; while (true) { d += Math.sin(d); } }\nspin();",
}


@pytest.fixture(scope="module", params=JDK_HOMES, ids=jdk_id)
def jdk_kernel(request, jupyter_env):
    home = request.param
    data_dir = jupyter_env[home]
    argv = json.loads(Path(data_dir, "kernels", "atj", "kernel.json").read_text())["argv"]
    assert argv[0].startswith(home), f"kernelspec for {home} runs {argv[0]}"
    km, kc = start_kernel(data_dir)
    try:
        yield home, km, kc
    finally:
        stop_kernel(km, kc)


def test_kernel_runs_on_its_jdk(jdk_kernel):
    home, km, kc = jdk_kernel
    assert km.kernel_spec.interrupt_mode == "message"
    drain(kc)
    msg_id = kc.kernel_info()
    version = shell_reply(kc, msg_id)["content"]["language_info"]["version"]
    feature = jdk_feature(home)
    assert feature, f"no JAVA_VERSION in {home}/release"
    assert version.split(".")[0].split("+")[0] == feature, (home, version)
    assert evaluate(kc, "Runtime.version().feature()") == feature


def start_busy(kc, code):
    """Starts code and waits until it surely runs (its execute_input is out, plus a moment)."""
    msg_id = kc.execute(code, allow_stdin=False)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        msg = kc.get_iopub_msg(timeout=30)
        if msg["parent_header"].get("msg_id") == msg_id and msg["msg_type"] == "execute_input":
            break
    else:
        raise AssertionError("the cell never started")
    time.sleep(0.5)
    return msg_id


def assert_interrupted(kc, msg_id, sent_at, limit=1.0):
    reply = shell_reply(kc, msg_id, timeout=15)
    took = time.monotonic() - sent_at
    content = reply["content"]
    assert content["status"] == "error", content
    assert content["ename"] == "Interrupted", content
    assert took < limit, f"interrupt took {took:.2f} s to end the cell"
    errors = of_type(iopub_until_idle(kc, msg_id), "error")
    assert len(errors) == 1 and errors[0]["content"]["ename"] == "Interrupted"


def assert_idle_cpu(pid, settle=0.3, windows=3, window=0.5, limit=0.4):
    """No loop keeps running: in the quietest of a few short windows the process uses less
    than `limit` of a core. A loop left behind uses a whole core in every window; one window
    taken alone can catch the JIT or GC at work, which is why the quietest one counts."""
    time.sleep(settle)
    shares = []
    for _ in range(windows):
        before = cpu_seconds(pid)
        time.sleep(window)
        shares.append((cpu_seconds(pid) - before) / window)
    print("idle cpu " + " ".join(f"{share:.3f}" for share in shares))
    assert min(shares) < limit, (
        f"kernel used {min(shares):.2f} of a core even in its quietest {window} s after the "
        "interrupt: a loop still runs")


@pytest.mark.parametrize("loop", list(LOOPS), ids=list(LOOPS))
def test_interrupt_request_stops_cell(jdk_kernel, loop):
    home, km, kc = jdk_kernel
    drain(kc)
    msg_id = start_busy(kc, LOOPS[loop])
    pid = kernel_pid(km)
    if loop in ("counting", "empty", "method"):
        # the CPU measure sees a running loop (so its "idle" verdict below means something)
        before = cpu_seconds(pid)
        time.sleep(0.5)
        busy = (cpu_seconds(pid) - before) / 0.5
        print(f"busy cpu {busy:.3f}")
        assert busy > 0.3, f"the {loop} loop used only {busy:.2f} of a core"
    sent_at = time.monotonic()
    km.interrupt_kernel()
    assert_interrupted(kc, msg_id, sent_at)
    assert_idle_cpu(pid)
    assert evaluate(kc, "1 + 1") == "2"


def test_interrupt_reply_on_control(jdk_kernel):
    """interrupt_request gets an interrupt_reply on the control channel."""
    home, km, kc = jdk_kernel
    drain(kc)
    msg_id = start_busy(kc, LOOPS["counting"])
    request = kc.session.msg("interrupt_request", {})
    kc.control_channel.send(request)
    sent_at = time.monotonic()
    deadline = sent_at + 5
    while True:
        reply = kc.get_control_msg(timeout=max(0.01, deadline - time.monotonic()))
        if reply["parent_header"].get("msg_id") == request["header"]["msg_id"]:
            break
    assert reply["msg_type"] == "interrupt_reply"
    assert reply["content"]["status"] == "ok"
    assert_interrupted(kc, msg_id, sent_at)


def test_sigint_interrupts_cell(jdk_kernel):
    """A terminal's Ctrl-C (SIGINT to the kernel process) interrupts; it does not kill."""
    home, km, kc = jdk_kernel
    drain(kc)
    msg_id = start_busy(kc, LOOPS["counting"])
    pid = kernel_pid(km)
    sent_at = time.monotonic()
    os.kill(pid, signal.SIGINT)
    assert_interrupted(kc, msg_id, sent_at)
    assert km.is_alive()
    assert_idle_cpu(pid)
    assert evaluate(kc, "1 + 1") == "2"


def test_interrupt_when_idle_is_harmless(jdk_kernel):
    home, km, kc = jdk_kernel
    drain(kc)
    km.interrupt_kernel()
    time.sleep(0.3)
    assert evaluate(kc, "20 + 22") == "42"
    # an interrupt sent between cells must not hit the next cell either
    reply, msgs = execute(kc, "Thread.sleep(300); 7")
    assert reply["content"]["status"] == "ok", reply["content"]


def test_state_survives_interrupt(jdk_kernel):
    home, km, kc = jdk_kernel
    drain(kc)
    execute(kc, "int keptValue = 5; long ticks = 0;")
    msg_id = start_busy(kc, "while (true) { ticks++; }")
    sent_at = time.monotonic()
    km.interrupt_kernel()
    assert_interrupted(kc, msg_id, sent_at)
    assert evaluate(kc, "keptValue") == "5"
    assert evaluate(kc, "ticks > 0") == "true"


def test_interrupt_right_after_execute_is_not_lost(jdk_kernel):
    """A front end may send interrupt_request (control) just after execute_request (shell),
    before the kernel has started the cell: the interrupt is for that cell and must stop it."""
    home, km, kc = jdk_kernel
    drain(kc)
    lost = 0
    tries = 8
    for _ in range(tries):
        msg_id = kc.execute(LOOPS["counting"], allow_stdin=False)
        km.interrupt_kernel()
        try:
            reply = shell_reply(kc, msg_id, timeout=2)
        except AssertionError:
            lost += 1
            km.interrupt_kernel()  # stop the runaway cell so later tests have a kernel
            reply = shell_reply(kc, msg_id, timeout=15)
        assert reply["content"]["status"] == "error", reply["content"]
        assert reply["content"]["ename"] == "Interrupted"
        iopub_until_idle(kc, msg_id)
    assert lost == 0, (f"{lost} of {tries} interrupts sent right after execute_request were "
                       "lost: the cell kept running at full CPU until interrupted again")
    assert evaluate(kc, "1 + 1") == "2"
