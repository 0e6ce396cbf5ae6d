"""What the board reads beside a rank, a grade and a bonus (docs/reference.md, "Tie-breaks, events and points
for awards held"), in Vietnamese and English, on the four communes of equal total of tests/rules9_data.py."""

from rules9_data import data

from emulation import open_dataset
from emulation.engine.analysis import analyse
from emulation.views.reasons import award_point_lines, grade_with_event, tie_reasons


def reasons(folder, lang="vi"):
    analysis = analyse(open_dataset(folder), "2025")
    return dict(zip(analysis.units["unit_id"], tie_reasons(analysis, lang)))


def test_what_placed_a_unit_above_an_equal_one(tmp_path):
    # by A1 alone: X4 120 above X1 110 above X2 100 above X3 90
    found = reasons(data(tmp_path, '[ranking]\ntie_breaks = ["actual:A1"]\n'))
    assert found["X4"] == "bằng điểm Xã X1; xếp trên do số tài khoản và thẻ ATM mở mới nhiều hơn"
    assert found["X2"] == "bằng điểm Xã X3; xếp trên do số tài khoản và thẻ ATM mở mới nhiều hơn"
    assert found["X3"] == ""
    by_votes = reasons(data(tmp_path, '[ranking]\ntie_breaks = ["actual:A1+A2", "votes"]\n', "v"), "en")
    # X1 and X4 share rank 1 (15 votes each); X4 is above X2 (12), X2 above X3 (no votes row)
    assert by_votes["X4"] == (
        "equal on points and sharing the rank with Xã X1; equal on points with Xã X2; placed above for more votes"
    )
    assert by_votes["X1"] == ""


def test_a_rate_placed_a_unit_above_is_higher_not_more(tmp_path):
    # A4, a rate (%) worth no points, so that the four totals stay equal: X4 98 > X1 95 > X2 90 > X3 85
    results = [["2025", unit, "A4", "100", actual, "", ""] for unit, actual in (("X1", "95"), ("X2", "90"))]
    results += [["2025", unit, "A4", "100", actual, "", ""] for unit, actual in (("X3", "85"), ("X4", "98"))]
    indicator = [["A4", "Tỷ lệ hộ dùng nước sạch", "", "%", "tăng", "", "0", "", "", "", ""]]
    folder = data(
        tmp_path, '[ranking]\ntie_breaks = ["actual:A4"]\n', results_extra=results, indicators_extra=indicator
    )
    found, english = reasons(folder), reasons(folder, "en")
    assert found["X4"] == "bằng điểm Xã X1; xếp trên do tỷ lệ hộ dùng nước sạch cao hơn"
    assert found["X2"] == "bằng điểm Xã X3; xếp trên do tỷ lệ hộ dùng nước sạch cao hơn"
    assert english["X1"] == "equal on points with Xã X2; placed above for a higher tỷ lệ hộ dùng nước sạch"


def test_the_default_keys_in_words_once_ranking_is_given_and_none_without(tmp_path):
    assert set(reasons(data(tmp_path, "", "plain")).values()) == {""}  # outputs stay as they were
    found = reasons(data(tmp_path, "[ranking]\n"))
    assert found["X2"] == "bằng điểm Xã X1; xếp trên do số chỉ tiêu đạt và vượt nhiều hơn"
    assert found["X3"] == "bằng điểm và đồng hạng với Xã X1"


def test_a_grade_shows_the_event_that_changed_it():
    assert (
        grade_with_event("Hoàn thành tốt nhiệm vụ", "Người đứng đầu bị khiển trách")
        == "Hoàn thành tốt nhiệm vụ (do Người đứng đầu bị khiển trách)"
    )
    assert grade_with_event("Hoàn thành nhiệm vụ", "") == "Hoàn thành nhiệm vụ"
    assert (
        grade_with_event("Hoàn thành nhiệm vụ", "Để xảy ra tham nhũng", "en")
        == "Hoàn thành nhiệm vụ (because of: Để xảy ra tham nhũng)"
    )


def test_points_for_awards_held_are_bonus_lines_with_the_award_its_year_and_decision(tmp_path):
    forms = (
        '[[award_forms]]\nname = "Cờ thi đua xuất sắc của Thành phố"\nroutes = ["cluster_flag"]\n'
        '[[award_points]]\naward = "Cờ thi đua xuất sắc của Thành phố"\npoints = 10\n'
    )
    awards = [
        ["unit_id", "award", "year", "kind", "decision", "date", "revoked"],
        ["X1", "Cờ thi đua xuất sắc của Thành phố", "2024", "", "1/QĐ-UBND", "", ""],
        ["X2", "Cờ thi đua xuất sắc của Thành phố", "2024", "", "", "", ""],
    ]
    analysis = analyse(open_dataset(data(tmp_path, forms, awards=awards)), "2025")
    lines = award_point_lines(analysis)
    assert lines[["unit_id", "points", "reason"]].values.tolist() == [
        ["X1", 10.0, "Cờ thi đua xuất sắc của Thành phố năm 2024 (1/QĐ-UBND)"],
        ["X2", 10.0, "Cờ thi đua xuất sắc của Thành phố năm 2024"],
    ]


def test_the_ranking_shows_the_event_beside_the_grade(tmp_path):
    from emulation.views.tables import ranking_values

    rules = (
        '[[grades]]\nname = "Hoàn thành tốt nhiệm vụ"\nmin_total = 30\n[[grades]]\nname = "Hoàn thành nhiệm vụ"\n'
        '[[events]]\nname = "Người đứng đầu bị khiển trách"\nmax_grade = "Hoàn thành nhiệm vụ"\n'
    )
    events = [["year", "unit_id", "event", "note"], ["2025", "X3", "Người đứng đầu bị khiển trách", ""]]
    units = analyse(open_dataset(data(tmp_path, rules, events=events)), "2025").units
    cells = dict(zip(units["unit_id"], ranking_values(units)["grade"]))
    assert cells == {
        "X2": "Hoàn thành tốt nhiệm vụ",
        "X1": "Hoàn thành tốt nhiệm vụ",
        "X3": "Hoàn thành nhiệm vụ (do Người đứng đầu bị khiển trách)",
        "X4": "Hoàn thành tốt nhiệm vụ",
    }


def test_the_reports_grades_name_the_event_beside_the_unit(tmp_path):
    """The narrative's grades (every report) and the guide's grade table: X3's head reprimanded caps its 40 points
    («tốt» from 30) at «hoàn thành»; the others, ranked X2 (4 rows achieved), then X1, X3, X4 by code, stay «tốt»."""
    from emulation.views.narrative import summary_sentences

    rules = (
        '[[grades]]\nname = "Hoàn thành tốt nhiệm vụ"\nmin_total = 30\n[[grades]]\nname = "Hoàn thành nhiệm vụ"\n'
        '[[events]]\nname = "Người đứng đầu bị khiển trách"\nmax_grade = "Hoàn thành nhiệm vụ"\n'
    )
    events = [["year", "unit_id", "event", "note"], ["2025", "X3", "Người đứng đầu bị khiển trách", ""]]
    analysis = analyse(open_dataset(data(tmp_path, rules, events=events)), "2025")
    assert summary_sentences(analysis, "K1")["grades"] == [
        "Xếp loại: Hoàn thành tốt nhiệm vụ: Xã X2, Xã X1, Xã X4; "
        "Hoàn thành nhiệm vụ: Xã X3 (do Người đứng đầu bị khiển trách)."
    ]
