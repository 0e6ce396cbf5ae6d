"""Figure functions: their traces, values, order and labels, not merely that a figure comes back."""

import numpy as np
import pandas as pd
import pytest

from emulation.data.dataset import open_dataset
from emulation.engine.analysis import analyse, analyse_periods
from emulation.views import figures


@pytest.fixture(scope="module")
def tiny_analysis(tmp_path_factory):
    from conftest import tables, write_csv_folder

    return analyse(open_dataset(write_csv_folder(tmp_path_factory.mktemp("tiny"), tables())), "2020", ["C1"])


@pytest.fixture(scope="module")
def sample():
    return open_dataset()


def test_heatmap_values_and_missing_cells(tiny_analysis):
    figure = figures.attainment_heatmap(tiny_analysis.rows)
    heat, gaps = figure.data
    assert list(heat.y) == ["Huyện A", "Huyện D", "Huyện B", "Huyện C"]  # by rank
    assert list(heat.x) == ["Thu ngân sách", "Tai nạn giao thông", "Tuyển quân"]
    values = pd.DataFrame(heat.z, index=heat.y, columns=heat.x)
    assert values.loc["Huyện A", "Thu ngân sách"] == pytest.approx(124)
    assert values.loc["Huyện A", "Tai nạn giao thông"] == pytest.approx(120)
    assert np.isnan(values.loc["Huyện C", "Thu ngân sách"])
    missing = pd.DataFrame(gaps.z, index=gaps.y, columns=gaps.x)
    assert missing.loc["Huyện C", "Thu ngân sách"] == 1 and missing.loc["Huyện D", "Tuyển quân"] == 1
    assert np.isnan(missing.loc["Huyện A", "Thu ngân sách"])
    assert heat.zmid == 100 and figure.layout.separators == ",."
    assert "chiều giảm" in heat.customdata[0][1]  # the lower-is-better indicator says so in its hover


def test_ranking_order_awards_roles_and_ties(tiny_analysis):
    figure = figures.ranking(tiny_analysis.units)
    by_award = {trace.name: (list(trace.y), list(trace.x)) for trace in figure.data}
    assert by_award["Cờ thi đua"] == (["1. Huyện A (Trưởng cụm)"], [82.0])
    assert by_award["Bằng khen"] == (["3. Huyện B (Phó cụm)"], [53.5])
    assert list(figure.layout.yaxis.categoryarray) == [
        "1. Huyện A (Trưởng cụm)",
        "2. Huyện D",
        "3. Huyện B (Phó cụm)",
        "4. Huyện C",
    ]
    tied = pd.DataFrame(
        {
            "unit_name": ["X", "Y", "Z"],
            "total": [50.0, 50.0, 40.0],
            "rank": [1, 1, 3],
            "award": ["flag", "flag", "commendation"],
            "role": "member",
            "award_tie": [True, True, False],
        }
    )
    labels = list(figures.ranking(tied, lang="en").layout.yaxis.categoryarray)
    assert labels == ["1=. X", "1=. Y", "3. Z"]
    assert list(figures.ranking(tied, lang="en").data[0].customdata) == [" (tied)", " (tied)"]


def test_indicator_bars_mid_year_pace_and_cluster_total(sample):
    analysis = analyse(sample, "2017-H1", ["KG-C1"])
    rows = analysis.rows[analysis.rows["indicator_id"] == "GTSX"]
    figure = figures.indicator_bars(rows, total=49.2)
    attained, progress = figure.data
    assert list(attained.x) == ["An Minh", "Gò Quao", "U Minh Thượng", "An Biên", "Vĩnh Thuận"]
    assert list(progress.y) == pytest.approx([55.66, 54.28, 53.05, 43.08, 42.2222222])
    lines = {round(shape.y0, 4) for shape in figure.layout.shapes}
    assert {100.0, 50.0, 49.2} <= lines
    labels = [shape.name for shape in figure.layout.shapes if shape.showlegend]  # named in the legend, not on the plot
    assert "Tiến độ 50%" in labels and "Toàn cụm 49,2%" in labels and not figure.layout.annotations


