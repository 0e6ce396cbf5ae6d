"""Points, totals, ranks and awards against values computed by hand from the contract, sections 3 and 4."""

import numpy as np
import pandas as pd
import pytest

from emulation.data.dataset import open_dataset
from emulation.data.rules import Rules
from emulation.engine.analysis import analyse
from emulation.engine.awards import awards
from emulation.engine.criteria import unit_rows
from emulation.engine.grades import grades
from emulation.engine.points import score_rows
from emulation.engine.ranks import Facts, rank
from emulation.engine.scores import unit_scores

NO_ENTRIES = pd.DataFrame(
    {
        "period": pd.Series(dtype="str"),
        "unit_id": pd.Series(dtype="str"),
        "points": pd.Series(dtype=float),
        "votes": pd.Series(dtype=float),
        "voters": pd.Series(dtype=float),
    }
)


def points(attained, most=40.0, direction="higher", rules=Rules()):
    frame = pd.DataFrame(
        {"attainment_pct": [attained], "max_points": [most], "direction": [direction], "self_points": [np.nan]}
    )
    return score_rows(frame, rules)["points"].iloc[0]


def test_worked_examples_of_the_contract():
    assert points(124) == pytest.approx(48.0)  # base 40, bonus 40 · min(0.24, 0.2) = 8
    assert points(87.5) == pytest.approx(35.0)


def test_bonus_below_its_cap_and_the_bonus_rate():
    assert points(110) == pytest.approx(44.0)
    assert points(110, rules=Rules(bonus_rate=0.5)) == pytest.approx(42.0)
    assert points(150, rules=Rules(bonus_cap=0.1)) == pytest.approx(44.0)


def test_zero_below_removes_base_points():
    assert points(87.5, rules=Rules(zero_below=90)) == 0.0
    assert points(90, rules=Rules(zero_below=90)) == pytest.approx(36.0)
    assert points(-20) == 0.0  # below the default zero_below of 0


def test_binary_and_missing_points():
    assert points(100, 10, "binary") == 10.0
    assert points(0, 10, "binary") == 0.0
    assert points(np.nan) == 0.0


def test_tiny_dataset_totals_ranks_and_awards(tiny):
    units = analyse(open_dataset(tiny), "2020").units.set_index("unit_id")
    # A: 48 + 24 (lower 120 %) + 10 (binary met) = 82; B: 35 + 20 + 0 − 1,5 = 53,5;
    # C: 0 (missing) + 16 (lower 80 %) + 10 = 26; D: 40 + 20 (lower 0/0) + 0 (no I3 row) = 60; E: 5,5.
    assert units["total"].to_dict() == pytest.approx({"A": 82.0, "B": 53.5, "C": 26.0, "D": 60.0, "E": 5.5})
    assert units.loc["B", "adjustment_points"] == -1.5
    assert units["rank"].to_dict() == {"A": 1, "D": 2, "B": 3, "C": 4, "E": 1}
    assert units["achieved_count"].to_dict() == {"A": 3, "B": 1, "C": 1, "D": 2, "E": 1}
    assert units["missing_count"].to_dict() == {"A": 0, "B": 0, "C": 1, "D": 1, "E": 0}
    assert units["mean_attainment"]["A"] == pytest.approx((124 + 120 + 100) / 3)
    # C and D have missing rows, so they are passed over; the awards go down to B.
    assert units["award"].to_dict() == {"A": "flag", "B": "commendation", "C": "none", "D": "none", "E": "flag"}
    assert units["passed_over"].to_dict() == {"A": "", "B": "", "C": "missing_data", "D": "missing_data", "E": ""}
    assert units.loc["A", "self_points"] == 50 and units.loc["A", "self_diff"] == pytest.approx(2.0)
    assert units.loc["A", "votes"] == 18 and units.loc["A", "role"] == "head"


def scored(units):
    """Scored rows from (unit, [(status, attainment, points)]) entries, one cluster, period 2020."""
    records = [
        {
            "period": "2020",
            "cluster_id": "C",
            "unit_id": unit,
            "year": 2020,
            "status": status,
            "attainment_pct": attained,
            "points": value,
            "max_points": 40.0,
            "self_points": np.nan,
        }
        for unit, entries in units
        for status, attained, value in entries
    ]
    return pd.DataFrame(records)


def ranked(units, rules=Rules()):
    members = pd.DataFrame({"year": 2020, "cluster_id": "C", "unit_id": [unit for unit, _ in units], "role": "member"})
    rows = scored(units)
    numbering = unit_rows(rows)
    totals = unit_scores(rows, numbering, None, members, NO_ENTRIES, NO_ENTRIES, rules)
    ranks = rank(totals, Facts(totals, rows, numbering[0], None, pd.DataFrame()), rules.ranking_keys)
    return awards(grades(ranks, rules), rules).set_index("unit_id")


