"""Cluster reports: the template through papermill, the batch's pages offline in Chromium, hostile names,
a broken cluster, an interrupted batch, and the same content on every run."""

import os
import signal
import subprocess

import nbformat
import pytest
from conftest import cli_held, run_cli, tables, wait_for, write_csv_folder

from emulation import cli
from emulation.publish import batch

pytestmark = pytest.mark.slow

HOSTILE = "<img src=x onerror=alert(1)>"


@pytest.fixture(scope="module")
def sample_reports(tmp_path_factory):
    """The 2019 reports of the sample, made twice into two folders, with two workers and then with one."""
    folders = []
    for attempt, workers in (("first", "2"), ("second", "1")):
        out = tmp_path_factory.mktemp(attempt)
        result = run_cli("report", "--period", "2019", "--out", str(out), "--workers", workers)
        assert result.returncode == 0, result.stderr
        folders.append(out / "2019")
    return folders


def test_template_runs_through_papermill(tmp_path):
    import papermill

    out = tmp_path / "KG-C1.ipynb"
    papermill.execute_notebook(
        str(batch.REPORT_NOTEBOOK),
        str(out),
        parameters={"period": "2017-H1", "cluster": "KG-C1"},
        kernel_name="python3",
        execution_timeout=300,
        progress_bar=False,
        log_output=False,
    )
    notebook = nbformat.read(out, as_version=4)
    assert notebook.cells[0].metadata.tags == ["parameters"]
    texts = "".join(
        output.get("data", {}).get("text/html", "") for cell in notebook.cells for output in cell.get("outputs", [])
    )
    assert "toàn Cụm đạt 9.840 tỷ đồng, đạt 49,2% kế hoạch năm" in texts
    assert "An Minh" in texts and "Trưởng cụm" in texts


def test_batch_writes_every_cluster_and_the_index(sample_reports):
    folder = sample_reports[0]
    assert sorted(path.name for path in folder.iterdir()) == [
        "HG-30A.html",
        "HG-30A.ipynb",
        "HG-DL.html",
        "HG-DL.ipynb",
        "HG-KTTH.html",
        "HG-KTTH.ipynb",
        "index.html",
    ]
    page = (folder / "HG-DL.html").read_text(encoding="utf-8")
    assert '<html lang="vi">' in page and "<title>HG-DL · Năm" in page  # the page's language, a title in words
    assert "Giải quyết việc làm: Quang Bình đạt 153,3% KH" in page and "Năm 2020: Trưởng khối Bắc Quang" in page
    assert os.path.getsize(folder / "HG-DL.html") < 6 * 2**20
    index = (folder / "index.html").read_text(encoding="utf-8")
    assert 'href="HG-DL.html"' in index and "Toàn tỉnh" in index


def test_the_same_batch_gives_the_same_content_whatever_the_workers(sample_reports):
    first, second = sample_reports
    for path in first.iterdir():
        assert path.read_bytes() == (second / path.name).read_bytes(), path.name


def test_pages_draw_their_charts_with_the_network_cut_off(sample_reports, browser):
    context = browser.new_context(offline=True)
    page = context.new_page()
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto((sample_reports[0] / "HG-DL.html").as_uri())
    page.wait_for_selector(".js-plotly-plot .main-svg", timeout=60_000)
    assert page.locator(".js-plotly-plot").count() >= 30  # ranking, heatmap, 24 indicators, profiles, trend, self
    assert page.locator(".jp-InputArea").count() == 0  # no code cells
    assert all(url.startswith("file://") for url in requests), requests
    page.goto((sample_reports[0] / "index.html").as_uri())
    page.wait_for_selector(".js-plotly-plot .main-svg", timeout=60_000)
    context.close()


def test_tables_align_text_left_and_numbers_right_as_a_spreadsheet_does(sample_reports, browser):
    page = browser.new_page()
    page.goto((sample_reports[0] / "HG-DL.html").as_uri())
    sides = page.evaluate("""() => {
        const table = [...document.querySelectorAll('table')].find(t => t.innerText.includes('Đề nghị khen thưởng'));
        const side = cell => getComputedStyle(cell).textAlign;
        const heads = [...table.querySelectorAll('thead th')];
        const cells = [...table.querySelector('tbody tr').querySelectorAll('td')];
        return Object.fromEntries(heads.map((head, i) => [head.innerText.trim(), [side(head), side(cells[i])]]));
    }""")
    page.close()
    assert sides["Đơn vị"] == sides["Vai trò"] == sides["Đề nghị khen thưởng"] == ["left", "left"]
    assert sides["Hạng"] == sides["Tổng điểm"] == sides["Số CT đạt"] == sides["% KH bình quân"] == ["right", "right"]


def test_a_hostile_unit_name_stays_text(tmp_path, browser):
    data = tables()
    data["units"][1][1] = HOSTILE
    folder = write_csv_folder(tmp_path / "data", data)
    result = run_cli("report", str(folder), "--period", "2020", "--cluster", "C1", "--out", str(tmp_path / "out"))
    assert result.returncode == 0, result.stderr
    context = browser.new_context(offline=True)
    page = context.new_page()
    alerts = []
    page.on("dialog", lambda dialog: (alerts.append(dialog.message), dialog.dismiss()))
    page.goto((tmp_path / "out" / "2020" / "C1.html").as_uri())
    page.wait_for_selector(".js-plotly-plot .main-svg", timeout=60_000)
    page.wait_for_load_state("load")  # an image's error, had one been made, has fired by now
    assert alerts == [] and page.locator("img[src='x']").count() == 0
    assert HOSTILE in page.inner_text("body")
    context.close()


