"""Small datasets written by the tests themselves, as CSV folders or workbooks, with either header language."""

from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

import pytest

# A tiny, fully hand-computable dataset: one cluster of four units, three indicators, year 2020 and its H1.
TINY = {
    "clusters": [["cluster_id", "name", "province"], ["C1", "Cụm thử", "Tỉnh thử"], ["C2", "Khối hai", ""]],
    "units": [
        ["unit_id", "name", "kind"],
        ["A", "Huyện A", "huyện"],
        ["B", "Huyện B", "huyện"],
        ["C", "Huyện C", "huyện"],
        ["D", "Huyện D", "huyện"],
        ["E", "Sở E", "sở"],
    ],
    "members": [
        ["year", "cluster_id", "unit_id", "role"],
        ["2020", "C1", "A", "trưởng"],
        ["2020", "C1", "B", "phó"],
        ["2020", "C1", "C", ""],
        ["2020", "C1", "D", "thành viên"],
        ["2020", "C2", "E", "head"],
    ],
    "indicators": [
        ["indicator_id", "name", "group", "measure", "direction", "flow", "max_points", "cluster_id"],
        ["I1", "Thu ngân sách", "Nội dung 1", "tỷ đồng", "tăng", "có", "40", ""],
        ["I2", "Tai nạn giao thông", "Nội dung 1", "vụ", "giảm", "không", "20", ""],
        ["I3", "Tuyển quân", "Nội dung 1", "", "đạt", "", "10", ""],
        ["I4", "Giải ngân", "Nội dung 2", "%", "tăng", "không", "5", "C2"],
    ],
    "results": [
        ["period", "unit_id", "indicator_id", "plan", "actual", "self_points", "note"],
        ["2020", "A", "I1", "100", "124", "50", ""],
        ["2020", "A", "I2", "10", "8", "", ""],
        ["2020", "A", "I3", "", "có", "", ""],
        ["2020", "B", "I1", "200", "175", "", ""],
        ["2020", "B", "I2", "10", "10", "", ""],
        ["2020", "B", "I3", "1", "không", "", ""],
        ["2020", "C", "I1", "100", "", "", "chưa báo cáo"],
        ["2020", "C", "I2", "10", "12", "", ""],
        ["2020", "C", "I3", "1", "1", "", ""],
        ["2020", "D", "I1", "50", "50", "", ""],
        ["2020", "D", "I2", "0", "0", "", ""],
        ["2020-H1", "A", "I1", "1000", "556.6", "", ""],
        ["2020-H1", "B", "I1", "1000", "400", "", ""],
        ["2020", "E", "I4", "90", "99", "", ""],
    ],
    "adjustments": [["period", "unit_id", "points", "reason"], ["2020", "B", "-1,5", "Báo cáo chậm"]],
    "votes": [["period", "unit_id", "votes", "voters"], ["2020", "A", "18", "20"]],
}

# Contract section 7's worked example on TINY's cluster C1 (2020): items a1 and a7 scored per case under caps,
# d1 by bands of attainment, d2 by two % KH indicators; I1–I3 stay outside the guide.
GUIDE = {
    "criteria": [
        ["criterion_id", "parent_id", "name", "standard_points", "deduction_cap", "bonus_cap", "cluster_id", "year"],
        ["a", "", "Chỉ đạo, điều hành", "6", "", "", "", ""],
        ["a1", "a", "Chế độ báo cáo", "3", "1,5", "", "", ""],
        ["a7", "a", "Cách làm hay", "3", "1,5", "", "", ""],
        ["d", "", "Phát triển kinh tế", "10", "", "", "", ""],
        ["d1", "d", "Tăng trưởng", "3", "", "", "", ""],
        ["d2", "d", "Thu chi ngân sách", "", "", "", "", ""],
    ],
    "indicators": TINY["indicators"]
    + [
        ["P1", "Báo cáo chậm", "", "lần", "", "", "", "", "a1", "mỗi trường hợp", "-0,5"],
        ["P2", "Báo cáo sai", "", "lần", "", "", "", "", "a1", "mỗi trường hợp", "-0,5"],
        ["P3", "Vi phạm", "", "vụ", "", "", "", "", "a7", "mỗi trường hợp", "-0,5"],
        ["P4", "Giải pháp hay", "", "giải pháp", "", "", "", "", "a7", "mỗi trường hợp", "1"],
        ["BD", "Tốc độ tăng trưởng", "", "%", "tăng", "không", "", "", "d1", "bậc", ""],
        ["D21", "Thu ngân sách xã", "", "tỷ đồng", "tăng", "không", "4", "", "d2", "", ""],
        ["D22", "Giải ngân vốn", "", "%", "tăng", "không", "3", "", "d2", "", ""],
    ],
    "bands": [
        ["indicator_id", "from", "to", "points"],
        ["BD", "", "95", "-2"],
        ["BD", "95", "100", "-1"],
        ["BD", "100", "120", "1"],
        ["BD", "120", "", "2"],
    ],
    "results": TINY["results"]
    + [
        ["2020", "A", "P1", "", "2", "", ""],
        ["2020", "A", "P2", "", "3", "", ""],
        ["2020", "A", "P3", "", "1", "", ""],
        ["2020", "A", "P4", "", "4", "", ""],
        ["2020", "A", "BD", "100", "124", "", ""],
        ["2020", "A", "D21", "10", "12", "", ""],
        ["2020", "A", "D22", "50", "50", "", ""],
        ["2020", "B", "BD", "100", "96", "", ""],
        ["2020", "B", "D21", "10", "5", "", ""],
        ["2020", "B", "D22", "50", "25", "", ""],
        ["2020", "B", "P4", "", "1", "", ""],
        ["2020", "C", "BD", "100", "80", "", ""],
        ["2020", "C", "D21", "10", "10", "", ""],
        ["2020", "C", "D22", "50", "50", "", ""],
        ["2020", "D", "BD", "100", "100", "", ""],
        ["2020", "D", "D21", "10", "10", "", ""],
        ["2020", "D", "D22", "50", "60", "", ""],
    ],
    "criterion_scores": [
        ["period", "unit_id", "criterion_id", "self_points", "agreed_points", "reason"],
        ["2020", "B", "d2", "9", "11", "Thẩm định bổ sung số thu cuối năm"],
        ["2020", "A", "a7", "7", "", ""],
    ],
}
GUIDE["indicators"][0] = GUIDE["indicators"][0] + ["criterion_id", "scoring", "points_per_case"]
GUIDE["indicators"][1:5] = [row + ["", "", ""] for row in GUIDE["indicators"][1:5]]

