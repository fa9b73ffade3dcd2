"""The atj kernel under Jupyter's own tools: nbconvert --execute and jupyter console."""

import os
import subprocess
from pathlib import Path

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_notebook

from helpers import JUPYTER, ROOT, process_running, wait_for_exit

SMOKE = ROOT / "kernel" / "src" / "test" / "resources" / "smoke.ipynb"


def nbconvert_execute(notebook, out_dir, *extra):
    return subprocess.run(
        [JUPYTER, "nbconvert", "--to", "notebook", "--execute", str(notebook),
         "--output-dir", str(out_dir), "--output", "executed.ipynb",
         "--ExecutePreprocessor.timeout=60",
         "--ExecutePreprocessor.startup_timeout=90", *extra],
        cwd=out_dir, capture_output=True, text=True, timeout=180)


def outputs(cell):
    return [dict(o) for o in cell["outputs"]]


def text_of(output):
    return "".join(output["text"]) if isinstance(output["text"], list) else output["text"]


def test_nbconvert_executes_smoke_notebook(tmp_path):
    result = nbconvert_execute(SMOKE, tmp_path)
    assert result.returncode == 0, f"nbconvert failed:\n{result.stdout}\n{result.stderr}"
    nb = nbformat.read(tmp_path / "executed.ipynb", as_version=4)
    nbformat.validate(nb)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert len(code) == 6

    hello, answer, greet_def, greet_call, loop, listing = code
    assert [c.execution_count for c in code] == [1, 2, 3, 4, 5, 6]

    (out,) = outputs(hello)
    assert out["output_type"] == "stream" and out["name"] == "stdout"
    assert text_of(out) == "hello from ATJ\n"

    (out,) = outputs(answer)
    assert out["output_type"] == "execute_result"
    assert out["data"]["text/plain"] == "42"
    assert out["execution_count"] == 2

    assert outputs(greet_def) == []

    (out,) = outputs(greet_call)
    assert out["data"]["text/plain"] == '"Hello, notebook!"'

    streams = {o["name"]: text_of(o) for o in outputs(loop)}
    assert streams == {"stdout": "line 1\nline 2\nline 3\n", "stderr": "to stderr\n"}

    (out,) = outputs(listing)
    assert out["data"]["text/plain"] == "[42, 43]"

    assert nb.metadata["language_info"]["name"] == "java"


def test_nbconvert_reports_failing_cell(tmp_path):
    nb = new_notebook()
    nb.metadata["kernelspec"] = {"name": "atj", "display_name": "Java (ATJ)", "language": "java"}
    nb.cells = [new_code_cell("int ok = 1;"),
                new_code_cell('throw new IllegalArgumentException("nbconvert sees this");'),
                new_code_cell('System.out.println("never reached");')]
    path = tmp_path / "failing.ipynb"
    nbformat.write(nb, path)

    result = nbconvert_execute(path, tmp_path)
    assert result.returncode != 0
    assert "IllegalArgumentException" in result.stderr
    assert "nbconvert sees this" in result.stderr

    result = nbconvert_execute(path, tmp_path, "--allow-errors")
    assert result.returncode == 0, result.stderr
    executed = nbformat.read(tmp_path / "executed.ipynb", as_version=4)
    (err,) = executed.cells[1].outputs
    assert err["output_type"] == "error"
    assert err["ename"] == "java.lang.IllegalArgumentException"
    assert err["evalue"] == "nbconvert sees this"
    # with --allow-errors the next cell still runs
    assert text_of(executed.cells[2].outputs[0]) == "never reached\n"


def children(pid):
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if fields[1] == str(pid):
            found.append(int(stat.parent.name))
    return found


def test_jupyter_console_evaluates(tmp_path):
    pexpect = pytest.importorskip("pexpect")
    console = pexpect.spawn(
        JUPYTER, ["console", "--kernel", "atj", "--simple-prompt",
                  "--ZMQTerminalIPythonApp.confirm_exit=False"],
        cwd=str(tmp_path), env=dict(os.environ), encoding="utf-8", timeout=60,
        dimensions=(50, 200))
    kernels = []
    try:
        console.expect(r"ATJ [^\n]*Java")  # the kernel's banner
        console.expect(r"In \[1\]: ")
        kernels = children(console.pid)
        console.sendline("6 * 7")
        console.expect(r"Out\[1\]: (\S+)")
        assert console.match.group(1) == "42"
        console.expect(r"In \[2\]: ")
        console.sendline('System.out.println("printed " + (1 + 2));')
        console.expect(r"In \[3\]: ")
        assert "printed 3" in console.before
        console.sendline('String s = null; s.length()')
        console.expect(r"In \[4\]: ")
        assert "java.lang.NullPointerException" in console.before
        console.sendline("1 + 1")
        console.expect(r"Out\[4\]: (\S+)")
        assert console.match.group(1) == "2"
        console.expect(r"In \[5\]: ")
        console.sendcontrol("d")
        console.expect(pexpect.EOF, timeout=30)
        console.close()
        assert console.exitstatus == 0
        # the console shut its kernel down
        assert kernels, "no kernel process found under jupyter console"
        for pid in kernels:
            assert wait_for_exit(pid, 10), f"kernel {pid} outlived jupyter console"
    finally:
        if console.isalive():
            console.terminate(force=True)
        for pid in kernels:
            if process_running(pid):
                os.kill(pid, 9)
