"""Contract section 9 computed by hand: tie-breaks written as rules, grades with no_zero, events that set or cap
a grade or pass a unit over, points for awards held, and the scores columns that say why.

The cluster K1 (2025) has four communes of equal total 40: each has A3 «Tỷ lệ cập nhật hồ sơ» met (10 points)
and V1 «Vụ vi phạm» at plan (lower, 10 points), and
  X1: A1 110 % (10 + 1 bonus), A2 90 % (9)   — achieved 3, mean (110 + 90 + 100 + 100) / 4 = 100
  X2: A1 100 % (10),          A2 100 % (10)  — achieved 4, mean 100
  X3: A1 90 % (9),            A2 110 % (11)  — achieved 3, mean 100
  X4: A1 120 % (10 + 2),      A2 80 % (8)    — achieved 3, mean 100
so that A1 + A2 is 200 for every one. Votes: X1 15, X2 12, X4 15, X3 none."""

import csv
import io

import pytest
from conftest import run_cli
from rules9_data import INDICATORS, UNITS, data

from emulation import open_dataset
from emulation.data.guide_rules import TIE_BREAK_KEYS
from emulation.engine.analysis import analyse
from emulation.engine.grades import EFFECTS
from emulation.engine.ranks import TIE_BREAKS


def units(folder, period="2025"):
    return analyse(open_dataset(folder), period).units.set_index("unit_id")


def in_order(frame, column):
    return list(zip(frame.index, frame[column]))


def test_every_key_and_effect_is_one_function():
    assert set(TIE_BREAKS) == set(TIE_BREAK_KEYS)
    assert list(EFFECTS) == ["grade", "max_grade"]


def test_without_ranking_ties_are_broken_as_section_3_says(tmp_path):
    result = units(data(tmp_path))
    assert result["total"].tolist() == pytest.approx([40.0] * 4)
    # X2 has 4 rows achieved; X1, X3, X4 have 3 and the same mean (100): they share rank 2, listed by code
    assert in_order(result, "rank") == [("X2", 1), ("X1", 2), ("X3", 2), ("X4", 2)]
    assert in_order(result, "tie_break") == [("X2", ""), ("X1", "achieved"), ("X3", "shared"), ("X4", "shared")]
    # flags 1, commendations 2: X1 and X3 get commendations, X4 shares their rank and their award, as a tie
    assert result["award"].to_dict() == {"X2": "flag", "X1": "commendation", "X3": "commendation", "X4": "commendation"}
    assert result["award_tie"].to_dict() == {"X2": False, "X1": True, "X3": True, "X4": True}


def test_the_plans_own_counts_then_the_vote_break_ties(tmp_path):
    rules = '[ranking]\ntie_breaks = ["actual:A1+A2", "actual:A3", "votes"]\n'
    result = units(data(tmp_path, rules))
    # A1 + A2 = 200 and A3 = 100 for all; votes X1 15 = X4 15 > X2 12 > X3 (no votes row: last)
    assert in_order(result, "rank") == [("X1", 1), ("X4", 1), ("X2", 3), ("X3", 4)]
    assert in_order(result, "tie_break") == [("X1", ""), ("X4", "shared"), ("X2", "votes"), ("X3", "votes")]
    assert result["award"].to_dict() == {"X1": "flag", "X4": "flag", "X2": "commendation", "X3": "none"}
    assert result["award_tie"].to_dict() == {"X1": True, "X4": True, "X2": False, "X3": False}


def test_a_single_count_orders_the_equal_units_and_is_named(tmp_path):
    result = units(data(tmp_path, '[ranking]\ntie_breaks = ["actual:A1"]\n'))
    # A1: X4 120 > X1 110 > X2 100 > X3 90
    assert in_order(result, "rank") == [("X4", 1), ("X1", 2), ("X2", 3), ("X3", 4)]
    assert in_order(result, "tie_break") == [("X4", ""), ("X1", "actual:A1"), ("X2", "actual:A1"), ("X3", "actual:A1")]


