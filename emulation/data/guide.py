"""A board's scoring guide (contract section 7): the criteria tree, bands and criterion scores, validated, and
the tree's structure that validation and the engine share: which criteria apply to a cluster in a year, their
start and standard totals, and the level-by-level roll-up of a value from items to standards.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from .cells import Cells
from .load import RawTable
from .problems import Problem
from .schema import EARNED_KINDS, YEARS

CRITERIA_COLUMNS = {"criterion_id": "str", "parent_id": "str", "name": "str", "standard_points": "float",
                    "deduction_cap": "float", "bonus_cap": "float", "cluster_id": "str", "year": "Int64",
                    "depth": "int64", "order": "int64", "row": "int64"}
BANDS_COLUMNS = {"indicator_id": "str", "from": "float", "to": "float", "points": "float", "row": "int64"}
SCORE_COLUMNS = {"period": "str", "year": "Int64", "part": "str", "unit_id": "str", "cluster_id": "str",
                 "criterion_id": "str", "self_points": "float", "agreed_points": "float", "reason": "str", "row": "int64"}


def empty(columns: dict[str, str]) -> pd.DataFrame:
    return pd.DataFrame({name: pd.Series(dtype=dtype) for name, dtype in columns.items()})


def validate_criteria(cells: Cells, raw: RawTable, known_clusters: set | None) -> pd.DataFrame:
    """The criteria with their depth in the tree and their place in its pre-order (the order of the table
    among siblings); a parent that does not exist and every criterion on a cycle are reported."""
    codes, names = cells.named_codes(raw, "criterion_id")
    parent = cells.text(raw, "parent_id")
    known = set(codes.dropna())
    cells.known(raw, parent, "parent_id", known, "unknown_parent")
    numbers = {}
    for column in ("standard_points", "deduction_cap", "bonus_cap"):
        numbers[column] = cells.numbers(raw, column, required=False)
        cells.report(raw, numbers[column] < 0, column, "negative_points")
    year = cells.numbers(raw, "year", required=False, whole=True)
    implausible = (year < YEARS[0]) | (year > YEARS[1])
    cells.report(raw, implausible, "year", "bad_year", low=YEARS[0], high=YEARS[1])
    cluster = cells.text(raw, "cluster_id")
    cells.known(raw, cluster, "cluster_id", known_clusters, "unknown_cluster")
    frame = pd.DataFrame({"criterion_id": codes, "parent_id": parent.where(parent.isin(known)), "name": names,
                          **numbers, "cluster_id": cluster, "year": year.where(~implausible).astype("Int64"),
                          "row": raw.rows})
    frame = frame[codes.notna()].drop_duplicates("criterion_id").reset_index(drop=True)
    depth, cyclic = _depths(frame)
    cells.report(raw, np.isin(raw.rows, frame.loc[cyclic, "row"]), "parent_id", "criteria_cycle", code=codes)
    frame = frame.assign(depth=depth)[~cyclic].reset_index(drop=True)
    return frame.assign(order=_preorder(frame))[list(CRITERIA_COLUMNS)]


def _depths(criteria: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
    """Each criterion's depth (0 at the top) and whether it lies on a cycle or below one."""
    parent = dict(zip(criteria["criterion_id"], criteria["parent_id"].fillna("")))
    depth, cyclic = [], []
    for code in criteria["criterion_id"]:
        seen, current = [], code
        while current and current not in seen and len(seen) <= len(parent):
            seen.append(current)
            current = parent.get(current, "")
        depth.append(len(seen) - 1)
        cyclic.append(bool(current))
    return np.array(depth, dtype=np.int64), np.array(cyclic, dtype=bool)


def _preorder(criteria: pd.DataFrame) -> np.ndarray:
    """Position of each criterion when the tree is read top-down, children in the order of the table."""
    children: dict[str, list[str]] = {}
    for code, parent in zip(criteria["criterion_id"], criteria["parent_id"].fillna("")):
        children.setdefault(parent, []).append(code)
    order: dict[str, int] = {}
    stack = list(reversed(children.get("", [])))
    while stack:
        code = stack.pop()
        order[code] = len(order)
        stack.extend(reversed(children.get(code, [])))
    return criteria["criterion_id"].map(order).to_numpy(dtype=np.int64)


