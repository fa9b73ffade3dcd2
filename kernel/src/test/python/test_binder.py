"""Binder (repo2docker) configuration, and the build-and-install path it takes.

Docker and mybinder.org are out of reach here, so the image itself is never built. What is
checked instead: the binder/ files statically (what repo2docker requires of them), then a
clean clone of HEAD running binder/postBuild itself, with the "Python that runs Jupyter"
replaced by a stub whose sys.prefix is a temporary directory, and the kernelspec it installs.
Committed files only: the clone does not see uncommitted changes.
"""

import json
import os
import re
import shlex
import subprocess
from pathlib import Path

import pytest

from helpers import JDK_HOMES, ROOT, evaluate, start_kernel, stop_kernel

BINDER = ROOT / "binder"

# Package names checked by hand against Ubuntu 24.04 "noble" (packages.ubuntu.com, main and
# universe), the base image of repo2docker. A new line in apt.txt must be checked there and
# added here; names that differ between releases (openjdk-*, libfoo-dev versions) are the usual trap.
NOBLE_PACKAGES = {
    "openjdk-17-jdk-headless",
    "openjdk-17-source",
    "openjdk-21-jdk-headless",
    "maven",
}

BINDER_MEMORY_MB = 2048


def post_build():
    return (BINDER / "postBuild").read_text()


def commands(script):
    """The script's lines that do something: no comments, blank lines or heredoc bodies."""
    lines, heredoc_end = [], None
    for line in script.splitlines():
        stripped = line.strip()
        if heredoc_end is not None:
            if stripped == heredoc_end:
                heredoc_end = None
            continue
        if not stripped or stripped.startswith("#"):
            continue
        lines.append(stripped)
        match = re.search(r"<<-?\s*'?(\w+)'?", stripped)
        if match:
            heredoc_end = match.group(1)
    return lines


