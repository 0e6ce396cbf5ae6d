"""The what-if comparison against hand-computed rank changes, the styled tables, and the explorer's wiring."""

import re

import pandas as pd
import pytest
from conftest import tables as tiny_tables
from conftest import write_csv_folder

from emulation.data.dataset import open_dataset
from emulation.engine.analysis import analyse
from emulation.engine.comparisons import rule_changes
from emulation.jupyter import explorer as widgets
from emulation.views import tables


@pytest.fixture(scope="module")
def tiny_dataset(tmp_path_factory):
    return open_dataset(write_csv_folder(tmp_path_factory.mktemp("tiny"), tiny_tables()))


def test_zero_below_swaps_ranks_and_fewer_flags_change_awards(tmp_path):
    data = tiny_tables()
    data["results"][7][4] = "95"  # C reports I1: 95 % → 38 points
    dataset = open_dataset(write_csv_folder(tmp_path / "data", data))
    base = analyse(dataset, "2020", ["C1"])
    # Before: A 48 + 24 + 10 = 82; C 38 + 16 (lower 80 %) + 10 = 64; D 40 + 20 + 0 = 60; B 35 + 20 + 0 − 1,5 = 53,5.
    # zero_below 90: C loses its 80 % row (48), B its 87,5 % row (18,5); D keeps 60 and passes C.
    changed = analyse(dataset, "2020", ["C1"], dataset.rules.replace(zero_below=90, flags=0))
    moves = rule_changes(base.units, changed.units).set_index("unit_id")
    assert moves["total_after"].to_dict() == pytest.approx({"A": 82.0, "D": 60.0, "C": 48.0, "B": 18.5})
    assert moves["rank_before"].to_dict() == {"A": 1, "D": 3, "C": 2, "B": 4}
    assert moves["rank_change"].to_dict() == {"A": 0, "D": 1, "C": -1, "B": 0}
    # D has a missing row and is passed over; with no flags the two commendations go to A and C.
    assert moves["award_before"].to_dict() == {"A": "flag", "D": "none", "C": "commendation", "B": "commendation"}
    assert moves["award_after"].to_dict() == {"A": "commendation", "D": "none", "C": "commendation", "B": "none"}
    assert moves["award_changed"].to_dict() == {"A": True, "D": False, "C": False, "B": True}


def test_inverse_lower_form_changes_totals(tiny_dataset):
    base = analyse(tiny_dataset, "2020", ["C1"])
    inverse = analyse(tiny_dataset, "2020", ["C1"], tiny_dataset.rules.replace(lower="inverse"))
    moves = rule_changes(base.units, inverse.units).set_index("unit_id")
    # D: 0 accidents against a ceiling of 0 → the cap (200 %) → 20 + bonus 4; C: 100 · 10 / 12 → 16,67 points
    assert moves.loc["D", "total_change"] == pytest.approx(4.0)
    assert moves.loc["C", "total_change"] == pytest.approx(20 * (1000 / 12) / 100 - 16)


def test_score_sheet_colours_status_and_escapes_names(tiny_dataset):
    rows = analyse(tiny_dataset, "2020", ["C1"]).rows.copy()
    rows.loc[0, "unit_name"] = "<script>alert(1)</script>"
    page = tables.score_sheet(rows).to_html()
    assert "<script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "Vượt" in page and "124,0%" in page and tables.STATUS_COLOURS["exceeded"] in page
    assert "Thiếu số liệu" in page


def test_ranking_table_in_english(tiny_dataset):
    page = tables.ranking_table(analyse(tiny_dataset, "2020", ["C1"]).units, "en").to_html()
    assert "Emulation flag" in page and "82.00" in page and "3/3" in page


