"""Section 7 (a board's scoring guide) against values computed by hand from the contract.

The guide is conftest's GUIDE: TINY's cluster C1 in 2020 with items a1, a7 (per case, deduction caps 1,5),
d1 (bands of attainment) and d2 (two % KH indicators, max 4 and 3), under standards a (6) and d (10).
"""

import pandas as pd
import pytest
from conftest import GUIDE, tables, write_csv_folder
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from emulation.data import tree
from emulation.data.dataset import open_dataset
from emulation.data.rules import Grade, Rules
from emulation.engine.analysis import analyse
from emulation.engine.criteria import appraise


def analysed(tmp_path, rules: Rules | None = None, **changes):
    data = {**GUIDE, **changes}
    dataset = open_dataset(write_csv_folder(tmp_path / "guided", tables(**data)))
    return analyse(dataset, "2020", ["C1"], rules)


def scores(analysis, unit: str) -> dict:
    table = analysis.criteria[analysis.criteria["unit_id"] == unit].set_index("criterion_id")
    return {code: table.loc[code].to_dict() for code in table.index}


def test_the_worked_example_of_section_7(tmp_path):
    a = scores(analysed(tmp_path), "A")
    # a1: 2 and 3 cases at −0,5 lose min(2,5; 1,5) = 1,5 of the standard 3
    assert (a["a1"]["start"], a["a1"]["deductions"], a["a1"]["final"]) == (3.0, 1.5, 1.5)
    # a7: one case at −0,5 and four good solutions at +1, no bonus cap: 3 − 0,5 + 4
    assert (a["a7"]["deductions"], a["a7"]["bonuses"], a["a7"]["final"]) == (0.5, 4.0, 6.5)
    # d1 banded on attainment: 124 % is in "from 120" (+2)
    assert a["d1"]["final"] == 5.0
    # d2: 120 % of max 4 → 4 + bonus 4 · min(0,2; 0,2) = 4,8; 100 % of max 3 → 3; start 0, standard 7
    assert (a["d2"]["start"], a["d2"]["earned"], a["d2"]["standard_total"]) == (0.0, pytest.approx(7.8), 7.0)
    assert a["d"]["final"] == pytest.approx(12.8) and a["d"]["standard_total"] == 10.0
    assert a["a"]["final"] == 8.0 and a["a"]["standard_total"] == 6.0


def test_an_agreed_score_replaces_the_computed_one_up_the_tree(tmp_path):
    b = scores(analysed(tmp_path), "B")
    # d2 computed: 50 % of 4 → 2, 50 % of 3 → 1,5; agreed 11 replaces it; d1 at 96 % loses 1
    assert b["d2"]["computed"] == pytest.approx(3.5) and b["d2"]["final"] == 11.0
    assert b["d1"]["final"] == 2.0
    assert b["d"]["computed"] == 13.0 and b["d"]["final"] == 13.0  # 2 + 11
    assert b["d2"]["reason"] == "Thẩm định bổ sung số thu cuối năm"


def test_claimed_scores_and_the_claimed_total(tmp_path):
    analysis = analysed(tmp_path)
    a, b = scores(analysis, "A"), scores(analysis, "B")
    assert a["a7"]["claimed"] == 7.0 and a["a"]["claimed"] == 8.5 and a["a"]["claim_diff"] == 0.5  # 1,5 + 7
    assert b["d2"]["claimed"] == 9.0 and b["d"]["claimed"] == 11.0  # self 9 stands before the agreed 11
    units = analysis.units.set_index("unit_id")
    # A: I1 48 + I2 24 + I3 10 outside the guide, + a 8 + d 12,8 = 102,8; claimed 8,5 + 12,8 in place of 20,8
    assert units.loc["A", "total"] == pytest.approx(102.8) and units.loc["A", "self_total"] == pytest.approx(103.3)
    # B: 35 + 20 + 0, a 7 (a7: 3 + 1), d 13, adjustment −1,5; claimed d 11
    assert units.loc["B", "total"] == pytest.approx(73.5) and units.loc["B", "self_total"] == pytest.approx(71.5)
    assert units.loc["C", "self_total"] == units.loc["C", "total"]  # claimed nothing


