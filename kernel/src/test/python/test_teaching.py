"""What educators grading with nbgrader rely on: nothing but the cell's own output reaches it.

nbgrader's autograder marks a cell that writes to stderr as failed, so the kernel's and the
libraries' logging (DJL, Smile, Tablesaw, ONNX Runtime, tokenizers, java.util.logging) must
never show up as a cell's stderr stream. The cells below use each of them once, as a
notebook would, through the real kernel.
"""

import pytest

from helpers import execute, of_type

CELLS = [
    # DJL: engine start, natives, seeds; Smile and Tablesaw: load, split, train, summarise.
    'Seeds.set(42);\nSeeds.seedDjl();\nDevices.describe()',
    'Table penguins = Datasets.load("penguins");\n'
    'String[] features = {"bill_length_mm", "bill_depth_mm", "flipper_length_mm", "body_mass_g"};\n'
    'TrainTestSplit split = TrainTestSplit.stratified(penguins, 0.3, "species");\n'
    'Dataset train = Dataset.of(split.train(), "species", features);\n'
    'Dataset test = train.matching(split.test());\n'
    'Describe.of(penguins)',
    'Classifier forest = Classifiers.randomForest(train, 20);\n'
    'Classifier logistic = Classifiers.logisticRegression(Standardizer.fit(train).transform(train));\n'
    'forest.accuracy(test) > 0.8',
    'PrincipalComponents.fit(Standardizer.fit(train).transform(train).x()).explainedVarianceRatio().length',
    # DJL training with its live loss chart.
    'MlpClassifier net = MlpClassifier.builder().hidden(8).epochs(5).build();\n'
    'net.fit(train.x(), train.y());\nnet.close();\nnet.history().epochs()',
    # HuggingFace tokenizers (Rust natives) and ONNX Runtime (C++ natives, its own logger).
    'HfTokenizer wordPiece = HfTokenizer.fromResource("/all-minilm-l6-v2-q-tokenizer.json");\n'
    'wordPiece.encode("Tokenization of unbelievably rare words").length > 5',
    'SentenceEmbedder.miniLm().embed("A man is playing a guitar.").length',
    'Gpt2Tokenizer.bundled().encode("It is a truth universally acknowledged.").length',
    # A chart, and a self-check cell as exercises use it.
    'Plot.histogram("Body mass", penguins, "body_mass_g", 20)',
    'Check.equal(49, 7 * 7)',
]


@pytest.fixture(scope="module")
def outputs(kernel):
    """Each cell's reply and iopub messages, run in order in one kernel."""
    _, kc = kernel
    results = []
    for code in CELLS:
        reply, msgs = execute(kc, code, timeout=120)
        results.append((code, reply, msgs))
    return results


def test_library_cells_all_succeed(outputs):
    for code, reply, msgs in outputs:
        assert reply["content"]["status"] == "ok", f"{code!r} failed: {reply['content']}"
        assert not of_type(msgs, "error"), f"{code!r}: {of_type(msgs, 'error')}"


def test_no_logging_reaches_a_cells_stderr(outputs):
    for code, _, msgs in outputs:
        stderr = [m["content"]["text"] for m in of_type(msgs, "stream") if m["content"]["name"] == "stderr"]
        assert not stderr, f"{code!r} wrote to stderr, which nbgrader scores as a failure: {''.join(stderr)!r}"


def test_self_check_shows_a_tick(outputs):
    _, _, msgs = outputs[-1]
    shown = [m["content"]["data"]["text/plain"] for m in of_type(msgs, "display_data")]
    assert shown == ["✔ Correct: 49"]


def test_cell_stderr_still_reaches_the_cell(kernel):
    """The check above can fail: a cell's own System.err does arrive as a stderr stream."""
    _, kc = kernel
    _, msgs = execute(kc, 'System.err.println("on purpose");')
    stderr = "".join(m["content"]["text"] for m in of_type(msgs, "stream") if m["content"]["name"] == "stderr")
    assert stderr == "on purpose\n"


def test_kernelspec_declares_java_for_nbgrader():
    from jupyter_client.kernelspec import KernelSpecManager
    spec = KernelSpecManager().get_kernel_spec("atj")
    assert spec.language == "java"
    assert spec.display_name == "Java (ATJ)"
