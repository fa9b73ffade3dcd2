"""The welcome notebook in a real browser.

Debian's Chromium, headless, opens Jupyter Notebook (the classic UI) served on 127.0.0.1,
runs 00-welcome.ipynb from the top down to its chart cell with the ATJ kernel, and must
show the chart as an <img> in that cell's output area. The test drives Chromium over the
Chrome DevTools Protocol (python3-websocket) and saves a screenshot of the page under
kernel/target/browser-test/.

The notebook runs from a temporary copy of notebooks/ with every output cleared, so the
image can only come from this run. Skipped only where Chromium is not installed.
"""

import base64
import json
import os
import shutil
import signal
import socket
import subprocess
import time
import urllib.request
import uuid
from pathlib import Path

import nbformat
import pytest

from helpers import JUPYTER, ROOT, process_running, wait_for_exit

try:
    import websocket
except ImportError:  # reported by the fixture that needs it, so the skip reason stays honest
    websocket = None

CHROMIUM = shutil.which("chromium")
pytestmark = pytest.mark.skipif(
    CHROMIUM is None, reason="Chromium is not installed (Debian: apt-get install chromium)")

NOTEBOOK = "00-welcome.ipynb"
SCREENSHOT_DIR = ROOT / "kernel" / "target" / "browser-test"
SERVER_TIMEOUT = 30
KERNEL_TIMEOUT = 90
CHART_TIMEOUT = 60
POLL = 0.2


def chart_cell_index(nb):
    """Index of the cell that draws the chart: the first code cell that builds a chart and
    whose committed output is a PNG image."""
    for index, cell in enumerate(nb.cells):
        if cell.cell_type != "code" or "Chart" not in cell.source:
            continue
        if any("image/png" in output.get("data", {}) for output in cell.outputs):
            return index
    raise AssertionError(f"{NOTEBOOK} has no code cell that builds a chart shown as PNG")


def poll(condition, timeout, what, diagnose=lambda: ""):
    """Calls condition until it returns something truthy; fails after timeout seconds."""
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"{what} not within {timeout} s. {diagnose()}")
        time.sleep(POLL)


def stop_process_group(process, grace=15):
    """SIGTERM to the process's group, SIGKILL to whatever is left after grace seconds."""
    if process.poll() is not None:
        return
    try:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=grace)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=10)
    except ProcessLookupError:
        pass


def processes_mentioning(text):
    """Pids of live processes whose command line contains text."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            cmdline = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            continue
        if text in cmdline and process_running(int(entry.name)):
            found.append(int(entry.name))
    return found


def tail(path, lines=40):
    try:
        return "\n".join(Path(path).read_text(errors="replace").splitlines()[-lines:])
    except OSError as error:
        return f"(no log: {error})"


def http_get(url, timeout=5):
    with urllib.request.urlopen(url, timeout=timeout) as response:
        return response.status, response.read()


class NotebookServer:
    """Debian's Jupyter Notebook on loopback, serving a directory, with a random token."""

    def __init__(self, notebook_dir, work_dir):
        self.token = uuid.uuid4().hex
        self.runtime_dir = work_dir / "runtime"
        self.runtime_dir.mkdir()
        self.log = work_dir / "notebook.log"
        # Should the port be taken meanwhile, Jupyter tries the next ones; its server info
        # file tells which one it got.
        command = [JUPYTER, "notebook", "--no-browser", "--ip=127.0.0.1",
                   f"--port={free_port()}", f"--notebook-dir={notebook_dir}",
                   f"--NotebookApp.token={self.token}", "--NotebookApp.password="]
        if os.geteuid() == 0:
            command.append("--allow-root")  # CI containers run as root
        # The kernel's connection file lies in this runtime dir, so its command line names it.
        env = dict(os.environ, JUPYTER_RUNTIME_DIR=str(self.runtime_dir))
        with open(self.log, "wb") as log:
            self.process = subprocess.Popen(command, cwd=notebook_dir, env=env,
                                            stdout=log, stderr=subprocess.STDOUT,
                                            stdin=subprocess.DEVNULL, start_new_session=True)
        self.url = None

    def wait_until_serving(self):
        info = poll(self._server_info, SERVER_TIMEOUT, "Jupyter Notebook's server info file",
                    self.diagnose)
        self.url = f"http://127.0.0.1:{info['port']}"
        poll(self._answers, SERVER_TIMEOUT, "an answer from Jupyter Notebook", self.diagnose)

    def _server_info(self):
        if self.process.poll() is not None:
            raise AssertionError(f"Jupyter Notebook exited with {self.process.returncode}. "
                                 f"{self.diagnose()}")
        for path in self.runtime_dir.glob(f"nbserver-{self.process.pid}.json"):
            try:
                return json.loads(path.read_text())
            except ValueError:
                return None  # being written
        return None

    def _answers(self):
        try:
            status, _ = http_get(f"{self.url}/api/status?token={self.token}")
            return status == 200
        except OSError:
            return False

    def diagnose(self):
        return f"Jupyter Notebook log:\n{tail(self.log)}"

    def stop(self):
        """Shuts its kernels down through the REST API, then stops the server; kernels it
        leaves behind (they run in their own sessions) are killed by pid."""
        if self.url and self.process.poll() is None:
            try:
                _, body = http_get(f"{self.url}/api/kernels?token={self.token}")
                for kernel in json.loads(body):
                    request = urllib.request.Request(
                        f"{self.url}/api/kernels/{kernel['id']}?token={self.token}",
                        method="DELETE")
                    urllib.request.urlopen(request, timeout=20).close()
            except OSError as error:
                print(f"could not shut the kernels down through Jupyter: {error}")
        stop_process_group(self.process)
        for pid in processes_mentioning(str(self.runtime_dir)):
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                continue
            wait_for_exit(pid, 10)


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class DevTools:
    """A Chrome DevTools Protocol session with one page, over its websocket."""

    def __init__(self, ws_url):
        self.ws = websocket.create_connection(ws_url, timeout=30, suppress_origin=True)
        self.next_id = 0

    def send(self, method, timeout=30, **params):
        """Sends a command and returns its result; events that arrive meanwhile are dropped."""
        self.next_id += 1
        message_id = self.next_id
        self.ws.send(json.dumps({"id": message_id, "method": method, "params": params}))
        deadline = time.monotonic() + timeout
        while True:
            self.ws.settimeout(max(deadline - time.monotonic(), 0.1))
            message = json.loads(self.ws.recv())
            if message.get("id") != message_id:
                continue
            if "error" in message:
                raise AssertionError(f"DevTools {method} failed: {message['error']}")
            return message["result"]

    def evaluate(self, expression):
        """The JSON value of a JavaScript expression in the page."""
        result = self.send("Runtime.evaluate", expression=expression, returnByValue=True)
        if "exceptionDetails" in result:
            details = result["exceptionDetails"]
            text = details.get("exception", {}).get("description") or details.get("text")
            raise AssertionError(f"JavaScript failed: {text}\nin: {expression}")
        return result["result"].get("value")

    def screenshot(self, path):
        data = base64.b64decode(self.send("Page.captureScreenshot", format="png")["data"])
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        return data

    def request_close(self):
        """Asks the browser to close, without waiting: it may drop the connection first."""
        self.next_id += 1
        self.ws.send(json.dumps({"id": self.next_id, "method": "Browser.close", "params": {}}))

    def close(self):
        self.ws.close()