VIETNAMESE = {
    "clusters": ("Cụm", ["Mã cụm", "Tên cụm", "Tỉnh"]),
    "units": ("Đơn vị", ["Mã đơn vị", "Tên đơn vị", "Loại"]),
    "members": ("Thành viên", ["Năm", "Mã cụm", "Mã đơn vị", "Vai trò"]),
    "indicators": (
        "Chỉ tiêu",
        ["Mã chỉ tiêu", "Tên chỉ tiêu", "Nhóm", "Đơn vị tính", "Chiều", "Cộng dồn", "Điểm tối đa", "Mã cụm"],
    ),
    "results": ("Kết quả", ["Kỳ", "Mã đơn vị", "Mã chỉ tiêu", "Kế hoạch", "Thực hiện", "Điểm tự chấm", "Ghi chú"]),
    "adjustments": ("Điểm cộng trừ", ["Kỳ", "Mã đơn vị", "Điểm", "Lý do"]),
    "votes": ("Bỏ phiếu", ["Kỳ", "Mã đơn vị", "Số phiếu", "Tổng số phiếu"]),
    "criteria": (
        "Tiêu chí",
        ["Mã tiêu chí", "Thuộc tiêu chí", "Tên tiêu chí", "Điểm chuẩn", "Trừ tối đa", "Cộng tối đa", "Mã cụm", "Năm"],
    ),
    "bands": ("Bậc điểm", ["Mã chỉ tiêu", "Từ", "Đến dưới", "Điểm"]),
    "criterion_scores": (
        "Điểm tiêu chí",
        ["Kỳ", "Mã đơn vị", "Mã tiêu chí", "Điểm tự chấm", "Điểm thống nhất", "Lý do"],
    ),
}
VIETNAMESE["indicators"][1].extend(["Tiêu chí", "Cách chấm", "Điểm mỗi trường hợp"])
VIETNAMESE |= {  # section 8's tables
    "unit_years": ("Xếp loại năm", ["Năm", "Mã đơn vị", "Xếp loại", "Tạm dừng xét"]),
    "awards": ("Khen thưởng", ["Mã đơn vị", "Hình thức", "Năm", "Loại", "Số quyết định", "Ngày quyết định", "Đã hủy"]),
    "predecessors": ("Sắp xếp đơn vị", ["Mã đơn vị", "Đơn vị cũ", "Năm", "Ghi chú"]),
}


def tables(**changes) -> dict[str, list[list[str]]]:
    """A copy of TINY; a change maps a table to its new rows (header included), or None to drop it."""
    copy = {name: [list(row) for row in rows] for name, rows in TINY.items()}
    for name, rows in changes.items():
        if rows is None:
            copy.pop(name, None)
        else:
            copy[name] = [list(row) for row in rows]
    return copy


def write_csv_folder(
    folder: Path, data: dict, vietnamese: bool = False, separator: str = ",", bom: bool = True
) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, rows in data.items():
        header = VIETNAMESE[name][1][: len(rows[0])] if vietnamese else rows[0]
        with open(folder / f"{name}.csv", "w", encoding="utf-8-sig" if bom else "utf-8", newline="") as file:
            writer = csv.writer(file, delimiter=separator)
            writer.writerow(header)
            writer.writerows(rows[1:])
    return folder