def check_indicators(cells: Cells, raw: RawTable, indicators: pd.DataFrame, criteria: pd.DataFrame | None) -> None:
    """An indicator naming a criterion that does not exist; a per-case indicator without its points."""
    if criteria is not None:
        criterion = cells.text(raw, "criterion_id")
        report_known = criterion.notna() & ~criterion.isin(set(criteria["criterion_id"]))
        cells.report(raw, report_known, "criterion_id", "unknown_criterion", code=criterion)
    elif "criterion_id" in raw.frame:
        criterion = cells.text(raw, "criterion_id")
        cells.report(raw, criterion.notna(), "criterion_id", "unknown_criterion", code=criterion)
    positions_ = pd.Series(raw.rows).isin(indicators["row"]).to_numpy()
    by_row = indicators.set_index("row")
    scoring = by_row["scoring"].reindex(raw.rows).to_numpy()
    per_case = by_row["points_per_case"].reindex(raw.rows).to_numpy()
    cells.report(raw, positions_ & (scoring == "per_case") & np.isnan(per_case), "points_per_case",
                 "per_case_without_points")


def validate_bands(cells: Cells, raw: RawTable, indicators: pd.DataFrame) -> pd.DataFrame:
    """Bands of banded indicators; a band on another indicator and bands that overlap are reported."""
    indicator = cells.text(raw, "indicator_id", required=True)
    known = cells.known(raw, indicator, "indicator_id", set(indicators["indicator_id"]), "unknown_indicator")
    scoring = indicator.map(indicators.set_index("indicator_id")["scoring"])
    cells.report(raw, known & ~scoring.isin(["bands", "value_bands"]), "indicator_id", "band_not_banded", code=indicator)
    low, high = cells.numbers(raw, "from", required=False), cells.numbers(raw, "to", required=False)
    cells.report(raw, low >= high, "to", "band_empty")
    frame = pd.DataFrame({"indicator_id": indicator, "from": low, "to": high,
                          "points": cells.numbers(raw, "points"), "row": raw.rows})
    ordered = frame.assign(_low=low.fillna(-np.inf), _high=high.fillna(np.inf)).sort_values(
        ["indicator_id", "_low", "_high"], kind="stable")
    same = ordered["indicator_id"] == ordered["indicator_id"].shift()
    reach = ordered.groupby("indicator_id", sort=False)["_high"].cummax().shift()
    overlap = (same & (ordered["_low"] < reach)).reindex(frame.index, fill_value=False)
    cells.report(raw, overlap & known, "from", "bands_overlap", code=indicator)
    return frame[known].reset_index(drop=True)


def validate_scores(cells: Cells, raw: RawTable, located: pd.DataFrame, criteria: pd.DataFrame | None) -> pd.DataFrame:
    """Criterion scores: the criterion must exist and apply to the unit's cluster that year; agreed points need
    a reason; (period, unit, criterion) is unique."""
    criterion = cells.text(raw, "criterion_id", required=True)
    known = cells.known(raw, criterion, "criterion_id", set(criteria["criterion_id"]) if criteria is not None
                           else set(), "unknown_criterion")
    if criteria is not None:
        pairs = located[["cluster_id", "year"]].astype({"cluster_id": "str"}).assign(criterion_id=criterion)
        applying = applicable(criteria, pairs[["cluster_id", "year"]].dropna().drop_duplicates())
        applies = pairs.merge(applying.assign(_applies=True), on=["cluster_id", "year", "criterion_id"], how="left")
        cells.report(raw, known & located["cluster_id"].notna() & applies["_applies"].isna().to_numpy(), "criterion_id",
                     "criterion_not_applicable", code=criterion, cluster=located["cluster_id"], year=located["year"])
    cells.unique(raw, pd.DataFrame({"period": located["period"], "unit": located["unit_id"], "criterion": criterion}),
                 "criterion_id")
    agreed = cells.numbers(raw, "agreed_points", required=False)
    reason = cells.text(raw, "reason")
    cells.report(raw, agreed.notna() & reason.isna(), "reason", "agreed_without_reason")
    frame = located.assign(criterion_id=criterion, self_points=cells.numbers(raw, "self_points", required=False),
                           agreed_points=agreed, reason=reason)
    for column in ("period", "unit_id", "cluster_id"):
        frame[column] = frame[column].astype("str")
    return frame[list(SCORE_COLUMNS)].reset_index(drop=True)


