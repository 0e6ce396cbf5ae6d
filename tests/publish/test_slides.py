"""Slides and reports show what matters: no chart with nothing drawn, no heatmap column without a value, the items
without attainment as a table of cases and points, a history section only where there is history to read, and
a "Số liệu cần kiểm tra" line (and a flagged bar) where a typing slip is suspected."""

from __future__ import annotations

import base64
import datetime
import json
import re
import shutil

import numpy as np
import pytest

from emulation.data.dataset import open_dataset
from emulation.publish.pages import Figure
from emulation.publish.sections import ClusterReport
from emulation.publish.slides import slide_deck
from emulation.resources import sample_folder

DAY = datetime.date(2025, 12, 20)
FIGURE_DATA = re.compile(r'<script type="application/json" id="(chart-\d+)-data">(.*?)</script>', re.S)


def _values(value) -> np.ndarray:
    """A trace's array as plotly.py serialised it: a list, or typed binary data ("bdata") with its dtype and shape."""
    if isinstance(value, dict) and "bdata" in value:
        array = np.frombuffer(base64.b64decode(value["bdata"]), dtype=np.dtype(value["dtype"])).astype(float)
        return array.reshape([int(size) for size in str(value["shape"]).split(",")]) if "shape" in value else array
    return np.asarray(value if value is not None else [], dtype=object)


def _present(values: np.ndarray) -> np.ndarray:
    """Which cells hold a value (not None, not NaN, not blank)."""
    flat = values.astype(object)
    return (
        np.vectorize(lambda cell: cell is not None and cell == cell and cell != "", otypes=[bool])(flat)
        if flat.size
        else np.zeros(flat.shape, dtype=bool)
    )


def deck_figures(page: str) -> list[dict]:
    return [json.loads(data.replace("\\u003c", "<").replace("\\u003e", ">")) for _, data in FIGURE_DATA.findall(page)]


def drawn_points(trace: dict) -> int:
    """The data points a trace draws: cells of a heatmap, bars' lengths, markers' positions."""
    key = "z" if trace["type"] == "heatmap" else "x" if trace.get("orientation") == "h" else "y"
    return int(_present(_values(trace.get(key))).sum())


def blank_heatmap_columns(figure: dict) -> list[str]:
    """Columns of a heatmap where no trace has a value (neither a % KH nor the grey of missing data)."""
    filled = np.zeros(len(figure["data"][0]["x"]), dtype=bool)
    for trace in figure["data"]:
        filled |= _present(_values(trace["z"])).any(axis=0)
    return [label for label, full in zip(figure["data"][0]["x"], filled) if not full]


def slides_text(page: str) -> list[str]:
    return [
        re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", slide)).strip()
        for slide in re.findall(r'<section class="slide[^"]*">(.*?)</section>', page, re.S)
    ]


@pytest.mark.parametrize("period, cluster, charts", [("2025", "AG-X1", 9), ("2019", "HG-DL", 27)])
def test_every_chart_of_a_deck_draws_something_and_every_heatmap_column_has_a_value(period, cluster, charts):
    page = slide_deck(open_dataset(), period, cluster, today=DAY)
    shown = deck_figures(page)
    # AG-X1: ranking, heatmap, the 7 indicators with a % KH (4 attainment, 1 banded, giao quân, tai nạn); the 10
    # items scored per case, by value bands or by the conference are tables. HG-DL: ranking, heatmap, 24
    # indicators, self points.
    assert [
        index for index, figure in enumerate(shown, 1) if not any(drawn_points(trace) for trace in figure["data"])
    ] == []
    heatmaps = [figure for figure in shown if figure["data"][0]["type"] == "heatmap"]
    assert len(heatmaps) == 1 and blank_heatmap_columns(heatmaps[0]) == []
    assert len(shown) == charts


def test_the_items_without_attainment_are_tables_of_cases_and_points_on_the_slides():
    page = slide_deck(open_dataset(), "2025", "AG-X1", today=DAY)
    tables = [text for text in slides_text(page) if text.startswith("Các mục chấm theo trường hợp")]
    assert len(tables) == 2  # ten items, five a slide
    both = " ".join(tables)
    for item in (
        "Báo cáo gửi chậm so với quy định (−0,5 điểm/trường hợp)",
        "Báo cáo sai lệch số liệu (−1 điểm/trường hợp)",
        "Tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn (điểm theo bậc giá trị)",
        "Tổ chức phong trào thi đua (hội nghị chấm) (tối đa 10 điểm)",
        "Cách làm hay được Cụm công nhận, nhân rộng (+1 điểm/trường hợp)",
    ):
        assert item in both
    # Xã Vân Khánh (results.csv rows 2399-2406): 3 late reports × −0,5 = −1,5; 93,8 % on time lies in the band
    # 90 to under 95, −3; no wrong report (no row: 0 cases); the conference gave 7,5
    cells = _unit_cells(page, "Xã Vân Khánh")
    assert cells[:3] == ["3 (−1,5)", "0", "93,8 (−3)"] and "7,5" in cells


