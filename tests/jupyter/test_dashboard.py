"""The Voilà dashboard: served on a free loopback port, loaded in headless Chromium, the charts drawn."""

import subprocess

import pytest
from conftest import accepts, free_port, meeting_screen, stop_server, wait_for
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from emulation.jupyter.dashboard import POOL_SIZE, lab_command, voila_command, voila_environment

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


def test_lab_opens_the_users_folder_with_the_explorer_and_never_asks_for_news(browser, tmp_path):
    """`emulation lab`'s command, as root (CI runs as root), on a folder of the user's: the shipped notebooks
    are copied there (not over the user's own), JupyterLab serves that folder, and its page shows no "official
    Jupyter news?" prompt. The same page without our settings does show it: the check can fail."""
    import json
    import urllib.request

    from emulation.jupyter.dashboard import prepare_lab_folder
    from emulation.resources import shipped_notebook

    own = tmp_path / "scores.ipynb"
    own.write_text("{}", encoding="utf-8")  # the analyst's own notebook of that name stays theirs
    shipped = shipped_notebook("explore.ipynb").read_bytes()
    assert prepare_lab_folder(tmp_path) == [tmp_path / "explore.ipynb"]
    assert own.read_text(encoding="utf-8") == "{}" and (tmp_path / "explore.ipynb").read_bytes() == shipped

    def news_prompt(command: list[str]) -> bool:
        port = free_port()
        server = subprocess.Popen(
            command + [f"--port={port}", "--IdentityProvider.token=test"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
            env=voila_environment(),
        )
        try:
            assert wait_for(lambda: accepts(port) or server.poll() is not None, 90), "JupyterLab did not start"
            assert server.poll() is None, "JupyterLab stopped (as root it needs --allow-root)"
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/contents?token=test", timeout=30) as response:
                listing = {item["name"] for item in json.loads(response.read())["content"]}
            assert {"explore.ipynb", "scores.ipynb"} <= listing and "templates" not in listing
            page = browser.new_page()
            page.goto(f"http://127.0.0.1:{port}/lab?token=test", timeout=60_000)
            page.wait_for_selector("#jp-main-statusbar", timeout=60_000)
            try:  # the prompt is a toast shown once the page is restored
                page.get_by_text("official Jupyter news").wait_for(timeout=15_000)
                return True
            except PlaywrightTimeout:
                return False
            finally:
                page.close()
        finally:
            stop_server(server)

    ours = lab_command(0, tmp_path)
    assert not news_prompt([part for part in ours if not part.startswith("--port=")])
    assert news_prompt([part for part in ours if not part.startswith(("--port=", "--LabApp.app_settings_dir"))])


def test_bare_page_requests_cannot_lock_the_dashboard(browser, tmp_path):
    """Eight requests of the page that never open a websocket (a refresh storm, a link checker) against a
    dashboard allowed 3 kernels, POOL_SIZE of them kept ready (more requests than kernels): each is served,
    the next real browser still gets its chart, each bare view's kernel (by the id in its page) is reclaimed
    within a minute, the browser's stays while it is connected and goes once the browser has gone, leaving no
    more than the pool's."""
    import urllib.request

    import nbformat
    import psutil

    notebook = tmp_path / "chart.ipynb"
    nbformat.write(
        nbformat.v4.new_notebook(
            cells=[
                nbformat.v4.new_code_cell("from emulation import offline_charts\noffline_charts()"),
                nbformat.v4.new_code_cell("import plotly.graph_objects as go\ngo.Figure(go.Bar(y=[1, 3, 2]))"),
            ]
        ),
        notebook,
    )
    port = free_port()
    server = subprocess.Popen(
        voila_command(
            port, notebook, cull_idle=600, cull_interval=60, max_kernels=3, unconnected=5, reclaim_interval=1
        ),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
        env=voila_environment(),
    )
    url = f"http://127.0.0.1:{port}/"

    def kernels(kernel_id: str = "") -> int:  # only this server's own kernels (with that id in their command)
        count = 0
        for process in psutil.Process(server.pid).children(recursive=True):
            try:
                command = " ".join(process.cmdline())
                count += (
                    "ipykernel_launcher" in command
                    and kernel_id in command
                    and process.status() != psutil.STATUS_ZOMBIE
                )
            except psutil.Error:
                continue
        return count

    try:
        assert wait_for(lambda: accepts(port), 90), "the dashboard did not start"
        statuses, bare = [], []
        for _ in range(8):  # a fixed, bounded number of requests, to this machine only
            with urllib.request.urlopen(url, timeout=120) as response:
                bare.append(response.read().decode("utf-8").split('kernelId": "')[1].split('"')[0])  # the page's kernel
                statuses.append(response.status)
            assert kernels() <= 3
        assert statuses == [200] * 8
        page = browser.new_page()
        sockets = []
        page.on("websocket", lambda socket: sockets.append(socket.url))
        page.goto(url, wait_until="commit", timeout=120_000)
        page.wait_for_selector(".js-plotly-plot .main-svg", timeout=120_000)
        # the browser's own kernel, by the id in its websocket's address (/api/kernels/<id>/channels)
        own = next(address.split("/api/kernels/")[1].split("/")[0] for address in sockets if "/api/kernels/" in address)
        assert own not in bare
        assert wait_for(lambda: not any(kernels(kernel) for kernel in bare), 60), (
            f"the bare views' kernels were not reclaimed: {[kernel for kernel in bare if kernels(kernel)]}"
        )
        assert not wait_for(lambda: kernels(own) == 0, 8), "the connected browser's kernel was reclaimed"
        page.close()
        assert wait_for(lambda: kernels(own) == 0, 60), "the kernel of a browser that went away was not reclaimed"
        seen = []  # the counts, for the message
        assert wait_for(lambda: seen.append(kernels()) or seen[-1] <= POOL_SIZE, 60), (
            f"more kernels than the pool's stayed: {seen}"
        )
    finally:
        stop_server(server)


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