TIED = [
    ("U1", [("exceeded", 120, 30.0), ("met", 100, 30.0)]),
    ("U2", [("met", 100, 25.004), ("met", 80, 25.0)]),  # 50.004 → 50.00, 2 achieved, mean 90.00
    ("U3", [("met", 100, 25.001), ("met", 80.001, 25.0)]),  # 50.001 → 50.00, 2 achieved, mean 90.0005 → 90.00
    ("U4", [("missed", 50, 15.0), ("missed", 50, 15.0)]),
]


def test_equal_units_share_the_lower_rank_number():
    assert ranked(TIED)["rank"].to_dict() == {"U1": 1, "U2": 2, "U3": 2, "U4": 4}


def test_ties_are_broken_by_achieved_rows_then_mean_attainment():
    by_count = ranked(
        [("X", [("met", 100, 25.0), ("missed", 99, 25.0)]), ("Y", [("met", 100, 25.0), ("met", 100, 25.0)])]
    )
    assert by_count["rank"].to_dict() == {"Y": 1, "X": 2}
    by_mean = ranked([("X", [("missed", 90, 50.0)]), ("Y", [("missed", 95.5, 50.0)])])
    assert by_mean["rank"].to_dict() == {"Y": 1, "X": 2}


def test_a_unit_sharing_rank_with_an_awarded_unit_gets_the_same_award_and_the_tie_is_shown():
    result = ranked(TIED, Rules(flags=1, commendations=1))
    assert result["award"].to_dict() == {"U1": "flag", "U2": "commendation", "U3": "commendation", "U4": "none"}
    assert result["award_tie"].to_dict() == {"U1": False, "U2": True, "U3": True, "U4": False}
    within = ranked(TIED, Rules(flags=1, commendations=2))
    assert within["award"].tolist() == ["flag", "commendation", "commendation", "none"]
    assert not within["award_tie"].any()


def test_units_below_the_minimum_share_of_their_maximum_are_passed_over():
    result = ranked(TIED, Rules(min_total_share=0.6, flags=1, commendations=3))  # maximum base 80 → at least 48
    assert result["passed_over"].to_dict() == {"U1": "", "U2": "", "U3": "", "U4": "below_min_total"}
    assert result["award"].to_dict() == {"U1": "flag", "U2": "commendation", "U3": "commendation", "U4": "none"}


def test_passed_over_units_leave_their_slot_to_the_next():
    units = [("U1", [("missing", np.nan, 0.0), ("exceeded", 200, 60.0)])] + TIED[1:]
    result = ranked(units, Rules(flags=1, commendations=1))
    assert result.loc["U1", "award"] == "none" and result.loc["U1", "rank"] == 1
    # U2 takes the flag U1 could not; U3 was next (commendation) but shares U2's rank, so it gets the flag too;
    # U4 is not among the two best eligible units.
    assert result.loc["U2", "award"] == "flag" and result.loc["U3", "award"] == "flag"
    assert result.loc["U4", "award"] == "none"
    assert result.loc["U3", "award_tie"]


def test_a_cluster_scores_the_same_alone_or_with_every_cluster_of_its_period():
    """Clusters score apart (ranks, awards and totals are per cluster), so a report may slice a period analysed
    once for every cluster: the batch's trend section relies on it."""
    sample = open_dataset()
    for period in sample.periods:
        every = analyse(sample, period).units
        for cluster in sample.clusters_in(period):
            alone = analyse(sample, period, [cluster]).units
            sliced = every[every["cluster_id"] == cluster].reset_index(drop=True)
            pd.testing.assert_frame_equal(sliced, alone)


def test_period_warnings_name_missing_actuals_per_unit_and_members_without_results(tmp_path):
    from conftest import tables, write_csv_folder

    data = tables()  # in 2020, C has no actual for I1 and D none for I3 (its row is absent)
    data["units"].append(["U9", "Xã 9", "xã"])
    data["members"].append(["2020", "C1", "U9", ""])  # a member with no result rows at all
    warnings = analyse(open_dataset(write_csv_folder(tmp_path / "data", data)), "2020").warnings()
    assert [(problem.code, problem.params) for problem in warnings] == [
        ("missing_actuals", {"period": "2020", "code": "C", "count": 1, "indicators": "I1"}),
        ("missing_actuals", {"period": "2020", "code": "D", "count": 1, "indicators": "I3"}),
        ("no_results", {"period": "2020", "cluster": "C1", "code": "U9"}),
    ]
    assert all(problem.warning for problem in warnings)
