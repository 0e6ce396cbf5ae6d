"""The Voilà dashboard: served on a free loopback port, loaded in headless Chromium, the charts drawn."""

import subprocess

import pytest
from conftest import accepts, free_port, meeting_screen, stop_server, wait_for

from emulation.jupyter.dashboard import lab_command, voila_command, voila_environment

pytestmark = pytest.mark.slow


@pytest.fixture
def dashboard(tmp_path):
    """The dashboard as `emulation dashboard` starts it, once its pool of kernels is ready; its url and its log."""
    port = free_port()
    log = tmp_path / "voila.log"
    with log.open("wb") as stderr:
        server = subprocess.Popen(
            voila_command(port),
            stdout=subprocess.DEVNULL,
            stderr=stderr,
            start_new_session=True,
            env=voila_environment(),
        )
    url = f"http://127.0.0.1:{port}/"
    try:
        # the port accepts connections and the pool is filled (fetching a page would take a kernel)
        assert wait_for(
            lambda: (accepts(port) and "is filled with" in log.read_text()) or server.poll() is not None, 90
        ), "the dashboard did not start"
        assert server.poll() is None, log.read_text()
        yield url, log
    finally:
        stop_server(server)


def test_dashboard_draws_the_charts_with_nothing_from_elsewhere(dashboard, browser):
    dashboard, log = dashboard
    page = browser.new_page()
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(dashboard, wait_until="commit", timeout=120_000)
    page.wait_for_selector(".js-plotly-plot .main-svg", timeout=180_000)
    local = (dashboard, f"blob:{dashboard}", "data:")  # the page's own server, and what it builds in memory
    assert all(url.startswith(local) for url in requests), [url for url in requests if not url.startswith(local)]
    assert page.locator(".js-plotly-plot").count() >= 1
    heatmap_cells = page.locator(".js-plotly-plot .heatmaplayer image, .js-plotly-plot .hm")
    assert heatmap_cells.count() >= 1  # the heatmap tab drew its cells
    text = page.inner_text("body")
    assert "Bản đồ nhiệt" in text and "Giả định" in text
    assert "import" not in text  # no code cells on the dashboard
    assert "Using pre-heated kernel" in log.read_text()  # the view opened on a kernel that had run the explorer
    page.close()


def test_the_projector_page_fills_a_meeting_screen_with_large_type(tmp_path, browser):
    """`emulation dashboard --template projector` at 1920×1080: tick labels of at least 18 px, the chart over
    half of the screen's height, no data box (the data was chosen when the server started), every dropdown on
    the screen and wide enough for its text, every tab title whole."""
    from emulation.jupyter.dashboard import PRESENT

    port = free_port()
    log = tmp_path / "voila.log"
    with log.open("wb") as stderr:
        server = subprocess.Popen(
            voila_command(port, PRESENT),
            stdout=subprocess.DEVNULL,
            stderr=stderr,
            start_new_session=True,
            env=voila_environment(template="projector"),
        )
    try:
        assert wait_for(
            lambda: (accepts(port) and "is filled with" in log.read_text()) or server.poll() is not None, 90
        )
        page = meeting_screen(browser, port, tmp_path)
        assert page.locator("input[placeholder='data/sample']").count() == 0 and "Dữ liệu" not in page.inner_text(
            "body"
        )
        fits = page.evaluate("""Array.from(document.querySelectorAll('.widget-dropdown select')).map(select => {
            const box = select.getBoundingClientRect(), pen = document.createElement('canvas').getContext('2d');
            pen.font = getComputedStyle(select).font;
            const text = select.selectedIndex >= 0 ? select.options[select.selectedIndex].text : '';
            return box.right <= window.innerWidth && pen.measureText(text).width + 32 <= box.width; })""")
        assert fits and all(fits), fits
        whole = page.evaluate(
            "Array.from(document.querySelectorAll('.widget-tab .lm-TabBar-tabLabel'))"
            ".map(label => label.scrollWidth <= label.clientWidth + 1)"
        )
        assert whole and all(whole), whole
        # the tables the meeting discusses read from the back of the room too: the ranking, and the what-if's
        # comparison under the cluster's grades, each grade's name whole
        page.locator(".lm-TabBar-tabLabel", has_text="Xếp hạng").click()
        page.wait_for_selector(".widget-output table td", timeout=60_000)
        cells = page.evaluate(
            "Array.from(document.querySelectorAll('.widget-output table td'))"
            ".filter(cell => cell.offsetWidth > 0).map(cell => parseFloat(getComputedStyle(cell).fontSize))"
        )
        assert cells and 18 <= min(cells) and max(cells) <= 20, cells
        page.locator(".lm-TabBar-tabLabel", has_text="Giả định").click()
        page.wait_for_selector("text=Xếp loại của Cụm thi đua các xã, phường số 1", timeout=60_000)
        page.screenshot(path=str(tmp_path / "projector-whatif.png"))
        cells = page.evaluate(
            "Array.from(document.querySelectorAll('.widget-output table td'))"
            ".filter(cell => cell.offsetWidth > 0).map(cell => parseFloat(getComputedStyle(cell).fontSize))"
        )
        assert cells and 18 <= min(cells) and max(cells) <= 20, cells
        labels = page.evaluate(
            "Array.from(document.querySelectorAll('.widget-gridbox .widget-label'))"
            ".filter(label => label.offsetWidth > 0).map(label => [label.innerText, "
            "label.scrollWidth <= label.clientWidth + 1, parseFloat(getComputedStyle(label).fontSize)])"
        )
        assert [text for text, *_ in labels] == [
            "Hoàn thành xuất sắc nhiệm vụ",
            "90,0 điểm",
            "Hoàn thành tốt nhiệm vụ",
            "80,0 điểm",
            "Hoàn thành nhiệm vụ",
            "70,0 điểm",
        ], labels
        assert all(fits and size >= 18 for _, fits, size in labels), labels
        page.context.close()
    finally:
        stop_server(server)