def write_workbook(path: Path, data: dict, vietnamese: bool = True, numbers: bool = False) -> Path:
    """A workbook; with numbers, numeric-looking cells are written as real numbers, as Excel stores them."""
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.remove(workbook.active)
    for name, rows in data.items():
        sheet = workbook.create_sheet(VIETNAMESE[name][0] if vietnamese else name)
        sheet.append(VIETNAMESE[name][1][: len(rows[0])] if vietnamese else rows[0])
        for row in rows[1:]:
            sheet.append([_number(cell) if numbers else cell for cell in row])
    workbook.save(path)
    return path


def _number(cell: str):
    try:
        return float(cell) if "." in cell else int(cell)
    except ValueError:
        return cell or None


def run_cli(*args: str) -> subprocess.CompletedProcess:
    """The installed command, as a user runs it."""
    return subprocess.run([sys.executable, "-m", "emulation", *args], capture_output=True, text=True, timeout=120)


# The command line with one function of the package replaced by one that, at its `call`-th call, says so by
# creating `held` and then waits, until a signal ends the run: the test signals a run it knows to be at that
# point, with no race between what it observes and the signal. A coroutine waits in the event loop, so that the
# batch's cancellation reaches it; the hold ends by itself after two minutes, so a broken test cannot hang.
HOLD = """
import asyncio, functools, importlib, inspect, pathlib, sys, time
from emulation.cli import main
module_name, name, call, held = sys.argv[1:5]
module, calls = importlib.import_module(module_name), []
original = getattr(module, name)

def hold():
    calls.append(1)
    if len(calls) == int(call):
        pathlib.Path(held).touch()
        return True
    return False

if inspect.iscoroutinefunction(original):
    @functools.wraps(original)
    async def replacement(*args, **kwargs):
        if hold():
            await asyncio.sleep(120)
        return await original(*args, **kwargs)
else:
    @functools.wraps(original)
    def replacement(*args, **kwargs):
        if hold():
            time.sleep(120)
        return original(*args, **kwargs)

setattr(module, name, replacement)
sys.exit(main(sys.argv[5:]))
"""


def cli_held(function: str, call: int, held: Path, *args: str) -> subprocess.Popen:
    """The command line, held at the `call`-th call of `function` ("module:name") once `held` exists."""
    module, name = function.split(":")
    return subprocess.Popen(
        [sys.executable, "-c", HOLD, module, name, str(call), str(held), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def accepts(port: int) -> bool:
    """Whether a server on this machine accepts connections on `port`."""
    import socket

    try:
        socket.create_connection(("127.0.0.1", port), timeout=1).close()
        return True
    except OSError:
        return False


def wait_for(condition, seconds: float = 120) -> bool:
    """Polls `condition` until it holds (True) or `seconds` have passed (False): a deadline, never a pause."""
    import time

    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


@pytest.fixture
def tiny(tmp_path: Path) -> Path:
    return write_csv_folder(tmp_path / "tiny", tables())


@pytest.fixture
def guided(tmp_path: Path) -> Path:
    """TINY with section 7's worked example as its guide."""
    return write_csv_folder(tmp_path / "guided", tables(**GUIDE))


CHROMIUM = "/usr/bin/chromium"  # Debian's package; .ci/run installs it
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


@pytest.fixture(scope="session")
def browser():
    """Headless Chromium driven by Playwright (no browser download: the system's chromium)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield launched
        launched.close()


def stop_server(server: subprocess.Popen) -> None:
    """Stops a server started in its own session: SIGTERM to its process group, and SIGKILL if it has not
    ended within 30 s (a Jupyter server may linger in its shutdown; what the tests check is done by then)."""
    import os
    import signal

    os.killpg(server.pid, signal.SIGTERM)
    try:
        server.wait(timeout=30)
    except subprocess.TimeoutExpired:
        os.killpg(server.pid, signal.SIGKILL)
        server.wait(timeout=30)


def free_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def pytest_collection_modifyitems(items):
    """Every test that drives Chromium is a `browser` test, whichever way it gets the browser."""
    for item in items:
        if "browser" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.browser)


def meeting_screen(browser, port: int, folder):
    """The projector page served on `port` at 1920×1080 once its first chart is drawn (a screenshot kept in
    `folder`), checked as a meeting's screen: tick labels of at least 18 px, the chart over half the height."""
    context = browser.new_context(viewport={"width": 1920, "height": 1080})
    page = context.new_page()
    page.goto(f"http://127.0.0.1:{port}/", wait_until="commit", timeout=120_000)
    page.wait_for_selector(".js-plotly-plot .main-svg", timeout=180_000)
    page.screenshot(path=str(folder / "projector.png"))
    ticks = page.evaluate(
        "Array.from(document.querySelectorAll('.js-plotly-plot .xtick text, .js-plotly-plot .ytick text'))"
        ".map(text => parseFloat(getComputedStyle(text).fontSize))"
    )
    assert ticks and min(ticks) >= 18, ticks
    assert page.evaluate("document.querySelector('.js-plotly-plot').getBoundingClientRect().height") >= 540
    return page