def test_post_build_is_an_executable_bash_script_that_stops_on_errors():
    path = BINDER / "postBuild"
    assert os.access(path, os.X_OK), "repo2docker runs binder/postBuild only if it is executable"
    mode = subprocess.run(["git", "ls-files", "-s", "binder/postBuild"], cwd=ROOT,
                          capture_output=True, text=True, check=True).stdout
    assert mode.startswith("100755"), f"binder/postBuild must be committed executable: {mode!r}"
    script = post_build()
    assert script.startswith("#!/usr/bin/env bash\n")
    assert commands(script)[0] == "set -euo pipefail", "failures must stop the build, first thing"
    result = subprocess.run(["bash", "-n", str(path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_post_build_needs_no_root_and_installs_into_the_jupyter_environment():
    script = post_build()
    for word in ("sudo", "apt-get", "apt ", "--user"):
        assert not any(word in line for line in commands(script)), \
            f"postBuild runs as the notebook user: {word!r} does not belong there"
    assert re.search(r"^\./atj install --sys-prefix\b", script, re.M), \
        "the kernelspec goes into Jupyter's environment with --sys-prefix"
    assert re.search(r"^mvn -B .*-DskipTests.* package", script, re.M), "postBuild builds the jars"
    assert "binder/WarmCaches.java" in script, "native libraries are unpacked at build time"


def test_kernel_heap_leaves_room_in_binder_two_gigabytes():
    match = re.search(r"--jvm-opt -XX:MaxRAMPercentage=(\d+(?:\.\d+)?)", post_build())
    assert match, "postBuild caps the kernel's heap with --jvm-opt -XX:MaxRAMPercentage=N"
    heap_mb = BINDER_MEMORY_MB * float(match.group(1)) / 100
    # Off heap: Jupyter and JupyterLab's server (~300 MB), metaspace and JIT (~250 MB),
    # PyTorch and ONNX Runtime native memory (~300 MB in notebooks 01-03).
    assert heap_mb + 850 <= BINDER_MEMORY_MB, f"a {heap_mb:.0f} MB heap leaves too little of 2 GB"


def test_apt_packages_exist_in_ubuntu_noble():
    names = [line.strip() for line in (BINDER / "apt.txt").read_text().splitlines()
             if line.strip() and not line.strip().startswith("#")]
    assert any(name.startswith("openjdk-") and "-jdk" in name for name in names), "a JDK (javac for JShell)"
    assert "maven" in names
    unknown = [name for name in names if name not in NOBLE_PACKAGES]
    assert not unknown, f"not known to exist in Ubuntu 24.04: {unknown} (check, then add to NOBLE_PACKAGES)"


def test_readme_badge_opens_the_welcome_notebook_in_jupyterlab():
    readme = (ROOT / "README.md").read_text()
    badge = re.search(r"\[!\[[^\]]*\]\(https://mybinder\.org/badge_logo\.svg\)\]\((https://mybinder\.org/v2/[^)]+)\)",
                      readme)
    assert badge, "README.md has a Binder launch badge"
    url = badge.group(1)
    assert re.fullmatch(r"https://mybinder\.org/v2/gh/[\w.-]+/[\w.-]+/HEAD"
                        r"\?urlpath=lab/tree/notebooks/00-welcome\.ipynb", url), url
    assert (ROOT / "notebooks" / "00-welcome.ipynb").is_file()


@pytest.fixture(scope="module")
def binder_install(tmp_path_factory):
    """A clean clone of HEAD, built and installed by binder/postBuild into a temporary prefix."""
    base = tmp_path_factory.mktemp("binder")
    clone, prefix = base / "clone", base / "prefix"
    head = subprocess.run(["git", "rev-parse", "HEAD"], cwd=ROOT, capture_output=True, text=True,
                          check=True).stdout.strip()
    subprocess.run(["git", "clone", "-q", "--no-checkout", str(ROOT), str(clone)], check=True)
    subprocess.run(["git", "-C", str(clone), "checkout", "-q", "--detach", head], check=True)
    # Stands in for the notebook environment's python3: only sys.prefix is asked of it.
    stub = base / "python3"
    stub.write_text(f"#!/bin/sh\necho {shlex.quote(str(prefix))}\n")
    stub.chmod(0o755)
    jdk = JDK_HOMES[0]
    env = dict(os.environ, JAVA_HOME=jdk, ATJ_PYTHON=str(stub), PATH=f"{jdk}/bin:{os.environ['PATH']}")
    archives = Path.home() / ".cache" / "atj"
    before = set(archives.glob("*")) if archives.is_dir() else set()
    try:
        result = subprocess.run([str(clone / "binder" / "postBuild")], cwd=clone, env=env,
                                capture_output=True, text=True, timeout=900)
        assert result.returncode == 0, f"postBuild failed:\n{result.stdout}\n{result.stderr}"
        yield clone, prefix, result
    finally:
        # The install's class data archive is keyed by checkout path: drop this clone's.
        for archive in (set(archives.glob("*")) if archives.is_dir() else set()) - before:
            archive.unlink()


def test_post_build_from_clean_clone_installs_the_kernelspec(binder_install):
    clone, prefix, result = binder_install
    spec_dir = prefix / "share" / "jupyter" / "kernels" / "atj"
    spec = json.loads((spec_dir / "kernel.json").read_text())
    assert spec["display_name"] == "Java (ATJ)"
    assert spec["language"] == "java", "nbgrader and front ends key on the language"
    assert spec["interrupt_mode"] == "message"
    assert isinstance(spec.get("env", {}), dict)
    argv = spec["argv"]
    assert Path(argv[0]).resolve() == Path(JDK_HOMES[0], "bin", "java").resolve(), \
        "the kernel runs on the JDK postBuild pinned"
    assert argv[-3:] == ["dev.atj.kernel.cli.Main", "kernel", "{connection_file}"]
    assert "-XX:MaxRAMPercentage=40" in argv
    assert "-Dai.djl.offline=true" in argv
    classpath = argv[argv.index("-cp") + 1].split(os.pathsep)
    assert all(entry.startswith(str(clone)) for entry in classpath), classpath
    assert all(Path(entry.removesuffix("/*")).exists() for entry in classpath), classpath
    config = json.loads((prefix / "etc" / "jupyter" / "jupyter_server_config.d" / "atj-binder.json").read_text())
    assert config["ServerApp"]["default_url"] == "/lab/tree/notebooks/00-welcome.ipynb"
    assert "tokenizers + ONNX Runtime: 384 dimensions" in result.stdout, "native caches were warmed"


def test_binder_kernel_runs_with_the_capped_heap(binder_install):
    _, prefix, _ = binder_install
    km, kc = start_kernel(prefix / "share" / "jupyter")
    try:
        assert evaluate(kc, "Check.class.getSimpleName()") == '"Check"'
        max_heap = int(evaluate(kc, "Runtime.getRuntime().maxMemory()"))
        total = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
        assert max_heap <= 0.41 * total, f"heap {max_heap} is not capped at 40% of {total}"
    finally:
        stop_kernel(km, kc)