def _unit_cells(page: str, unit: str) -> list[str]:
    """A unit's cells across the table slides, item by item (its column in each table)."""
    cells = []
    for table in re.findall(r'<div class="cases">(.*?)</div>', page, re.S):
        header = [re.sub(r"<[^>]+>", "", cell).strip() for cell in re.findall(r"<th[^>]*>(.*?)</th>", table, re.S)]
        if unit not in header:
            continue
        for row in re.findall(r"<tr>(.*?)</tr>", table, re.S)[1:]:
            cells.append(
                re.sub(r"<[^>]+>", "", re.findall(r"<td[^>]*>(.*?)</td>", row, re.S)[header.index(unit)]).strip()
            )
    return cells


def test_the_report_lists_the_items_without_attainment_under_the_indicators():
    report = ClusterReport("", "2025", "AG-X1")
    html = "".join(item.data for item in report.indicators() if not isinstance(item, Figure))
    assert "Các mục chấm theo trường hợp, theo bậc giá trị và hội nghị chấm" in html
    assert "Báo cáo gửi chậm so với quy định (−0,5 điểm/trường hợp)" in html and "3 (−1,5)" in html
    charts = [item for item in report.indicators() if isinstance(item, Figure)]
    assert len(charts) == 7  # the items with a % KH only


def test_a_year_of_ratings_without_awards_is_a_table_not_a_chart_of_slabs():
    items = ClusterReport("", "2019", "HG-DL").history()
    assert not any(isinstance(item, Figure) for item in items)
    text = re.sub(r"<[^>]+>", " ", "".join(item.data for item in items))
    assert "Dữ liệu mới có xếp loại năm 2019" in text
    assert all(name in text for name in ("Quang Bình", "Thành phố Hà Giang", "Vị Xuyên", "Bắc Mê", "Bắc Quang"))
    # AG-X1's communes have years of ratings (2019-2025 for their old units) and awards: charts
    assert any(isinstance(item, Figure) for item in ClusterReport("", "2025", "AG-X1").history())


@pytest.fixture(scope="module")
def slipped(tmp_path_factory):
    """The sample with one typing slip: Xã Vân Khánh's production value 1.790 typed as 1,79 (row 2398, plan 1900)."""
    folder = shutil.copytree(sample_folder(), tmp_path_factory.mktemp("slip") / "data")
    results = folder / "results.csv"
    text = results.read_text(encoding="utf-8-sig")
    assert "2025,AG-XVK,XA-GTSX,1900,1790,," in text
    results.write_text(
        text.replace("2025,AG-XVK,XA-GTSX,1900,1790,,", "2025,AG-XVK,XA-GTSX,1900,1.79,,"), encoding="utf-8-sig"
    )
    return folder


def test_a_suspected_slip_is_named_in_the_report_and_the_slides_and_its_bar_flagged(slipped):
    report = ClusterReport(str(slipped), "2025", "AG-X1")
    line = "Xã Vân Khánh – Giá trị sản xuất: thực hiện 1,79, kế hoạch 1.900."
    for section in (report.narrative(), report.missing()):
        text = "".join(item.data for item in section)
        assert "Số liệu cần kiểm tra" in text and line in text
    chart = next(
        item.figure
        for item in report.indicators()
        if isinstance(item, Figure) and item.figure.layout.title.text == "Giá trị sản xuất"
    )
    bars = chart.data[0]
    flagged = [name for name, shape in zip(bars.x, bars.marker.pattern.shape) if shape]
    assert flagged == ["Xã Vân Khánh"] and any(trace.name == "⚠ Số liệu cần kiểm tra" for trace in chart.data)
    overview = slides_text(slide_deck(open_dataset(slipped), "2025", "AG-X1", today=DAY))[1]
    assert "Số liệu cần kiểm tra" in overview and line in overview


def test_the_shipped_sample_has_nothing_to_check():
    report = ClusterReport("", "2025", "AG-X1")
    assert report.checks == []
    assert "Số liệu cần kiểm tra" not in "".join(item.data for item in report.missing())
    assert "Số liệu cần kiểm tra" not in slide_deck(open_dataset(), "2025", "AG-X1", today=DAY)