def test_indicator_bars_year_end_has_no_pace(sample):
    analysis = analyse(sample, "2019", ["HG-DL"])
    figure = figures.indicator_bars(analysis.rows[analysis.rows["indicator_id"] == "VL"], lang="en")
    assert len(figure.data) == 1 and list(figure.data[0].x)[0] == "Quang Bình"
    assert figure.data[0].y[0] == pytest.approx(153.333333)
    assert figure.layout.separators == ".,"
    assert any(shape.name.startswith("Cluster mean 125.") for shape in figure.layout.shapes)


def test_unit_profile_mean_and_best(tiny_analysis):
    figure = figures.unit_profile(tiny_analysis.rows, "B")
    best, mean, own = figure.data
    assert own.name == "Huyện B" and list(own.y) == ["Thu ngân sách", "Tai nạn giao thông", "Tuyển quân"]
    assert list(own.x) == pytest.approx([87.5, 100, 0])
    assert list(best.x) == pytest.approx([124, 120, 100])
    assert mean.x[0] == pytest.approx((124 + 87.5 + 100) / 3)


def test_trend_over_periods(sample):
    units, _ = analyse_periods(sample, ["HG-DL"])
    figure = figures.trend(units)
    assert list(figure.data[0].x) == ["2019-H1", "2019", "2020-H1", "2020"]
    quang_binh = next(trace for trace in figure.data if trace.name == "Quang Bình")
    expected = units[units["unit_name"] == "Quang Bình"]["total"].tolist()
    assert list(quang_binh.y) == pytest.approx(expected)


def test_province_view_one_box_per_cluster(sample):
    units = analyse(sample, "2019").units
    figure = figures.province_view(units)
    # in the order of the units table: by cluster code (HG-30A, HG-DL, HG-KTTH)
    assert [trace.name for trace in figure.data] == [
        "Khối các huyện 30a",
        "Khối các huyện, thành phố vùng động lực",
        "Khối Kinh tế - Tổng hợp",
    ]
    assert sum(len(trace.y) for trace in figure.data) == len(units)
    # each cluster keeps one colour, by its code, in every province chart of these clusters
    assert [trace.marker.color for trace in figure.data] == figures.PALETTE[:3]
    assert [trace.marker.color for trace in figures.province_view(units, y="total").data] == figures.PALETTE[:3]


def test_province_view_compares_totals_as_shares_of_each_units_maximum(tmp_path):
    from conftest import tables, write_csv_folder

    from emulation.data.dataset import open_dataset

    units = analyse(open_dataset(write_csv_folder(tmp_path / "d", tables())), "2020").units
    figure = figures.province_view(units)
    shares = {trace.name: sorted(trace.y) for trace in figure.data}
    # C1: A 82, D 60, B 53,5, C 26 of 40 + 20 + 10 = 70 possible; C2: E 5 + bonus 5 · 0,1 = 5,5 of 5
    assert shares["Cụm thử"] == pytest.approx(sorted(100 * total / 70 for total in (82, 60, 53.5, 26)))
    assert shares["Khối hai"] == pytest.approx([100 * 5.5 / 5])
    assert figure.layout.yaxis.title.text == "Tổng điểm / điểm tối đa" and figure.layout.yaxis.ticksuffix == "%"


def test_self_points_marks_units_that_scored_themselves_higher(tiny_analysis):
    figure = figures.self_points(tiny_analysis.units)
    diagonal, units = figure.data
    assert list(units.text) == ["Huyện A"] and units.x[0] == pytest.approx(48) and units.y[0] == 50
    assert units.marker.color == figures.PALETTE[3] and units.name == "Tự chấm cao hơn số liệu"


