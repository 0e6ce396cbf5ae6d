"""Points, unit totals, ranks and proposed awards (contract section 3)."""

from __future__ import annotations

import numpy as np
import pandas as pd

from ..data.rules import Rules
from ..data.schema import ATTAINED_KINDS
from .attainment import TOLERANCE
from .criteria import Appraisal, band_points, below_grade, grades

AWARDS = ("flag", "commendation", "none")


def score_rows(rows: pd.DataFrame, rules: Rules, bands: pd.DataFrame | None = None) -> pd.DataFrame:
    """Adds points (and self_diff = self_points − points) to attainment rows, by each row's kind of scoring:
    % KH (section 3), per case, by bands of attainment or of the value, or given directly (section 7)."""
    attained = rows["attainment_pct"].to_numpy(float)
    most = rows["max_points"].to_numpy(float)
    base = np.where(attained < rules.zero_below, 0.0, most * np.minimum(attained, 100) / 100)
    bonus = most * np.minimum(rules.bonus_rate * np.maximum(attained - 100, 0) / 100, rules.bonus_cap)
    binary = np.where(attained >= 100 - TOLERANCE, most, 0.0)
    points = np.where((rows["direction"] == "binary").to_numpy(), binary, base + bonus)
    points[np.isnan(attained)] = 0.0
    kind = rows["scoring"] if "scoring" in rows else pd.Series("attainment", index=rows.index)
    if (kind != "attainment").any():
        actual = rows["actual"].to_numpy(float)
        is_kind = {name: (kind == name).to_numpy() for name in ("per_case", "bands", "direct", "value_bands")}
        banded = np.select([is_kind["bands"], is_kind["value_bands"]], [rows["attainment_uncapped"].to_numpy(float), actual],
                           np.nan)  # bands of attainment or of the value itself
        by_kind = {
            "per_case": actual * rows["points_per_case"].to_numpy(float),
            "bands": band_points(rows["indicator_id"], banded, bands),
            "direct": np.where(np.isnan(most), actual, np.fmin(actual, most)),
        }
        by_kind["value_bands"] = by_kind["bands"]
        points = np.select([is_kind[name] for name in by_kind], list(by_kind.values()), points)
        points[np.isnan(points)] = 0.0  # a missing row of any kind gives 0 points
        points += 0.0  # no case at a negative rate is 0 points, not -0
    return rows.assign(points=points, self_diff=rows["self_points"] - points)


def unit_scores(scored: pd.DataFrame, members: pd.DataFrame, adjustments: pd.DataFrame, votes: pd.DataFrame,
                rules: Rules, appraisal: Appraisal | None = None) -> pd.DataFrame:
    """One row per period, cluster and unit: totals, counts, rank, grade, award, and why a unit was passed over.

    self_points is the sum of the unit's self points, self_compared the computed points of those same rows,
    and self_diff their difference. With a guide (`appraisal`, see `criteria.appraise`), the rows of the
    guide's indicators count through its top-level criteria (`scored["in_guide"]`), and self_total is the
    total with the criteria's claimed scores.
    """
    status = scored["status"]
    outside = ~scored["in_guide"] if "in_guide" in scored else pd.Series(True, index=scored.index)
    per_row = scored.assign(
        achieved=status.isin(["exceeded", "met"]), missing=status == "missing",
        attained=scored["scoring"].isin(ATTAINED_KINDS) if "scoring" in scored else True, reported_attainment=scored["attainment_pct"],
        counted_points=scored["points"].where(outside, 0.0), counted_max=scored["max_points"].where(outside, 0.0),
        self_compared=scored["points"].where(scored["self_points"].notna()),
        self_scored=scored["self_points"].notna(),
    )
    keys = ["period", "cluster_id", "unit_id"]
    units = per_row.groupby(keys, sort=False).agg(
        year=("year", "first"),
        indicator_points=("counted_points", "sum"), achieved_count=("achieved", "sum"), row_count=("attained", "sum"),
        missing_count=("missing", "sum"), mean_attainment=("reported_attainment", "mean"),
        max_base=("counted_max", "sum"),
        self_points=("self_points", "sum"), self_compared=("self_compared", "sum"), self_scored=("self_scored", "sum"),
    ).reset_index()
    guided = appraisal is not None
    if guided:
        units = units.join(appraisal.totals(), on=keys)
        units["indicator_points"] += units["guide_points"].fillna(0.0)
        units["max_base"] += units["guide_max"].fillna(0.0)
    units["self_points"] = units["self_points"].where(units["self_scored"] > 0)  # blank, not 0, when never self-scored
    units["self_diff"] = units["self_points"] - units["self_compared"]
    adjustment = _of_units(adjustments, units, "period").groupby(["period", "unit_id"], as_index=False)["points"].sum()
    units["adjustment_points"] = _joined(units, adjustment, ["period", "unit_id"])["points"].fillna(0.0)
    units["total"] = units["indicator_points"] + units["adjustment_points"]
    with np.errstate(divide="ignore", invalid="ignore"):  # comparable across clusters whose maxima differ
        units["total_share"] = np.where(units["max_base"] > 0, 100 * units["total"] / units["max_base"], np.nan)
    if guided:
        units["self_total"] = units["total"] - units["guide_points"].fillna(0.0) + units["guide_claimed"].fillna(0.0)
        units = units.drop(columns=["guide_points", "guide_max", "guide_claimed"])
    units = _joined(units, _of_units(votes, units, "period")[["period", "unit_id", "votes", "voters"]], ["period", "unit_id"])
    units = _joined(units, _of_units(members, units, "year")[["year", "unit_id", "role"]], ["year", "unit_id"])
    units = _rank(units)
    units["self_compared"] = units["self_compared"].where(units["self_scored"] > 0)
    units["grade"] = grades(units, rules)
    return _award(units, rules).drop(columns=["self_scored"] + (["guide_lowest"] if guided else []))


