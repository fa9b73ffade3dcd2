"""Kernel lifecycle and wire-level safety: restart, shutdown, exit with the parent process,
HMAC checking, and comms."""

import os
import signal
import subprocess
import sys
import textwrap
import time
import uuid
from queue import Empty

import pytest
from jupyter_client.session import Session

from helpers import (drain, evaluate, execute, iopub_until_idle, kernel_pid,
                     process_running, shell_reply, start_kernel, stop_kernel, wait_for_exit)


@pytest.fixture
def own_kernel():
    """A kernel of the test's own (for tests that restart or end it)."""
    km, kc = start_kernel()
    try:
        yield km, kc
    finally:
        stop_kernel(km, kc)


def test_restart_gives_fresh_state(own_kernel):
    km, kc = own_kernel
    execute(kc, "int beforeRestart = 1;")
    execute(kc, "beforeRestart + 1")
    old_pid = kernel_pid(km)
    km.restart_kernel(now=False)
    kc.wait_for_ready(timeout=90)
    drain(kc)
    assert kernel_pid(km) != old_pid
    assert wait_for_exit(old_pid, 10), "the old kernel process outlived the restart"
    reply, _ = execute(kc, "beforeRestart")
    assert reply["content"]["status"] == "error"
    assert reply["content"]["ename"] == "CompileError"
    assert "cannot find symbol" in reply["content"]["evalue"]
    # numbering starts again
    assert reply["content"]["execution_count"] == 1
    assert evaluate(kc, "1 + 1") == "2"


def test_shutdown_request_ends_kernel(own_kernel):
    km, kc = own_kernel
    pid = kernel_pid(km)
    msg_id = kc.shutdown()
    reply = kc.get_control_msg(timeout=10)
    assert reply["parent_header"]["msg_id"] == msg_id
    assert reply["msg_type"] == "shutdown_reply"
    assert reply["content"]["status"] == "ok"
    assert reply["content"]["restart"] is False
    # it exits by itself: nothing here kills it
    assert wait_for_exit(pid, 10), "the kernel did not exit after shutdown_request"
    assert km.provisioner.process.wait(timeout=5) == 0


def test_shutdown_request_with_restart_flag(own_kernel):
    km, kc = own_kernel
    pid = kernel_pid(km)
    msg_id = kc.shutdown(restart=True)
    reply = kc.get_control_msg(timeout=10)
    assert reply["parent_header"]["msg_id"] == msg_id
    assert reply["content"]["restart"] is True
    assert wait_for_exit(pid, 10)


def test_shutdown_while_cell_runs(own_kernel):
    km, kc = own_kernel
    pid = kernel_pid(km)
    kc.execute("long spin = 0; while (true) { spin++; }")
    time.sleep(1.0)
    kc.shutdown()
    reply = kc.get_control_msg(timeout=10)
    assert reply["msg_type"] == "shutdown_reply"
    assert wait_for_exit(pid, 10), "a busy kernel did not exit after shutdown_request"


def test_kernel_exits_when_parent_dies(jupyter_env, tmp_path):
    """A kernel whose Jupyter process (JPY_PARENT_PID) is killed must not linger."""
    script = textwrap.dedent("""
        import sys, time
        from jupyter_client.manager import KernelManager
        km = KernelManager(kernel_name="atj")
        km.start_kernel()
        kc = km.client()
        kc.start_channels()
        kc.wait_for_ready(timeout=90)
        print(km.provisioner.process.pid, flush=True)
        time.sleep(600)
    """)
    parent = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE,
                              text=True, cwd=tmp_path, env=dict(os.environ))
    kernel = None
    try:
        line = parent.stdout.readline()
        assert line.strip().isdigit(), f"the parent script printed {line!r}"
        kernel = int(line)
        assert process_running(kernel)
        parent.kill()
        parent.wait(timeout=10)
        assert wait_for_exit(kernel, 15), "the kernel outlived its parent by 15 s"
        kernel = None
    finally:
        if parent.poll() is None:
            parent.kill()
            parent.wait()
        if kernel is not None and process_running(kernel):
            os.kill(kernel, signal.SIGKILL)


def test_control_channel_answers_while_cell_runs(kernel, kc):
    km = kernel[0]
    msg_id = kc.execute("long busyLoop = 0; while (true) { busyLoop++; }")
    time.sleep(0.5)
    request = kc.session.msg("kernel_info_request", {})
    kc.control_channel.send(request)
    try:
        reply = kc.get_control_msg(timeout=5)
        assert reply["parent_header"]["msg_id"] == request["header"]["msg_id"]
        assert reply["msg_type"] == "kernel_info_reply"
        assert reply["content"]["language_info"]["name"] == "java"
    finally:
        km.interrupt_kernel()
        assert shell_reply(kc, msg_id, timeout=10)["content"]["status"] == "error"
        iopub_until_idle(kc, msg_id)


# --- message signatures ----------------------------------------------------------------