def applicable(criteria: pd.DataFrame, pairs: pd.DataFrame) -> pd.DataFrame:
    """(cluster_id, year, criterion_id) of every criterion that applies to each given (cluster_id, year): its own
    cluster and year and those of all its ancestors allow it."""
    lineage = _lineage(criteria)
    every = pairs[["cluster_id", "year"]].drop_duplicates().astype({"cluster_id": "str", "year": "Int64"})
    found = every.merge(lineage, how="cross")
    allowed = (found["only_cluster"].isna() | (found["only_cluster"] == found["cluster_id"])) & \
              (found["only_year"].isna() | (found["only_year"] == found["year"])) & found["possible"]
    return found.loc[allowed.to_numpy(), ["cluster_id", "year", "criterion_id"]].reset_index(drop=True)


def _lineage(criteria: pd.DataFrame) -> pd.DataFrame:
    """Per criterion, the one cluster and the one year its whole lineage allows (blank: any), and whether any."""
    by_code = criteria.set_index("criterion_id")
    rows = []
    for code in criteria["criterion_id"]:
        clusters, years, current = set(), set(), code
        while isinstance(current, str):
            clusters.update([by_code.at[current, "cluster_id"]] if pd.notna(by_code.at[current, "cluster_id"]) else [])
            years.update([int(by_code.at[current, "year"])] if pd.notna(by_code.at[current, "year"]) else [])
            current = by_code.at[current, "parent_id"] if pd.notna(by_code.at[current, "parent_id"]) else None
        rows.append((code, next(iter(clusters)) if len(clusters) == 1 else None,
                     next(iter(years)) if len(years) == 1 else None, len(clusters) <= 1 and len(years) <= 1))
    frame = pd.DataFrame(rows, columns=["criterion_id", "only_cluster", "only_year", "possible"])
    return frame.astype({"criterion_id": "str", "only_cluster": "str", "only_year": "Int64", "possible": bool})


def standards(criteria: pd.DataFrame, indicators: pd.DataFrame, applying: pd.DataFrame) -> pd.DataFrame:
    """Per applying (cluster_id, year, criterion_id): its tree attributes, `start` (the standard of an item
    scored by rules alone, else 0), `earned_max` (Σ max_points of its attainment and direct indicators that
    apply to the cluster) and `standard_total`."""
    tree = applying.merge(criteria, on="criterion_id", suffixes=("", "_own"))
    earned = indicators[indicators["scoring"].isin(EARNED_KINDS) & indicators["criterion_id"].notna()]
    earned = tree[["cluster_id", "criterion_id"]].drop_duplicates().merge(
        earned[["criterion_id", "cluster_id", "max_points"]].rename(columns={"cluster_id": "applies"}), on="criterion_id")
    earned = earned[earned["applies"].isna() | (earned["applies"] == earned["cluster_id"])]
    earned = earned.groupby(["cluster_id", "criterion_id"]).agg(earned_count=("max_points", "size"),
                                                                 earned_max=("max_points", "sum"))  # a blank max adds 0
    tree = tree.join(earned, on=["cluster_id", "criterion_id"])
    children = tree.dropna(subset=["parent_id"]).groupby(["cluster_id", "year", "parent_id"]).size().rename("children")
    tree = tree.join(children, on=["cluster_id", "year", "criterion_id"])
    tree[["earned_count", "earned_max", "children"]] = tree[["earned_count", "earned_max", "children"]].fillna(0)
    by_rules = (tree["children"] == 0) & (tree["earned_count"] == 0)
    tree["start"] = np.where(by_rules, tree["standard_points"].fillna(0), 0.0)
    tree["standard_total"] = roll_up(tree, ["cluster_id", "year"], tree["start"] + tree["earned_max"])[0]
    return tree.drop(columns=["cluster_id_own", "year_own"])


