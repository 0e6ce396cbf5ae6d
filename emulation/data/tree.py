"""A scoring guide's tree as arrays (docs/reference.md, "A scoring guide"), shared by validation and the engine.

Rows are (cluster, year) pairs or units, columns the criteria in the tree's order. A national guide has a few
dozen criteria and thousands of units: a value rolls up the tree one level at a time, a column at a time, over
every unit at once.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from .codes import matches, numbered, positions, spread
from .kinds import EARNED_KINDS
from .problems import Problem


@dataclass
class Tree:
    """A scoring guide's structure as arrays: one row per (cluster, year) pair, one column per criterion.

    Built once by validation over every member's cluster and year (`build`) and kept on the `Dataset`; the
    appraisal reads which criteria apply to a unit's pair, their starts and standard totals from it."""

    criteria: pd.DataFrame  # in the tree's order (pre-order, siblings as in the table)
    pairs: pd.DataFrame  # cluster_id, year: the rows of the matrices below
    parent: np.ndarray  # the column of each criterion's parent, -1 at the top
    applies: np.ndarray  # (pairs × criteria) bool
    children: np.ndarray  # applying children
    earned_count: np.ndarray  # attainment and direct indicators that apply to the cluster
    earned_max: np.ndarray  # their Σ max_points
    start: np.ndarray  # the standard of an item scored by rules alone, else 0
    standard_total: np.ndarray

    def roll_up(
        self, own: np.ndarray, pair: np.ndarray, override: np.ndarray | None = None
    ) -> tuple[np.ndarray, np.ndarray]:
        """own + Σ the results of the applying children, level by level from the deepest, before and after
        `override` (which, where not NaN, replaces a criterion's result); rows are mapped to pairs by `pair`."""
        applies = self.applies[pair]
        summed = np.where(applies, own, 0.0)
        result = summed.copy()
        depth = self.criteria["depth"].to_numpy()
        for level in range(int(depth.max()) if len(depth) else -1, -1, -1):
            for column in np.flatnonzero(depth == level):
                value = (
                    summed[:, column]
                    if override is None
                    else np.where(np.isnan(override[:, column]), summed[:, column], override[:, column])
                )
                result[:, column] = np.where(applies[:, column], value, 0.0)
                if self.parent[column] >= 0:
                    summed[:, self.parent[column]] += result[:, column]
        return summed, result


