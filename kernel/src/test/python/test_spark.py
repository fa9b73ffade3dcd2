"""Apache Spark through the real kernel: %spark, cell lambdas, classes and UDFs in Spark jobs,
data frames shown as tables, progress bars, and a standalone cluster on loopback whose
executor runs a lambda defined in a cell. Run by the spark module's build (marker "spark"),
after spark/target holds the module and the list of Spark's jars."""

import os
import socket
import subprocess
import time
from pathlib import Path

import pytest

from helpers import (JDK_HOMES, ROOT, drain, evaluate, execute, of_type, shell_reply, start_kernel, stop_kernel,
                     stream_text)

pytestmark = pytest.mark.spark
SPARK_START_TIMEOUT = 180


@pytest.fixture(scope="module")
def spark_kc():
    """A kernel with %spark local[2] done; yields (client, the magic's iopub messages, manager)."""
    km, kc = start_kernel()
    try:
        reply, msgs = execute(kc, "%spark local[2]", timeout=SPARK_START_TIMEOUT)
        assert reply["content"]["status"] == "ok", reply["content"]
        yield kc, msgs, km
    finally:
        stop_kernel(km, kc)


@pytest.fixture
def kc(spark_kc):
    drain(spark_kc[0])
    return spark_kc[0]


def ok(kc, code, timeout=120):
    reply, msgs = execute(kc, code, timeout=timeout)
    assert reply["content"]["status"] == "ok", f"{code!r} failed: {reply['content']}"
    return msgs


def displayed_texts(msgs):
    return [m["content"]["data"].get("text/plain", "") for m in msgs
            if m["msg_type"] in ("display_data", "update_display_data", "execute_result")]


def test_spark_magic_loads_spark_and_shows_the_session_with_its_web_ui(spark_kc):
    msgs = spark_kc[1]
    assert "Loading Apache Spark" in stream_text(msgs)
    description = [m["content"]["data"] for m in of_type(msgs, "display_data")
                   if "Spark 4" in m["content"]["data"].get("text/plain", "")]
    assert description, msgs
    assert "on local[2]" in description[0]["text/plain"]
    assert '<a href="http://' in description[0]["text/html"]


def test_lambda_and_udf_defined_in_cells_run_in_spark_jobs(kc):
    ok(kc, "MapFunction<Long, Long> square = x -> x * x;")
    assert evaluate(kc, "spark.range(1, 5).as(Encoders.LONG()).map(square, Encoders.LONG()).collectAsList()",
                    timeout=120) == "[1, 4, 9, 16]"
    ok(kc, 'spark.udf().register("shout", (UDF1<String, String>) s -> s.toUpperCase() + "!", '
           'DataTypes.StringType);')
    assert evaluate(kc, "spark.sql(\"SELECT shout('spark') AS s\").first().getString(0)") == '"SPARK!"'


def test_record_defined_in_a_cell_travels_through_a_job(kc):
    ok(kc, "record Point(long x, long y) implements java.io.Serializable {}")
    value = evaluate(kc, "spark.range(4).as(Encoders.LONG())"
                         ".map((MapFunction<Long, Point>) x -> new Point(x, x * x), Encoders.javaSerialization(Point.class))"
                         ".filter((FilterFunction<Point>) p -> p.y() > 3).collectAsList()", timeout=120)
    assert value == "[Point[x=2, y=4], Point[x=3, y=9]]"


def test_every_later_cell_sees_the_session_so_dates_come_as_java_time(kc):
    # Each cell runs on a new thread; without the session active there, Spark would build rows
    # with its defaults and give java.sql.Date.
    assert evaluate(kc, "spark.sql(\"SELECT DATE'2024-02-29' AS d\").first().get(0).getClass().getName()",
                    timeout=120) == '"java.time.LocalDate"'
    assert evaluate(kc, "SparkSession.getActiveSession().isDefined()") == "true"


def test_data_frame_shows_as_an_html_table_of_its_first_rows(kc):
    _, msgs = execute(kc, 'spark.range(25).withColumn("square", col("id").multiply(col("id")))', timeout=120)
    result = of_type(msgs, "execute_result")[0]["content"]["data"]
    assert "first 20 rows" in result["text/html"]
    assert result["text/html"].count("<tr>") == 21  # header + 20 rows
    assert "<td>19</td><td>361</td>" in result["text/html"]


def test_table_and_data_frame_round_trip(kc):
    ok(kc, 'Table penguins = Datasets.load("penguins");')
    ok(kc, "Dataset<Row> frame = SparkTables.toDataset(spark, penguins);")
    assert evaluate(kc, "frame.count()", timeout=120) == str(int(evaluate(kc, "penguins.rowCount()")))
    back = evaluate(kc, "Table back = SparkTables.toTable(frame, 1000).setName(penguins.name()); "
                        "back.types().equals(penguins.types()) && back.printAll().equals(penguins.printAll())",
                    timeout=120)
    assert back == "true"


def test_collecting_more_rows_than_allowed_is_refused_in_plain_words(kc):
    reply, msgs = execute(kc, "SparkTables.toTable(spark.range(50).toDF(), 10)", timeout=120)
    assert reply["content"]["status"] == "error"
    assert "more than 10 rows" in reply["content"]["evalue"]
    assert evaluate(kc, "1 + 1") == "2"  # the kernel goes on


