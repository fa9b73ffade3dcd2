"""Rich display and magics through a real Jupyter client: images, HTML, display handles,
shell cells, timing, variables and errors for bad magics."""

import base64
import io

from PIL import Image

from helpers import evaluate, execute, of_type, result_text, shell_reply, stream_text


def test_an_image_result_is_a_png_of_the_right_size(kc):
    reply, msgs = execute(kc, "var picture = new java.awt.image.BufferedImage(40, 25,"
                              " java.awt.image.BufferedImage.TYPE_INT_RGB);\n"
                              "picture.setRGB(3, 4, 0xFF0000);\npicture")
    assert reply["content"]["status"] == "ok", reply["content"]
    data = of_type(msgs, "execute_result")[0]["content"]["data"]
    image = Image.open(io.BytesIO(base64.b64decode(data["image/png"])))
    assert image.format == "PNG" and image.size == (40, 25)
    assert image.convert("RGB").getpixel((3, 4)) == (255, 0, 0)
    assert data["text/plain"] == "<image 40x25>"


def test_display_shows_html_without_a_result(kc):
    reply, msgs = execute(kc, 'html("<table><tr><td>1</td></tr></table>")')
    assert reply["content"]["status"] == "ok"
    shown = of_type(msgs, "display_data")
    assert shown[0]["content"]["data"]["text/html"] == "<table><tr><td>1</td></tr></table>"
    assert not of_type(msgs, "execute_result"), "display() returns a handle but shows no result"


def test_updating_a_handle_sends_update_display_data_with_the_same_id(kc):
    reply, msgs = execute(kc, 'var progress = display("0 %");\nprogress.update("100 %");')
    assert reply["content"]["status"] == "ok"
    shown = of_type(msgs, "display_data")[0]["content"]
    updated = of_type(msgs, "update_display_data")[0]["content"]
    assert shown["transient"]["display_id"] == updated["transient"]["display_id"]
    assert updated["data"]["text/plain"] == "100 %"


def test_display_with_mime_types_keeps_only_those(kc):
    reply, msgs = execute(kc, 'display(dev.atj.viz.MimeBundle.of("text/html", "<i>x</i>")'
                              '.with("text/markdown", "*x*"), "text/markdown");')
    data = of_type(msgs, "display_data")[0]["content"]["data"]
    assert set(data) == {"text/markdown", "text/plain"}, data


def test_latex_and_markdown_cell_magics(kc):
    _, msgs = execute(kc, "%%latex\n\\frac{a}{b}")
    assert of_type(msgs, "display_data")[0]["content"]["data"]["text/latex"] == "$$\\frac{a}{b}$$"
    _, msgs = execute(kc, "%%markdown\n**bold**")
    assert of_type(msgs, "display_data")[0]["content"]["data"]["text/markdown"] == "**bold**"


def test_bash_cell_streams_its_output(kc):
    reply, msgs = execute(kc, "%%bash\necho hi\necho there >&2")
    assert reply["content"]["status"] == "ok"
    assert stream_text(msgs) == "hi\nthere\n"


def test_a_failing_script_is_an_error(kc):
    reply, _ = execute(kc, "%%sh\nexit 3")
    assert reply["content"]["status"] == "error"
    assert "status 3" in reply["content"]["evalue"]


def test_unknown_magic_is_an_error_naming_it_and_nothing_after_it_runs(kc):
    reply, msgs = execute(kc, "int before = 1;\n%frobnicate now\nint after = 2;")
    assert reply["content"]["status"] == "error"
    assert reply["content"]["ename"] == "UnknownMagic"
    assert "%frobnicate" in reply["content"]["evalue"]
    assert "line 2" in reply["content"]["traceback"][0]
    reply, _ = execute(kc, "after")
    assert reply["content"]["ename"] == "CompileError", "the line after a failed magic must not run"


def test_bad_magic_arguments_show_the_usage(kc):
    reply, _ = execute(kc, "%timeit -n many 1+1")
    assert reply["content"]["ename"] == "MagicError"
    assert any(line.startswith("usage: %timeit") for line in reply["content"]["traceback"])


def test_compile_errors_after_a_magic_point_at_the_typed_line(kc):
    reply, _ = execute(kc, "%lsmagic\nint fine = 1;\nint broken = fine +;")
    assert reply["content"]["ename"] == "CompileError"
    assert "line 3, column" in reply["content"]["traceback"][0]


def test_time_prints_wall_time_and_keeps_the_value(kc):
    reply, msgs = execute(kc, "%%time\nThread.sleep(50);\n6 * 7")
    assert reply["content"]["status"] == "ok"
    assert stream_text(msgs).startswith("Wall time: ")
    assert result_text(msgs) == "42"


def test_timeit_reports_mean_and_deviation_like_ipython(kc):
    reply, msgs = execute(kc, "%%timeit -n 100 -r 3\nString.valueOf(12345).length()")
    assert reply["content"]["status"] == "ok", reply["content"]
    text = stream_text(msgs)
    assert "per loop (mean ± std. dev. of 3 runs, 100 loops each)" in text, text


def test_vars_lists_name_type_and_value(kc):
    execute(kc, "%reset\nint answer = 42;\nString word = \"hello\";")
    _, msgs = execute(kc, "%vars")
    lines = stream_text(msgs).splitlines()
    assert lines[0].split() == ["Name", "Type", "Value"]
    assert ["answer", "int", "42"] in [line.split() for line in lines[1:]]
    assert ["word", "String", '"hello"'] in [line.split() for line in lines[1:]]