@pytest.mark.parametrize("width", [1366, 1100])  # a laptop; JupyterLab's main area there with the file browser open
def test_the_explorer_reads_on_a_laptop_screen(tmp_path, browser, width):
    """The explorer at a laptop's width: the guide tab stacks the record under the tree when there is no room
    beside it and keeps a width its text reads at, tab titles whole, periods in words, the what-if sliders in
    Vietnamese decimals with their units. (Voilà at a laptop's width stands in for JupyterLab's main area.)"""
    port = free_port()
    log = tmp_path / "voila.log"
    with log.open("wb") as stderr:
        server = subprocess.Popen(
            voila_command(port),
            stdout=subprocess.DEVNULL,
            stderr=stderr,
            start_new_session=True,
            env=voila_environment(),
        )
    try:
        assert wait_for(
            lambda: (accepts(port) and "is filled with" in log.read_text()) or server.poll() is not None, 90
        )
        context = browser.new_context(viewport={"width": width, "height": 768})
        page = context.new_page()
        page.goto(f"http://127.0.0.1:{port}/", wait_until="commit", timeout=120_000)
        page.wait_for_selector(".js-plotly-plot .main-svg", timeout=180_000)
        assert (
            page.evaluate("document.querySelector('.widget-dropdown select').selectedOptions[0].text").replace(
                "\xa0", " "
            )
            == "Năm 2025"
        )
        whole = page.evaluate(
            "Array.from(document.querySelectorAll('.widget-tab .lm-TabBar-tabLabel'))"
            ".map(label => label.scrollWidth <= label.clientWidth + 1)"
        )
        assert whole and all(whole)
        page.locator(".lm-TabBar-tabLabel", has_text="Hướng dẫn chấm").click()
        page.wait_for_function(
            "Array.from(document.querySelectorAll('.widget-html')).some(h => h.textContent.includes('Điểm chuẩn'))",
            timeout=60_000,
        )
        page.screenshot(path=str(tmp_path / f"guide-{width}.png"))
        boxes = page.evaluate("""(() => {
            const record = Array.from(document.querySelectorAll('.widget-html'))
                .find(h => h.textContent.includes('Điểm chuẩn'));
            const tree = record.parentElement.querySelector('.widget-output');
            const a = tree.getBoundingClientRect(), b = record.getBoundingClientRect();
            return {tree_bottom: a.bottom, record_top: b.top, record_width: b.width}; })()""")
        assert boxes["record_width"] >= 500  # never squeezed to a word per line (it was ~300 px)
        if width < 1200:
            assert boxes["record_top"] >= boxes["tree_bottom"] - 1  # no room beside the tree: under it
        page.locator(".lm-TabBar-tabLabel", has_text="Giả định").click()
        page.wait_for_selector("text=× điểm tối đa", timeout=60_000)
        readouts = page.evaluate("Array.from(document.querySelectorAll('.widget-label')).map(label => label.innerText)")
        assert any(text.startswith("1,0 × điểm tối đa") for text in readouts) and "0,20 × điểm tối đa" in readouts, (
            readouts
        )
        context.close()
    finally:
        stop_server(server)