def test_no_tie_break_at_all_shares_every_rank(tmp_path):
    result = units(data(tmp_path, "[ranking]\ntie_breaks = []\n"))
    assert result["rank"].tolist() == [1, 1, 1, 1] and result.index.tolist() == UNITS
    assert result["tie_break"].tolist() == ["", "shared", "shared", "shared"]
    assert (result["award"] == "flag").all() and result["award_tie"].all()


def test_lower_is_better_counts_rank_the_fewest_first(tmp_path):
    # V1 at 8 and 5 against a plan of 10: 120 % and 150 %, both capped at 10 + 2 points (totals stay equal)
    folder = data(tmp_path, '[ranking]\ntie_breaks = ["actual:V1"]\n')
    text = (folder / "results.csv").read_text(encoding="utf-8-sig")
    text = text.replace("2025,X1,V1,10,10", "2025,X1,V1,10,8").replace("2025,X2,V1,10,10", "2025,X2,V1,10,5")
    text = text.replace("2025,X3,V1,10,10", "2025,X3,V1,10,8").replace("2025,X4,V1,10,10", "2025,X4,V1,10,5")
    (folder / "results.csv").write_text(text, encoding="utf-8-sig")
    result = units(folder)
    assert result["total"].tolist() == pytest.approx([42.0] * 4)
    assert in_order(result, "rank") == [("X2", 1), ("X4", 1), ("X1", 3), ("X3", 3)]
    assert in_order(result, "tie_break") == [("X2", ""), ("X4", "shared"), ("X1", "actual:V1"), ("X3", "shared")]


def test_a_blank_or_absent_count_comes_after_and_a_per_case_one_is_zero(tmp_path):
    extra_indicators = [
        ["Z", "Hồ sơ số hóa", "", "hồ sơ", "tăng", "", "0", "", "", "", ""],
        ["P", "Vi phạm quy chế", "", "lần", "", "", "", "", "", "mỗi trường hợp", "-0,5"],
    ]
    results = [
        ["2025", "X1", "Z", "100", "50", "", ""],
        ["2025", "X2", "Z", "100", "", "", ""],
        ["2025", "X4", "Z", "100", "50", "", ""],
        ["2025", "X1", "P", "", "2", "", ""],
        ["2025", "X2", "P", "", "", "", ""],
        ["2025", "X4", "P", "", "2", "", ""],
    ]
    folder = data(
        tmp_path,
        '[ranking]\ntie_breaks = ["actual:Z", "votes"]\n',
        results_extra=results,
        indicators_extra=extra_indicators,
    )
    result = units(folder)
    # P deducts 1 from X1 and X4 (39); X2 (blank) and X3 (no row) have 0 cases (40)
    assert result["total"].to_dict() == pytest.approx({"X1": 39.0, "X2": 40.0, "X3": 40.0, "X4": 39.0})
    # 40: X2 and X3 both lack Z (blank, absent): equal on it, then votes 12 against none; 39: Z 50 = 50, votes 15 = 15
    assert in_order(result, "rank") == [("X2", 1), ("X3", 2), ("X1", 3), ("X4", 3)]
    assert in_order(result, "tie_break") == [("X2", ""), ("X3", "votes"), ("X1", ""), ("X4", "shared")]
    assert result["passed_over"].to_dict() == {"X2": "missing_data", "X3": "missing_data", "X1": "", "X4": ""}
    per_case = units(data(tmp_path, '[ranking]\ntie_breaks = ["actual:P", "votes"]\n', "p", results, extra_indicators))
    # P: lower is better (−0,5 a case); X2 and X3 0 cases each, equal; X1 and X4 2 each, equal
    assert in_order(per_case, "tie_break") == [("X2", ""), ("X3", "votes"), ("X1", ""), ("X4", "shared")]


GUIDED = {
    "criteria": [
        ["criterion_id", "parent_id", "name", "standard_points", "deduction_cap", "bonus_cap", "cluster_id", "year"],
        ["c1", "", "Tiêu chí một", "", "", "", "", ""],
        ["c2", "", "Tiêu chí hai", "", "", "", "", ""],
    ]
}