def test_a_long_job_shows_a_progress_bar_that_reaches_the_end(kc):
    msg_id = kc.execute("spark.range(0, 8, 1, 8).as(Encoders.LONG())"
                        ".map((MapFunction<Long, Long> ) x -> { Thread.sleep(300); return x; }, Encoders.LONG())"
                        ".collectAsList().size()")
    deadline = time.monotonic() + 120
    texts = []
    while time.monotonic() < deadline and not any("100%" in t for t in texts):
        try:
            msg = kc.get_iopub_msg(timeout=1)
        except Exception:  # queue.Empty: keep waiting for the last update
            continue
        if msg["parent_header"].get("msg_id") == msg_id:
            texts += displayed_texts([msg])
    bars = [t for t in texts if t.startswith("Spark job")]
    assert bars, texts
    assert any("100% (8/8)" in t and "done" in t for t in bars), bars


def test_interrupt_stops_the_cell_and_cancels_its_spark_job(kc, spark_kc):
    km = spark_kc[2]
    # 100 tasks of 0.3 s on 2 slots: about 15 s unless cancelled.
    msg_id = kc.execute("spark.range(0, 100, 1, 100).as(Encoders.LONG())"
                        ".map((MapFunction<Long, Long>) x -> { Thread.sleep(300); return x; }, Encoders.LONG())"
                        ".collectAsList().size()")
    time.sleep(3)
    km.interrupt_kernel()
    reply = shell_reply(kc, msg_id, timeout=30)
    assert reply["content"]["status"] == "error" and reply["content"]["ename"] == "Interrupted", reply["content"]
    deadline = time.monotonic() + 5
    active = None
    while time.monotonic() < deadline and active != "0":
        drain(kc)
        active = evaluate(kc, "spark.sparkContext().statusTracker().getActiveJobIds().length")
    assert active == "0", "the Spark job kept running after the interrupt"
    assert evaluate(kc, "spark.range(10).count()") == "10"


def test_bad_spark_magic_arguments_get_a_clear_error(kc):
    reply, msgs = execute(kc, "%spark local[2] extra")
    assert reply["content"]["status"] == "error"
    assert "is not a Spark master URL" in str(reply["content"]) + str(msgs)
    assert evaluate(kc, "spark.sparkContext().master()") == '"local[2]"'


def test_kernel_jvm_opens_what_sparks_launcher_opens(kc):
    arguments = evaluate(kc, "java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments()")
    for opened in ("java.base/sun.nio.ch", "java.base/java.nio", "java.base/java.lang.invoke", "java.base/sun.util.calendar"):
        assert f"--add-opens={opened}=ALL-UNNAMED" in arguments, arguments


# --- a standalone cluster on loopback -------------------------------------------------------

def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def spark_jars():
    listed = (ROOT / "spark/target/classpath.txt").read_text().strip().split(os.pathsep)
    return [str(ROOT / "spark/target/atj-spark.jar")] + listed


def fake_spark_home(folder):
    """Spark's worker starts executors with SPARK_HOME/jars/* on their class path."""
    jars = folder / "jars"
    jars.mkdir(parents=True)
    for jar in spark_jars():
        link = jars / Path(jar).name
        if not link.exists():
            link.symlink_to(jar)
    return folder


def start_daemon(home, log, main_class, *args):
    env = dict(os.environ, SPARK_HOME=str(home), SPARK_SCALA_VERSION="2.13", SPARK_LOCAL_IP="127.0.0.1")
    java = str(Path(JDK_HOMES[0], "bin", "java"))  # the kernel's JDK: executors must not be older
    return subprocess.Popen([java, "-Xmx512m", "-cp", str(home / "jars") + "/*", main_class, *args],
                            stdout=open(log, "w"), stderr=subprocess.STDOUT, env=env)


def wait_for_line(log, text, timeout):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if log.exists() and text in log.read_text():
            return
        time.sleep(0.2)
    raise AssertionError(f"no {text!r} in {log} after {timeout} s:\n{log.read_text() if log.exists() else ''}")


def test_cell_lambda_runs_on_a_standalone_cluster_executor(tmp_path):
    home = fake_spark_home(tmp_path / "spark-home")
    port = free_port()
    daemons = [start_daemon(home, tmp_path / "master.log", "org.apache.spark.deploy.master.Master",
                            "--host", "127.0.0.1", "--port", str(port), "--webui-port", str(free_port()))]
    km, kc = start_kernel()
    try:
        daemons.append(start_daemon(home, tmp_path / "worker.log", "org.apache.spark.deploy.worker.Worker",
                                    f"spark://127.0.0.1:{port}", "--host", "127.0.0.1", "--cores", "1",
                                    "--memory", "1g", "--webui-port", str(free_port()),
                                    "--work-dir", str(tmp_path / "work")))
        wait_for_line(tmp_path / "master.log", "Registering worker", 90)
        ok(kc, f"%spark spark://127.0.0.1:{port}", timeout=SPARK_START_TIMEOUT)
        ok(kc, "MapFunction<Integer, Integer> twice = x -> x * 2;")
        assert evaluate(kc, "spark.createDataset(List.of(1, 2, 3), Encoders.INT()).map(twice, Encoders.INT())"
                            ".collectAsList()", timeout=180) == "[2, 4, 6]"
        # A lambda reading a cell variable would see 0 on the executor: the kernel says so.
        ok(kc, "int factor = 10;")
        msgs = ok(kc, "MapFunction<Integer, Integer> scale = x -> x * factor;")
        assert "reads the cell variable factor" in stream_text(msgs, "stderr")
        # The advice works: a lambda that captures a local (here a method parameter) carries its value.
        ok(kc, "MapFunction<Integer, Integer> scaleBy(int f) { return x -> x * f; }")
        assert evaluate(kc, "spark.createDataset(List.of(1, 2), Encoders.INT()).map(scaleBy(factor), Encoders.INT())"
                            ".collectAsList()", timeout=180) == "[10, 20]"
    finally:
        stop_kernel(km, kc)
        for daemon in daemons:
            daemon.terminate()
        for daemon in daemons:
            daemon.wait(timeout=30)
