"""A board's scoring guide (contract section 7): the points of per-case, banded and direct rows, every unit's
score on every criterion that applies (earned, deductions and bonuses within their caps, computed, agreed,
final, claimed), the units' guide totals and their grades.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ..data import tree
from ..data.rules import Rules
from ..data.schema import EARNED_KINDS, RULE_KINDS
from .attainment import TOLERANCE

KEYS = ["period", "cluster_id", "unit_id"]
COLUMNS = KEYS + ["criterion_id", "parent_id", "name", "depth", "order", "standard_points", "start", "standard_total",
                  "earned", "deductions", "bonuses", "computed", "agreed_points", "final", "self_points", "claimed",
                  "claim_diff", "reason", "deduction_cap", "bonus_cap", "year"]


def band_points(rows: pd.DataFrame, value: np.ndarray, bands: pd.DataFrame | None) -> np.ndarray:
    """The points of the band each row's value falls in (from ≤ value < to; a blank bound is open), 0 in none."""
    points = np.zeros(len(rows))
    if bands is None or bands.empty or not len(rows):
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
    pairs = scored[["cluster_id", "year"]].astype({"cluster_id": "str", "year": "Int64"})
    distinct = pairs.drop_duplicates().reset_index(drop=True)
    ordered = criteria.sort_values("order", kind="stable")
    applies = tree.applies(ordered, distinct)
    pair = pd.MultiIndex.from_frame(distinct).get_indexer(pd.MultiIndex.from_frame(pairs))
    column = pd.Index(ordered["criterion_id"]).get_indexer(scored["criterion_id"])
    counted = linked.to_numpy() & (column >= 0)
    counted[counted] = applies[pair[counted], column[counted]]
    counted = pd.Series(counted, index=scored.index)
    return counted, linked & ~counted


def criterion_table(scored: pd.DataFrame, criteria: pd.DataFrame, indicators: pd.DataFrame,
                    criterion_scores: pd.DataFrame) -> pd.DataFrame:
    """One row per period, cluster, unit and applying criterion, units in the order of `scored`, criteria in the
    tree's order (section 7). `scored` holds the rows that count through the tree (see `in_guide`) and at least
    one row of every unit."""
    if criteria.empty or scored.empty:
        return pd.DataFrame({column: pd.Series(dtype=object) for column in COLUMNS})
    unit = scored.groupby(KEYS, sort=False).ngroup().to_numpy()
    units = scored[KEYS + ["year"]].iloc[np.unique(unit, return_index=True)[1]].astype({"year": "Int64"}).reset_index(drop=True)
    located = units[["cluster_id", "year"]].astype({"cluster_id": "str"})
    pairs = located.drop_duplicates().reset_index(drop=True)
    structure = tree.build(criteria, indicators, pairs)
    pair = pd.MultiIndex.from_frame(pairs).get_indexer(pd.MultiIndex.from_frame(located))
    codes = pd.Index(structure.criteria["criterion_id"])
    shape = (len(units), len(codes))
    column = codes.get_indexer(scored["criterion_id"])
    linked = column >= 0
    earned, deducted, added = (np.zeros(shape) for _ in range(3))
    for matrix, values in zip((earned, deducted, added), rule_points(scored["scoring"].to_numpy()[linked],
                                                                      scored["points"].to_numpy(float)[linked])):
        np.add.at(matrix, (unit[linked], column[linked]), values)
    deductions = np.fmin(deducted, structure.criteria["deduction_cap"].to_numpy(float))  # fmin: a blank cap caps nothing
    bonuses = np.fmin(added, structure.criteria["bonus_cap"].to_numpy(float))
    given = {name: np.full(shape, np.nan) for name in ("self_points", "agreed_points")}
    reasons = np.full(shape, None, dtype=object)
    scores = criterion_scores[criterion_scores["period"].isin(units["period"].unique())]
    at = pd.MultiIndex.from_frame(units[["period", "unit_id"]].astype("str")).get_indexer(
        pd.MultiIndex.from_frame(scores[["period", "unit_id"]].astype("str")))
    where = codes.get_indexer(scores["criterion_id"])
    found = (at >= 0) & (where >= 0)
    for name, matrix in given.items():
        matrix[at[found], where[found]] = scores[name].to_numpy(float)[found]
    reasons[at[found], where[found]] = scores["reason"].to_numpy(dtype=object)[found]
    own = structure.start[pair] + earned - deductions + bonuses
    computed, final = structure.roll_up(own, pair, given["agreed_points"])
    claimed = structure.roll_up(own, pair, np.where(np.isnan(given["self_points"]), given["agreed_points"],
                                                    given["self_points"]))[1]
    rows, columns = np.nonzero(structure.applies[pair])
    attributes = structure.criteria.iloc[columns].reset_index(drop=True)
    table = pd.concat([units.iloc[rows].reset_index(drop=True), attributes[[
        "criterion_id", "parent_id", "name", "depth", "order", "standard_points", "deduction_cap", "bonus_cap"]]], axis=1)
    cells = (rows, columns)
    return table.assign(
        start=structure.start[pair][cells], standard_total=structure.standard_total[pair][cells], earned=earned[cells],
        deductions=deductions[cells], bonuses=bonuses[cells], computed=computed[cells],
        agreed_points=given["agreed_points"][cells], final=final[cells], self_points=given["self_points"][cells],
        claimed=claimed[cells], claim_diff=claimed[cells] - final[cells],
        reason=pd.Series(reasons[cells], dtype="str"))[COLUMNS]


def unit_totals(table: pd.DataFrame) -> pd.DataFrame:
    """Per unit, from its top-level criteria: guide_points (Σ final), guide_max (Σ standard totals) and
    guide_claimed (Σ claimed)."""
    top = table[table["parent_id"].isna()]
    return top.groupby(KEYS, sort=False).agg(guide_points=("final", "sum"), guide_max=("standard_total", "sum"),
                                             guide_claimed=("claimed", "sum"))


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