def test_explorer_follows_its_controls(monkeypatch, tiny_dataset, tmp_path):
    monkeypatch.setattr(widgets, "display", lambda *items: None)
    folder = write_csv_folder(tmp_path / "data", tiny_tables())
    explorer = widgets.Explorer(str(folder))
    assert explorer.period.value == "2020" and explorer.cluster.value == "C1"
    assert [value for _, value in explorer.unit.options] == ["A", "D", "B", "C"]
    explorer.zero_below.value = 90
    explorer.flags.value = 0
    changes = explorer.contents("whatif")[2].data  # the comparison table's frame
    assert changes.iloc[:, 0].tolist() == ["Huyện A", "Huyện D", "Huyện B", "Huyện C"]
    assert changes.iloc[:, 2].tolist() == ["82,00", "60,00", "18,50", "10,00"]  # totals after, as hand-computed above
    explorer.unit.value = "B"
    profile = explorer.contents("unit")[0]
    assert profile.data[2].name == "Huyện B"
    explorer.indicator.value = "I1"
    totals, indicator = explorer.contents("trend")
    # like with like: the year-end's trend holds years only, never the year's own first half
    assert list(indicator.data[0].x) == ["2020"] and indicator.layout.title.text == "Thu ngân sách"
    huyen_a = next(trace for trace in indicator.data if trace.name == "Huyện A")
    assert list(huyen_a.y) == pytest.approx([124.0])
    explorer.period.value = "2020-H1"
    explorer.indicator.value = "I1"
    totals, indicator = explorer.contents("trend")
    assert list(next(trace for trace in indicator.data if trace.name == "Huyện A").y) == pytest.approx([111.32])
    explorer.period.value = "2020"
    explorer.cluster.value = "C2"
    assert [value for _, value in explorer.unit.options] == ["E"]
    assert explorer.contents("ranking")[0].data[0].y[0].startswith("1. Sở E")


def test_a_refused_dataset_is_listed_and_the_previous_one_stays(monkeypatch, tmp_path):
    monkeypatch.setattr(widgets, "display", lambda *items: None)
    explorer = widgets.Explorer()
    before = explorer.dataset
    broken = tiny_tables()
    broken["results"][1][1] = "<b>ZZ</b>"
    explorer.load(str(write_csv_folder(tmp_path / "broken", broken)))
    assert explorer.dataset is before
    assert "&lt;b&gt;ZZ&lt;/b&gt;" in explorer.message.value and "dòng 2" in explorer.message.value


def test_the_guide_tab_shows_a_units_tree_its_record_and_the_criteria_side_by_side(monkeypatch, tmp_path):
    from conftest import GUIDE

    monkeypatch.setattr(widgets, "display", lambda *items: None)
    folder = write_csv_folder(tmp_path / "guided", tiny_tables(**GUIDE))
    (folder / "rules.toml").write_text('[[grades]]\nname = "Xuất sắc"\nmin_total = 100\n', encoding="utf-8")
    explorer = widgets.Explorer(str(folder))
    assert "P1" not in [value for _, value in explorer.indicator.options]  # per-case rows have no % KH to chart
    explorer.unit.value = "A"
    kind, side_by_side, standards, items = explorer.contents("guide")
    record = side_by_side.children[1]
    assert "Chỉ đạo, điều hành" in record.value
    values = tables.appraisal_values(explorer.analysis.criteria[explorer.analysis.criteria["unit_id"] == "A"])
    claims = dict(zip(values["criterion"].str.strip().str.split(".").str[0], values["claimed"]))
    assert claims["a7"] == 7 and pd.isna(claims["a"]) and pd.isna(claims["a1"])  # A claimed a7 only, and shows so
    assert list(standards.data[0].x) == ["a", "d"] and list(items.data[0].x) == ["a1", "a7", "d1", "d2"]
    assert standards.data[0].z[0] == pytest.approx([8 / 6 * 100, 128.0])  # A: a 8 of 6, d 12,8 of 10
    kind.value = "sunburst"
    assert explorer.analysis.units.set_index("unit_id").loc["A", "grade"] == "Xuất sắc"  # 102,8 ≥ 100
    explorer.grade_totals[0].value = 110  # the what-if threshold
    assert explorer.alternative.units.set_index("unit_id").loc["A", "grade"] == ""
    assert explorer.analysis.units.set_index("unit_id").loc["A", "grade"] == "Xuất sắc"


def test_the_guide_tree_figure_sizes_by_standard_and_colours_by_share():
    import pandas as pd

    from emulation.views import figures

    table = pd.DataFrame(
        {
            "criterion_id": ["a", "a1", "a2"],
            "parent_id": [None, "a", "a"],
            "name": ["A", "A1", "<b>A2</b>"],
            "standard_total": [6.0, 3.0, 3.0],
            "final": [4.5, 1.5, 3.0],
        }
    )
    figure = figures.criteria_tree(table, kind="treemap")
    trace = figure.data[0]
    assert list(trace.ids) == ["a", "a1", "a2", "∑"] and list(trace.parents) == ["∑", "a", "a", ""]
    assert list(trace.values) == [6.0, 3.0, 3.0, 6.0]
    assert list(trace.marker.colors) == pytest.approx([75.0, 50.0, 100.0, 75.0])
    assert "&lt;b&gt;A2&lt;/b&gt;" in trace.labels[2]


