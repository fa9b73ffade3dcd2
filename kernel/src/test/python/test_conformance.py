"""Protocol conformance: jupyter_kernel_test's KernelTests against the atj kernel, plus a
few sharper checks of completion, inspection and is_complete replies."""

import unittest
from pathlib import Path

from jupyter_client.utils import run_sync
import jupyter_kernel_test
from jupyter_kernel_test.msgspec_v5 import validate_message

from helpers import JDK_HOMES, KERNEL_NAME, TIMEOUT, shell_reply, start_kernel, stop_kernel


class AtjKernelTests(jupyter_kernel_test.KernelTests):
    kernel_name = KERNEL_NAME
    language_name = "java"
    file_extension = ".java"

    @classmethod
    def setUpClass(cls):
        # start_new_kernel's 60 s startup default is fine too; this shares the suite's helper.
        cls.km, cls.kc = start_kernel()

    @classmethod
    def tearDownClass(cls):
        stop_kernel(cls.km, cls.kc)

    code_hello_world = 'System.out.println("hello, world");'

    code_stderr = 'System.err.println("to stderr");'

    # code_history_pattern must match exactly one of these (history's "unique" search).
    code_execute_result = [
        {"code": "6 * 7", "result": "42"},
        {"code": '"done"', "result": '"done"'},
        {"code": 'String.join("-", "a", "b")', "result": '"a-b"'},
        {"code": "int width = 3;\nint height = 4;\nwidth * height", "result": "12"},
        {"code": "java.util.List.of(1, 2, 3)", "result": "[1, 2, 3]"},
        {"code": "Math.sqrt(2.25)", "result": "1.5"},
        {"code": "'x'", "result": "'x'"},
        {"code": "10L + 5", "result": "15"},
        {"code": "true && !false", "result": "true"},
    ]

    code_history_pattern = "6 ?*"
    supported_history_operations = ("tail", "range", "search")

    code_generate_error = 'throw new IllegalStateException("this cell fails");'

    completion_samples = [
        {"text": "System.out.pri", "matches": {"print(", "printf(", "println("}},
        {"text": '"abc".toLowerC', "matches": {"toLowerCase("}},
        {"text": "Math.sqr", "matches": {"sqrt("}},
        {"text": "Integer.MAX_V", "matches": {"MAX_VALUE"}},
        {"text": "zzqqNothingMatches", "matches": set()},
    ]

    complete_code_samples = [
        "1 + 1",
        "int x = 1;",
        'System.out.println("hi");',
        "class Point { int x; int y; }",
        "void f() {\n    System.out.println(1);\n}",
        "import java.util.*;",
        "int a = 1;\nint b = 2;",
        "",
    ]

    incomplete_code_samples = [
        "void f() {",
        "for (int i = 0; i < 3; i++) {",
        "int x = (",
        "int y = 1 +",
        "class Point {\n    int x;",
        "/* an open comment",
    ]

    # JShell's analyzeCompletion calls these UNKNOWN: no more input can make them valid.
    invalid_code_samples = [
        "}",
        ")",
        "int x = 1; }",
        '"an unterminated string',
        "#",
    ]

    code_inspect_sample = "Math.max("

    code_display_data = [
        {"code": 'html("<b>bold</b>");', "mime": "text/html"},
        {"code": 'markdown("# Title");', "mime": "text/markdown"},
        {"code": 'display(new java.awt.image.BufferedImage(4, 3, java.awt.image.BufferedImage.TYPE_INT_RGB));',
         "mime": "image/png"},
    ]

    code_clear_output = "clearOutput();"

    # Not applicable: ATJ sends no pager payloads (inspect answers Shift-Tab instead).

    def test_pager(self):
        if not self.code_page_something:
            self.skipTest("ATJ sends no pager payloads")
        super().test_pager()

    # --- sharper checks than KernelTests makes -------------------------------------------

    def shell(self, msg_id, msg_type):
        reply = shell_reply(self.kc, msg_id)
        validate_message(reply, msg_type, msg_id)
        return reply["content"]

    def test_kernel_info_details(self):
        self.flush_channels()
        content = self.shell(self.kc.kernel_info(), "kernel_info_reply")
        self.assertEqual(content["status"], "ok")
        self.assertEqual(content["implementation"], "atj")
        self.assertTrue(content["protocol_version"].startswith("5."))
        info = content["language_info"]
        self.assertEqual(info["name"], "java")
        self.assertEqual(info["file_extension"], ".java")
        self.assertRegex(info["version"], r"^\d+")

    def test_complete_cursor_range(self):
        self.flush_channels()
        code = "System.out.pri"
        content = self.shell(self.kc.complete(code, len(code)), "complete_reply")
        self.assertEqual(content["status"], "ok")
        # the replaced text is "pri": from after "System.out." to the cursor
        self.assertEqual(content["cursor_start"], len("System.out."))
        self.assertEqual(content["cursor_end"], len(code))

    def test_complete_cursor_in_middle(self):
        self.flush_channels()
        code = "Math.sqr(4) + 1"
        cursor = len("Math.sqr")
        content = self.shell(self.kc.complete(code, cursor), "complete_reply")
        self.assertIn("sqrt(", content["matches"])
        self.assertEqual(content["cursor_start"], len("Math."))
        self.assertEqual(content["cursor_end"], cursor)

    def test_complete_declared_variable(self):
        self.flush_channels()
        reply, _ = self.execute_helper("int myCounterVariable = 5;")
        self.assertEqual(reply["content"]["status"], "ok")
        self.flush_channels()
        code = "int q = 1;\nmyCounterV"
        content = self.shell(self.kc.complete(code, len(code)), "complete_reply")
        self.assertEqual(content["matches"], ["myCounterVariable"])
        self.assertEqual(content["cursor_start"], len("int q = 1;\n"))
        self.assertEqual(content["cursor_end"], len(code))

    def test_complete_counts_code_points(self):
        # cursor_pos and cursor_start/end are in Unicode code points, not UTF-16 units
        self.flush_channels()
        code = 'String s = "\U0001F600"; Math.sqr'
        content = self.shell(self.kc.complete(code, len(code)), "complete_reply")
        self.assertIn("sqrt(", content["matches"])
        self.assertEqual(content["cursor_start"], len(code) - len("sqr"))
        self.assertEqual(content["cursor_end"], len(code))

    def test_inspect_signature(self):
        self.flush_channels()
        content = self.shell(self.kc.inspect("Math.max(", len("Math.max(")), "inspect_reply")
        self.assertEqual(content["status"], "ok")
        self.assertTrue(content["found"])
        text = content["data"]["text/plain"]
        self.assertIn("int Math.max(int a, int b)", text)
        self.assertIn("double Math.max(double a, double b)", text)

    def test_inspect_javadoc_is_plain_text(self):
        """With the JDK's src.zip present, Shift-Tab shows the Javadoc, rendered as text/plain:
        no raw Javadoc tags or HTML."""
        if not Path(JDK_HOMES[0], "lib", "src.zip").exists():
            self.skipTest(f"{JDK_HOMES[0]} has no lib/src.zip, so no JDK Javadoc")
        self.flush_channels()
        code = "Math.max(1, 2)"
        content = self.shell(self.kc.inspect(code, len("Math.ma")), "inspect_reply")
        self.assertTrue(content["found"])
        text = content["data"]["text/plain"]
        self.assertIn("int Math.max(int a, int b)", text)
        self.assertIn("Returns the greater of two", text)
        raw = [m for m in ("{@code", "{@link", "<p>", "<i>", "</") if m in text]
        self.assertEqual(raw, [], f"raw Javadoc markup in text/plain:\n{text[:500]}")

    def test_inspect_type(self):
        self.flush_channels()
        content = self.shell(self.kc.inspect("String", len("String")), "inspect_reply")
        self.assertTrue(content["found"])
        self.assertIn("java.lang.String", content["data"]["text/plain"])

    def test_inspect_not_found(self):
        self.flush_channels()
        code = "zzqqNoSuchThing"
        content = self.shell(self.kc.inspect(code, len(code)), "inspect_reply")
        self.assertEqual(content["status"], "ok")
        self.assertFalse(content["found"])
        self.assertEqual(content["data"], {})

    def test_is_complete_indent(self):
        self.flush_channels()
        content = self.shell(self.kc.is_complete("void f() {"), "is_complete_reply")
        self.assertEqual(content, {"status": "incomplete", "indent": "    "})
        code = "for (int i = 0; i < 3; i++) {\n    if (i > 0) {"
        content = self.shell(self.kc.is_complete(code), "is_complete_reply")
        self.assertEqual(content, {"status": "incomplete", "indent": "        "})
        content = self.shell(self.kc.is_complete("int x = ("), "is_complete_reply")
        self.assertEqual(content["status"], "incomplete")
        self.assertEqual(content["indent"], "")

    def test_history_tail_with_output(self):
        self.flush_channels()
        reply, _ = self.execute_helper("1000 + 337")
        self.assertEqual(reply["content"]["status"], "ok")
        count = reply["content"]["execution_count"]
        self.flush_channels()
        content = self.shell(self.kc.history(hist_access_type="tail", n=1, output=True, raw=True),
                             "history_reply")
        self.assertEqual(content["status"], "ok")
        session, line, (source, output) = content["history"][-1]
        self.assertEqual(line, count)
        self.assertEqual(source, "1000 + 337")
        self.assertEqual(output, "1337")

    def test_execute_reply_and_iopub_order(self):
        # busy, execute_input (with the reply's execution_count), result, idle; all valid
        self.flush_channels()
        msg_id = self.kc.execute("40 + 2")
        reply = self.get_non_kernel_info_reply(timeout=TIMEOUT)
        validate_message(reply, "execute_reply", msg_id)
        count = reply["content"]["execution_count"]
        kinds = []
        while True:
            msg = run_sync(self.kc.iopub_channel.get_msg)(timeout=TIMEOUT)
            validate_message(msg, msg["msg_type"], msg_id)
            if msg["parent_header"].get("msg_id") != msg_id:
                continue
            kind = msg["msg_type"]
            if kind == "status":
                kind = msg["content"]["execution_state"]
            else:
                self.assertEqual(msg["content"]["execution_count"], count)
            kinds.append(kind)
            if kind == "idle":
                break
        self.assertEqual(kinds, ["busy", "execute_input", "execute_result", "idle"])


if __name__ == "__main__":
    unittest.main()
