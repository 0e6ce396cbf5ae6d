"""A board's scoring guide (contract section 7): the points of per-case, banded and direct rows, every unit's
score on every criterion that applies (earned, deductions and bonuses within their caps, computed, agreed,
final, claimed), the units' guide totals and their grades.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ..data import guide
from ..data.rules import Rules
from ..data.schema import EARNED_KINDS, RULE_KINDS
from .attainment import TOLERANCE

KEYS = ["period", "cluster_id", "unit_id"]
COLUMNS = KEYS + ["criterion_id", "parent_id", "name", "depth", "order", "standard_points", "start", "standard_total",
                  "earned", "deductions", "bonuses", "computed", "agreed_points", "final", "self_points", "claimed",
                  "claim_diff", "reason", "deduction_cap", "bonus_cap", "year"]


def band_points(rows: pd.DataFrame, value: np.ndarray, bands: pd.DataFrame) -> np.ndarray:
    """The points of the band each row's value falls in (from ≤ value < to; a blank bound is open), 0 in none."""
    points = np.zeros(len(rows))
    if bands.empty or not len(rows):
        return points
    probe = pd.DataFrame({"indicator_id": rows["indicator_id"].to_numpy(), "value": value, "at": np.arange(len(rows))})
    found = probe.dropna(subset=["value"]).merge(bands[["indicator_id", "from", "to", "points"]], on="indicator_id")
    inside = (found["from"].isna() | (found["value"] >= found["from"])) & (found["to"].isna() | (found["value"] < found["to"]))
    chosen = found[inside]
    points[chosen["at"].to_numpy()] = chosen["points"].to_numpy()
    return points


def rule_points(kind: np.ndarray, points: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per row, the points it earns, deducts (as a positive number) and adds, by its kind of scoring."""
    rule = np.isin(kind, RULE_KINDS)
    earned = np.where(np.isin(kind, EARNED_KINDS), points, 0.0)
    return earned, np.where(rule & (points < 0), -points, 0.0), np.where(rule & (points > 0), points, 0.0)


def in_guide(scored: pd.DataFrame, criteria: pd.DataFrame) -> tuple[pd.Series, pd.Series]:
    """For each row: whether its indicator belongs to a criterion that applies (its points count through the
    tree), and whether it belongs to one that does not (the row is left out, section 7)."""
    linked = scored["criterion_id"].notna()
    if criteria.empty or not linked.any():
        return linked & False, linked & False
    applying = guide.applicable(criteria, scored[["cluster_id", "year"]].drop_duplicates())
    marked = scored[["cluster_id", "year", "criterion_id"]].astype({"year": "Int64"}).merge(
        applying.assign(_applies=True), on=["cluster_id", "year", "criterion_id"], how="left")["_applies"]
    applies = pd.Series(marked.notna().to_numpy(), index=scored.index)
    return linked & applies, linked & ~applies


def criterion_table(scored: pd.DataFrame, criteria: pd.DataFrame, indicators: pd.DataFrame,
                    criterion_scores: pd.DataFrame) -> pd.DataFrame:
    """One row per period, cluster, unit and applying criterion, in the tree's order (section 7).

    `scored` holds the rows that count through the tree (see `in_guide`) and at least one row of every unit.
    """
    nothing = pd.DataFrame({column: pd.Series(dtype=object) for column in COLUMNS})
    if criteria.empty or scored.empty:
        return nothing
    units = scored[KEYS + ["year"]].drop_duplicates(KEYS)
    units = units.astype({"year": "Int64"})
    applying = guide.applicable(criteria, units[["cluster_id", "year"]].drop_duplicates())
    if applying.empty:
        return nothing
    tree = guide.standards(criteria, indicators, applying)
    table = units.merge(tree, on=["cluster_id", "year"])
    linked = scored[scored["criterion_id"].notna()]
    earned, deducted, added = rule_points(linked["scoring"].to_numpy(), linked["points"].to_numpy(float))
    sums = pd.DataFrame({"earned": earned, "deducted": deducted, "added": added}, index=linked.index).groupby(
        [linked[key] for key in KEYS + ["criterion_id"]]).sum()
    table = table.join(sums, on=KEYS + ["criterion_id"])
    table[["earned", "deducted", "added"]] = table[["earned", "deducted", "added"]].fillna(0.0)
    table["deductions"] = np.fmin(table["deducted"], table["deduction_cap"])  # fmin: a blank cap caps nothing
    table["bonuses"] = np.fmin(table["added"], table["bonus_cap"])
    given = criterion_scores[["period", "unit_id", "criterion_id", "self_points", "agreed_points", "reason"]]
    table = table.merge(given, on=["period", "unit_id", "criterion_id"], how="left")
    own = table["start"] + table["earned"] - table["deductions"] + table["bonuses"]
    keys = ["period", "cluster_id", "unit_id"]
    table["computed"], table["final"] = guide.roll_up(table, keys, own, table["agreed_points"])
    table["claimed"] = guide.roll_up(table, keys, own, table["self_points"].fillna(table["agreed_points"]))[1]
    table["claim_diff"] = table["claimed"] - table["final"]
    return table.sort_values(KEYS[:2] + ["unit_id", "order"], kind="stable")[COLUMNS].reset_index(drop=True)


def unit_totals(table: pd.DataFrame) -> pd.DataFrame:
    """Per unit, from its top-level criteria: guide_points (Σ final), guide_max (Σ standard totals) and
    guide_claimed (Σ claimed), and whether it gave any criterion self points."""
    top = table[table["parent_id"].isna()]
    totals = top.groupby(KEYS, sort=False).agg(guide_points=("final", "sum"), guide_max=("standard_total", "sum"),
                                               guide_claimed=("claimed", "sum"))
    claimed = table.groupby(KEYS, sort=False)["self_points"].count().rename("guide_self_count")
    return totals.join(claimed)


def grades(units: pd.DataFrame, table: pd.DataFrame | None, rules: Rules) -> np.ndarray:
    """Each unit's grade: the first of the rules' grades whose conditions all hold, comparing totals and final
    scores rounded to 2 decimals; blank when none holds, for units with missing data, and without grades.
    Without a guide (`table` None or empty) only the grades' minimum totals apply."""
    chosen = np.full(len(units), "", dtype=object)
    if not rules.grades:
        return chosen
    table = table if table is not None and not table.empty else pd.DataFrame(columns=COLUMNS)
    top = table[table["parent_id"].isna() & (table["standard_total"] > 0)]
    share = (top["final"].astype(float).round(2) / top["standard_total"].astype(float)).groupby(
        [top[key] for key in KEYS]).min()
    lowest = share.reindex(pd.MultiIndex.from_frame(units[KEYS])).fillna(np.inf).to_numpy() if len(share) \
        else np.full(len(units), np.inf)
    total = units["total"].round(2).to_numpy()
    undecided = units["missing_count"].to_numpy() == 0
    for grade in rules.grades:
        holds = np.ones(len(units), dtype=bool)
        if grade.min_total is not None:
            holds &= total >= grade.min_total - TOLERANCE
        if grade.min_criterion_share is not None:
            holds &= lowest >= grade.min_criterion_share - TOLERANCE
        chosen[undecided & holds] = grade.name
        undecided &= ~holds
    return chosen


def below_grade(grade: pd.Series, rules: Rules) -> np.ndarray:
    """Units whose grade is blank or comes after `require_grade` (passed over for awards)."""
    if rules.require_grade is None:
        return np.zeros(len(grade), dtype=bool)
    names = [item.name for item in rules.grades]
    allowed = set(names[:names.index(rules.require_grade) + 1])
    return ~grade.isin(allowed).to_numpy()