def test_a_data_root_keeps_the_data_box_to_one_folder(monkeypatch, tmp_path):
    from emulation.jupyter.dashboard import voila_environment
    from emulation.resources import sample_folder

    monkeypatch.setattr(widgets, "display", lambda *items: None)
    root, outside = tmp_path / "root", tmp_path / "outside"
    write_csv_folder(root / "tinh", tiny_tables())
    write_csv_folder(outside, tiny_tables())
    (root / "loi-tat").symlink_to(outside, target_is_directory=True)
    explorer = widgets.Explorer(data_root=str(root))
    sample = explorer.dataset
    for attempt in (str(outside), "../outside", "tinh/../../outside", "loi-tat"):
        explorer.load(attempt)
        assert explorer.dataset is sample, attempt
        assert "chỉ mở dữ liệu trong thư mục" in explorer.message.value and str(root) in explorer.message.value
    explorer.load("<b>x</b>")
    assert explorer.dataset is sample  # not found under the root: refused as data, its name escaped
    explorer.load("tinh")
    assert explorer.dataset is not sample and explorer.dataset.periods == ["2020-H1", "2020"]
    monkeypatch.setenv("EMULATION_DATA_ROOT", str(root))
    assert widgets.Explorer().data_root == root.resolve()
    assert voila_environment()["EMULATION_DATA_ROOT"] == str(sample_folder().parent.resolve())
    assert voila_environment(root)["EMULATION_DATA_ROOT"] == str(root.resolve())


def test_offline_charts_embed_plotly_once_except_on_the_dashboard(monkeypatch):
    """In JupyterLab and exported notebooks the charts carry plotly.js with them; on the dashboard the page's
    own plotly renderer draws them, and no second copy of plotly.js goes into the page."""
    import plotly.io as pio
    import plotly.offline

    from emulation.resources import DASHBOARD_VARIABLE

    embedded = []
    monkeypatch.setattr(plotly.offline, "init_notebook_mode", lambda connected: embedded.append(connected))
    monkeypatch.setattr(pio.renderers, "default", pio.renderers.default)
    monkeypatch.delenv(DASHBOARD_VARIABLE, raising=False)
    widgets.offline_charts()
    assert (pio.renderers.default, embedded) == ("plotly_mimetype+notebook", [False])
    monkeypatch.setenv(DASHBOARD_VARIABLE, "1")
    widgets.offline_charts()
    assert (pio.renderers.default, embedded) == ("plotly_mimetype", [False])


def test_the_history_tab_draws_a_units_years_beside_the_provinces_proposals(monkeypatch):
    monkeypatch.setattr(widgets, "display", lambda *items: None)
    explorer = widgets.Explorer()  # the sample opens on its last period, 2025, the An Giang cluster
    explorer.unit.value = "AG-XAM"
    figure, title, proposals, annex_title, annex = explorer.contents("history")
    strips = [trace for trace in figure.data if trace.type == "bar"]
    # Xã An Minh's own 2025 and, before it, its two old units' years, labelled as such
    assert {label for trace in strips for label in trace.y} == {
        "Xã An Minh",
        "Thị trấn Thứ Mười Một (trước sắp xếp)",
        "Xã Đông Hưng (trước sắp xếp)",
    }
    stars = {trace.name: list(trace.text) for trace in figure.data if trace.type == "scatter"}
    assert stars["Khen thưởng (được tính)"] == [
        "Bằng khen của Chủ tịch UBND tỉnh (356/QĐ-UBND)",
        "Cờ thi đua của UBND tỉnh (297/QĐ-UBND)",
    ]
    assert stars["Khen thưởng (không làm căn cứ)"] == ["Bằng khen của Chủ tịch UBND tỉnh (401/QĐ-UBND)"]  # revoked
    shown = proposals.data  # the list as the tab shows it, aligned as a spreadsheet
    assert "2025" in title.value and len(shown) == 5
    # the mark the terminal list gives a unit proposed for several forms, on the list the tab shows too
    assert shown["Trạng thái"].iloc[0] == "Đề nghị · đề nghị nhiều hình thức: Hội đồng chọn một"
    # the held unit in the annex, under its own heading and numbering
    assert annex_title.value.startswith("<b>Phụ lục") and annex.data["Tập thể"].tolist() == ["Xã U Minh Thượng"]
    assert annex.data["STT"].tolist() == [1] and annex.data["Trạng thái"].tolist() == ["Tạm dừng xét"]
    # each status in the colour the year's page and the score sheet give it: the styles' rules name their cells
    rules = re.findall(r"([^{}]+)\{\s*background-color: #(\w+);\s*\}", proposals.to_html())
    colour_of_row = {
        int(cell.strip().split("_")[-2][3:]): colour for cells, colour in rules for cell in cells.split(",")
    }
    expected = {"Đề nghị": "C6EFCE", "Hội đồng xem xét": "DDEBF7", "Tạm dừng xét": "F8CBAD"}
    assert [colour_of_row[row] for row in range(5)] == [
        expected[status.split(" · ")[0]] for status in shown["Trạng thái"]
    ]


