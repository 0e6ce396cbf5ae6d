"""A board's scoring guide (docs/reference.md, "A scoring guide"): the points of per-case, banded and direct rows, every unit's
score on every criterion that applies (earned, deductions and bonuses within their caps, computed, agreed,
final, claimed), the units' guide totals and their grades.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from ..data import tree
from ..data.codes import decoded, matches, numbered, positions
from ..data.rules import Rules
from ..data.schema import EARNED_KINDS, RULE_KINDS
from .attainment import TOLERANCE

KEYS = ["period", "cluster_id", "unit_id"]
COLUMNS = KEYS + ["criterion_id", "parent_id", "name", "depth", "order", "standard_points", "start", "standard_total",
                  "earned", "deductions", "bonuses", "computed", "agreed_points", "final", "self_points", "claimed",
                  "claim_diff", "reason", "deduction_cap", "bonus_cap", "year"]


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
    for code, start, end, given in zip(codes.get_indexer(bands["indicator_id"]), low, high, bands["points"].to_numpy(float)):
        inside = (row_code == code) & ~(row_value < start) & ~(row_value >= end)  # NaN bounds compare False: open
        points[banded[inside]] = given
    return points


def rule_points(kind: pd.Series, points: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per row, the points it earns, deducts (as a positive number) and adds, by its kind of scoring."""
    rule = kind.isin(RULE_KINDS).to_numpy()
    earned = np.where(kind.isin(EARNED_KINDS).to_numpy(), points, 0.0)
    return earned, np.where(rule & (points < 0), -points, 0.0), np.where(rule & (points > 0), points, 0.0)


def in_guide(scored: pd.DataFrame, criteria: pd.DataFrame) -> tuple[pd.Series, pd.Series]:
    """For each row: whether its indicator belongs to a criterion that applies (its points count through the
    tree), and whether it belongs to one that does not (the row is left out: docs/reference.md, "A unit's total with a guide")."""
    linked = scored["criterion_id"].notna()
    if criteria.empty or not linked.any():
        return linked & False, linked & False
    counted = pd.Series(tree.applies_to_rows(criteria, scored["cluster_id"], scored["year"], scored["criterion_id"]),
                        index=scored.index, copy=False)
    return counted, linked & ~counted


@dataclass
class Appraisal:
    """Every unit's scores on the guide's criteria as (units × criteria) matrices, the columns in the tree's
    order (docs/reference.md, "A scoring guide"). The long table, one row per unit and applying criterion, is built only when asked for:
    totals and grades need the matrices alone."""

    units: pd.DataFrame  # KEYS and year: the matrices' rows, in the order of the scored rows
    row_unit: np.ndarray  # each scored row's unit (its row in `units`)
    tree: tree.Tree
    pair: np.ndarray  # each unit's row in the tree's matrices
    earned: np.ndarray
    deductions: np.ndarray
    bonuses: np.ndarray
    computed: np.ndarray
    agreed: np.ndarray
    final: np.ndarray
    self_points: np.ndarray
    claimed: np.ndarray
    reason: np.ndarray  # each cell's position in `reasons`, -1 where none was given
    reasons: pd.api.extensions.ExtensionArray

    def totals(self) -> pd.DataFrame:
        """Per unit, in the order of `units`, from its top-level criteria: guide_points (Σ final), guide_max (Σ standard
        totals), guide_claimed (Σ claimed), and guide_lowest, the lowest final score (at 2 decimals) as a share
        of its standard total, for the grades' floors (∞ where no standard has points)."""
        top = self.tree.applies[self.pair] & (self.tree.parent < 0)
        standard = self.tree.standard_total[self.pair]
        with np.errstate(divide="ignore", invalid="ignore"):
            share = np.where(top & (standard > 0), np.round(self.final, 2) / standard, np.inf)
        return pd.DataFrame({
            "guide_points": np.where(top, self.final, 0.0).sum(axis=1), "guide_max": np.where(top, standard, 0.0).sum(axis=1),
            "guide_claimed": np.where(top, self.claimed, 0.0).sum(axis=1),
            "guide_lowest": share.min(axis=1, initial=np.inf)})

    @property
    def has_claims(self) -> bool:
        return bool((~np.isnan(self.self_points) & self.tree.applies[self.pair]).any())

    def table(self, order: np.ndarray) -> pd.DataFrame:
        """One row per unit (in `order`, positions in `units`) and applying criterion, in the tree's order, with
        the columns COLUMNS."""
        pair = self.pair[order]
        picked, columns = np.nonzero(self.tree.applies[pair])
        rows = order[picked]
        attributes = self.tree.criteria.iloc[columns].reset_index(drop=True)
        table = pd.concat([self.units.iloc[rows].reset_index(drop=True), attributes[[
            "criterion_id", "parent_id", "name", "depth", "order", "standard_points", "deduction_cap", "bonus_cap"]]], axis=1)
        cells, at_pair = (rows, columns), (pair[picked], columns)
        return table.assign(
            start=self.tree.start[at_pair], standard_total=self.tree.standard_total[at_pair], earned=self.earned[cells],
            deductions=self.deductions[cells], bonuses=self.bonuses[cells], computed=self.computed[cells],
            agreed_points=self.agreed[cells], final=self.final[cells], self_points=self.self_points[cells],
            claimed=self.claimed[cells], claim_diff=self.claimed[cells] - self.final[cells],
            reason=self.reasons.take(self.reason[cells], allow_fill=True))[COLUMNS]


