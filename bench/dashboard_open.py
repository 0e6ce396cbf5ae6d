"""Benchmark: the meeting's dashboard, started before the meeting. Opening the page in headless Chromium until
the first chart is drawn, against a bare `import pandas, plotly, ipywidgets` in a fresh interpreter.

The dashboard is started as `emulation dashboard` starts it and given time to get ready (its pool of kernels
running the explorer ahead); then the page is opened several times, a fresh browser page each time, waiting
for the pool to refill between views. The best of each side is kept. Goal: ≤ 2×, aiming for ≤ 1×.

For scale, the same is measured for two notebooks served the same way: one bar chart, and one HTML widget
with no chart at all (until its text shows). They are what Voilà itself costs (its page, its scripts, the
kernel's websocket, the widget manager), whatever the notebook does: the second is the floor of any dashboard
served by Voilà. Needs Debian's chromium (/usr/bin/chromium).
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import nbformat
from playwright.sync_api import sync_playwright

from emulation.jupyter.dashboard import POOL_SIZE, voila_command, voila_environment

VIEWS, IMPORTS = 5, 5
READY_SECONDS = 60  # the pool's kernels have run the explorer well before a meeting starts
REFILL_SECONDS = 20  # the pool refills behind a view; the next view comes once it has
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run"]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def bare_import() -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", "import pandas, plotly, ipywidgets"], check=True)
    return time.perf_counter() - started


CHART = ".js-plotly-plot .main-svg"
WIDGET_TEXT = "b.ready"


def first_drawn(browser, url: str, selector: str) -> float:
    page = browser.new_page()
    started = time.perf_counter()
    page.goto(url, wait_until="commit", timeout=120_000)
    page.wait_for_selector(selector, timeout=120_000)
    elapsed = time.perf_counter() - started
    page.close()
    return elapsed


def views(notebook: Path | None = None, selector: str = CHART) -> list[float]:
    """Seconds to the first drawn chart (or `selector`) of VIEWS page views of a dashboard serving `notebook`
    (the explorer)."""
    port = free_port()
    server = subprocess.Popen(
        voila_command(port, *([notebook] if notebook else [])),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
        env=voila_environment(),
    )
    try:
        time.sleep(READY_SECONDS)
        seconds = []
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS, headless=True)
            for _ in range(VIEWS):
                seconds.append(first_drawn(browser, f"http://127.0.0.1:{port}/", selector))
                time.sleep(REFILL_SECONDS)
            browser.close()
        return seconds
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)


def one_chart(folder: Path) -> Path:
    path = folder / "one_chart.ipynb"
    nbformat.write(
        nbformat.v4.new_notebook(
            cells=[
                nbformat.v4.new_code_cell("from emulation import offline_charts\noffline_charts()"),
                nbformat.v4.new_code_cell("import plotly.graph_objects as go\ngo.Figure(go.Bar(y=[1, 3, 2]))"),
            ]
        ),
        path,
    )
    return path


def one_widget(folder: Path) -> Path:
    path = folder / "one_widget.ipynb"
    nbformat.write(
        nbformat.v4.new_notebook(
            cells=[nbformat.v4.new_code_cell("import ipywidgets\nipywidgets.HTML('<b class=\"ready\">ready</b>')")]
        ),
        path,
    )
    return path


def main() -> None:
    imports = [bare_import() for _ in range(IMPORTS)]
    explorer = views()
    with tempfile.TemporaryDirectory() as folder:
        bar = views(one_chart(Path(folder)))
        widget = views(one_widget(Path(folder)), WIDGET_TEXT)
    print(f"kernels kept ready: {POOL_SIZE}")
    print(f"bare import of pandas, plotly, ipywidgets: {min(imports):6.2f} s")
    for name, seconds in (
        ("explorer", explorer),
        ("one bar chart", bar),
        ("one widget, no chart (Voilà's floor)", widget),
    ):
        print(
            f"{name}: page opened to first drawn content {min(seconds):6.2f} s (each view: "
            + ", ".join(f"{view:.2f}" for view in seconds)
            + f"), ratio {min(seconds) / min(imports):.2f}x"
        )
    print("goal for the explorer: ≤ 2x, aim ≤ 1x")


if __name__ == "__main__":
    main()