def test_members_without_rows_start_from_the_standard_with_no_case(tmp_path):
    c = scores(analysed(tmp_path), "C")
    assert (c["a1"]["final"], c["a7"]["final"]) == (3.0, 3.0)  # no row: 0 cases, never missing
    assert c["d1"]["final"] == 1.0  # 80 % is below 95: 3 − 2
    rows = analysed(tmp_path).scored
    assert set(rows.loc[(rows["unit_id"] == "C") & (rows["scoring"] == "per_case"), "status"]) == {"scored"}


def test_unit_total_maximum_and_tie_breaks_count_only_rows_with_an_attainment(tmp_path):
    units = analysed(tmp_path).units.set_index("unit_id")
    # max base: I1 40 + I2 20 + I3 10 + standards a 6 + d 10
    assert units.loc["A", "max_base"] == 86.0
    # rows with an attainment: I1, I2, I3, BD, D21, D22 (per-case rows are not counted)
    assert units.loc["A", "row_count"] == 6 and units.loc["A", "achieved_count"] == 6
    assert units.loc["A", "mean_attainment"] == pytest.approx((124 + 120 + 100 + 124 + 120 + 100) / 6)
    assert units.loc["A", "indicator_points"] == pytest.approx(102.8)


def test_the_tree_in_order_with_its_subtotals(tmp_path):
    table = analysed(tmp_path).criteria
    a = table[table["unit_id"] == "A"]
    assert list(a["criterion_id"]) == ["a", "a1", "a7", "d", "d1", "d2"]
    assert list(a["depth"]) == [0, 1, 1, 0, 1, 1]
    top = a[a["parent_id"].isna()]
    assert top["final"].sum() == pytest.approx(20.8) and top["standard_total"].sum() == 16.0
    assert list(table.drop_duplicates("unit_id")["unit_id"]) == ["A", "D", "B", "C"]  # in the order of the ranking


def test_caps_on_bonuses_and_uncapped_deductions_below_zero(tmp_path):
    criteria = [row[:] for row in GUIDE["criteria"]]
    criteria[3][5] = "2"  # a7: bonus cap 2
    criteria[2][4] = ""  # a1: no deduction cap
    results = GUIDE["results"] + [["2020", "D", "P1", "", "5", "", ""], ["2020", "D", "P2", "", "4", "", ""]]
    analysis = analysed(tmp_path, criteria=criteria, results=results)
    a, d = scores(analysis, "A"), scores(analysis, "D")
    assert a["a7"]["bonuses"] == 2.0 and a["a7"]["final"] == 4.5  # 3 − 0,5 + min(4, 2)
    assert a["a1"]["final"] == pytest.approx(0.5)  # 3 − 2,5, no cap
    assert d["a1"]["final"] == pytest.approx(-1.5)  # 3 − 4,5: uncapped deductions fall below 0


def test_band_edges_are_inclusive_below_and_exclusive_above_and_use_attainment_before_the_cap(tmp_path):
    results = [row[:] for row in GUIDE["results"]]
    for row in results:
        if row[1:3] == ["B", "BD"]:
            row[4] = "95"  # exactly 95: the 95–100 band (−1)
        if row[1:3] == ["D", "BD"]:
            row[4] = "120"  # exactly 120: from 120 (+2)
        if row[1:3] == ["C", "BD"]:
            row[4] = "250"
    bands = GUIDE["bands"] + [["BD", "220", "", "5"]]
    bands[4] = ["BD", "120", "220", "2"]
    analysis = analysed(tmp_path, results=results, bands=bands)
    assert scores(analysis, "B")["d1"]["final"] == 2.0
    assert scores(analysis, "D")["d1"]["final"] == 5.0
    assert scores(analysis, "C")["d1"]["final"] == 8.0  # 250 % (shown capped at 200 %) picks the band from 220


