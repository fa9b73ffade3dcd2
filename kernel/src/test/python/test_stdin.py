"""System.in: input_request on the stdin channel when the front end allows it, a clear
error when it does not."""

import time
from queue import Empty

from helpers import evaluate, execute, iopub_until_idle, result_text, shell_reply


def answer_input(kc, msg_id, text, timeout=15):
    """Waits for the input_request of msg_id and answers it with text; returns the request."""
    request = kc.get_stdin_msg(timeout=timeout)
    assert request["msg_type"] == "input_request"
    assert request["parent_header"]["msg_id"] == msg_id
    kc.input(text)
    return request


def test_scanner_reads_input_reply(kc):
    msg_id = kc.execute("new java.util.Scanner(System.in).nextLine()", allow_stdin=True)
    request = answer_input(kc, msg_id, "hello from stdin")
    assert request["content"]["password"] is False
    reply = shell_reply(kc, msg_id)
    assert reply["content"]["status"] == "ok", reply["content"]
    assert result_text(iopub_until_idle(kc, msg_id)) == '"hello from stdin"'


def test_two_reads_make_two_requests(kc):
    code = ("var sc = new java.util.Scanner(System.in);\n"
            "int first = Integer.parseInt(sc.nextLine().trim());\n"
            "String second = sc.nextLine();\n"
            "first * 2 + \":\" + second")
    msg_id = kc.execute(code, allow_stdin=True)
    answer_input(kc, msg_id, "21")
    answer_input(kc, msg_id, "two words")
    reply = shell_reply(kc, msg_id)
    assert reply["content"]["status"] == "ok", reply["content"]
    assert result_text(iopub_until_idle(kc, msg_id)) == '"42:two words"'


def test_buffered_reader_and_prompt_output(kc):
    code = ('System.out.print("Name? ");\n'
            "var in = new java.io.BufferedReader(new java.io.InputStreamReader(System.in));\n"
            '"Hi " + in.readLine()')
    msg_id = kc.execute(code, allow_stdin=True)
    answer_input(kc, msg_id, "Ada")
    reply = shell_reply(kc, msg_id)
    assert reply["content"]["status"] == "ok", reply["content"]
    msgs = iopub_until_idle(kc, msg_id)
    assert result_text(msgs) == '"Hi Ada"'
    printed = "".join(m["content"]["text"] for m in msgs if m["msg_type"] == "stream")
    assert "Name? " in printed


def test_reading_without_allow_stdin_fails(kc):
    start = time.monotonic()
    reply, msgs = execute(kc, "new java.util.Scanner(System.in).nextLine()", allow_stdin=False,
                          timeout=15)
    assert time.monotonic() - start < 10, "the cell waited for input it can never get"
    content = reply["content"]
    assert content["status"] == "error"
    assert "allow_stdin is false" in content["evalue"]
    assert any(m["msg_type"] == "error" for m in msgs)
    # no input_request went out
    try:
        stray = kc.get_stdin_msg(timeout=0.3)
    except Empty:
        stray = None
    assert stray is None, f"input_request sent although allow_stdin is false: {stray}"
    assert evaluate(kc, "1 + 1") == "2"


def test_raw_read_without_allow_stdin_fails(kc):
    reply, _ = execute(kc, "System.in.read()", allow_stdin=False, timeout=15)
    assert reply["content"]["status"] == "error"
    assert "allow_stdin is false" in reply["content"]["evalue"]
    assert evaluate(kc, "2 + 2") == "4"


def test_interrupt_while_waiting_for_input(kernel, kc):
    km = kernel[0]
    msg_id = kc.execute("new java.util.Scanner(System.in).nextLine()", allow_stdin=True)
    request = kc.get_stdin_msg(timeout=15)
    assert request["msg_type"] == "input_request"
    sent_at = time.monotonic()
    km.interrupt_kernel()
    try:
        reply = shell_reply(kc, msg_id, timeout=5)
    except AssertionError:
        kc.input("unblock")  # let the kernel go on for the tests after this one
        shell_reply(kc, msg_id)
        raise AssertionError("interrupt did not end a cell waiting for input")
    assert time.monotonic() - sent_at < 1.0
    assert reply["content"]["status"] == "error"
    assert reply["content"]["ename"] == "Interrupted"
    iopub_until_idle(kc, msg_id)
    assert evaluate(kc, "3 + 3") == "6"
