"""Shared fixtures for ATJ's integration tests.

The tests talk to real ATJ kernels through jupyter_client (and, in test_tools.py, through
the jupyter command line tools). A session fixture installs one "atj" kernelspec per JDK
under a temporary prefix with ``./atj install --prefix DIR`` and points JUPYTER_PATH at the
first one, so nothing is installed into the user's own Jupyter directories.

JDKs: the homes in ATJ_TEST_JDKS (os.pathsep-separated); without it, JDK 17 plus any
/usr/lib/jvm/temurin-2* found. The first one is the default JDK every test uses; the
interrupt tests run on each.
"""

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

from helpers import JDK_HOMES, KERNEL_NAME, ROOT, drain, start_kernel, stop_kernel

def _install_kernelspec(jdk_home, prefix):
    env = dict(os.environ, JAVA_HOME=jdk_home)
    result = subprocess.run(
        [str(ROOT / "atj"), "install", "--prefix", str(prefix)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=600,
    )
    assert result.returncode == 0, (
        f"./atj install with JAVA_HOME={jdk_home} failed ({result.returncode}):\n"
        f"{result.stdout}\n{result.stderr}")
    spec = Path(prefix, "share", "jupyter", "kernels", KERNEL_NAME, "kernel.json")
    assert spec.is_file(), f"./atj install wrote no {spec}"
    return Path(prefix, "share", "jupyter")


@pytest.fixture(scope="session", autouse=True)
def jupyter_env():
    """Installs a kernelspec per JDK into temporary prefixes; JUPYTER_PATH gets the default one.

    Returns {jdk_home: jupyter data dir holding kernels/atj}.
    """
    for home in JDK_HOMES:
        assert Path(home, "bin", "java").exists(), f"no java in JDK home {home}"
    base = Path(tempfile.mkdtemp(prefix="atj-tests-"))
    saved = {k: os.environ.get(k) for k in
             ("JUPYTER_PATH", "JUPYTER_RUNTIME_DIR", "JUPYTER_CONFIG_DIR", "JUPYTER_DATA_DIR")}
    try:
        data_dirs = {}
        for i, home in enumerate(JDK_HOMES):
            data_dirs[home] = _install_kernelspec(home, base / f"prefix{i}")
        runtime = base / "runtime"
        runtime.mkdir()
        config = base / "config"
        config.mkdir()
        os.environ["JUPYTER_PATH"] = str(data_dirs[JDK_HOMES[0]])
        os.environ["JUPYTER_RUNTIME_DIR"] = str(runtime)
        os.environ["JUPYTER_CONFIG_DIR"] = str(config)
        os.environ["JUPYTER_DATA_DIR"] = str(base / "data")
        yield data_dirs
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
        shutil.rmtree(base, ignore_errors=True)


@pytest.fixture(scope="module")
def kernel():
    """A kernel on the default JDK shared by a module's tests: (km, kc)."""
    km, kc = start_kernel()
    try:
        yield km, kc
    finally:
        stop_kernel(km, kc)


@pytest.fixture
def kc(kernel):
    """The module kernel's client, with stale messages drained first."""
    client = kernel[1]
    drain(client)
    return client




def pytest_configure(config):
    config.addinivalue_line(
        "markers", "spark: needs the Spark module built (spark/target); the spark module's build runs these")