TEXT_COLUMNS = ("period", "cluster_id", "unit_id", "criterion_id", "parent_id", "name", "reason")
WHOLE_COLUMNS = {"depth": "int64", "order": "int64", "year": "Int64"}


def empty_table() -> pd.DataFrame:
    """The criteria table of a period without a guide: no rows, the columns and dtypes of one with a guide."""
    return pd.DataFrame({column: pd.Series(dtype="str" if column in TEXT_COLUMNS else WHOLE_COLUMNS.get(column, "float64"))
                         for column in COLUMNS})


def unit_rows(scored: pd.DataFrame) -> tuple[np.ndarray, pd.DataFrame]:
    """Each scored row's unit (numbered in the order units first appear) and the units' KEYS and year, as text."""
    unit, first = numbered(scored[KEYS])
    return unit, decoded(scored[KEYS + ["year"]].iloc[first].reset_index(drop=True))


def appraise(scored: pd.DataFrame, structure: tree.Tree | None, criterion_scores: pd.DataFrame) -> Appraisal | None:
    """Every unit's scores on every criterion (None without a guide, or where none of its criteria applies).
    `scored` holds the rows that count through the tree (see `in_guide`) and at least one row of every unit;
    `structure` is the guide's tree over (at least) every cluster and year of those units, as validation built
    it for every member."""
    if structure is None or scored.empty:
        return None
    unit, units = unit_rows(scored)
    units = units.astype({"year": "Int64"})
    pair = matches(units[["cluster_id", "year"]], structure.pairs)
    if (pair < 0).any():  # -1 would read another pair's row: a wrong score must never pass silently
        raise ValueError("a unit's cluster and year are not in the guide's tree")
    if not structure.applies[pair].any():
        return None
    codes = pd.Index(structure.criteria["criterion_id"])
    shape = (len(units), len(codes))
    column = positions(scored["criterion_id"], codes)
    linked = column >= 0
    cell = np.ravel_multi_index((unit[linked], column[linked]), shape)  # each row's (unit, criterion) cell
    # summed per cell by counting (np.add.at is ten times slower)
    earned, deducted, added = (np.bincount(cell, weights=values[linked], minlength=shape[0] * shape[1]).reshape(shape)
                               for values in rule_points(scored["scoring"], scored["points"].to_numpy(float)))
    deductions = np.fmin(deducted, structure.criteria["deduction_cap"].to_numpy(float))  # fmin: a blank cap caps nothing
    bonuses = np.fmin(added, structure.criteria["bonus_cap"].to_numpy(float))
    given = {name: np.full(shape, np.nan) for name in ("self_points", "agreed_points")}
    reason = np.full(shape, -1)
    scores = criterion_scores[criterion_scores["period"].isin(units["period"].unique())]
    at = matches(scores[["period", "unit_id"]], units)
    where = codes.get_indexer(scores["criterion_id"])
    found = (at >= 0) & (where >= 0)
    for name, matrix in given.items():
        matrix[at[found], where[found]] = scores[name].to_numpy(float)[found]
    reason[at[found], where[found]] = np.flatnonzero(found)
    own = structure.start[pair] + earned - deductions + bonuses
    computed, final = structure.roll_up(own, pair, given["agreed_points"])
    claimed = structure.roll_up(own, pair, np.where(np.isnan(given["self_points"]), given["agreed_points"],
                                                    given["self_points"]))[1]
    return Appraisal(units, unit, structure, pair, earned, deductions, bonuses, computed, given["agreed_points"], final,
                     given["self_points"], claimed, reason, scores["reason"].astype("str").array)


def grades(units: pd.DataFrame, rules: Rules) -> np.ndarray:
    """Each unit's grade (docs/reference.md, "Grades"): the first of the grades that grade its cluster whose
    conditions all hold, comparing totals and final scores rounded to 2 decimals; blank when none holds, for
    units with missing data, and where no grade grades the cluster. Without a guide (no `guide_lowest` column,
    see `Appraisal.totals`) only the grades' minimum totals apply."""
    chosen = np.full(len(units), "", dtype=object)
    if not rules.grades:
        return chosen
    lowest = units["guide_lowest"].fillna(np.inf).to_numpy() if "guide_lowest" in units else np.full(len(units), np.inf)
    total = units["total"].round(2).to_numpy()
    cluster = units["cluster_id"].to_numpy(dtype=object)
    for code in pd.unique(cluster):
        undecided = (cluster == code) & (units["missing_count"].to_numpy() == 0)
        for grade in rules.grades_for(code):
            holds = np.ones(len(units), dtype=bool)
            if grade.min_total is not None:
                holds &= total >= grade.min_total - TOLERANCE
            if grade.min_criterion_share is not None:
                holds &= lowest >= grade.min_criterion_share - TOLERANCE
            chosen[undecided & holds] = grade.name
            undecided &= ~holds
    return chosen


def below_grade(units: pd.DataFrame, rules: Rules) -> np.ndarray:
    """Units passed over for `require_grade`: their grade is blank or comes after it among the grades that grade
    their cluster, or those grades lack it."""
    if rules.require_grade is None:
        return np.zeros(len(units), dtype=bool)
    below = np.ones(len(units), dtype=bool)
    for code in pd.unique(units["cluster_id"].to_numpy(dtype=object)):
        names = [grade.name for grade in rules.grades_for(code)]
        allowed = names[:names.index(rules.require_grade) + 1] if rules.require_grade in names else []
        in_cluster = (units["cluster_id"] == code).to_numpy()
        below[in_cluster] = ~units["grade"][in_cluster].isin(allowed).to_numpy()
    return below