def test_value_bands_and_direct_scores(tmp_path):
    indicators = GUIDE["indicators"] + [
        ["VB", "Tỷ lệ hồ sơ đúng hạn", "", "%", "", "", "", "", "a1", "bậc giá trị", ""],
        ["HN", "Điểm hội nghị", "", "điểm", "", "", "5", "", "d2", "chấm trực tiếp", ""],
    ]
    bands = GUIDE["bands"] + [["VB", "98", "", "0"], ["VB", "97", "98", "-1"], ["VB", "", "97", "-2"]]
    results = GUIDE["results"] + [
        ["2020", "A", "VB", "", "97.5", "", ""],
        ["2020", "B", "VB", "", "99", "", ""],
        ["2020", "C", "VB", "", "90", "", ""],
        ["2020", "D", "VB", "", "98", "", ""],
        ["2020", "A", "HN", "", "6", "", ""],
        ["2020", "B", "HN", "", "4.5", "", ""],
        ["2020", "C", "HN", "", "5", "", ""],
        ["2020", "D", "HN", "", "", "", ""],
    ]
    analysis = analysed(tmp_path, indicators=indicators, bands=bands, results=results)
    a, b, c = (scores(analysis, unit) for unit in "ABC")
    assert a["a1"]["deductions"] == 1.5  # 1,5 of the cases + 1 of the band, capped at 1,5
    assert c["a1"]["final"] == 1.5 and b["a1"]["final"] == 3.0  # −2 capped at 1,5; 0
    assert a["d2"]["earned"] == pytest.approx(12.8)  # 7,8 + min(6, 5)
    assert a["d2"]["standard_total"] == 12.0  # 4 + 3 + 5
    assert b["d2"]["final"] == 11.0  # agreed stands
    units = analysis.units.set_index("unit_id")
    assert units.loc["D", "missing_count"] == 2  # I3 and the blank direct score
    rows = analysis.scored.set_index(["unit_id", "indicator_id"])
    assert rows.loc[("D", "HN"), "status"] == "missing" and rows.loc[("A", "VB"), "status"] == "scored"


GRADES = (
    Grade("Hoàn thành xuất sắc nhiệm vụ", 90, 0.85),
    Grade("Hoàn thành tốt nhiệm vụ", 70, 0.80),
    Grade("Hoàn thành nhiệm vụ", 40),
)


def test_grades_with_floors_on_every_standard(tmp_path):
    units = analysed(tmp_path, Rules(grades=GRADES)).units.set_index("unit_id")
    # A 102,8, a 8/6 and d 12,8/10 → best; B 73,5, d1 2 + 11 = 13/10, a 7/6 → good; D missing data → none;
    assert units.loc["A", "grade"] == "Hoàn thành xuất sắc nhiệm vụ"
    assert units.loc["B", "grade"] == "Hoàn thành tốt nhiệm vụ"
    assert units.loc["D", "grade"] == "" and units.loc["C", "grade"] == ""


def test_a_floor_on_a_standard_holds_a_unit_back(tmp_path):
    criteria = [row[:] for row in GUIDE["criteria"]]
    criteria[2][4] = ""  # a1 uncapped: A loses 2,5 of 3
    analysis = analysed(tmp_path, Rules(grades=GRADES), criteria=criteria)
    a = analysis.units.set_index("unit_id").loc["A"]
    # a = 0,5 + 6,5 = 7 of 6 still; without A's four good solutions a7 falls to 2,5 and the floor bites
    assert a["grade"] == "Hoàn thành xuất sắc nhiệm vụ"
    results = [row for row in GUIDE["results"] if row[1:3] != ["A", "P4"]]
    a = analysed(tmp_path, Rules(grades=GRADES), criteria=criteria, results=results).units.set_index("unit_id").loc["A"]
    # a = 0,5 + 2,5 = 3 of 6 = 50 % < 80 %: neither of the two best grades, total 82 + 3 + 12,8 ≥ 40 → the third
    assert a["total"] == pytest.approx(97.8) and a["grade"] == "Hoàn thành nhiệm vụ"


def test_require_grade_passes_over_units_below_it(tmp_path):
    rules = Rules(grades=GRADES, require_grade="Hoàn thành xuất sắc nhiệm vụ", commendations=2)
    units = analysed(tmp_path, rules).units.set_index("unit_id")
    assert units.loc["A", "award"] == "flag"
    assert units.loc["B", "passed_over"] == "below_grade" and units.loc["B", "award"] == "none"
    assert units.loc["C", "passed_over"] == "missing_data"


