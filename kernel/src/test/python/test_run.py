"""`atj run` executes notebooks without Jupyter on the kernel's own engine: outputs, execution
counts, HTML, a failing cell named on stderr, and the curated notebooks giving the text that
real Jupyter gave (test_notebooks.py runs them through nbclient)."""

import subprocess

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

from helpers import ROOT
from test_notebooks import text_outputs

ATJ = str(ROOT / "atj")
# A subset keeps CI time down: each notebook already runs once under Jupyter in test_notebooks.py.
CURATED = [ROOT / "notebooks" / name for name in
           ("00-welcome.ipynb", "04-data.ipynb", "05-security-and-privacy.ipynb")]


def atj_run(*args, cwd=None):
    return subprocess.run([ATJ, "run", *map(str, args)], capture_output=True, text=True, timeout=900, cwd=cwd)


def write_notebook(path, cells):
    notebook = new_notebook(metadata={"kernelspec": {"name": "atj", "display_name": "Java (ATJ)",
                                                     "language": "java"}})
    notebook.cells = cells
    nbformat.write(notebook, path)
    return path


SMALL = [
    new_markdown_cell("# A small run\n\nSome **bold** words."),
    new_code_cell('System.out.println("hello from atj run");\n6 * 7'),
    new_code_cell('Plot.line("Squares", "x", "x squared", new double[] {1, 2, 3}, new double[] {1, 4, 9})'),
    new_code_cell('var handle = display("first");\nhandle.update("second");'),
]


def test_run_writes_outputs_counts_and_html(tmp_path):
    source = write_notebook(tmp_path / "small.ipynb", SMALL)
    result = atj_run("--html", source)
    assert result.returncode == 0, result.stderr
    executed = nbformat.read(tmp_path / "small.executed.ipynb", as_version=4)
    nbformat.validate(executed)
    code = [cell for cell in executed.cells if cell.cell_type == "code"]
    assert [cell.execution_count for cell in code] == [1, 2, 3]
    assert text_outputs(code[0]) == "hello from atj run\n42"
    assert code[0].outputs[1].execution_count == 1
    assert "image/png" in code[1].outputs[0].data
    assert [output.output_type for output in code[2].outputs] == ["display_data"]
    assert code[2].outputs[0].data["text/plain"] == "second"
    html = (tmp_path / "small.html").read_text(encoding="utf-8")
    assert "<strong>bold</strong>" in html and "data:image/png;base64," in html
    assert "hello from atj run" in html


def test_failing_cell_exits_non_zero_and_is_named(tmp_path):
    cells = SMALL[:2] + [new_code_cell('throw new IllegalStateException("boom");'), new_code_cell("1 + 1")]
    source = write_notebook(tmp_path / "broken.ipynb", cells)
    result = atj_run("--output", tmp_path / "out", source)
    assert result.returncode != 0
    assert "cell 3" in result.stderr and "IllegalStateException: boom" in result.stderr, result.stderr
    executed = nbformat.read(tmp_path / "out" / "broken.ipynb", as_version=4)
    assert executed.cells[2].outputs[-1].output_type == "error"
    assert executed.cells[3].outputs == [] and executed.cells[3].execution_count is None


def test_a_cell_past_its_timeout_is_interrupted_and_named(tmp_path):
    source = write_notebook(tmp_path / "slow.ipynb", [new_code_cell("while (true) { }")])
    result = atj_run("--timeout", "2", source)
    assert result.returncode != 0
    assert "cell 1" in result.stderr and "timed out" in result.stderr, result.stderr


def test_curated_notebooks_give_the_committed_text(tmp_path):
    result = atj_run("--output", tmp_path, *CURATED)
    assert result.returncode == 0, result.stderr
    for path in CURATED:
        committed = nbformat.read(path, as_version=4)
        executed = nbformat.read(tmp_path / path.name, as_version=4)
        changed = [(index, text_outputs(old), text_outputs(new))
                   for index, (old, new) in enumerate(zip(committed.cells, executed.cells))
                   if new.cell_type == "code" and "volatile" not in new.metadata.get("tags", [])
                   and text_outputs(old) != text_outputs(new)]
        assert changed == [], (path.name, changed)