class Chromium:
    """Debian's Chromium, headless, with remote debugging on a port it picks itself."""

    def __init__(self, work_dir):
        self.profile = work_dir / "chromium-profile"
        self.profile.mkdir()
        self.log = work_dir / "chromium.log"
        command = [CHROMIUM, "--headless=new", "--no-sandbox", "--disable-gpu",
                   "--disable-dev-shm-usage", "--disable-background-networking",
                   "--disable-component-update", "--disable-sync", "--disable-default-apps",
                   "--no-first-run", "--no-default-browser-check", "--mute-audio",
                   "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0",
                   f"--user-data-dir={self.profile}", "--window-size=1280,1024",
                   "about:blank"]
        with open(self.log, "wb") as log:
            self.process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT,
                                            stdin=subprocess.DEVNULL, start_new_session=True)

    def connect(self):
        """A DevTools session with the browser's page, retried until the browser is up."""
        port = poll(self._port, SERVER_TIMEOUT, "Chromium's DevTools port", self.diagnose)
        ws_url = poll(lambda: self._page_url(port), SERVER_TIMEOUT,
                      "a page target in Chromium", self.diagnose)
        return DevTools(ws_url)

    def _port(self):
        if self.process.poll() is not None:
            raise AssertionError(f"Chromium exited with {self.process.returncode}. "
                                 f"{self.diagnose()}")
        try:
            first_line = (self.profile / "DevToolsActivePort").read_text().splitlines()[0]
            return int(first_line)
        except (OSError, IndexError, ValueError):
            return None

    @staticmethod
    def _page_url(port):
        try:
            _, body = http_get(f"http://127.0.0.1:{port}/json/list")
        except OSError:
            return None
        pages = [t for t in json.loads(body) if t.get("type") == "page"]
        return pages[0]["webSocketDebuggerUrl"] if pages else None

    def diagnose(self):
        return f"Chromium log:\n{tail(self.log)}"

    def stop(self, devtools=None):
        """Asks the browser to close (so it ends its own helper processes), then stops its
        process group."""
        if devtools is not None:
            try:
                devtools.request_close()
            except (OSError, websocket.WebSocketException) as error:
                print(f"could not ask Chromium to close: {error}")  # the group is killed below
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                pass
        stop_process_group(self.process, grace=10)


@pytest.fixture
def notebook_dir(tmp_path):
    """A copy of notebooks/ whose welcome notebook has no outputs."""
    copy = tmp_path / "notebooks"
    shutil.copytree(ROOT / "notebooks", copy)
    path = copy / NOTEBOOK
    nb = nbformat.read(path, as_version=4)
    for cell in nb.cells:
        if cell.cell_type == "code":
            cell.outputs = []
            cell.execution_count = None
    nbformat.write(nb, path)
    return copy


