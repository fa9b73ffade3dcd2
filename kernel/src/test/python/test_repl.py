"""`./atj repl` driven in a pseudo-terminal, as a person at a terminal would use it.

One REPL process serves the module's tests in order (each test leaves it at a prompt);
the last test quits it with Ctrl-D. JLine sees a real terminal (pexpect's pty), so line
editing, completion, continuation lines and Ctrl-C are the real ones.
"""

import os
import re
import sys
import time
from pathlib import Path

import pexpect
import pytest

from helpers import JDK_HOMES, ROOT

PROMPT = "atj> "
TIMEOUT = 60
# JLine switches bracketed paste off when a readLine ends (TERM=xterm-256color). Waiting for it
# first matters: while keys are typed JLine may redraw the line, prompt included, so "atj> "
# alone can match before the input ran.
READ_DONE = "\x1b[?2004l"


@pytest.fixture(scope="module")
def repl(tmp_path_factory):
    home = tmp_path_factory.mktemp("repl")
    env = dict(os.environ, JAVA_HOME=JDK_HOMES[0], TERM="xterm-256color",
               ATJ_HISTORY=str(home / "history"), ATJ_OUTPUT_DIR=str(home / "out"))
    env.pop("NO_COLOR", None)
    child = pexpect.spawn(str(ROOT / "atj"), ["repl"], cwd=str(home), env=env,
                          encoding="utf-8", timeout=TIMEOUT, dimensions=(40, 200))
    child.logfile_read = sys.stdout
    child.expect_exact(PROMPT)
    yield child, home
    if child.isalive():
        child.terminate(force=True)


# Terminal control sequences JLine writes around each line (modes, colours, queries).
CONTROL = re.compile(r"\x1b(\[[0-9;?$]*[A-Za-z~]|[=>])|\r")


def plain(text):
    return CONTROL.sub("", text)


def next_prompt(child):
    """Waits until the line typed so far was read and the next prompt shows."""
    child.expect_exact(READ_DONE)
    child.expect_exact(PROMPT)


def run(child, line, keep_colour=False):
    """Types a line, waits for the next prompt, returns what the REPL printed in between."""
    child.sendline(line)
    next_prompt(child)
    return child.before if keep_colour else plain(child.before)


def test_expression_prints_its_value(repl):
    child, _ = repl
    assert re.search(r"^2$", run(child, "1 + 1"), re.M)


def test_declaration_over_several_lines_waits_then_runs(repl):
    child, _ = repl
    child.sendline("int square(int x) {")
    child.expect_exact("...> ")
    child.sendline("return x * x;")
    child.expect_exact("...> ")
    child.sendline("}")
    next_prompt(child)
    assert re.search(r"^49$", run(child, "square(7)"), re.M)


def test_tab_completes_a_library_method(repl):
    child, _ = repl
    child.send("Datasets.lo\t")
    child.expect_exact("Datasets.load(")
    child.sendline('"penguins").rowCount()')
    next_prompt(child)
    rows = re.search(r"^(\d+)$", plain(child.before), re.M)
    assert rows and int(rows.group(1)) > 0, child.before


def test_ctrl_c_stops_a_busy_loop_and_the_repl_goes_on(repl):
    child, _ = repl
    child.sendline("while (true) { }")
    child.expect_exact(READ_DONE)
    time.sleep(1.0)
    child.sendintr()
    child.expect_exact("Interrupted", timeout=15)
    child.expect_exact(PROMPT)
    assert re.search(r"^5$", run(child, "2 + 3"), re.M)


def test_ctrl_c_at_the_prompt_clears_the_line(repl):
    child, _ = repl
    child.send("this is not java")
    child.expect_exact("not java")
    child.sendintr()
    next_prompt(child)
    child.sendline("1 + 2")
    # On JDK 25 a second, empty prompt may come first (see docs); the value and a prompt must follow.
    child.expect_exact(READ_DONE + "3\r\n")
    child.expect_exact(PROMPT)


def test_compile_error_is_red_with_a_caret(repl):
    child, _ = repl
    out = run(child, 'String s = 42;', keep_colour=True)
    assert "\x1b[31m" in out, "errors are coloured red on a colour terminal"
    text = plain(out)
    assert "Compile error in input" in text and "line 1, column 12" in text, text
    assert re.search(r"^\s+\|\s{12}\^\^", text, re.M), text


def test_magics_run(repl):
    child, _ = repl
    out = run(child, "%lsmagic")
    assert "%time" in out and "%%bash" in out
    assert "Wall time:" in run(child, "%time Thread.sleep(10)")


def test_chart_is_saved_and_its_path_printed(repl):
    child, home = repl
    out = run(child, 'Plot.line("Squares", "x", "x squared", new double[]{1, 2, 3}, new double[]{1, 4, 9})')
    found = re.search(r"image saved to (\S+\.png)", out)
    assert found, out
    picture = Path(found.group(1))
    assert picture.parent == home / "out"
    assert picture.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_table_prints_as_text(repl):
    child, _ = repl
    out = run(child, 'Datasets.load("penguins").first(2)')
    assert "species" in out and "image saved" not in out


def test_a_closing_brace_keeps_the_text_as_typed(repl):
    child, _ = repl
    assert '"x { }"' in run(child, '"x { }"').splitlines()[-1]


def test_ctrl_d_quits_with_status_zero_and_keeps_history(repl):
    child, home = repl
    child.sendeof()
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    history = (home / "history").read_text(encoding="utf-8")
    assert "1 + 1" in history and "square(7)" in history