def test_the_what_if_tab_shows_the_current_clusters_grades_whole_named_and_in_vietnamese_numbers(monkeypatch):
    """The sample's rules.toml grades AG-X1 at 90/80/70 and the Hà Giang blocs at 120/110/98 (three more grades for
    HG-KTTH): the tab shows the cluster's three, under its name, each grade's whole name once, its minimum as the
    board writes numbers; the other clusters' grades are not shown."""
    monkeypatch.setattr(widgets, "display", lambda *items: None)
    explorer = widgets.Explorer()
    assert (explorer.period.value, explorer.cluster.value) == ("2025", "AG-X1")

    def ladder() -> tuple[str, list[str], list[str]]:
        heading, grid = explorer.grade_controls.children
        cells = grid.children
        assert all(not slider.readout and not slider.description for slider in cells[1::3])  # no "90.00", no cut label
        return heading.value, [label.value for label in cells[0::3]], [readout.value for readout in cells[2::3]]

    heading, names, readouts = ladder()
    assert "Cụm thi đua các xã, phường số 1" in heading and "điểm tối thiểu" in heading
    assert names == ["Hoàn thành xuất sắc nhiệm vụ", "Hoàn thành tốt nhiệm vụ", "Hoàn thành nhiệm vụ"]
    assert readouts == ["90,0 điểm", "80,0 điểm", "70,0 điểm"]
    assert explorer.whatif_controls.children[2] is explorer.grade_controls  # the tab holds the ladder
    explorer.grade_totals[0].value = 92.5
    assert ladder()[2][0] == "92,5 điểm"
    explorer.period.value = "2019"
    explorer.cluster.value = "HG-DL"
    heading, names, readouts = ladder()
    assert "Khối các huyện, thành phố vùng động lực" in heading and len(set(names)) == 3
    assert readouts == ["120,0 điểm", "110,0 điểm", "98,0 điểm"]


def test_the_projector_style_sets_the_tables_the_meeting_reads_at_18_to_20_px():
    sizes = re.findall(r"([^{}]*table[^{}]*)\{font-size: (\d+)px", widgets.PROJECTOR_STYLE)
    assert sizes and all(18 <= int(size) <= 20 for _, size in sizes)
    assert any(".widget-output table" in selectors for selectors, _ in sizes)  # styled tables shown in a tab
    assert any(".widget-html-content table" in selectors for selectors, _ in sizes)  # the proposal list


def test_the_indicator_tab_flags_a_suspected_slip_as_the_report_does(monkeypatch, tmp_path):
    import shutil

    from emulation.resources import sample_folder

    monkeypatch.setattr(widgets, "display", lambda *items: None)
    folder = shutil.copytree(sample_folder(), tmp_path / "data")
    results = folder / "results.csv"  # Xã Vân Khánh's production value 1.790 typed as 1,79 (plan 1900)
    results.write_text(
        results.read_text(encoding="utf-8-sig").replace(
            "2025,AG-XVK,XA-GTSX,1900,1790,,", "2025,AG-XVK,XA-GTSX,1900,1.79,,"
        ),
        encoding="utf-8-sig",
    )
    explorer = widgets.Explorer(str(folder))
    explorer.indicator.value = "XA-GTSX"
    bars = explorer.contents("indicator")[0]
    assert [name for name, shape in zip(bars.data[0].x, bars.data[0].marker.pattern.shape) if shape] == ["Xã Vân Khánh"]
    explorer.indicator.value = "XA-NS"  # nothing to check there
    assert len(explorer.contents("indicator")[0].data) == 1


RULES9 = """[ranking]
tie_breaks = ["actual:A1+A2", "actual:A3", "votes"]
[[grades]]
name = "Hoàn thành xuất sắc nhiệm vụ"
min_total = 40
[[grades]]
name = "Hoàn thành tốt nhiệm vụ"
min_total = 30
[[events]]
name = "Người đứng đầu bị khiển trách"
max_grade = "Hoàn thành tốt nhiệm vụ"
"""