def _prepared(criteria: pd.DataFrame, pairs: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The criteria in the tree's order and the distinct (cluster_id, year) pairs, typed, numbered from 0."""
    ordered = criteria.sort_values("order", kind="stable").reset_index(drop=True)
    pairs = pairs[["cluster_id", "year"]]
    pairs = pairs.iloc[numbered(pairs)[1]].astype({"cluster_id": "str", "year": "Int64"})  # drop_duplicates, by codes
    return ordered, pairs.reset_index(drop=True)


def build(criteria: pd.DataFrame, indicators: pd.DataFrame, pairs: pd.DataFrame) -> Tree:
    """The tree for the given (cluster_id, year) pairs.

    Only clusters and years that the guide names (on a criterion, or on an indicator of one) can set two
    pairs' trees apart: the arrays are built once per distinct kind of pair, a handful, and spread to the
    thousands of pairs."""
    ordered, pairs = _prepared(criteria, pairs)
    codes = pd.Index(ordered["criterion_id"])
    earned = indicators[indicators["scoring"].isin(EARNED_KINDS) & indicators["criterion_id"].isin(codes)]
    named = pd.DataFrame(
        {
            "cluster_id": pairs["cluster_id"].where(
                pairs["cluster_id"].isin(pd.concat([ordered["cluster_id"], earned["cluster_id"]]).dropna())
            ),
            "year": pairs["year"].where(pairs["year"].isin(ordered["year"].dropna())),
        }
    )
    kind, first = numbered(named)
    kinds = named.iloc[first].reset_index(drop=True)
    parent = codes.get_indexer(ordered["parent_id"].fillna(""))
    applying = applies(ordered, kinds)
    children = np.zeros(applying.shape)
    for column in np.flatnonzero(parent >= 0):
        children[:, parent[column]] += applying[:, column]
    earned_count, earned_max = np.zeros(applying.shape), np.zeros(applying.shape)
    cluster = kinds["cluster_id"].to_numpy(dtype=object)
    for code, only, most in zip(earned["criterion_id"], earned["cluster_id"], earned["max_points"]):
        rows = np.ones(len(kinds), dtype=bool) if pd.isna(only) else cluster == only
        earned_count[rows, codes.get_loc(code)] += 1
        earned_max[rows, codes.get_loc(code)] += 0.0 if pd.isna(most) else most  # a blank max adds nothing
    by_rules = applying & (children == 0) & (earned_count == 0)
    start = np.where(by_rules, ordered["standard_points"].fillna(0).to_numpy(float), 0.0)
    tree = Tree(ordered, kinds, parent, applying, children, earned_count, earned_max, start, np.zeros(applying.shape))
    standard_total = tree.roll_up(start + earned_max, np.arange(len(kinds)))[0]
    return Tree(
        ordered,
        pairs,
        parent,
        applying[kind],
        children[kind],
        earned_count[kind],
        earned_max[kind],
        start[kind],
        standard_total[kind],
    )


def applies(criteria: pd.DataFrame, pairs: pd.DataFrame) -> np.ndarray:
    """Whether each criterion (in the order given) applies to each (cluster_id, year) pair: its own cluster and
    year and those of all its ancestors allow it (two different clusters or years on one lineage allow none)."""
    own = {
        code: (cluster, year, parent)
        for code, cluster, year, parent in zip(
            criteria["criterion_id"], criteria["cluster_id"], criteria["year"], criteria["parent_id"]
        )
    }
    lineage = []
    for code in criteria["criterion_id"]:
        clusters, years, current = set(), set(), code
        while isinstance(current, str):
            cluster, year, parent = own[current]
            clusters.update([cluster] if pd.notna(cluster) else [])
            years.update([int(year)] if pd.notna(year) else [])
            current = parent if pd.notna(parent) else None
        lineage.append((clusters, years))
    cluster = pairs["cluster_id"].to_numpy(dtype=object)
    year = pairs["year"].to_numpy(dtype=float, na_value=np.nan)
    applies = np.zeros((len(pairs), len(criteria)), dtype=bool)
    for column, (clusters, years) in enumerate(lineage):
        if len(clusters) <= 1 and len(years) <= 1:
            applies[:, column] = ((cluster == next(iter(clusters))) if clusters else True) & (
                (year == next(iter(years))) if years else True
            )
    return applies


def unrestricted(criteria: pd.DataFrame) -> pd.Series:
    """Whether each criterion (indexed by code) applies to every cluster and year: neither it nor any of its
    ancestors names a cluster or a year."""
    return pd.Series(
        applies(criteria, pd.DataFrame({"cluster_id": [None], "year": [np.nan]}))[0],
        index=pd.Index(criteria["criterion_id"], dtype="str"),
    )


def applies_to_rows(criteria: pd.DataFrame, cluster: pd.Series, year: pd.Series, criterion: pd.Series) -> np.ndarray:
    """Whether each row's criterion applies to the row's cluster and year: always for a criterion that no
    cluster or year restricts (nor any of its ancestors), never for an unknown one, and for the others, where
    the cluster and year are given and allow it (asked once per distinct pair: a guide is mostly unrestricted,
    and restricted rows hold few pairs)."""
    ordered = criteria.sort_values("order", kind="stable")
    column = positions(criterion, pd.Index(ordered["criterion_id"], dtype="str"))
    result = spread(unrestricted(ordered).to_numpy(), column, False)
    restricted = np.flatnonzero(~result & (column >= 0))
    if not len(restricted):
        return result
    located = pd.DataFrame(
        {
            "cluster_id": cluster.iloc[restricted].astype("str").to_numpy(),
            "year": year.iloc[restricted].astype("Int64").to_numpy(),
        }
    )
    pairs = located.dropna().drop_duplicates().reset_index(drop=True)
    allowed = np.vstack([applies(ordered, pairs), np.zeros((1, len(ordered)), dtype=bool)])  # last row: no pair
    result[restricted] = allowed[matches(located, pairs), column[restricted]]
    return result


def in_guide(scored: pd.DataFrame, criteria: pd.DataFrame) -> tuple[pd.Series, pd.Series]:
    """For each row: whether its indicator belongs to a criterion that applies (its points count through the
    tree), and whether it belongs to one that does not (the row is left out:
    docs/reference.md, "A unit's total with a guide")."""
    linked = scored["criterion_id"].notna()
    if criteria.empty or not linked.any():
        return linked & False, linked & False
    counted = pd.Series(
        applies_to_rows(criteria, scored["cluster_id"], scored["year"], scored["criterion_id"]),
        index=scored.index,
        copy=False,
    )
    return counted, linked & ~counted


def applicable(criteria: pd.DataFrame, pairs: pd.DataFrame) -> pd.DataFrame:
    """(cluster_id, year, criterion_id) of every criterion that applies to each given (cluster_id, year)."""
    ordered, pairs = _prepared(criteria, pairs)
    rows, columns = np.nonzero(applies(ordered, pairs))
    return pd.DataFrame(
        {
            "cluster_id": pairs["cluster_id"].to_numpy()[rows],
            "year": pairs["year"].to_numpy()[rows],
            "criterion_id": ordered["criterion_id"].to_numpy()[columns],
        }
    ).astype({"cluster_id": "str", "year": "Int64", "criterion_id": "str"})


def declared_differences(tree: Tree, where: dict) -> list[Problem]:
    """A warning for every criterion whose declared standard differs from the sum of its parts (it has children
    or earned points), naming the clusters and years where it does; `where` locates the criteria table."""
    declared = tree.criteria["standard_points"].to_numpy(float)
    built = tree.applies & ((tree.children > 0) | (tree.earned_count > 0)) & ~np.isnan(declared)
    differs = built & (np.abs(declared - tree.standard_total) > 1e-9)
    problems = []
    for column in np.flatnonzero(differs.any(axis=0)):
        rows = np.flatnonzero(differs[:, column])
        totals = pd.Series(tree.standard_total[rows, column], index=rows)
        for total, group in totals.groupby(totals, sort=True):
            places = ", ".join(
                f"{tree.pairs.at[row, 'cluster_id']!s} {tree.pairs.at[row, 'year']!s}" for row in group.index
            )
            problems.append(
                Problem(
                    "standard_differs",
                    row=int(tree.criteria.at[column, "row"]),  # type: ignore[arg-type]  # an int column's value
                    warning=True,
                    **where,
                    params={
                        "code": tree.criteria.at[column, "criterion_id"],
                        "declared": f"{declared[column]:g}",
                        "total": f"{total:g}",
                        "places": places,
                    },
                )
            )
    return problems