def test_classpath_adds_a_jar_and_load_runs_a_file(kc, tmp_path):
    source = tmp_path / "Tool.jsh"
    source.write_text("%env LOADED=yes\nint tripled(int x) { return 3 * x; }\n")
    reply, _ = execute(kc, f"%load {source}\ntripled(5)")
    assert reply["content"]["status"] == "ok", reply["content"]
    reply, _ = execute(kc, f"%classpath {tmp_path}/missing-*.jar")
    assert reply["content"]["ename"] == "MagicError"
    assert "nothing matches" in reply["content"]["evalue"]


def test_a_chart_result_is_a_png_and_svg_on_request(kc):
    reply, msgs = execute(kc, 'var chart = new XYChartBuilder().width(300).height(180).title("Squares").build();\n'
                              'chart.addSeries("x^2", new double[] {1, 2, 3}, new double[] {1, 4, 9});\n'
                              'chart')
    assert reply["content"]["status"] == "ok", reply["content"]
    data = of_type(msgs, "execute_result")[0]["content"]["data"]
    assert Image.open(io.BytesIO(base64.b64decode(data["image/png"]))).size == (300, 180)
    assert "image/svg+xml" not in data
    reply, msgs = execute(kc, 'display(Plot.svg(chart))')
    import xml.dom.minidom
    svg = xml.dom.minidom.parseString(of_type(msgs, "display_data")[0]["content"]["data"]["image/svg+xml"])
    assert svg.documentElement.tagName == "svg"


def test_a_chart_that_cannot_be_drawn_says_why(kc):
    """XChart refuses a logarithmic axis under bars that start at zero; the cell still
    succeeds, and its text says why there is no picture instead of a bare object name."""
    reply, msgs = execute(kc, 'var bars = Plot.bar(new String[] {"a", "b"}, new double[] {1, 1000});\n'
                              'bars.getStyler().setYAxisLogarithmic(true);\n'
                              'bars')
    assert reply["content"]["status"] == "ok", reply["content"]
    data = of_type(msgs, "execute_result")[0]["content"]["data"]
    assert "image/png" not in data
    assert "could not be drawn: IllegalArgumentException" in data["text/plain"], data["text/plain"]
    assert "logarithmic" in data["text/plain"]
    assert evaluate(kc, "1 + 1") == "2"


def test_printf_as_the_last_statement_prints_and_shows_no_result(kc):
    reply, msgs = execute(kc, 'System.out.printf("%d apples%n", 3)')
    assert reply["content"]["status"] == "ok", reply["content"]
    assert "".join(m["content"]["text"] for m in of_type(msgs, "stream")) == "3 apples\n"
    assert of_type(msgs, "execute_result") == []


def test_a_table_shows_its_rows_as_html(kc):
    reply, msgs = execute(kc, 'Table.create("scores", StringColumn.create("name", "Ada", "Alan", "Grace"),\n'
                              '    IntColumn.create("score", 90, 85, 95))')
    assert reply["content"]["status"] == "ok", reply["content"]
    html = of_type(msgs, "execute_result")[0]["content"]["data"]["text/html"]
    rows = [row for row in html.split("<tr>")[2:]]
    assert len(rows) == 3
    assert "<td>Grace</td><td>95</td>" in html


def test_maven_adds_a_library_for_the_next_cell(kc):
    reply, msgs = execute(kc, "%maven org.apache.commons:commons-lang3:3.17.0", timeout=300)
    assert reply["content"]["status"] == "ok", reply["content"]
    assert "Added" in stream_text(msgs) or "already" in stream_text(msgs), stream_text(msgs)
    reply, msgs = execute(kc, 'org.apache.commons.lang3.StringUtils.capitalize("x")')
    assert reply["content"]["status"] == "ok", reply["content"]
    assert result_text(msgs) == '"X"'


def test_maven_with_a_bad_coordinate_names_it(kc):
    reply, _ = execute(kc, "%maven not-a-coordinate")
    assert reply["content"]["status"] == "error"
    assert "not-a-coordinate" in reply["content"]["evalue"]


def test_maven_gets_the_version_asked_for_even_of_a_library_the_kernel_uses(kc):
    # ASM is on the kernel's class path (9.10.1) but not on the cells' one, which the helper
    # library's dependencies share; those (Gson, Jackson, Guava...) keep lib's versions.
    reply, _ = execute(kc, "%maven org.ow2.asm:asm:9.7", timeout=300)
    assert reply["content"]["status"] == "ok", reply["content"]
    reply, msgs = execute(kc, "org.objectweb.asm.ClassReader.class.getProtectionDomain().getCodeSource().getLocation().getPath()")
    assert reply["content"]["status"] == "ok", reply["content"]
    assert "asm-9.7.jar" in result_text(msgs)


def test_interrupt_stops_a_running_script(kernel):
    km, kc = kernel
    import time
    msg_id = kc.execute("%%bash\necho started\nsleep 60\necho never")
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        msg = kc.get_iopub_msg(timeout=30)
        if msg["parent_header"].get("msg_id") == msg_id and msg["msg_type"] == "stream":
            break
    started = time.monotonic()
    km.interrupt_kernel()
    reply = shell_reply(kc, msg_id)
    assert time.monotonic() - started < 5
    assert reply["content"]["status"] == "error"
    assert "interrupted" in reply["content"]["evalue"]
    assert evaluate(kc, "1 + 1") == "2"