def test_rows_of_a_criterion_that_does_not_apply_are_left_out(tmp_path):
    criteria = [row[:] for row in GUIDE["criteria"]]
    criteria[4][6] = "C2"  # d applies only to C2: d1 and d2 with it
    analysis = analysed(
        tmp_path, criteria=criteria, criterion_scores=GUIDE["criterion_scores"][:1] + [GUIDE["criterion_scores"][2]]
    )
    assert set(analysis.criteria["criterion_id"]) == {"a", "a1", "a7"}
    assert not analysis.scored["indicator_id"].isin(["BD", "D21", "D22"]).any()
    units = analysis.units.set_index("unit_id")
    assert units.loc["A", "total"] == pytest.approx(82 + 8) and units.loc["A", "max_base"] == 76.0


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    actuals=st.lists(st.one_of(st.none(), st.integers(0, 400)), min_size=14, max_size=14),
    max_points=st.lists(st.integers(0, 50), min_size=4, max_size=4),
)
def test_a_dataset_without_criteria_scores_as_sections_2_and_3_whatever_its_figures(actuals, max_points):
    """Property: the guide's tables present but empty, and the indicators' new columns blank, change no figure
    and no printed column (outputs of a dataset without a guide are also checked against the code before
    section 7 in tests/test_same_outputs.py)."""
    import tempfile
    from pathlib import Path

    from emulation.views.terminal import machine_table, to_csv

    plain = tables()
    for row, actual in zip(plain["results"][1:], actuals):
        row[4] = (
            "" if actual is None else str(actual) if row[2] != "I3" else ("có" if actual and actual % 2 else "không")
        )
    for row, most in zip(plain["indicators"][1:], max_points):
        row[6] = str(most)
    empty_guide = {
        "criteria": [GUIDE["criteria"][0]],
        "bands": [GUIDE["bands"][0]],
        "criterion_scores": [GUIDE["criterion_scores"][0]],
        "indicators": [plain["indicators"][0] + ["criterion_id", "scoring", "points_per_case"]]
        + [row + ["", "", ""] for row in plain["indicators"][1:]],
    }
    with tempfile.TemporaryDirectory() as folder:
        outputs = []
        for name, data in (("plain", plain), ("empty", {**plain, **empty_guide})):
            dataset = open_dataset(write_csv_folder(Path(folder) / name, tables(**data)))
            assert not dataset.has_guide
            analysis = analyse(dataset, "2020")
            outputs.append([to_csv(machine_table(analysis, kind)) for kind in ("attainment", "scores")])
        assert outputs[0] == outputs[1]


def test_the_guides_tree_is_built_once_for_every_members_cluster_and_year_and_must_hold_the_units(tmp_path):
    """Validation's tree (kept on the dataset) has a row per member's (cluster, year); an appraisal of units whose
    cluster and year it lacks is an error, never another pair's scores."""
    dataset = open_dataset(write_csv_folder(tmp_path / "guided", tables(**GUIDE)))
    assert sorted(zip(dataset.tree.pairs["cluster_id"], dataset.tree.pairs["year"])) == [("C1", 2020), ("C2", 2020)]
    scored = analyse(dataset, "2020").scored
    only_c2 = tree.build(dataset.criteria, dataset.indicators, pd.DataFrame({"cluster_id": ["C2"], "year": [2020]}))
    with pytest.raises(ValueError, match="not in the guide's tree"):
        appraise(scored[scored["in_guide"]], only_c2, dataset.criterion_scores)


def test_grades_scoped_to_clusters_grade_only_their_clusters(tmp_path):
    # C1's units are graded by the grades naming C1, in their order; C2's (no grade names it) by the one naming none
    rules = Rules(
        grades=(Grade("Xuất sắc", 100, clusters=("C1",)), Grade("Chung", 1), Grade("Tốt", 70, clusters=("C1", "C9"))),
        require_grade="Tốt",
    )
    dataset = open_dataset(write_csv_folder(tmp_path / "guided", tables(**GUIDE)))
    units = analyse(dataset, "2020", None, rules).units.set_index("unit_id")
    # A 102,8 ≥ 100; B 73,5 ≥ 70 (not 100); C and D miss data; E, C2's only unit, takes the ladder naming no cluster
    assert units.loc["A", "grade"] == "Xuất sắc" and units.loc["B", "grade"] == "Tốt"
    assert units.loc["C", "grade"] == "" and units.loc["D", "grade"] == ""
    assert units.loc["E", "grade"] == "Chung"
    # require_grade "Tốt": A and B reach it in C1's ladder; C2's ladder lacks it, so E is passed over
    assert units.loc["B", "passed_over"] == "" and units.loc["E", "passed_over"] == "below_grade"
    only_c1 = Rules(grades=(Grade("Xuất sắc", 100, clusters=("C1",)),))
    # no ladder: blank
    assert analyse(dataset, "2020", None, only_c1).units.set_index("unit_id").loc["E", "grade"] == ""
