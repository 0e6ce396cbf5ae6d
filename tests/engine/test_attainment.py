"""Attainment, progress and status against values computed by hand from the contract, section 2."""

import numpy as np
import pandas as pd
import pytest

from emulation.data.dataset import open_dataset
from emulation.data.rules import Rules
from emulation.engine.attainment import attainment
from emulation.engine.period import period_rows

INDICATORS = pd.DataFrame(
    {
        "indicator_id": ["UP", "DOWN", "FLOWDOWN", "YESNO", "LEVEL"],
        "name": ["up", "down", "flowdown", "yesno", "level"],
        "group": None,
        "measure": None,
        "direction": ["higher", "lower", "lower", "binary", "higher"],
        "flow": [True, False, True, False, False],
        "max_points": [40.0, 20.0, 10.0, 10.0, 5.0],
        "cluster_id": None,
    }
)


def rows(*entries, part=""):
    """Results rows (indicator, plan, actual) of one unit in a period."""
    frame = pd.DataFrame(entries, columns=["indicator_id", "plan", "actual"])
    return frame.assign(
        period="2020" + (f"-{part}" if part else ""),
        year=2020,
        part=part,
        cluster_id="C",
        unit_id="U",
        self_points=np.nan,
    )


def compute(frame, rules=Rules()):
    return attainment(frame, INDICATORS, rules).set_index("indicator_id")


def test_higher_is_actual_over_plan():
    result = compute(rows(("UP", 900, 1380)))
    assert result.loc["UP", "attainment_pct"] == pytest.approx(153.3333333)
    assert result.loc["UP", "status"] == "exceeded"


def test_lower_mirror_and_its_zero_plan():
    result = compute(rows(("DOWN", 10, 8), ("DOWN", 10, 25)))
    assert result["attainment_pct"].tolist() == pytest.approx([120.0, 0.0])  # max(0, 100·(2 − 2.5)) = 0
    zero = compute(rows(("DOWN", 0, 0), ("DOWN", 0, 3)))
    assert zero["attainment_pct"].tolist() == [100.0, 0.0]


def test_lower_inverse_form_and_its_cap_at_zero_actual():
    inverse = Rules(lower="inverse")
    result = compute(rows(("DOWN", 10, 8), ("DOWN", 10, 0)), inverse)
    assert result["attainment_pct"].tolist() == pytest.approx([125.0, 200.0])


def test_binary_is_all_or_nothing():
    result = compute(rows(("YESNO", 1, 1), ("YESNO", 1, 0), ("YESNO", 3, 4)))
    assert result["attainment_pct"].tolist() == [100.0, 0.0, 100.0]
    assert result["status"].tolist() == ["met", "missed", "met"]


def test_cap_limits_attainment():
    assert compute(rows(("UP", 100, 500)))["attainment_pct"].iloc[0] == 200.0
    assert compute(rows(("UP", 100, 500)), Rules(cap=150))["attainment_pct"].iloc[0] == 150.0


def test_partial_period_flow_is_pace_adjusted_with_progress_beside_it():
    # Contract: P = 1000, A = 556,6 at H1 → progress 55,66 %, attainment 111,32 %.
    result = compute(rows(("UP", 1000, 556.6), part="H1"))
    assert result.loc["UP", "progress_pct"] == pytest.approx(55.66)
    assert result.loc["UP", "attainment_pct"] == pytest.approx(111.32)
    assert result.loc["UP", "expected_share"] == 50


def test_partial_period_lower_flow_uses_the_prorated_ceiling():
    # Contract: a lower flow with P = 20 accidents a year and A = 8 at H1 → 100 · (2 − 8 / 10) = 120 %.
    assert compute(rows(("FLOWDOWN", 20, 8), part="H1")).loc["FLOWDOWN", "attainment_pct"] == pytest.approx(120.0)


def test_quarter_and_nine_months_shares_and_their_rules_override():
    assert compute(rows(("UP", 1000, 300), part="Q1")).loc["UP", "attainment_pct"] == pytest.approx(120.0)
    assert compute(rows(("UP", 1000, 600), part="9M")).loc["UP", "attainment_pct"] == pytest.approx(80.0)
    custom = Rules(shares={"Q1": 20.0, "H1": 50.0, "9M": 75.0})
    assert compute(rows(("UP", 1000, 300), part="Q1"), custom).loc["UP", "attainment_pct"] == pytest.approx(150.0)


def test_levels_in_a_partial_period_use_the_plan_as_it_is():
    result = compute(rows(("LEVEL", 50, 40), part="H1"))
    assert result.loc["LEVEL", "attainment_pct"] == pytest.approx(80.0)
    assert result.loc["LEVEL", "progress_pct"] == pytest.approx(80.0)


def test_status_met_within_tolerance_and_missing_when_blank():
    result = compute(rows(("UP", 3, 3.0000000000001), ("UP", 100, np.nan), ("UP", 100, 99.99)))
    assert result["status"].tolist() == ["met", "missing", "missed"]
    assert np.isnan(result["attainment_pct"].iloc[1])


def test_members_without_a_row_get_a_missing_row(tiny):
    dataset = open_dataset(tiny)
    frame = period_rows(dataset.results, dataset.members, "2020-H1")
    # I1 counts for C1 at H1 (A and B reported), so C and D get blank rows; C2's E has no H1 row at all.
    assert sorted(frame["unit_id"]) == ["A", "B", "C", "D"]
    whole_year = period_rows(dataset.results, dataset.members, "2020")
    assert whole_year.query("unit_id == 'D' and indicator_id == 'I3'")["actual"].isna().all()


def test_rows_are_complete_when_every_member_has_every_indicator_of_its_cluster():
    from emulation.engine.period import _complete

    members = pd.DataFrame({"cluster_id": ["C1", "C1", "C2"], "unit_id": ["A", "B", "E"]})
    full = pd.DataFrame(
        {
            "cluster_id": ["C1", "C1", "C1", "C1", "C2"],
            "unit_id": ["A", "A", "B", "B", "E"],
            "indicator_id": ["I1", "I2", "I1", "I2", "I1"],
        }
    )
    assert _complete(full, members)
    assert not _complete(full.drop(index=3), members)  # B lacks I2, which counts in C1
    assert _complete(full.astype("category"), members)  # as validation leaves them: codes