def test_a_criterion_key_compares_the_final_scores(tmp_path):
    indicators = [INDICATORS[0]] + [
        ["G1", "Chỉ tiêu một", "", "", "tăng", "", "10", "", "c1", "", ""],
        ["G2", "Chỉ tiêu hai", "", "", "tăng", "", "10", "", "c2", "", ""],
    ]
    results = [
        ["period", "unit_id", "indicator_id", "plan", "actual", "self_points", "note"],
        ["2025", "X1", "G1", "100", "100", "", ""],
        ["2025", "X1", "G2", "100", "80", "", ""],
        ["2025", "X2", "G1", "100", "80", "", ""],
        ["2025", "X2", "G2", "100", "100", "", ""],
        ["2025", "X3", "G1", "100", "90", "", ""],
        ["2025", "X3", "G2", "100", "90", "", ""],
        ["2025", "X4", "G1", "100", "100", "", ""],
        ["2025", "X4", "G2", "100", "100", "", ""],
    ]
    folder = data(
        tmp_path,
        '[ranking]\ntie_breaks = ["criterion:c2", "votes"]\n',
        indicators=indicators,
        results=results,
        **GUIDED,
    )
    result = units(folder)
    # X4 20; X1, X2, X3 18: c2 is 10 (X2), 9 (X3), 8 (X1)
    assert in_order(result, "rank") == [("X4", 1), ("X2", 2), ("X3", 3), ("X1", 4)]
    assert in_order(result, "tie_break") == [("X4", ""), ("X2", ""), ("X3", "criterion:c2"), ("X1", "criterion:c2")]


LADDER = """
[[grades]]
name = "Hoàn thành xuất sắc nhiệm vụ"
min_total = 95
no_zero = true
[[grades]]
name = "Hoàn thành tốt nhiệm vụ"
min_total = 85
no_zero = true
[[grades]]
name = "Hoàn thành nhiệm vụ"
min_total = 50
[[grades]]
name = "Không hoàn thành nhiệm vụ"
"""
EVENTS = """
[[events]]
name = "Để xảy ra tham nhũng"
grade = "Không hoàn thành nhiệm vụ"
no_award = true
[[events]]
name = "Người đứng đầu bị khiển trách"
max_grade = "hoan thanh tot nhiem vu"
[[events]]
name = "Người đứng đầu bị cảnh cáo"
max_grade = "Hoàn thành nhiệm vụ"
"""
# Quyết định 2579's 100 points: H1 (max 50) and H2 (max 40) by % KH, H3 (max 10) met or not (binary)
GRADED_INDICATORS = [
    INDICATORS[0],
    ["H1", "Thu ngân sách", "", "", "tăng", "", "50", "", "", "", ""],
    ["H2", "Giải ngân đầu tư công", "", "", "tăng", "", "40", "", "", "", ""],
    ["H3", "Hoàn thành chỉ tiêu tuyển quân", "", "", "đạt", "", "10", "", "", "", ""],
]


def graded(tmp_path, rules, events=None, scores=None, name="g"):
    scores = scores or {"X1": (114, 100, 0), "X2": (100, 100, 1), "X3": (100, 96, 1), "X4": (100, 100, 1)}
    results = [["period", "unit_id", "indicator_id", "plan", "actual", "self_points", "note"]]
    for unit, (h1, h2, h3) in scores.items():
        results += [
            ["2025", unit, "H1", "100", str(h1), "", ""],
            ["2025", unit, "H2", "100", str(h2), "", ""],
            ["2025", unit, "H3", "1", str(h3) if h3 is not None else "", "", ""],
        ]
    changes = {"events": [["year", "unit_id", "event", "note"]] + events} if events else {}
    return units(data(tmp_path, rules, name, indicators=GRADED_INDICATORS, results=results, **changes))


