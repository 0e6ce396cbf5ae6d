"""Each results row's points, by its kind of scoring (docs/reference.md, "Points", "Kinds of scoring"): % KH,
per case, by bands of attainment or of value, or given directly."""

from __future__ import annotations

import numpy as np
import pandas as pd

from ..data.codes import positions
from ..data.rules import Rules
from .attainment import TOLERANCE


def score_rows(rows: pd.DataFrame, rules: Rules, bands: pd.DataFrame | None = None) -> pd.DataFrame:
    """Adds points (and self_diff = self_points − points) to attainment rows, each row by its kind of scoring
    (`POINTS`); a missing row of any kind gives 0 points."""
    kind = rows["scoring"] if "scoring" in rows else pd.Series("attainment", index=rows.index)
    points = np.zeros(len(rows))
    for name in kind.unique():
        chosen = (kind == name).to_numpy()
        points[chosen] = POINTS[name](rows if chosen.all() else rows[chosen], rules, bands)  # most data: one kind
    points[np.isnan(points)] = 0.0
    points += 0.0  # no case at a negative rate is 0 points, not -0
    return rows.assign(points=points, self_diff=rows["self_points"] - points)


def attainment_points(rows: pd.DataFrame, rules: Rules, bands: pd.DataFrame | None) -> np.ndarray:
    """% KH (docs/reference.md, "Points"): a binary indicator earns its maximum when met; any other earns
    base = M · min(a, 100) / 100 (0 below zero_below) and bonus = M · min(bonus_rate · (a − 100) / 100, bonus_cap)."""
    attained = rows["attainment_pct"].to_numpy(float)
    most = rows["max_points"].to_numpy(float)
    base = np.where(attained < rules.zero_below, 0.0, most * np.minimum(attained, 100) / 100)
    bonus = most * np.minimum(rules.bonus_rate * np.maximum(attained - 100, 0) / 100, rules.bonus_cap)
    binary = np.where(attained >= 100 - TOLERANCE, most, 0.0)
    return np.where((rows["direction"] == "binary").to_numpy(), binary, base + bonus)


def per_case_points(rows: pd.DataFrame, rules: Rules, bands: pd.DataFrame | None) -> np.ndarray:
    """The number of cases times the points per case (negative deducts)."""
    return rows["actual"].to_numpy(float) * rows["points_per_case"].to_numpy(float)


def attainment_band_points(rows: pd.DataFrame, rules: Rules, bands: pd.DataFrame | None) -> np.ndarray:
    """The points of the band the attainment (before the cap) falls in."""
    return band_points(rows["indicator_id"], rows["attainment_uncapped"].to_numpy(float), bands)


def value_band_points(rows: pd.DataFrame, rules: Rules, bands: pd.DataFrame | None) -> np.ndarray:
    """The points of the band the value itself falls in."""
    return band_points(rows["indicator_id"], rows["actual"].to_numpy(float), bands)


def direct_points(rows: pd.DataFrame, rules: Rules, bands: pd.DataFrame | None) -> np.ndarray:
    """The points the board gave, at most the indicator's maximum where it has one."""
    actual, most = rows["actual"].to_numpy(float), rows["max_points"].to_numpy(float)
    return np.where(np.isnan(most), actual, np.fmin(actual, most))


POINTS = {  # one function per kind of scoring of data.kinds.SCORING_KINDS: rows of that kind in, points out
    "attainment": attainment_points,
    "per_case": per_case_points,
    "bands": attainment_band_points,
    "value_bands": value_band_points,
    "direct": direct_points,
}


def band_points(indicator: pd.Series, value: np.ndarray, bands: pd.DataFrame | None) -> np.ndarray:
    """The points of the band each row's value falls in (from ≤ value < to; a blank bound is open), 0 in none
    and where the value is NaN; `indicator` gives each row's indicator."""
    points = np.zeros(len(value))
    banded = np.flatnonzero(~np.isnan(value))
    if bands is None or bands.empty or not len(banded):
        return points
    # a guide has tens of bands and a period many thousand banded rows: one pass per band over the rows'
    # indicator positions, rather than a merge that hashes every row's code
    codes = pd.Index(bands["indicator_id"].unique())
    row_code, row_value = positions(indicator.iloc[banded], codes), value[banded]
    low, high = bands["from"].to_numpy(float), bands["to"].to_numpy(float)
    for code, start, end, given in zip(
        codes.get_indexer(bands["indicator_id"]), low, high, bands["points"].to_numpy(float)
    ):
        inside = (row_code == code) & ~(row_value < start) & ~(row_value >= end)  # NaN bounds compare False: open
        points[banded[inside]] = given
    return points
