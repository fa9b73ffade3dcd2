"""execute_request: streaming, cell values, compile and runtime errors, fatal-looking
errors the kernel must survive, stop_on_error, silent runs and user_expressions."""

import re

from helpers import (evaluate, execute, of_type, result_text, shell_reply, stream_text,
                     iopub_until_idle)


def test_output_streams_while_cell_runs(kc):
    code = ('System.out.println("first");\n'
            'Thread.sleep(1500);\n'
            'System.out.println("second");')
    msg_id = kc.execute(code)
    # read iopub as it comes (arrival times are only meaningful for the channel being read)
    msgs = iopub_until_idle(kc, msg_id, with_status=True)
    reply = shell_reply(kc, msg_id)
    assert reply["content"]["status"] == "ok", reply["content"]
    streams = [m for m in of_type(msgs, "stream") if m["content"]["name"] == "stdout"]
    assert "".join(m["content"]["text"] for m in streams) == "first\nsecond\n"
    first = next(m for m in streams if "first" in m["content"]["text"])
    assert "second" not in first["content"]["text"], "first line was not sent before the sleep"
    idle = msgs[-1]
    assert idle["content"]["execution_state"] == "idle"
    # the first line must arrive while the cell still sleeps, not when it ends
    assert idle["_t"] - first["_t"] > 1.0, (
        f"first stream message came only {idle['_t'] - first['_t']:.2f} s before the cell ended")


def test_stdout_and_stderr_are_separate_streams(kc):
    reply, msgs = execute(kc, 'System.out.print("out1 "); System.err.print("err1 "); '
                              'System.out.println("out2");')
    assert reply["content"]["status"] == "ok"
    assert stream_text(msgs, "stdout") == "out1 out2\n"
    assert stream_text(msgs, "stderr") == "err1 "


def test_multi_snippet_cell_value_is_last_expression(kc):
    code = ("int a = 6;\n"
            "int b = 7;\n"
            "int times(int x, int y) { return x * y; }\n"
            "times(a, b)")
    assert evaluate(kc, code) == "42"
    # and the declarations persist for later cells
    assert evaluate(kc, "a + b") == "13"


def test_several_snippets_on_one_line(kc):
    assert evaluate(kc, 'String s = "ab"; s = s + "c"; s.length()') == "3"


def test_declarations_echo_nothing(kc):
    reply, msgs = execute(kc, "int quiet = 5;\nvoid nothing() {}\nclass Holder {}")
    assert reply["content"]["status"] == "ok"
    assert of_type(msgs, "execute_result") == []
    assert of_type(msgs, "stream") == []


def test_void_call_has_no_result(kc):
    reply, msgs = execute(kc, 'System.out.println("x")')
    assert reply["content"]["status"] == "ok"
    assert of_type(msgs, "execute_result") == []
    assert stream_text(msgs) == "x\n"


def test_result_uses_jshell_form(kc):
    assert evaluate(kc, '"done"') == '"done"'
    assert evaluate(kc, "new int[] {1, 2}") == "int[2] { 1, 2 }"
    assert evaluate(kc, "java.util.List.of(\"a\", \"b\")") == "[a, b]"


def test_execution_count_increments(kc):
    first, _ = execute(kc, "1")
    second, msgs = execute(kc, "2")
    assert second["content"]["execution_count"] == first["content"]["execution_count"] + 1
    assert of_type(msgs, "execute_input")[0]["content"]["execution_count"] == \
        second["content"]["execution_count"]
    assert of_type(msgs, "execute_result")[0]["content"]["execution_count"] == \
        second["content"]["execution_count"]


def test_compile_error_points_at_line_and_column(kc):
    code = "int fine = 1;\nString s = 42;\nint after = 2;"
    reply, msgs = execute(kc, code)
    content = reply["content"]
    n = content["execution_count"]
    assert content["status"] == "error"
    assert content["ename"] == "CompileError"
    assert "incompatible types" in content["evalue"]
    tb = content["traceback"]
    assert tb[0].startswith(f"Compile error in cell [{n}], line 2, column 12: "), tb
    assert "incompatible types" in tb[0]
    source, caret = tb[1], tb[2]
    assert source.endswith("String s = 42;"), tb
    assert re.search(r"\b2\b", source.split("|")[0]), f"line number 2 not shown: {source!r}"
    # the caret line underlines exactly "42"
    col = source.index("String s = 42;") + len("String s = ")
    assert caret[col:col + 2] == "^^", tb
    assert caret[:col].strip(" |") == "" and caret[col + 2:].strip() == "", tb
    errors = of_type(msgs, "error")
    assert len(errors) == 1
    assert errors[0]["content"]["traceback"] == tb
    # snippets run in order up to the first failure: the one before ran, the one after not
    assert evaluate(kc, "fine") == "1"
    reply, _ = execute(kc, "after")
    assert reply["content"]["status"] == "error"
    assert reply["content"]["ename"] == "CompileError"
    assert "cannot find symbol" in reply["content"]["evalue"]