def _of_units(table: pd.DataFrame, units: pd.DataFrame, key: str) -> pd.DataFrame:
    """The rows of a table of every period (adjustments, votes) or year (members) that are the units' own."""
    return table[table[key].isin(units[key].unique())]


def _joined(units: pd.DataFrame, table: pd.DataFrame, keys: list[str]) -> pd.DataFrame:
    """units with the table's other columns joined on keys, blank where a unit has no row: without a row for
    any unit (no votes, no adjustments: most datasets), no join at all."""
    if table.empty:
        return units.assign(**{column: table[column].reindex(pd.RangeIndex(len(units))).set_axis(units.index)
                               for column in table.columns.difference(keys, sort=False)})
    return units.join(table.set_index(keys), on=keys)


def _rank(units: pd.DataFrame) -> pd.DataFrame:
    """Rank by total, then achieved rows, then mean attainment; totals and means compared at 2 decimals."""
    order = units.assign(_total=units["total"].round(2), _mean=units["mean_attainment"].round(2).fillna(-np.inf))
    order = order.sort_values(["period", "cluster_id", "_total", "achieved_count", "_mean", "unit_id"],
                              ascending=[True, True, False, False, False, True], kind="stable")
    group = order[["period", "cluster_id"]]
    new_group = (group != group.shift()).any(axis=1).to_numpy()
    compared = order[["_total", "achieved_count", "_mean"]]
    differs = (compared != compared.shift()).any(axis=1).to_numpy() | new_group
    position = order.groupby(["period", "cluster_id"], sort=False).cumcount().to_numpy() + 1
    rank = pd.Series(np.where(differs, position, np.nan), index=order.index).ffill().astype(int)
    return order.drop(columns=["_total", "_mean"]).assign(rank=rank).reset_index(drop=True)


def _award(units: pd.DataFrame, rules: Rules) -> pd.DataFrame:
    """Flags, then commendations, down the ranking of eligible units; a tie with an awarded unit shares the award."""
    below = units["total"] < rules.min_total_share * units["max_base"] - TOLERANCE
    passed_over = np.select([units["missing_count"] > 0, below, below_grade(units["grade"], rules)],
                            ["missing_data", "below_min_total", "below_grade"], "")
    eligible = passed_over == ""
    position = units[eligible].groupby(["period", "cluster_id"], sort=False).cumcount()
    level = pd.Series(2, index=units.index)
    level[eligible] = np.select([position < rules.flags, position < rules.flags + rules.commendations], [0, 1], 2)
    ranked = units[eligible].assign(level=level[eligible]).groupby(["period", "cluster_id", "rank"])["level"]
    shared = ranked.transform("min")
    tie = (ranked.transform("max") != shared) & (shared < 2)
    level[eligible] = shared
    award = np.array(AWARDS, dtype=object)[level.to_numpy()]
    return units.assign(award=award, award_tie=tie.reindex(units.index, fill_value=False).astype(bool),
                        passed_over=passed_over)