def test_one_broken_cluster_does_not_stop_the_others(tmp_path, monkeypatch, capsys):
    template = nbformat.read(batch.REPORT_NOTEBOOK, as_version=4)
    template.cells.insert(2, nbformat.v4.new_code_cell('assert cluster != "HG-30A", "broken on purpose"'))
    broken = tmp_path / "broken.ipynb"
    nbformat.write(template, broken)
    monkeypatch.setattr(batch, "REPORT_NOTEBOOK", broken)
    status = cli.main(["report", "--period", "2019", "--out", str(tmp_path / "out"), "--workers", "2"])
    assert status == 1
    written = sorted(path.name for path in (tmp_path / "out" / "2019").iterdir())
    assert written == ["HG-DL.html", "HG-DL.ipynb", "HG-KTTH.html", "HG-KTTH.ipynb", "index.html"]
    assert "Cụm «HG-30A»: không tạo được báo cáo (AssertionError: broken on purpose)" in capsys.readouterr().err
    assert "broken on purpose" in (tmp_path / "out" / "2019" / "index.html").read_text(encoding="utf-8")


def kernels_of(process: subprocess.Popen) -> list:
    """The kernels the batch started (only its own: other work on the machine has kernels too)."""
    import psutil

    found = []
    for child in psutil.Process(process.pid).children(recursive=True):
        try:
            if "ipykernel_launcher" in " ".join(child.cmdline()):
                found.append(child)
        except psutil.Error:
            continue
    return found


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM])
def test_an_interrupted_batch_leaves_only_complete_files_and_no_kernels(tmp_path, signum):
    import psutil

    out, held = tmp_path / "out", tmp_path / "held"
    # held as the second report of three begins: the first is written, the kernel is warm and waiting
    process = cli_held(
        "emulation.publish.batch:_one", 2, held, "report", "--period", "2019", "--out", str(out), "--workers", "1"
    )
    assert wait_for(lambda: held.exists() or process.poll() is not None), "the batch never reached its second report"
    assert held.exists(), process.communicate()
    started = kernels_of(process)
    process.send_signal(signum)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 128 + signum, stderr
    assert "không để lại tệp dở dang" in stderr and "Traceback" not in stderr
    assert len(list((out / "2019").glob("*.html"))) == 1  # the first report, checked whole below
    for path in (out / "2019").iterdir():
        assert not path.name.endswith(".part"), path
        if path.suffix == ".html":
            assert path.read_text(encoding="utf-8").rstrip().endswith("</html>")
        else:
            nbformat.read(path, as_version=4)
    assert started, "the batch's kernel was never seen"
    _, alive = psutil.wait_procs(started, timeout=30)  # a condition with a deadline, not a pause
    assert alive == [], alive
    again = run_cli("report", "--period", "2019", "--out", str(out), "--workers", "2")
    assert again.returncode == 0
    assert len(list((out / "2019").glob("*.html"))) == 4


def test_the_reports_home_lists_every_period_newest_first(sample_reports):
    from emulation import analyse, open_dataset

    out = sample_reports[0].parent
    result = run_cli("report", "--period", "2019-H1", "--cluster", "HG-DL", "--out", str(out), "--workers", "1")
    assert result.returncode == 0, result.stderr
    home = (out / "index.html").read_text(encoding="utf-8")
    assert home.index('href="2019/index.html"') < home.index('href="2019-H1/index.html"')
    assert 'href="2019/HG-DL.html"' in home and 'href="2019-H1/HG-DL.html"' in home
    assert 'href="2019-H1/HG-30A.html"' not in home  # not written for that period
    units = analyse(open_dataset(), "2019", ["HG-DL"]).units
    best = units.loc[units["total"].idxmax()]
    assert f"{len(units)} đơn vị; cao nhất {best['unit_name']} " in home
    assert str(out / "index.html") in result.stdout
    # styled, no 1.5 MB of unused plotly.js
    assert "Plotly" not in home and len(home) < 50_000 and ".emulation table" in home


def test_a_warm_kernel_forgets_the_previous_report(tmp_path):
    """Reports share a kernel but not a namespace: the names and outputs of one report are gone when
    the next one runs, while imported modules (and the dataset they keep) stay warm."""
    import asyncio
    from concurrent.futures import ThreadPoolExecutor

    from emulation.publish.kernels import WarmKernel

    first = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("secret = 42\nimport json\n6 * 7")])
    second = nbformat.v4.new_notebook(
        cells=[
            nbformat.v4.new_code_cell(
                "import sys\n"
                "assert 'secret' not in globals() and 'json' not in globals(), sorted(globals())\n"
                "assert not Out and not _oh, Out\n"
                "assert 'emulation.publish.sections' in sys.modules"
            )
        ]
    )

    async def run() -> None:
        kernel = await WarmKernel().start()
        try:
            await kernel.run(first, tmp_path)
            await kernel.run(second, tmp_path)
        finally:
            await kernel.stop()

    with ThreadPoolExecutor(1) as thread:  # a loop of its own: the browser tests' driver may hold this thread's
        thread.submit(asyncio.run, run()).result()
    assert first.cells[0].outputs[0]["data"]["text/plain"] == "42"
    assert second.cells[0].outputs == []


def test_each_kernel_takes_a_run_of_consecutive_reports():
    """Consecutive reports (a cluster's periods, a period's clusters) share what a kernel analysed for the first."""
    assert batch._contiguous_runs(list(range(12)), 2) == [list(range(6)), list(range(6, 12))]
    assert batch._contiguous_runs(list(range(5)), 3) == [[0, 1], [2, 3], [4]]
    assert batch._contiguous_runs([7], 1) == [[7]]
