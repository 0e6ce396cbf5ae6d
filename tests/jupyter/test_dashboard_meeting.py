"""The meeting's screen as the guide starts it (docs/vi/huong-dan.md, "Bước 7"): `emulation dashboard --template
projector --data DIR` with the board's own folder, wherever it lies, shows that folder's charts."""

import csv
import shutil
import subprocess
import sys

import pytest
from conftest import accepts, free_port, meeting_screen, stop_server, wait_for

from emulation.resources import sample_folder

pytestmark = pytest.mark.slow

RENAMED = "Khối thi đua của Ban (bản chạy thử)"


def test_the_projector_shows_the_boards_own_folder_outside_the_sample(tmp_path, browser):
    """workflow-projector: the board's folder outside the sample's (its first cluster renamed, so that the page
    can only have it from there) at 1920×1080: its charts, ticks of at least 18 px, the chart over half the
    screen's height, and no message of a folder refused."""
    board = tmp_path / "ban-thi-dua" / "du-lieu-2025"
    shutil.copytree(sample_folder(), board)
    with open(board / "clusters.csv", encoding="utf-8-sig", newline="") as file:
        rows = list(csv.reader(file))
    rows[1:] = [[code, RENAMED if code == "AG-X1" else name, *rest] for code, name, *rest in rows[1:]]
    with open(board / "clusters.csv", "w", encoding="utf-8-sig", newline="") as file:
        csv.writer(file).writerows(rows)
    port = free_port()
    log = tmp_path / "voila.log"
    with log.open("wb") as stderr:
        server = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "emulation",
                "dashboard",
                "--template",
                "projector",
                "--data",
                str(board),
                "--port",
                str(port),
            ],
            cwd=tmp_path,
            stdout=subprocess.DEVNULL,
            stderr=stderr,
            start_new_session=True,
        )
    try:
        assert wait_for(
            lambda: (accepts(port) and "is filled with" in log.read_text()) or server.poll() is not None, 90
        )
        assert server.poll() is None, log.read_text()
        page = meeting_screen(browser, port, tmp_path)
        chosen = page.evaluate(
            "Array.from(document.querySelectorAll('.widget-dropdown select'))"
            ".map(select => select.options[select.selectedIndex].text.replace(/\\u00a0/g, ' '))"
        )
        assert f"AG-X1 · {RENAMED}" in chosen and "Không mở" not in page.inner_text("body"), chosen
        page.context.close()
    finally:
        stop_server(server)