def test_compile_error_unknown_symbol(kc):
    reply, _ = execute(kc, "int x = 1;\nx + undefinedThing")
    content = reply["content"]
    assert content["ename"] == "CompileError"
    assert re.match(r"Compile error in cell \[\d+\], line 2, column 5: cannot find symbol",
                    content["traceback"][0]), content["traceback"]


def test_runtime_error_frames_point_into_cells(kc):
    define, _ = execute(kc, "void explode(int n) {\n"
                            "    if (n > 0) {\n"
                            "        throw new IllegalStateException(\"boom \" + n);\n"
                            "    }\n"
                            "}")
    assert define["content"]["status"] == "ok"
    defined_in = define["content"]["execution_count"]
    reply, msgs = execute(kc, "int k = 0;\nexplode(k + 3);")
    content = reply["content"]
    n = content["execution_count"]
    assert content["status"] == "error"
    assert content["ename"] == "java.lang.IllegalStateException"
    assert content["evalue"] == "boom 3"
    tb = content["traceback"]
    assert tb[0] == "java.lang.IllegalStateException: boom 3"
    frames = [line for line in tb[1:] if line.strip().startswith("at ")]
    assert frames == [f"    at explode (cell [{defined_in}], line 3)",
                      f"    at cell [{n}], line 2"], tb
    for line in tb:
        assert "dev.atj.kernel" not in line and "jdk.jshell" not in line \
            and "REPL" not in line, tb
    assert of_type(msgs, "error")[0]["content"]["ename"] == "java.lang.IllegalStateException"


def test_exception_cause_is_shown(kc):
    reply, _ = execute(kc, 'throw new RuntimeException("outer", '
                           'new java.io.IOException("inner"));')
    content = reply["content"]
    assert content["ename"] == "java.lang.RuntimeException"
    text = "\n".join(content["traceback"])
    assert "java.io.IOException: inner" in text, text
    assert "dev.atj.kernel" not in text


def test_system_exit_keeps_kernel_running(kc):
    assert evaluate(kc, "int survivor = 99; survivor") == "99"
    reply, msgs = execute(kc, "System.exit(3);")
    content = reply["content"]
    assert content["status"] == "error"
    assert content["ename"] == "SystemExit"
    assert "3" in content["evalue"]
    assert of_type(msgs, "error")[0]["content"]["ename"] == "SystemExit"
    assert evaluate(kc, "1 + 1") == "2"
    assert evaluate(kc, "survivor") == "99"


def test_stack_overflow_leaves_kernel_alive(kc):
    reply, _ = execute(kc, "int depth(int n) { return depth(n + 1) + 1; }\ndepth(0)", timeout=60)
    content = reply["content"]
    assert content["status"] == "error"
    assert content["ename"] == "java.lang.StackOverflowError"
    assert any("at depth (cell [" in line for line in content["traceback"])
    assert evaluate(kc, "1 + 1") == "2"
    # and the thread that runs cells still has a usable stack
    assert evaluate(kc, "int fact(int n) { return n <= 1 ? 1 : n * fact(n - 1); }\nfact(10)") \
        == "3628800"


def test_out_of_memory_leaves_kernel_alive(kc):
    reply, _ = execute(kc, "long[] huge = new long[Integer.MAX_VALUE - 8];", timeout=60)
    content = reply["content"]
    assert content["status"] == "error"
    assert content["ename"] == "java.lang.OutOfMemoryError"
    assert evaluate(kc, "1 + 1") == "2"
    assert evaluate(kc, "new long[1_000_000].length") == "1000000"


def test_stop_on_error_aborts_queued_execute(kc):
    failing = kc.execute('Thread.sleep(500);\nthrow new IllegalStateException("first fails");')
    queued = kc.execute('System.out.println("must not run"); 1 + 1')
    first = shell_reply(kc, failing)
    second = shell_reply(kc, queued)
    assert first["content"]["status"] == "error"
    assert first["content"]["ename"] == "java.lang.IllegalStateException"
    assert second["content"]["status"] == "aborted"
    iopub_until_idle(kc, failing)
    aborted_msgs = iopub_until_idle(kc, queued)
    assert of_type(aborted_msgs, "stream") == []
    assert of_type(aborted_msgs, "execute_result") == []
    # later cells run again
    assert evaluate(kc, "2 + 2") == "4"


def test_without_stop_on_error_queued_execute_runs(kc):
    failing = kc.execute('Thread.sleep(500);\nthrow new IllegalStateException("fails");',
                         stop_on_error=False)
    queued = kc.execute("3 + 3")
    assert shell_reply(kc, failing)["content"]["status"] == "error"
    second = shell_reply(kc, queued)
    assert second["content"]["status"] == "ok"
    iopub_until_idle(kc, failing)
    assert result_text(iopub_until_idle(kc, queued)) == "6"


def test_silent_execution(kc):
    before, _ = execute(kc, "int silentTarget = 1;")
    count = before["content"]["execution_count"]
    reply, msgs = execute(kc, "silentTarget = 7; silentTarget * 10", silent=True)
    assert reply["content"]["status"] == "ok"
    assert of_type(msgs, "execute_input") == []
    assert of_type(msgs, "execute_result") == []
    after, msgs = execute(kc, "silentTarget")
    # silent runs do not count, but they do run
    assert after["content"]["execution_count"] == count + 1
    assert result_text(msgs) == "7"


