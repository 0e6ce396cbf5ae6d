"""Points, unit totals, ranks and proposed awards (docs/reference.md, "Points", "Ranks and awards")."""

from __future__ import annotations

import numpy as np
import pandas as pd

from ..data.codes import matches
from ..data.rules import Rules
from ..data.schema import ATTAINED_KINDS
from .attainment import TOLERANCE
from .criteria import Appraisal, band_points, below_grade, grades, unit_rows

AWARDS = ("flag", "commendation", "none")


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


POINTS = {  # one function per kind of scoring of data.schema.SCORING_KINDS: rows of that kind in, points out
    "attainment": attainment_points, "per_case": per_case_points, "bands": attainment_band_points,
    "value_bands": value_band_points, "direct": direct_points,
}


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
    if appraisal is not None:
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
    else:
        units["self_total"] = np.nan  # a claimed total exists only with a guide
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


RANKING = ["period", "cluster_id"]  # a ranking is within one period and cluster


def _rank(units: pd.DataFrame) -> pd.DataFrame:
    """Units in ranking order with their rank (docs/reference.md, "Ranks"): within each period and cluster, by
    total, then the number of rows met or exceeded, then mean attainment, all descending, totals and means
    compared at 2 decimals as the score sheet prints them; units equal on all three share the lower rank
    number (1, 2, 2, 4). Equal units are listed by code."""
    compared = units.assign(total_2=units["total"].round(2), achieved=units["achieved_count"],
                            mean_2=units["mean_attainment"].round(2).fillna(-np.inf))  # no mean: below every mean
    ranked = compared.sort_values(RANKING + ["total_2", "achieved", "mean_2", "unit_id"],
                                  ascending=[True, True, False, False, False, True], kind="stable")
    position = ranked.groupby(RANKING, observed=True).cumcount() + 1
    rank = position.groupby([ranked[key] for key in RANKING + ["total_2", "achieved", "mean_2"]], observed=True).transform("min")
    return ranked.assign(rank=rank).drop(columns=["total_2", "achieved", "mean_2"]).reset_index(drop=True)


def _award(units: pd.DataFrame, rules: Rules) -> pd.DataFrame:
    """Proposed awards (docs/reference.md, "Awards"), `units` in ranking order: a unit with a missing row,
    below min_total_share of its maximum, or below require_grade is passed over; down each cluster's ranking
    the first `flags` of the others get a flag and the next `commendations` a commendation. Units of equal rank
    share the best award among them, and the tie is marked for the conference (award_tie)."""
    below = units["total"] < rules.min_total_share * units["max_base"] - TOLERANCE
    passed_over = pd.Series(np.select([units["missing_count"] > 0, below, below_grade(units, rules)],
                                      ["missing_data", "below_min_total", "below_grade"], ""), index=units.index)
    eligible = passed_over == ""
    ranking = [units[key] for key in RANKING]
    place = eligible.groupby(ranking, observed=True).cumsum() - 1  # among the cluster's eligible units, from 0
    level = pd.Series(np.select([place < rules.flags, place < rules.flags + rules.commendations], [0, 1], 2),
                      index=units.index).where(eligible)  # 0 flag, 1 commendation, 2 none; blank if passed over
    same_rank = level.groupby(ranking + [units["rank"]], observed=True)
    best, worst = same_rank.transform("min"), same_rank.transform("max")
    award = best.where(eligible, AWARDS.index("none")).astype(int)
    return units.assign(award=np.array(AWARDS, dtype=object)[award.to_numpy()],
                        award_tie=(eligible & (worst != best) & (best < AWARDS.index("none"))).to_numpy(),
                        passed_over=passed_over.to_numpy(dtype=object))