@pytest.fixture
def server(notebook_dir, tmp_path):
    server = NotebookServer(notebook_dir, tmp_path)
    try:
        server.wait_until_serving()
        yield server
    finally:
        server.stop()


@pytest.fixture
def browser(tmp_path):
    """A DevTools session with a headless Chromium page."""
    assert websocket is not None, (
        "the browser test drives Chromium with python3-websocket; "
        "install it (Debian: apt-get install python3-websocket)")
    chromium = Chromium(tmp_path)
    devtools = None
    try:
        devtools = chromium.connect()
        devtools.send("Page.enable")
        devtools.send("Runtime.enable")
        yield devtools
    finally:
        chromium.stop(devtools)
        if devtools is not None:
            devtools.close()


KERNEL_READY_JS = """(() => {
  if (typeof Jupyter === 'undefined' || !Jupyter.notebook || !Jupyter.notebook._fully_loaded) return false;
  const kernel = Jupyter.notebook.kernel;
  const icon = document.querySelector('#kernel_indicator_icon');
  return !!(kernel && kernel.is_connected() && kernel.name === 'atj'
            && icon && icon.classList.contains('kernel_idle_icon'));
})()"""

PAGE_STATE_JS = """(() => {
  if (typeof Jupyter === 'undefined' || !Jupyter.notebook) return 'no Jupyter notebook in the page: ' + document.title;
  const kernel = Jupyter.notebook.kernel;
  const icon = document.querySelector('#kernel_indicator_icon');
  return JSON.stringify({loaded: Jupyter.notebook._fully_loaded, kernel: kernel && kernel.name,
                         connected: !!(kernel && kernel.is_connected()), icon: icon && icon.className,
                         dialog: Array.from(document.querySelectorAll('.modal-body')).map(e => e.innerText)});
})()"""


def image_state_js(index):
    return f"""(() => {{
  const img = Jupyter.notebook.get_cell({index}).output_area.element[0]
      .querySelector('img[src^="data:image/png"]');
  return img && img.complete ? {{width: img.naturalWidth, height: img.naturalHeight}} : null;
}})()"""


def errors_js(last):
    return f"""Jupyter.notebook.get_cells().slice(0, {last + 1})
  .flatMap((cell, index) => cell.cell_type !== 'code' ? [] : cell.output_area.outputs
    .filter(o => o.output_type === 'error')
    .map(o => 'cell ' + index + ': ' + o.ename + ': ' + o.evalue))"""


def run_to_chart(server, browser, chart):
    """Opens the notebook, runs its cells down to the chart cell, and returns the size of the
    chart image once the page shows it."""
    browser.send("Page.navigate", url=f"{server.url}/notebooks/{NOTEBOOK}?token={server.token}")
    page_state = lambda: f"Page: {browser.evaluate(PAGE_STATE_JS)}. {server.diagnose()}"
    poll(lambda: browser.evaluate(KERNEL_READY_JS), KERNEL_TIMEOUT,
         "an idle ATJ kernel in the notebook page", page_state)
    assert browser.evaluate(image_state_js(chart)) is None, "the chart cell had output already"

    # From the top, as a reader would run it: the chart cell uses variables defined above it.
    browser.evaluate(f"Jupyter.notebook.execute_cell_range(0, {chart + 1}), true")

    def chart_shown():
        errors = browser.evaluate(errors_js(chart))
        assert not errors, f"cells failed in the browser: {errors}"
        return browser.evaluate(image_state_js(chart))

    return poll(chart_shown, CHART_TIMEOUT, f"the chart image in cell {chart}", page_state)


def save_screenshot(browser, chart, path):
    """The page's PNG, with the chart cell scrolled into view where the notebook has loaded."""
    browser.evaluate(f"""(() => {{
  const cell = typeof Jupyter !== 'undefined' && Jupyter.notebook && Jupyter.notebook.get_cell({chart});
  if (cell) cell.element[0].scrollIntoView();
  return true;
}})()""")
    data = browser.screenshot(path)
    print(f"screenshot: {path}")
    return data


def test_welcome_notebook_shows_the_chart_in_chromium(server, browser):
    chart = chart_cell_index(nbformat.read(ROOT / "notebooks" / NOTEBOOK, as_version=4))
    screenshot = SCREENSHOT_DIR / "00-welcome-chart.png"
    if screenshot.exists():
        screenshot.unlink()

    try:
        image = run_to_chart(server, browser, chart)
    except BaseException:
        try:
            save_screenshot(browser, chart, screenshot)
        except Exception as error:  # the test's own failure matters more than this one
            print(f"no screenshot of the failure: {error}")
        raise
    data = save_screenshot(browser, chart, screenshot)

    assert image["width"] > 100 and image["height"] > 50, f"chart image too small: {image}"
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "the screenshot is not a PNG"
    assert len(data) > 10_000, f"the screenshot has only {len(data)} bytes"