def test_self_points_names_its_marks_and_keeps_names_off_the_diagonal():
    units = pd.DataFrame(
        {"unit_name": ["Cao", "Bằng", "Thấp"], "self_points": [10.0, 7.0, 5.0], "self_compared": [8.0, 7.0, 6.0]}
    )
    figure = figures.self_points(units)
    assert [trace.name for trace in figure.data] == [
        "Tự chấm = số liệu",
        "Tự chấm cao hơn số liệu",
        "Tự chấm không cao hơn",
    ]
    assert figure.layout.showlegend is not False
    diagonal, above, others = figure.data
    # above the diagonal a name goes up and left of its point, elsewhere down and right: where the line never is
    assert (list(above.text), above.textposition) == (["Cao"], "top left")
    assert (list(others.text), others.textposition) == (["Bằng", "Thấp"], "bottom right")
    # the diagonal crosses the whole plot
    assert list(diagonal.x) == list(figure.layout.xaxis.range) == list(figure.layout.yaxis.range)


def test_data_text_never_becomes_markup():
    rows = pd.DataFrame(
        {
            "unit_name": ["<img src=x onerror=alert(1)>"],
            "total": [10.0],
            "rank": [1],
            "award": ["flag"],
            "role": ["member"],
            "award_tie": [False],
        }
    )
    label = figures.ranking(rows).data[0].y[0]
    assert "<img" not in label and "&lt;img src=x onerror=alert(1)&gt;" in label


def test_projector_template(tiny_analysis):
    figure = figures.ranking(tiny_analysis.units, template="projector")
    assert figure.layout.template.layout.font.size == 22
    lines = figures.trend(tiny_analysis.units.assign(period="2020"), template="projector").layout.template.data.scatter[
        0
    ]
    assert (lines.line.width, lines.marker.size) == (4, 11)  # twice the default's 2 px, for the back of the room


def test_long_labels_are_shortened_or_wrapped_and_stay_distinct():
    names = [
        "Tỷ lệ dân số tham gia bảo hiểm y tế",
        "Tỷ lệ dân số tham gia bảo hiểm xã hội",
        "Thu ngân sách",
        "<b>x</b>",
    ]
    # 30 characters cut back to the last whole word; the two insurance names would become equal, so keep theirs
    assert figures.shortened(names[1:3] + ["Số trường đạt chuẩn quốc gia mới trong năm"]) == [
        "Tỷ lệ dân số tham gia bảo…",
        "Thu ngân sách",
        "Số trường đạt chuẩn quốc gia…",
    ]
    assert figures.shortened(names)[:2] == names[:2] and figures.shortened(names)[3] == "&lt;b&gt;x&lt;/b&gt;"
    assert figures.wrapped(["Thành phố Hà Giang", "U Minh Thượng", "Thànhphốrấtdàikhôngcódấucách"]) == [
        "Thành phố Hà<br>Giang",
        "U Minh Thượng",
        "Thànhphốrấtdàikhôngcódấucách",
    ]


def test_a_trend_of_one_part_of_the_year_names_the_part_and_ticks_the_years():
    units = pd.DataFrame(
        {
            "period": ["2017-H1", "2018-H1", "2017-H1", "2018-H1"],
            "unit_name": ["A", "A", "B", "B"],
            "total": [1.0, 2.0, 3.0, 4.0],
        }
    )
    halves = figures.trend(units)
    assert halves.layout.xaxis.title.text == "6 tháng đầu năm"
    assert list(halves.layout.xaxis.tickvals) == ["2017-H1", "2018-H1"] and list(halves.layout.xaxis.ticktext) == [
        "2017",
        "2018",
    ]
    assert (
        figures.trend(units.assign(period=["2017", "2018", "2017", "2018"]), lang="en").layout.xaxis.title.text
        == "Year"
    )
    mixed = figures.trend(units.assign(period=["2017-H1", "2017", "2017-H1", "2017"]))
    assert mixed.layout.xaxis.title.text == "Kỳ" and mixed.layout.xaxis.ticktext is None


def test_a_shortened_label_counts_what_is_read_and_never_cuts_an_escape():
    from emulation.views.figures.style import shortened

    # five characters as read ("<b>ng"), then escaped whole
    assert shortened(["&" * 12, "<b>ngắn</b>"], 5) == ["&amp;" * 5 + "…", "&lt;b&gt;ng…"]
