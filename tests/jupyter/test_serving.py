"""How JupyterLab and the dashboard are served: the user's folder with the explorer and no news prompt, and
bare page requests that cannot lock the dashboard's kernels."""

import subprocess

import pytest
from conftest import accepts, free_port, stop_server, wait_for
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from emulation.jupyter.dashboard import POOL_SIZE, lab_command, voila_command, voila_environment

pytestmark = pytest.mark.slow


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