def test_no_criterion_at_zero_worked_case(tmp_path):
    result = graded(tmp_path, LADDER)
    # X1: 50 + 50 · 0,14 = 57, 40, and H3 not met: 0 → 97 with a row at 0: neither grade with no_zero
    assert result.loc["X1", "total"] == pytest.approx(97.0)
    assert result.loc["X1", "grade"] == "Hoàn thành nhiệm vụ"
    assert result.loc["X2", "grade"] == "Hoàn thành xuất sắc nhiệm vụ"  # 100, nothing at 0
    assert (
        result.loc["X3", "total"] == pytest.approx(98.4) and result.loc["X3", "grade"] == "Hoàn thành xuất sắc nhiệm vụ"
    )
    assert set(result["grade_event"]) == {""}


def test_events_veto_cap_and_pass_over(tmp_path):
    events = [
        ["2025", "X2", "Người đứng đầu bị khiển trách", "QĐ 12/QĐ-UBND"],
        ["2025", "X3", "để xảy ra THAM NHŨNG", ""],
        ["2025", "X3", "Người đứng đầu bị cảnh cáo", ""],
        ["2025", "X4", "Người đứng đầu bị khiển trách", ""],
        ["2025", "X4", "Người đứng đầu bị cảnh cáo", ""],
        ["2024", "X1", "Để xảy ra tham nhũng", "a year before: not this year's"],
    ]
    result = graded(tmp_path, LADDER + EVENTS + '[awards]\nrequire_grade = "Hoàn thành xuất sắc nhiệm vụ"\n', events)
    # X2: 100 points, reprimanded head: at most «tốt» (the unit of 96 points graded «xuất sắc»)
    assert (result.loc["X2", "grade"], result.loc["X2", "grade_event"]) == (
        "Hoàn thành tốt nhiệm vụ",
        "Người đứng đầu bị khiển trách",
    )
    # X3: corruption sets «không hoàn thành» whatever the score; its cap is not read
    assert (result.loc["X3", "grade"], result.loc["X3", "grade_event"]) == (
        "Không hoàn thành nhiệm vụ",
        "Để xảy ra tham nhũng",
    )
    # X4: two caps, the latest in the ladder
    assert (result.loc["X4", "grade"], result.loc["X4", "grade_event"]) == (
        "Hoàn thành nhiệm vụ",
        "Người đứng đầu bị cảnh cáo",
    )
    # X1 («hoàn thành» by no_zero) has its 2024 event only: unchanged
    assert (result.loc["X1", "grade"], result.loc["X1", "grade_event"]) == ("Hoàn thành nhiệm vụ", "")
    # passed over: X3 for its event, before below_grade; the others are below the grade awards require
    assert result["passed_over"].to_dict() == {
        "X1": "below_grade",
        "X2": "below_grade",
        "X3": "event",
        "X4": "below_grade",
    }
    assert (result["award"] == "none").all()


def test_an_event_never_raises_a_grade_and_sets_a_blank_one(tmp_path):
    ladder = "\n".join(LADDER.splitlines()[:-2])  # without «không hoàn thành»: below 50 is ungraded
    rules = (
        ladder
        + EVENTS.replace('grade = "Không hoàn thành nhiệm vụ"', 'grade = "Hoàn thành nhiệm vụ"')
        + """
[[events]]
name = "Không tự chấm điểm"
grade = "Hoàn thành nhiệm vụ"
"""
    )
    scores = {"X1": (20, 20, 0), "X2": (100, 100, 1), "X3": (100, 100, 1), "X4": (20, 20, 1)}
    events = [
        ["2025", "X1", "Không tự chấm điểm", ""],
        ["2025", "X1", "Để xảy ra tham nhũng", ""],
        ["2025", "X2", "Người đứng đầu bị cảnh cáo", ""],
        ["2025", "X4", "Người đứng đầu bị khiển trách", ""],
    ]
    result = graded(tmp_path, rules, events, scores)
    # X1: 10 + 8 + 0 = 18, no grade; both events set «hoàn thành»: the first in [[events]] order is named
    assert (result.loc["X1", "grade"], result.loc["X1", "grade_event"]) == (
        "Hoàn thành nhiệm vụ",
        "Để xảy ra tham nhũng",
    )
    assert (result.loc["X2", "grade"], result.loc["X2", "grade_event"]) == (
        "Hoàn thành nhiệm vụ",
        "Người đứng đầu bị cảnh cáo",
    )
    # X4: 28 points, ungraded: a cap does not grade it
    assert (result.loc["X4", "grade"], result.loc["X4", "grade_event"]) == ("", "")
    assert result.loc["X1", "passed_over"] == "event"
    # with «không hoàn thành» in the ladder, X4 (28 points) gets it, and «không tự chấm điểm» does not raise it
    full = LADDER + EVENTS + '[[events]]\nname = "Không tự chấm điểm"\ngrade = "Hoàn thành nhiệm vụ"\n'
    again = graded(tmp_path, full, [["2025", "X4", "Không tự chấm điểm", ""]], scores, "g2")
    assert (again.loc["X4", "grade"], again.loc["X4", "grade_event"]) == ("Không hoàn thành nhiệm vụ", "")


