"""The curated notebooks run end to end through real Jupyter (nbclient), with no errors,
and their exercise checks pass with the solutions in place."""

from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

from helpers import ROOT



def uses_spark(path):
    """Notebooks that run %spark need the Spark module, which builds after the kernel: the
    spark module's build runs them (marker "spark")."""
    return any(cell.cell_type == "code" and cell.source.lstrip().startswith("%spark")
               for cell in nbformat.read(path, as_version=4).cells)


NOTEBOOKS = [pytest.param(path, marks=pytest.mark.spark) if uses_spark(path) else path
             for path in sorted((ROOT / "notebooks").glob("*.ipynb"))]
# Spark shows a bar only for jobs that run longer than half a second: whether one appears
# depends on the machine, so bars are not part of what a notebook must print again.
SPARK_PROGRESS = "Spark job "


def text_outputs(cell):
    """What a reader sees as text: streams and the text/plain form of results and displays,
    joined, since one print may arrive as one stream message or as two."""
    texts = (output.get("text") or output.get("data", {}).get("text/plain", "")
             for output in cell.get("outputs", []))
    return "".join(text for text in texts if not text.startswith(SPARK_PROGRESS))


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_runs_without_errors_and_as_committed(path):
    notebook = nbformat.read(path, as_version=4)
    committed = nbformat.read(path, as_version=4)
    NotebookClient(notebook, kernel_name="atj", timeout=600, resources={"metadata": {"path": str(path.parent)}}).execute()
    errors = [(index, output.get("ename"), output.get("evalue"))
              for index, cell in enumerate(notebook.cells) if cell.cell_type == "code"
              for output in cell.outputs if output.output_type == "error"]
    assert errors == [], errors
    checks = [output["data"]["text/plain"]
              for cell in notebook.cells if cell.cell_type == "code"
              for output in cell.outputs
              if output.output_type == "display_data" and "Exercise" in output.get("data", {}).get("text/plain", "")]
    assert checks and all(check.startswith("✔") for check in checks), checks
    # Fixed seeds make every run print what the committed notebook shows; cells whose text
    # depends on the machine or the clock carry the tag "volatile".
    changed = [(index, text_outputs(old), text_outputs(new))
               for index, (old, new) in enumerate(zip(committed.cells, notebook.cells))
               if new.cell_type == "code" and "volatile" not in new.metadata.get("tags", [])
               and text_outputs(old) != text_outputs(new)]
    assert changed == [], changed


def test_welcome_notebook_shows_a_chart_and_a_table():
    notebook = nbformat.read(ROOT / "notebooks" / "00-welcome.ipynb", as_version=4)
    NotebookClient(notebook, kernel_name="atj", timeout=600).execute()
    kinds = {mime for cell in notebook.cells if cell.cell_type == "code"
             for output in cell.outputs for mime in output.get("data", {})}
    assert {"image/png", "image/svg+xml", "text/html", "text/markdown", "text/latex"} <= kinds, kinds
