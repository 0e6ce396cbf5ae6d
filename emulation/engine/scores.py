"""Unit totals (docs/reference.md, "Totals"): each unit's rows, guide totals, adjustments (and points for awards
held), votes and role summed into one row; ranks follow (`ranks.rank`)."""

from __future__ import annotations

import numpy as np
import pandas as pd

from ..data.codes import left_joined
from ..data.kinds import ATTAINED_KINDS, EARNED_KINDS
from ..data.rules import Rules
from .criteria import Appraisal


def unit_scores(
    scored: pd.DataFrame,
    numbering: tuple[np.ndarray, pd.DataFrame],
    appraisal: Appraisal | None,
    members: pd.DataFrame,
    adjustments: pd.DataFrame,
    votes: pd.DataFrame,
    rules: Rules,
    held: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """One row per period, cluster and unit, in the order of `numbering`: totals and counts (ranks, grades and
    awards follow: `ranks.rank`, `grades.grades`, `awards.awards`).

    self_points is the sum of the unit's self points, self_compared the computed points of those same rows,
    and self_diff their difference. `numbering` gives each scored row's unit and the units (`criteria.unit_rows`).
    With a guide (`appraisal` of the same units, see `criteria.appraise`), the rows of the guide's indicators
    count through its top-level criteria (`scored["in_guide"]`), and self_total is the total with the
    criteria's claimed scores. `held` (see `award_points`) adds to the adjustments. With a grade that asks for
    `no_zero`, zero_count counts what scored at or below 0 (for `grades.grades`).
    """
    # the guide's: years as Int64
    unit, units = numbering if appraisal is None else (appraisal.row_unit, appraisal.units)
    status = scored["status"]
    outside = ~scored["in_guide"] if "in_guide" in scored else pd.Series(True, index=scored.index)
    self_scored = scored["self_points"].notna()
    grouped = pd.DataFrame(
        {
            "indicator_points": scored["points"].where(outside, 0.0),
            "mean_attainment": scored["attainment_pct"],
            "max_base": scored["max_points"].where(outside, 0.0),
            "self_points": scored["self_points"],
            "self_compared": scored["points"].where(self_scored),
        },
        copy=False,
    ).groupby(unit)  # unit numbers: 0, 1, … in the units' order
    counted = {
        "achieved_count": status.isin(["exceeded", "met"]).to_numpy(),
        "missing_count": (status == "missing").to_numpy(),
        "row_count": scored["scoring"].isin(ATTAINED_KINDS).to_numpy() if "scoring" in scored else True,
        "self_scored": self_scored.to_numpy(),
    }
    # a column at a time, as pandas' compensated sum of a column in a frame depends on the columns beside it
    values = {
        name: (grouped[name].mean() if name == "mean_attainment" else grouped[name].sum()).to_numpy()
        for name in grouped.obj.columns
    }
    values |= {
        name: np.bincount(unit[np.broadcast_to(rows, unit.shape)], minlength=len(units))
        for name, rows in counted.items()
    }
    units = units.assign(
        **{
            name: values[name]
            for name in (
                "indicator_points",
                "achieved_count",
                "row_count",
                "missing_count",
                "mean_attainment",
                "max_base",
                "self_points",
                "self_compared",
                "self_scored",
            )
        }
    )
    if any(grade.no_zero for grade in rules.grades):
        units["zero_count"] = _zeros(scored, unit, len(units), appraisal)
    guided = appraisal is not None
    if appraisal is not None:
        units = pd.concat([units, guide_totals(appraisal)], axis=1)
        units["indicator_points"] += units["guide_points"].fillna(0.0)
        units["max_base"] += units["guide_max"].fillna(0.0)
    units["self_points"] = units["self_points"].where(units["self_scored"] > 0)  # blank, not 0, when never self-scored
    units["self_diff"] = units["self_points"] - units["self_compared"]
    adjustment = _of_units(adjustments, units, "period")[["period", "unit_id", "points"]]
    if held is not None and len(
        held
    ):  # points for awards held count as adjustments (docs/reference.md, "Award points")
        adjustment = pd.concat(
            [
                adjustment.astype({"period": "str", "unit_id": "str"}),
                held[["period", "unit_id", "points"]].astype({"period": "str", "unit_id": "str"}),
            ],
            ignore_index=True,
        )
    adjustment = (  # a DataFrame: as_index=False (pandas-stubs says Series | DataFrame)
        adjustment.groupby(["period", "unit_id"], as_index=False)["points"].sum()  # type: ignore[assignment]
        if len(adjustment)
        else adjustment
    )
    units["adjustment_points"] = left_joined(units, adjustment, ["period", "unit_id"])["points"].fillna(0.0)
    units["total"] = units["indicator_points"] + units["adjustment_points"]
    with np.errstate(divide="ignore", invalid="ignore"):  # comparable across clusters whose maxima differ
        units["total_share"] = np.where(units["max_base"] > 0, 100 * units["total"] / units["max_base"], np.nan)
    if guided:
        units["self_total"] = units["total"] - units["guide_points"].fillna(0.0) + units["guide_claimed"].fillna(0.0)
        units = units.drop(columns=["guide_points", "guide_max", "guide_claimed"])
    else:
        units["self_total"] = np.nan  # a claimed total exists only with a guide
    units = left_joined(
        units, _of_units(votes, units, "period")[["period", "unit_id", "votes", "voters"]], ["period", "unit_id"]
    )
    units = left_joined(units, _of_units(members, units, "year")[["year", "unit_id", "role"]], ["year", "unit_id"])
    units["self_compared"] = units["self_compared"].where(units["self_scored"] > 0)
    return units.drop(columns=["self_scored"])


def _zeros(scored: pd.DataFrame, unit: np.ndarray, count: int, appraisal: Appraisal | None) -> np.ndarray:
    """Per unit, what `no_zero` forbids (docs/reference.md, "Grades: no criterion at 0"): applying criteria at
    any level whose standard total is above 0 with a final score at or below 0, and rows outside the guide
    scored by attainment or directly whose max_points is above 0 with points at or below 0 (both at 2 decimals)."""
    outside = ~scored["in_guide"].to_numpy(bool) if "in_guide" in scored else np.ones(len(scored), dtype=bool)
    zero = (
        outside
        & scored["scoring"].isin(EARNED_KINDS).to_numpy()
        & (scored["max_points"].to_numpy(float) > 0)
        & (np.round(scored["points"].to_numpy(float), 2) <= 0)
    )
    zeros = np.bincount(unit[zero], minlength=count)
    if appraisal is not None:
        structure = appraisal.tree
        counted = structure.applies[appraisal.pair] & (structure.standard_total[appraisal.pair] > 0)
        zeros = zeros + (counted & (np.round(appraisal.final, 2) <= 0)).sum(axis=1)
    return zeros


def award_points(awards: pd.DataFrame, rules: Rules, period: str) -> pd.DataFrame:
    """The points each unit gains in a whole-year period Y for the forms of `[[award_points]]` it holds a
    counting award of (not revoked, regular) of year Y − lag, once per form (docs/reference.md, "Points for
    awards held"): one row per unit and form with period, unit_id, points, and the award, its year and its
    decision (the first such award's) for the reports. None in a part of a year."""
    columns = {
        "period": "str",
        "unit_id": "str",
        "points": "float64",
        "award": "str",
        "year": "Int64",
        "decision": "str",
    }
    found = []
    if rules.award_points and "-" not in period:
        counting = awards[~awards["revoked"].astype(bool) & (awards["kind"] == "regular") & awards["form"].notna()]
        for entry in rules.award_points:
            held = counting[(counting["form"] == entry.award) & (counting["year"] == int(period) - entry.lag)]
            held = held.drop_duplicates("unit_id")
            found.append(
                pd.DataFrame(
                    {
                        "period": period,
                        "unit_id": held["unit_id"].to_numpy(),
                        "points": entry.points,
                        "award": entry.award,
                        "year": held["year"].to_numpy(),
                        "decision": held["decision"].to_numpy(),
                    }
                )
            )
    if not found:
        return pd.DataFrame({name: pd.Series(dtype=dtype) for name, dtype in columns.items()})
    return pd.concat(found, ignore_index=True).astype(columns)


def guide_totals(appraisal: Appraisal) -> pd.DataFrame:
    """Per unit, in the order of the appraisal's units, from its top-level criteria: guide_points (Σ final),
    guide_max (Σ standard totals), guide_claimed (Σ claimed), and guide_lowest, the lowest final score (at 2
    decimals) as a share of its standard total, for the grades' floors (∞ where no standard has points)."""
    structure = appraisal.tree
    top = structure.applies[appraisal.pair] & (structure.parent < 0)
    standard = structure.standard_total[appraisal.pair]
    with np.errstate(divide="ignore", invalid="ignore"):
        share = np.where(top & (standard > 0), np.round(appraisal.final, 2) / standard, np.inf)
    return pd.DataFrame(
        {
            "guide_points": np.where(top, appraisal.final, 0.0).sum(axis=1),
            "guide_max": np.where(top, standard, 0.0).sum(axis=1),
            "guide_claimed": np.where(top, appraisal.claimed, 0.0).sum(axis=1),
            "guide_lowest": share.min(axis=1, initial=np.inf),
        }
    )


def _of_units(table: pd.DataFrame, units: pd.DataFrame, key: str) -> pd.DataFrame:
    """The rows of a table of every period (adjustments, votes) or year (members) that are the units' own."""
    return table[table[key].isin(units[key].unique())]