def test_missing_data_keeps_a_blank_grade_whatever_the_events(tmp_path):
    events = [["2025", "X1", "Để xảy ra tham nhũng", ""]]
    scores = {"X1": (100, 100, None), "X2": (100, 100, 1), "X3": (100, 100, 1), "X4": (100, 100, 1)}
    result = graded(tmp_path, LADDER + EVENTS, events, scores)
    assert (result.loc["X1", "grade"], result.loc["X1", "grade_event"], result.loc["X1", "passed_over"]) == (
        "",
        "",
        "missing_data",
    )


FORMS = """
[[award_forms]]
name = "Cờ thi đua xuất sắc của Thành phố"
routes = ["cluster_flag"]
[[award_forms]]
name = "Cờ thi đua của Chính phủ"
routes = ["leaders"]
leaders_share = 0.2
[[award_points]]
award = "co thi dua xuat sac cua thanh pho"
points = 10
[[award_points]]
award = "Cờ thi đua của Chính phủ"
points = 15
lag = 2
"""
HELD = [
    ["unit_id", "award", "year", "kind", "decision", "date", "revoked"],
    ["X1", "Cờ thi đua xuất sắc của Thành phố", "2024", "", "1/QĐ-UBND", "", ""],
    ["X1", "Cờ thi đua xuất sắc của Thành phố", "2024", "", "2/QĐ-UBND", "", ""],  # once per form
    ["X2", "Cờ thi đua xuất sắc của Thành phố", "2024", "", "3/QĐ-UBND", "", "có"],  # revoked
    ["X3", "Cờ thi đua xuất sắc của Thành phố", "2024", "chuyên đề", "4/QĐ-UBND", "", ""],  # thematic
    ["X4", "Cờ thi đua xuất sắc của Thành phố", "2023", "", "5/QĐ-UBND", "", ""],  # not the year before
    ["X4", "Cờ thi đua của Chính phủ", "2023", "", "6/QĐ-TTg", "", ""],
]  # lag 2: counts


def test_points_for_awards_held_worked_case(tmp_path):
    adjustments = [["period", "unit_id", "points", "reason"], ["2025", "X1", "-3", "Báo cáo chậm"]]
    scores = {"X1": (100, 100, 1), "X2": (100, 100, 1), "X3": (100, 100, 1), "X4": (100, 100, 1)}
    results = [["period", "unit_id", "indicator_id", "plan", "actual", "self_points", "note"]]
    for unit, (h1, h2, h3) in scores.items():
        results += [
            [period, unit, indicator, plan, str(value), "", ""]
            for period in ("2025", "2025-H1")
            for indicator, plan, value in (("H1", "100", h1), ("H2", "100", h2), ("H3", "1", h3))
        ]
    folder = data(
        tmp_path, LADDER + FORMS, indicators=GRADED_INDICATORS, results=results, awards=HELD, adjustments=adjustments
    )
    result = units(folder)
    # "97 + 10 = 107 điểm": X1 100 − 3 + 10; X4 100 + 15 (lag 2); X2 revoked, X3 thematic: nothing
    assert result["adjustment_points"].to_dict() == pytest.approx({"X1": 7.0, "X2": 0.0, "X3": 0.0, "X4": 15.0})
    assert result["total"].to_dict() == pytest.approx({"X1": 107.0, "X2": 100.0, "X3": 100.0, "X4": 115.0})
    assert result["max_base"].to_dict() == pytest.approx(dict.fromkeys(UNITS, 100.0))
    assert in_order(result, "rank") == [("X4", 1), ("X1", 2), ("X2", 3), ("X3", 3)]
    held = analyse(open_dataset(folder), "2025").award_points
    assert held[["unit_id", "points", "award", "year", "decision"]].values.tolist() == [
        ["X1", 10.0, "Cờ thi đua xuất sắc của Thành phố", 2024, "1/QĐ-UBND"],
        ["X4", 15.0, "Cờ thi đua của Chính phủ", 2023, "6/QĐ-TTg"],
    ]
    # a part of a year gains nothing
    assert units(folder, "2025-H1")["adjustment_points"].to_dict() == pytest.approx(
        {"X1": 0.0, "X2": 0.0, "X3": 0.0, "X4": 0.0}
    )