def roll_up(tree: pd.DataFrame, keys: list[str], own: pd.Series, override: pd.Series | None = None) -> tuple[np.ndarray, np.ndarray]:
    """A value summed up the tree: for every row (keys, criterion_id, parent_id, depth), own + Σ the results of
    its children, before and after `override` (which, where given, replaces a criterion's result)."""
    code = tree.groupby(keys, sort=False, dropna=False).ngroup().to_numpy()
    criteria = pd.Index(pd.unique(tree["criterion_id"]))
    width = len(criteria) + 1
    self_key = code * width + criteria.get_indexer(tree["criterion_id"])
    parent_key = code * width + np.where(tree["parent_id"].isna(), -1, criteria.get_indexer(tree["parent_id"].fillna("")))
    where = pd.Index(self_key)
    summed = own.to_numpy(dtype=float).copy()
    result = summed.copy()
    replaced = override.to_numpy(dtype=float) if override is not None else np.full(len(tree), np.nan)
    depth = tree["depth"].to_numpy()
    for level in range(int(depth.max()) if len(depth) else -1, -1, -1):
        at = depth == level
        result[at] = np.where(np.isnan(replaced[at]), summed[at], replaced[at])
        below = at & ~tree["parent_id"].isna().to_numpy()
        if below.any():
            sums = pd.Series(result[below]).groupby(parent_key[below]).sum()
            np.add.at(summed, where.get_indexer(sums.index), sums.to_numpy())
    return summed, result


def declared_differences(tree: pd.DataFrame, where: dict) -> list[Problem]:
    """A warning for every criterion whose declared standard differs from the sum of its parts (it has children
    or earned points), naming the clusters and years where it does; `where` locates the criteria table."""
    built = tree[((tree["children"] > 0) | (tree["earned_count"] > 0)) & tree["standard_points"].notna()]
    built = built[(built["standard_points"] - built["standard_total"]).abs() > 1e-9]
    problems = []
    for (code, declared, total), group in built.groupby(["criterion_id", "standard_points", "standard_total"], sort=True):
        places = ", ".join(f"{cluster} {year}" for cluster, year in zip(group["cluster_id"], group["year"]))
        problems.append(Problem("standard_differs", row=int(group["row"].iloc[0]), warning=True, **where,
                                params={"code": code, "declared": f"{declared:g}", "total": f"{total:g}", "places": places}))
    return problems


def results_outside_guide(results: pd.DataFrame, indicators: pd.DataFrame, applying: pd.DataFrame) -> list[Problem]:
    """A warning per period, cluster and indicator whose rows are left out: the indicator's criterion does not
    apply there."""
    linked = indicators.dropna(subset=["criterion_id"]).set_index("indicator_id")["criterion_id"]
    if linked.empty or results.empty:
        return []
    # a million rows hold a few thousand (period, cluster, indicator) combinations: count those, then look them up
    counts = results.groupby(["period", "cluster_id", "indicator_id"], observed=True, sort=False).size()
    rows = counts.rename("rows").reset_index()
    rows = rows[rows["indicator_id"].isin(linked.index)].astype({"period": "str", "cluster_id": "str", "indicator_id": "str"})
    rows["year"] = rows["period"].str[:4].astype("Int64")
    rows["criterion_id"] = rows["indicator_id"].map(linked)
    rows = rows.merge(applying.assign(_applies=True), on=["cluster_id", "year", "criterion_id"], how="left")
    outside = rows[rows["_applies"].isna()]
    return [Problem("outside_guide", warning=True, params={"period": period, "cluster": cluster, "code": indicator,
                                                           "criterion": linked[indicator], "count": int(group["rows"].sum())})
            for (period, cluster, indicator), group in outside.groupby(["period", "cluster_id", "indicator_id"], sort=True)]

