"""Points, unit totals, ranks and proposed awards (contract section 3)."""

from __future__ import annotations

import numpy as np
import pandas as pd

from ..data.cells import matches
from ..data.rules import Rules
from ..data.schema import ATTAINED_KINDS
from .attainment import TOLERANCE
from .criteria import Appraisal, band_points, below_grade, grades, unit_rows

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
    and self_diff their difference. With a guide (`appraisal` of the same rows, see `criteria.appraise`), the
    rows of the guide's indicators count through its top-level criteria (`scored["in_guide"]`), and
    self_total is the total with the criteria's claimed scores.
    """
    unit, units = unit_rows(scored) if appraisal is None else (appraisal.row_unit, appraisal.units)  # numbered once
    status = scored["status"]
    outside = ~scored["in_guide"] if "in_guide" in scored else pd.Series(True, index=scored.index)
    self_scored = scored["self_points"].notna()
    grouped = pd.DataFrame({
        "indicator_points": scored["points"].where(outside, 0.0), "mean_attainment": scored["attainment_pct"],
        "max_base": scored["max_points"].where(outside, 0.0), "self_points": scored["self_points"],
        "self_compared": scored["points"].where(self_scored)}, copy=False).groupby(unit)  # unit numbers: 0, 1, … in the units' order
    counted = {"achieved_count": status.isin(["exceeded", "met"]).to_numpy(), "missing_count": (status == "missing").to_numpy(),
               "row_count": scored["scoring"].isin(ATTAINED_KINDS).to_numpy() if "scoring" in scored else True,
               "self_scored": self_scored.to_numpy()}
    # a column at a time, as pandas' compensated sum of a column in a frame depends on the columns beside it
    values = {name: (grouped[name].mean() if name == "mean_attainment" else grouped[name].sum()).to_numpy()
              for name in grouped.obj.columns}
    values |= {name: np.bincount(unit[np.broadcast_to(rows, unit.shape)], minlength=len(units))
               for name, rows in counted.items()}
    units = units.assign(**{name: values[name] for name in (
        "indicator_points", "achieved_count", "row_count", "missing_count", "mean_attainment", "max_base", "self_points",
        "self_compared", "self_scored")})
    guided = appraisal is not None
    if guided:
        units = pd.concat([units, appraisal.totals()], axis=1)
        units["indicator_points"] += units["guide_points"].fillna(0.0)
        units["max_base"] += units["guide_max"].fillna(0.0)
    units["self_points"] = units["self_points"].where(units["self_scored"] > 0)  # blank, not 0, when never self-scored
    units["self_diff"] = units["self_points"] - units["self_compared"]
    adjustment = _of_units(adjustments, units, "period")[["period", "unit_id", "points"]]
    adjustment = adjustment.groupby(["period", "unit_id"], as_index=False)["points"].sum() if len(adjustment) else adjustment
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
    """units with the table's other columns joined on keys (unique in the table), blank where a unit has no row:
    without a row for any unit (no votes, no adjustments: most datasets), nothing to match."""
    at = matches(units[keys], table) if len(table) else np.full(len(units), -1)
    return units.assign(**{column: pd.api.extensions.take(table[column].array, at, allow_fill=True)
                           for column in table.columns.difference(keys, sort=False)})


def _rank(units: pd.DataFrame) -> pd.DataFrame:
    """Units in ranking order with their rank: by total, then achieved rows, then mean attainment, totals and
    means compared at 2 decimals; equal on all three, equal rank (the next rank skips)."""
    total = units["total"].round(2).to_numpy()
    achieved = units["achieved_count"].to_numpy()
    mean = units["mean_attainment"].round(2).fillna(-np.inf).to_numpy()
    group = [pd.factorize(units[key], sort=True)[0] for key in ("period", "cluster_id")]
    order = np.lexsort((pd.factorize(units["unit_id"], sort=True)[0], -mean, -achieved, -total, group[1], group[0]))
    new_group = _starts(*(codes[order] for codes in group))
    differs = new_group | _starts(total[order], achieved[order], mean[order])
    at = np.arange(len(order))
    position = at - np.maximum.accumulate(np.where(new_group, at, 0)) + 1  # within the period and cluster
    rank = position[np.maximum.accumulate(np.where(differs, at, 0))]  # a tie takes the rank of its first unit
    return units.iloc[order].assign(rank=rank).reset_index(drop=True)


def _starts(*columns: np.ndarray) -> np.ndarray:
    """Where a run of equal rows begins: the first row, and every row differing from the one before."""
    changed = np.zeros(len(columns[0]), dtype=bool)
    changed[:1] = True
    for column in columns:
        changed[1:] |= column[1:] != column[:-1]
    return changed


def _award(units: pd.DataFrame, rules: Rules) -> pd.DataFrame:
    """Flags, then commendations, down the ranking of eligible units; a tie with an awarded unit shares the award.
    `units` are in ranking order (see `_rank`)."""
    below = units["total"] < rules.min_total_share * units["max_base"] - TOLERANCE
    passed_over = np.select([units["missing_count"] > 0, below, below_grade(units["grade"], rules)],
                            ["missing_data", "below_min_total", "below_grade"], "")
    eligible = passed_over == ""
    group = _starts(units["period"].to_numpy(), units["cluster_id"].to_numpy())
    counted = np.cumsum(eligible)
    before = np.maximum.accumulate(np.where(group, np.arange(len(units)), 0))  # each group's first row
    position = counted - (counted - eligible)[before] - 1  # among the eligible units of the group, from 0
    level = np.where(eligible, np.select([position < rules.flags, position < rules.flags + rules.commendations], [0, 1], 2), 2)
    runs = group | _starts(units["rank"].to_numpy())  # units of equal rank share the best award among them
    run = np.cumsum(runs) - 1
    first = np.flatnonzero(runs)
    lowest, highest = (reduce.reduceat(np.where(eligible, level, blank), first)[run] if len(first) else level
                       for reduce, blank in ((np.minimum, 3), (np.maximum, -1)))
    shared = np.where(eligible, lowest, 2)
    return units.assign(award=np.array(AWARDS, dtype=object)[shared],
                        award_tie=eligible & (highest != lowest) & (lowest < 2), passed_over=passed_over)
