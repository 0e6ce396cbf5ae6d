"""A board's scoring guide (docs/reference.md, "A scoring guide"): the appraisal, every unit's score on every
criterion that applies (earned, deductions and bonuses within their caps, computed, agreed, final, claimed),
and the units' guide totals.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from ..data import tree
from ..data.codes import decoded, matches, numbered, positions
from ..data.kinds import EARNED_KINDS, RULE_KINDS
from ..errors import Unsupported

KEYS = ["period", "cluster_id", "unit_id"]
COLUMNS = KEYS + [
    "criterion_id",
    "parent_id",
    "name",
    "depth",
    "order",
    "standard_points",
    "start",
    "standard_total",
    "earned",
    "deductions",
    "bonuses",
    "computed",
    "agreed_points",
    "final",
    "self_points",
    "claimed",
    "claim_diff",
    "reason",
    "deduction_cap",
    "bonus_cap",
    "year",
]


def rule_points(kind: pd.Series, points: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per row, the points it earns, deducts (as a positive number) and adds, by its kind of scoring."""
    rule = kind.isin(RULE_KINDS).to_numpy()
    earned = np.where(kind.isin(EARNED_KINDS).to_numpy(), points, 0.0)
    return earned, np.where(rule & (points < 0), -points, 0.0), np.where(rule & (points > 0), points, 0.0)


@dataclass
class Appraisal:
    """Every unit's scores on the guide's criteria as (units × criteria) matrices, the columns in the tree's
    order (docs/reference.md, "A scoring guide"). The long table, one row per unit and applying criterion, is built only
    when asked for: totals and grades need the matrices alone (`scores.guide_totals`)."""

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
        table = pd.concat(
            [
                self.units.iloc[rows].reset_index(drop=True),
                attributes[
                    [
                        "criterion_id",
                        "parent_id",
                        "name",
                        "depth",
                        "order",
                        "standard_points",
                        "deduction_cap",
                        "bonus_cap",
                    ]
                ],
            ],
            axis=1,
        )
        cells, at_pair = (rows, columns), (pair[picked], columns)
        return table.assign(
            start=self.tree.start[at_pair],
            standard_total=self.tree.standard_total[at_pair],
            earned=self.earned[cells],
            deductions=self.deductions[cells],
            bonuses=self.bonuses[cells],
            computed=self.computed[cells],
            agreed_points=self.agreed[cells],
            final=self.final[cells],
            self_points=self.self_points[cells],
            claimed=self.claimed[cells],
            claim_diff=self.claimed[cells] - self.final[cells],
            reason=self.reasons.take(self.reason[cells], allow_fill=True),
        )[COLUMNS]


TEXT_COLUMNS = ("period", "cluster_id", "unit_id", "criterion_id", "parent_id", "name", "reason")
WHOLE_COLUMNS = {"depth": "int64", "order": "int64", "year": "Int64"}


def empty_table() -> pd.DataFrame:
    """The criteria table of a period without a guide: no rows, the columns and dtypes of one with a guide."""
    return pd.DataFrame(
        {
            column: pd.Series(dtype="str" if column in TEXT_COLUMNS else WHOLE_COLUMNS.get(column, "float64"))
            for column in COLUMNS
        }
    )


def unit_rows(scored: pd.DataFrame) -> tuple[np.ndarray, pd.DataFrame]:
    """Each scored row's unit (numbered in the order units first appear) and the units' KEYS and year, as text."""
    unit, first = numbered(scored[KEYS])
    return unit, decoded(scored[KEYS + ["year"]].iloc[first].reset_index(drop=True))


Numbering = tuple[np.ndarray, pd.DataFrame]  # each scored row's unit, and the units (see `unit_rows`)


def appraise(
    scored: pd.DataFrame, structure: tree.Tree | None, criterion_scores: pd.DataFrame
) -> tuple[Numbering, Appraisal | None]:
    """Each row's unit (`unit_rows`: numbered once, for the totals too), and every unit's scores on every
    criterion (None without a guide, or where none of its criteria applies). `scored` holds the rows that count
    through the tree (see `data.tree.in_guide`) and at least one row of every unit; `structure` is the guide's tree over
    (at least) every cluster and year of those units, as validation built it for every member."""
    guided = structure is not None and not scored.empty
    # earned, deducted, added
    points = rule_points(scored["scoring"], scored["points"].to_numpy(float)) if guided else ()
    numbering = unit_rows(scored)
    if structure is None or not guided:
        return numbering, None
    unit, units = numbering[0], numbering[1].astype({"year": "Int64"})
    pair = matches(units[["cluster_id", "year"]], structure.pairs)
    if (pair < 0).any():  # -1 would read another pair's row: a wrong score must never pass silently
        raise Unsupported("a unit's cluster and year are not in the guide's tree")
    if not structure.applies[pair].any():
        return numbering, None
    codes = pd.Index(structure.criteria["criterion_id"])
    shape = (len(units), len(codes))
    column = positions(scored["criterion_id"], codes)
    linked = column >= 0
    cell = np.ravel_multi_index((unit[linked], column[linked]), shape)  # each row's (unit, criterion) cell
    # summed per cell by counting (np.add.at is ten times slower)
    earned, deducted, added = (
        np.bincount(cell, weights=values[linked], minlength=shape[0] * shape[1]).reshape(shape) for values in points
    )
    # fmin: a blank cap caps nothing
    deductions = np.fmin(deducted, structure.criteria["deduction_cap"].to_numpy(float))
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
    claimed = structure.roll_up(
        own, pair, np.where(np.isnan(given["self_points"]), given["agreed_points"], given["self_points"])
    )[1]
    return numbering, Appraisal(
        units,
        unit,
        structure,
        pair,
        earned,
        deductions,
        bonuses,
        computed,
        given["agreed_points"],
        final,
        given["self_points"],
        claimed,
        reason,
        scores["reason"].astype("str").array,
    )