def no_reply(kc, msg_id, wait=1.5):
    """True when neither shell nor iopub says anything about msg_id within wait seconds."""
    deadline = time.monotonic() + wait
    while time.monotonic() < deadline:
        for get in (kc.get_shell_msg, kc.get_iopub_msg):
            try:
                msg = get(timeout=0.05)
            except Empty:
                continue
            if msg["parent_header"].get("msg_id") == msg_id:
                return False
    return True


def assert_still_answers(kc):
    msg_id = kc.kernel_info()
    reply = shell_reply(kc, msg_id, timeout=10)
    assert reply["msg_type"] == "kernel_info_reply"
    assert reply["content"]["status"] == "ok"


def test_wrong_key_gets_no_reply(kc):
    assert kc.session.key, "the connection should use an HMAC key"
    wrong = Session(key=b"not-the-right-key", session=kc.session.session,
                    username=kc.session.username)
    request = wrong.msg("kernel_info_request", {})
    wrong.send(kc.shell_channel.socket, request)
    assert no_reply(kc, request["header"]["msg_id"]), "a message with a bad signature was served"
    assert_still_answers(kc)


def signed_execute(kc, code):
    """A correctly signed execute_request as frames, and the index of its signature frame."""
    request = kc.session.msg("execute_request", {
        "code": code, "silent": False, "store_history": True,
        "user_expressions": {}, "allow_stdin": False, "stop_on_error": True})
    frames = kc.session.serialize(request)
    return request, frames, frames.index(b"<IDS|MSG>") + 1


def test_tampered_signature_gets_no_reply(kc):
    request, frames, i = signed_execute(kc, "int tampered = 1;")
    signature = frames[i]
    frames[i] = (b"0" if signature[:1] != b"0" else b"1") + signature[1:]
    kc.shell_channel.socket.send_multipart(frames)
    assert no_reply(kc, request["header"]["msg_id"])
    assert_still_answers(kc)
    # the tampered cell did not run
    reply, _ = execute(kc, "tampered")
    assert reply["content"]["ename"] == "CompileError"


def test_tampered_content_gets_no_reply(kc):
    request, frames, i = signed_execute(kc, "int altered = 1;")
    # signature, header, parent, metadata, content: change the content, keep the signature
    frames[i + 4] = frames[i + 4].replace(b"altered = 1", b"altered = 2")
    kc.shell_channel.socket.send_multipart(frames)
    assert no_reply(kc, request["header"]["msg_id"])
    assert_still_answers(kc)
    reply, _ = execute(kc, "altered")
    assert reply["content"]["ename"] == "CompileError"


def test_missing_signature_gets_no_reply(kc):
    request = kc.session.msg("kernel_info_request", {})
    frames = kc.session.serialize(request)
    i = frames.index(b"<IDS|MSG>") + 1
    frames[i] = b""
    kc.shell_channel.socket.send_multipart(frames)
    assert no_reply(kc, request["header"]["msg_id"])
    assert_still_answers(kc)


def test_garbage_frames_do_not_break_kernel(kc):
    kc.shell_channel.socket.send_multipart([b"<IDS|MSG>", b"x", b"not json"])
    kc.shell_channel.socket.send_multipart([b"just one frame"])
    time.sleep(0.5)
    assert_still_answers(kc)
    assert evaluate(kc, "5 * 5") == "25"


# --- comms -----------------------------------------------------------------------------

def test_comm_info_empty(kc):
    msg_id = kc.comm_info()
    reply = shell_reply(kc, msg_id)
    assert reply["msg_type"] == "comm_info_reply"
    assert reply["content"]["status"] == "ok"
    assert reply["content"]["comms"] == {}


def test_comm_open_unknown_target_is_closed(kc):
    comm_id = uuid.uuid4().hex
    request = kc.session.msg("comm_open", {"comm_id": comm_id, "target_name": "no.such.target",
                                           "data": {}})
    kc.shell_channel.send(request)
    msgs = iopub_until_idle(kc, request["header"]["msg_id"])
    closes = [m for m in msgs if m["msg_type"] == "comm_close"]
    assert len(closes) == 1, msgs
    assert closes[0]["content"]["comm_id"] == comm_id
    # and it is not listed as open
    reply = shell_reply(kc, kc.comm_info())
    assert comm_id not in reply["content"]["comms"]
    reply = shell_reply(kc, kc.comm_info(target_name="no.such.target"))
    assert reply["content"]["comms"] == {}


def test_comm_msg_and_close_for_unknown_comm_are_ignored(kc):
    comm_id = uuid.uuid4().hex
    for msg_type, content in (("comm_msg", {"comm_id": comm_id, "data": {"x": 1}}),
                              ("comm_close", {"comm_id": comm_id, "data": {}})):
        request = kc.session.msg(msg_type, content)
        kc.shell_channel.send(request)
        msgs = iopub_until_idle(kc, request["header"]["msg_id"])
        assert [m for m in msgs if m["msg_type"] == "error"] == []
    assert_still_answers(kc)
    assert evaluate(kc, "6 * 6") == "36"