def test_scores_csv_carries_why(tmp_path):
    events = [["2025", "X3", "Để xảy ra tham nhũng", ""]]
    ladder = LADDER.replace("min_total = 50", "min_total = 30")  # 40 points: «hoàn thành»
    folder = data(
        tmp_path,
        '[ranking]\ntie_breaks = ["actual:A1+A2", "actual:A3", "votes"]\n' + ladder + EVENTS,
        events=[["year", "unit_id", "event", "note"]] + events,
    )
    result = run_cli("scores", str(folder), "--period", "2025", "--format", "csv")
    assert result.returncode == 0, result.stderr
    table = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [
        (row["unit_id"], row["rank"], row["tie_break"], row["passed_over"], row["grade"], row["grade_event"])
        for row in table
    ] == [
        ("X1", "1", "", "", "Hoàn thành nhiệm vụ", ""),
        ("X4", "1", "shared", "", "Hoàn thành nhiệm vụ", ""),
        ("X2", "3", "votes", "", "Hoàn thành nhiệm vụ", ""),
        ("X3", "4", "votes", "event", "Không hoàn thành nhiệm vụ", "Để xảy ra tham nhũng"),
    ]
    plain = run_cli("scores", str(data(tmp_path, "", "plain")), "--period", "2025", "--format", "csv")
    assert "tie_break" not in plain.stdout.splitlines()[0] and "grade_event" not in plain.stdout.splitlines()[0]


def test_ranking_alone_keeps_the_default_keys_and_says_which_broke_a_tie(tmp_path):
    result = run_cli("scores", str(data(tmp_path, "[ranking]\n")), "--period", "2025", "--format", "csv")
    table = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [(row["unit_id"], row["rank"], row["tie_break"]) for row in table] == [
        ("X2", "1", ""),
        ("X1", "2", "achieved"),
        ("X3", "2", "shared"),
        ("X4", "2", "shared"),
    ]


def test_the_rating_read_from_a_grade_is_the_grade_after_events(tmp_path):
    from emulation.engine.proposals import proposals

    rules = (
        '[[grades]]\nname = "Hoàn thành xuất sắc nhiệm vụ"\nmin_total = 30\n'
        '[[grades]]\nname = "Hoàn thành tốt nhiệm vụ"\n'
        '[[events]]\nname = "Người đứng đầu bị khiển trách"\nmax_grade = "Hoàn thành tốt nhiệm vụ"\n'
        '[[award_forms]]\nname = "Cờ thi đua của UBND tỉnh"\nroutes = ["cluster_flag"]\n'
        'min_rating = "Hoàn thành xuất sắc nhiệm vụ"\n'
    )
    events = [["year", "unit_id", "event", "note"], ["2025", "X2", "Người đứng đầu bị khiển trách", ""]]
    table = proposals(open_dataset(data(tmp_path, rules, events=events)), 2025)[0]
    # X2 leads its cluster (flag) at 40 points, «xuất sắc» by its total, capped at «tốt» by its event
    assert table[["unit_id", "status", "rating"]].values.tolist() == [["X2", "not_eligible", "Hoàn thành tốt nhiệm vụ"]]
