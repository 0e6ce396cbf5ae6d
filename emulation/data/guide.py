"""A board's scoring guide (docs/reference.md, "A scoring guide"): the criteria tree, bands and criterion scores,
validated; the tree's structure (what applies where, standards, the roll-up) is `tree`'s."""

from __future__ import annotations

import numpy as np
import pandas as pd

from .cells import Cells
from .codes import as_text, lookup
from .kinds import kinds_needing
from .load import RawTable
from .problems import Problem
from .schema import TABLES, YEARS
from .tree import applies_to_rows, unrestricted


def validate_criteria(cells: Cells, raw: RawTable, known_clusters: pd.Index | None) -> pd.DataFrame:
    """The criteria with their depth in the tree and their place in its pre-order (the order of the table
    among siblings); a parent that does not exist and every criterion on a cycle are reported."""
    codes, names = cells.named_codes(raw, "criterion_id")
    parent = cells.text(raw, "parent_id")
    known = pd.Index(codes.dropna(), dtype="str")
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
    frame = pd.DataFrame(
        {
            "criterion_id": codes,
            "parent_id": parent.where(parent.isin(known)),
            "name": names,
            **numbers,
            "cluster_id": cluster,
            "year": year.where(~implausible).astype("Int64"),
            "row": raw.rows,
        }
    )
    frame = frame[codes.notna()].drop_duplicates("criterion_id").reset_index(drop=True)
    depth, cyclic = _depths(frame)
    cells.report(raw, np.isin(raw.rows, frame.loc[cyclic, "row"]), "parent_id", "criteria_cycle", code=codes)
    frame = frame.assign(depth=depth)[~cyclic].reset_index(drop=True)
    return frame.assign(order=_preorder(frame))[list(TABLES["criteria"].dtypes)]


def _depths(criteria: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
    """Each criterion's depth (0 at the top) and whether it lies on a cycle or below one."""
    parent = dict(zip(criteria["criterion_id"], criteria["parent_id"].fillna("")))
    depth, cyclic = [], []
    for code in criteria["criterion_id"]:
        seen: list[str] = []
        current = code
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
    """An indicator naming a criterion that does not exist; an indicator of a kind that needs points per case
    without them."""
    known = pd.Index(criteria["criterion_id"] if criteria is not None else [], dtype="str")
    cells.known(raw, cells.text(raw, "criterion_id"), "criterion_id", known, "unknown_criterion")
    by_row = indicators.set_index("row")
    needs = by_row["scoring"].reindex(raw.rows).isin(kinds_needing("points_per_case")).to_numpy()  # False: left out
    per_case = by_row["points_per_case"].reindex(raw.rows).to_numpy()
    cells.report(raw, needs & np.isnan(per_case), "points_per_case", "per_case_without_points")


def validate_bands(cells: Cells, raw: RawTable, indicators: pd.DataFrame) -> pd.DataFrame:
    """Bands of banded indicators; a band on another indicator and bands that overlap are reported."""
    indicator = cells.text(raw, "indicator_id", required=True)
    known = cells.known(
        raw, indicator, "indicator_id", pd.Index(indicators["indicator_id"], dtype="str"), "unknown_indicator"
    )
    scoring = indicator.map(indicators.set_index("indicator_id")["scoring"])
    cells.report(raw, known & ~scoring.isin(kinds_needing("bands")), "indicator_id", "band_not_banded", code=indicator)
    low, high = cells.numbers(raw, "from", required=False), cells.numbers(raw, "to", required=False)
    cells.report(raw, low >= high, "to", "band_empty")
    frame = pd.DataFrame(
        {"indicator_id": indicator, "from": low, "to": high, "points": cells.numbers(raw, "points"), "row": raw.rows}
    )
    ordered = frame.assign(_low=low.fillna(-np.inf), _high=high.fillna(np.inf)).sort_values(
        ["indicator_id", "_low", "_high"], kind="stable"
    )
    same = ordered["indicator_id"] == ordered["indicator_id"].shift()
    reach = ordered.groupby("indicator_id", sort=False)["_high"].cummax().shift()
    overlap = (same & (ordered["_low"] < reach)).reindex(frame.index, fill_value=False)
    cells.report(raw, overlap & known, "from", "bands_overlap", code=indicator)
    return frame[known].reset_index(drop=True)


def validate_scores(cells: Cells, raw: RawTable, located: pd.DataFrame, criteria: pd.DataFrame | None) -> pd.DataFrame:
    """Criterion scores: the criterion must exist and apply to the unit's cluster that year; agreed points need
    a reason; (period, unit, criterion) is unique."""
    criterion = cells.text(raw, "criterion_id", required=True)
    known = cells.known(
        raw,
        criterion,
        "criterion_id",
        pd.Index(criteria["criterion_id"] if criteria is not None else [], dtype="str"),
        "unknown_criterion",
    )
    if criteria is not None:
        applies = applies_to_rows(criteria, located["cluster_id"], located["year"], criterion)
        cells.report(
            raw,
            known & located["cluster_id"].notna() & ~applies,
            "criterion_id",
            "criterion_not_applicable",
            code=criterion,
            cluster=located["cluster_id"],
            year=located["year"],
        )
    cells.unique(
        raw,
        pd.DataFrame({"period": located["period"], "unit": located["unit_id"], "criterion": criterion}),
        "criterion_id",
    )
    agreed = cells.numbers(raw, "agreed_points", required=False)
    reason = cells.text(raw, "reason")
    cells.report(raw, agreed.notna() & reason.isna(), "reason", "agreed_without_reason")
    frame = located.assign(
        criterion_id=criterion,
        self_points=cells.numbers(raw, "self_points", required=False),
        agreed_points=agreed,
        reason=reason,
    )
    for column in ("period", "unit_id", "cluster_id"):
        frame[column] = as_text(frame[column])
    return frame[list(TABLES["criterion_scores"].dtypes)].reset_index(drop=True)


def results_outside_guide(results: pd.DataFrame, indicators: pd.DataFrame, criteria: pd.DataFrame) -> list[Problem]:
    """A warning per period, cluster and indicator whose rows are left out: the indicator's criterion does not
    apply to the row's cluster that year."""
    linked = indicators.dropna(subset=["criterion_id"]).set_index("indicator_id")["criterion_id"]
    # only a criterion that a cluster or year restricts leaves rows out: most guides have none to look for
    linked = linked[~unrestricted(criteria).reindex(linked.to_numpy(), fill_value=False).to_numpy()]
    if linked.empty or results.empty:
        return []
    criterion = lookup(results["indicator_id"], linked)
    outside = (
        criterion.notna().to_numpy()
        & results["cluster_id"].notna().to_numpy()
        & ~applies_to_rows(criteria, results["cluster_id"], results["year"], criterion)
    )
    if not outside.any():
        return []
    counts = results.loc[outside, ["period", "cluster_id", "indicator_id"]].astype("str").value_counts().sort_index()
    return [
        Problem(
            "outside_guide",
            warning=True,
            params={"period": period, "cluster": cluster, "code": code, "criterion": linked[code], "count": int(count)},
        )
        for (period, cluster, code), count in counts.items()
    ]