def test_silent_run_is_not_in_history(kc):
    execute(kc, "int notInHistory = 123;", silent=True)
    msg_id = kc.history(hist_access_type="tail", n=50, raw=True, output=False)
    history = shell_reply(kc, msg_id)["content"]["history"]
    assert all("notInHistory" not in entry[2] for entry in history), history


def test_user_expressions(kc):
    execute(kc, "int base = 21;")
    reply, msgs = execute(kc, "base + 1", user_expressions={
        "double": "base * 2",
        "text": '"x" + base',
        "broken": "noSuchVariable + 1",
    })
    content = reply["content"]
    assert content["status"] == "ok"
    ue = content["user_expressions"]
    assert ue["double"]["status"] == "ok"
    assert ue["double"]["data"]["text/plain"] == "42"
    assert ue["text"]["data"]["text/plain"] == '"x21"'
    assert ue["broken"]["status"] == "error"
    assert ue["broken"]["ename"] == "CompileError"
    # only the cell's own value is published
    assert result_text(msgs) == "22"
    # user expressions take no execution count
    nxt, _ = execute(kc, "0")
    assert nxt["content"]["execution_count"] == content["execution_count"] + 1


def test_runtime_error_line_counts_comments_and_blank_lines(kc):
    reply, _ = execute(kc, "// comment line 1\n\n/* block\n   comment */\n"
                           "int[] arr = new int[1];\narr[3] = 0;")
    content = reply["content"]
    assert content["ename"] == "java.lang.ArrayIndexOutOfBoundsException"
    assert content["traceback"][1:] == [f"    at cell [{content['execution_count']}], line 6"]


def test_compile_error_inside_method_body(kc):
    reply, _ = execute(kc, "int ok2 = 1;\nvoid helper() {\n    int y = 2;\n    String s = y;\n}")
    content = reply["content"]
    n = content["execution_count"]
    assert content["ename"] == "CompileError"
    tb = content["traceback"]
    assert tb[0].startswith(f"Compile error in cell [{n}], line 4, column 16: "), tb
    assert tb[1].endswith("    String s = y;")
    assert tb[2].endswith("^") and tb[2].index("^") == tb[1].index("y;"), tb


def test_frames_of_a_class_declared_in_the_cell(kc):
    reply, _ = execute(kc, "class Widget {\n"
                           "    int size() {\n"
                           "        return 10 / zero();\n"
                           "    }\n"
                           "    int zero() { return 0; }\n"
                           "}\n"
                           "new Widget().size()")
    content = reply["content"]
    n = content["execution_count"]
    assert content["ename"] == "java.lang.ArithmeticException"
    assert content["traceback"] == ["java.lang.ArithmeticException: / by zero",
                                    f"    at Widget.size (cell [{n}], line 3)",
                                    f"    at cell [{n}], line 7"]


def test_store_history_false(kc):
    before, _ = execute(kc, "0")
    count = before["content"]["execution_count"]
    reply, msgs = execute(kc, "5 + 5", store_history=False)
    assert reply["content"]["status"] == "ok"
    assert result_text(msgs) == "10"
    reply, _ = execute(kc, 'int notStored = "s";', store_history=False)
    assert reply["content"]["ename"] == "CompileError"
    # an unnumbered cell has no [N] to point at
    assert "cell [" not in reply["content"]["traceback"][0]
    after, _ = execute(kc, "0")
    assert after["content"]["execution_count"] == count + 1
    history = shell_reply(kc, kc.history(hist_access_type="tail", n=3, raw=True))["content"]
    assert all(entry[2] not in ("5 + 5", 'int notStored = "s";') for entry in history["history"])


def test_unicode_output_and_values(kc):
    text = "h\u00e9llo \u2713 \U0001F600 \u00fcn\u00ef"
    reply, msgs = execute(kc, f'System.out.println("{text}"); "{text}".length()')
    assert reply["content"]["status"] == "ok"
    assert stream_text(msgs) == text + "\n"
    # Java counts UTF-16 units: the emoji is two
    assert result_text(msgs) == str(len(text) + 1)


def test_large_output_arrives_complete_and_in_order(kc):
    reply, msgs = execute(kc, 'for (int i = 0; i < 20000; i++) System.out.println("line " + i);')
    assert reply["content"]["status"] == "ok"
    assert stream_text(msgs) == "".join(f"line {i}\n" for i in range(20000))
    # batched, not one message per line
    assert len(of_type(msgs, "stream")) < 200


def test_stop_on_error_still_serves_other_queued_requests(kc):
    failing = kc.execute('Thread.sleep(500);\nthrow new IllegalStateException("fails");')
    info = kc.kernel_info()
    queued = kc.execute("1")
    assert shell_reply(kc, failing)["content"]["status"] == "error"
    assert shell_reply(kc, info)["content"]["status"] == "ok"
    assert shell_reply(kc, queued)["content"]["status"] == "aborted"
    iopub_until_idle(kc, failing)
    iopub_until_idle(kc, queued)
