"""Unit totals and ranks (docs/reference.md, "Totals", "Ranks"): each unit's rows, guide totals, adjustments,
votes and role summed into one row, ranked within its cluster."""

from __future__ import annotations

import numpy as np
import pandas as pd

from ..data.codes import left_joined
from ..data.rules import Rules
from ..data.schema import ATTAINED_KINDS
from .criteria import Appraisal


def unit_scores(scored: pd.DataFrame, numbering: tuple[np.ndarray, pd.DataFrame], appraisal: Appraisal | None,
                members: pd.DataFrame, adjustments: pd.DataFrame, votes: pd.DataFrame, rules: Rules) -> pd.DataFrame:
    """One row per period, cluster and unit: totals, counts and rank, in ranking order (grades and awards follow:
    `grades.grades`, `awards.awards`).

    self_points is the sum of the unit's self points, self_compared the computed points of those same rows,
    and self_diff their difference. `numbering` gives each scored row's unit and the units (`criteria.unit_rows`).
    With a guide (`appraisal` of the same units, see `criteria.appraise`), the rows of the guide's indicators
    count through its top-level criteria (`scored["in_guide"]`), and self_total is the total with the
    criteria's claimed scores.
    """
    unit, units = numbering if appraisal is None else (appraisal.row_unit, appraisal.units)  # the guide's: years as Int64
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
        units = pd.concat([units, guide_totals(appraisal)], axis=1)
        units["indicator_points"] += units["guide_points"].fillna(0.0)
        units["max_base"] += units["guide_max"].fillna(0.0)
    units["self_points"] = units["self_points"].where(units["self_scored"] > 0)  # blank, not 0, when never self-scored
    units["self_diff"] = units["self_points"] - units["self_compared"]
    adjustment = _of_units(adjustments, units, "period")[["period", "unit_id", "points"]]
    adjustment = adjustment.groupby(["period", "unit_id"], as_index=False)["points"].sum() if len(adjustment) else adjustment
    units["adjustment_points"] = left_joined(units, adjustment, ["period", "unit_id"])["points"].fillna(0.0)
    units["total"] = units["indicator_points"] + units["adjustment_points"]
    with np.errstate(divide="ignore", invalid="ignore"):  # comparable across clusters whose maxima differ
        units["total_share"] = np.where(units["max_base"] > 0, 100 * units["total"] / units["max_base"], np.nan)
    if guided:
        units["self_total"] = units["total"] - units["guide_points"].fillna(0.0) + units["guide_claimed"].fillna(0.0)
        units = units.drop(columns=["guide_points", "guide_max", "guide_claimed"])
    else:
        units["self_total"] = np.nan  # a claimed total exists only with a guide
    units = left_joined(units, _of_units(votes, units, "period")[["period", "unit_id", "votes", "voters"]], ["period", "unit_id"])
    units = left_joined(units, _of_units(members, units, "year")[["year", "unit_id", "role"]], ["year", "unit_id"])
    units = _rank(units)
    units["self_compared"] = units["self_compared"].where(units["self_scored"] > 0)
    return units.drop(columns=["self_scored"])


def guide_totals(appraisal: Appraisal) -> pd.DataFrame:
    """Per unit, in the order of the appraisal's units, from its top-level criteria: guide_points (Σ final),
    guide_max (Σ standard totals), guide_claimed (Σ claimed), and guide_lowest, the lowest final score (at 2
    decimals) as a share of its standard total, for the grades' floors (∞ where no standard has points)."""
    structure = appraisal.tree
    top = structure.applies[appraisal.pair] & (structure.parent < 0)
    standard = structure.standard_total[appraisal.pair]
    with np.errstate(divide="ignore", invalid="ignore"):
        share = np.where(top & (standard > 0), np.round(appraisal.final, 2) / standard, np.inf)
    return pd.DataFrame({
        "guide_points": np.where(top, appraisal.final, 0.0).sum(axis=1), "guide_max": np.where(top, standard, 0.0).sum(axis=1),
        "guide_claimed": np.where(top, appraisal.claimed, 0.0).sum(axis=1),
        "guide_lowest": share.min(axis=1, initial=np.inf)})


def _of_units(table: pd.DataFrame, units: pd.DataFrame, key: str) -> pd.DataFrame:
    """The rows of a table of every period (adjustments, votes) or year (members) that are the units' own."""
    return table[table[key].isin(units[key].unique())]


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