def test_the_ranking_tab_says_why_and_the_what_if_tab_switches_a_key_and_a_cap(monkeypatch, tmp_path):
    """tests/rules9_data.py: four communes of 40 points, A1 + A2 = 200 and A3 = 100 for each, votes X1 15, X4 15,
    X2 12, X3 none; X2's head reprimanded (at most «tốt»). By hand: X1 and X4 share rank 1 on votes, X2 3rd and
    X3 4th by votes; every total reaches «xuất sắc» (40), X2's capped at «tốt»."""
    from rules9_data import data

    from emulation.views.words import word

    monkeypatch.setattr(widgets, "display", lambda *items: None)
    events = [["year", "unit_id", "event", "note"], ["2025", "X2", "Người đứng đầu bị khiển trách", "QĐ 12/QĐ-UBND"]]
    explorer = widgets.Explorer(str(data(tmp_path, RULES9, events=events)))
    label = lambda key: word(f"label.{key}")  # noqa: E731
    shown = explorer.contents("ranking")[1].data.set_index(label("unit_name"))
    assert shown.index.tolist() == ["Xã X1", "Xã X4", "Xã X2", "Xã X3"]
    assert shown[label("rank")].tolist() == ["1", "1", "3", "4"]
    assert shown[label("grade")].to_dict() == {
        "Xã X1": "Hoàn thành xuất sắc nhiệm vụ",
        "Xã X4": "Hoàn thành xuất sắc nhiệm vụ",
        "Xã X2": "Hoàn thành tốt nhiệm vụ (do Người đứng đầu bị khiển trách)",
        "Xã X3": "Hoàn thành xuất sắc nhiệm vụ",
    }
    assert shown[label("tie_reason")].to_dict() == {
        "Xã X1": "",
        "Xã X4": "bằng điểm và đồng hạng với Xã X1; bằng điểm Xã X2; xếp trên do số phiếu bầu nhiều hơn",
        "Xã X2": "bằng điểm Xã X3; xếp trên do số phiếu bầu nhiều hơn",
        "Xã X3": "",
    }

    switches = explorer.switches
    assert [box.description for box in switches.keys] == [
        "actual:A1+A2: số tài khoản và thẻ ATM mở mới và giao dịch chuyển tiền qua tài khoản hằng tháng nhiều hơn",
        "actual:A3: tỷ lệ cập nhật hồ sơ cao hơn",  # a rate (%): higher, not more
        "votes: số phiếu bầu nhiều hơn",
    ]
    assert [box.description for box in switches.events.values()] == [
        "Người đứng đầu bị khiển trách: xếp loại tối đa «Hoàn thành tốt nhiệm vụ»"
    ]
    assert explorer.whatif_controls.children[3] is switches.widget
    switches.keys[2].value = False  # without the vote nothing breaks the tie: all four share rank 1 and a flag
    after = explorer.alternative.units.set_index("unit_id")
    assert after["rank"].to_dict() == {"X1": 1, "X2": 1, "X3": 1, "X4": 1}
    assert (after["award"] == "flag").all()
    assert explorer.analysis.units.set_index("unit_id")["rank"].to_dict() == {"X1": 1, "X4": 1, "X2": 3, "X3": 4}
    controls, heading, changes, figure, ranking = explorer.contents("whatif")
    assert changes.data.iloc[:, 0].tolist() == ["Xã X1", "Xã X2", "Xã X3", "Xã X4"]  # by rank after, then code
    assert ranking.data.set_index(label("unit_name"))[label("tie_reason")].to_dict() == {
        "Xã X1": "",
        "Xã X2": "bằng điểm và đồng hạng với Xã X1",
        "Xã X3": "bằng điểm và đồng hạng với Xã X2",
        "Xã X4": "bằng điểm và đồng hạng với Xã X3",
    }
    switches.events["Người đứng đầu bị khiển trách"].value = False  # the cap off: X2's 40 points are «xuất sắc»
    assert explorer.alternative.units.set_index("unit_id")["grade"].to_dict() == dict.fromkeys(
        ["X1", "X2", "X3", "X4"], "Hoàn thành xuất sắc nhiệm vụ"
    )
    assert set(explorer.alternative.units["grade_event"]) == {""}
    switches.events["Người đứng đầu bị khiển trách"].value = True  # on again: capped, the vote still off
    after = explorer.alternative.units.set_index("unit_id")
    assert (after.loc["X2", "grade"], after.loc["X2", "grade_event"]) == (
        "Hoàn thành tốt nhiệm vụ",
        "Người đứng đầu bị khiển trách",
    )
    assert after["rank"].tolist() == [1, 1, 1, 1]
    explorer.reset.click()  # the rules as written: the same analysis
    assert all(box.value for box in switches.keys) and explorer.alternative is explorer.analysis