def test_the_explorer_in_jupyterlab_at_1366_px_with_the_file_browser_open(tmp_path, browser):
    """As an analyst sees it: `emulation lab`'s JupyterLab at 1366×768, the file browser open, the explorer
    notebook run: tab titles whole, periods in words, the guide's record under its tree (not squeezed beside
    it), the tree's labels at least 11 px."""
    from emulation.jupyter.dashboard import DASHBOARD_VARIABLE, DATA_ROOT_VARIABLE, prepare_lab_folder

    prepare_lab_folder(tmp_path / "work")
    port = free_port()
    environment = {
        key: value for key, value in voila_environment().items() if key not in (DATA_ROOT_VARIABLE, DASHBOARD_VARIABLE)
    }
    command = lab_command(port, tmp_path / "work") + [
        "--IdentityProvider.token=test",
        "--LabApp.expose_app_in_browser=True",
    ]
    server = subprocess.Popen(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True, env=environment
    )
    try:
        assert wait_for(lambda: accepts(port) or server.poll() is not None, 90) and server.poll() is None
        context = browser.new_context(viewport={"width": 1366, "height": 768})
        page = context.new_page()
        page.goto(f"http://127.0.0.1:{port}/lab/tree/explore.ipynb?token=test", timeout=120_000)
        page.wait_for_function("window.jupyterapp && document.querySelector('.jp-Notebook')", timeout=120_000)
        assert page.locator(".jp-FileBrowser").is_visible()  # the file browser takes its share of the width
        page.wait_for_function("document.body.innerText.includes('| Idle')", timeout=120_000)  # the kernel is ready
        page.evaluate("window.jupyterapp.commands.execute('notebook:run-all-cells')")
        page.wait_for_selector(".js-plotly-plot .main-svg", timeout=180_000)
        assert (
            page.evaluate("document.querySelector('.widget-dropdown select').selectedOptions[0].text").replace(
                "\xa0", " "
            )
            == "Năm 2025"
        )
        page.locator(".lm-TabBar-tabLabel", has_text="Hướng dẫn chấm").click()
        page.wait_for_function(
            "Array.from(document.querySelectorAll('.widget-html')).some(h => h.textContent.includes('Điểm chuẩn'))"
            " && document.querySelectorAll('.iciclelayer text').length > 0",
            timeout=60_000,
        )
        page.screenshot(path=str(tmp_path / "lab-1366.png"))
        seen = page.evaluate("""(() => {
            const record = Array.from(document.querySelectorAll('.widget-html'))
                .find(h => h.textContent.includes('Điểm chuẩn'));
            const tree = record.parentElement.querySelector('.widget-output');
            const a = tree.getBoundingClientRect(), b = record.getBoundingClientRect();
            return {stacked: b.top >= a.bottom - 1, record_width: b.width,
                    sizes: Array.from(document.querySelectorAll('.iciclelayer text')).filter(t => t.textContent)
                                .map(t => parseFloat(t.style.fontSize || getComputedStyle(t).fontSize)),
                    tabs: Array.from(document.querySelectorAll('.widget-tab .lm-TabBar-tabLabel'))
                               .map(label => label.scrollWidth <= label.clientWidth + 1)}; })()""")
        assert seen["stacked"] and seen["record_width"] >= 500, seen
        assert seen["sizes"] and min(seen["sizes"]) >= 11, seen["sizes"]
        assert seen["tabs"] and all(seen["tabs"])
        context.close()
    finally:
        stop_server(server)
