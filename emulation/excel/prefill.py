"""The rows of a pre-filled input workbook, read from a dataset (`prefill`): its catalogues in the order of the
contract's columns with the contract's values written as a Vietnamese user writes them (`WORDS`), and for a
period one empty results row per member and indicator and one claim row per member and criterion; for some
units, only their own rows. `input_workbook` writes them."""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from ..data.kinds import DEFAULT_KIND, SCORING_KINDS
from ..data.tree import applicable

WORDS: dict[str, dict[Any, str]] = {  # the contract's values as a Vietnamese user writes them
    "direction": {"higher": "tăng", "lower": "giảm", "binary": "đạt"},
    "flow": {True: "có", False: "không"},
    "role": {"head": "trưởng", "deputy": "phó", "member": "thành viên"},
    "scoring": {name: kind.words[0] for name, kind in SCORING_KINDS.items()},
    "award_kind": {"regular": "thường xuyên", "thematic": "chuyên đề", "special": "đột xuất"},
    "revoked": {True: "có", False: "không"},
}


def prefill(dataset, period: str | None, chosen: list[str] | None = None) -> dict[str, list[tuple]]:
    """Rows per table, in the order of the contract's columns; with `chosen` units, only their own rows."""
    year = int(period[:4]) if period else None
    members = dataset.members if year is None else dataset.members[dataset.members["year"] == year]
    indicators = dataset.indicators
    full = dataset  # a unit's own copy has the rows every member has: the indicators its cluster uses
    if chosen is not None:
        dataset = _own_rows(dataset, chosen)
        members = members[members["unit_id"].isin(chosen)]
    rows: dict[str, list] = {
        "clusters": list(dataset.clusters[["cluster_id", "name", "province"]].itertuples(index=False)),
        "units": list(dataset.units[["unit_id", "name", "kind"]].itertuples(index=False)),
        "members": [(int(m.year), m.cluster_id, m.unit_id, WORDS["role"][m.role]) for m in members.itertuples()],
        "indicators": [
            (
                i.indicator_id,
                i.name,
                i.group,
                i.measure,
                WORDS["direction"].get(i.direction),
                WORDS["flow"][bool(i.flow)],
                i.max_points,
                i.cluster_id,
                i.criterion_id,
                WORDS["scoring"][i.scoring] if i.scoring != DEFAULT_KIND else None,
                i.points_per_case,
            )
            for i in indicators.itertuples()
        ],
        "criteria": _records(
            dataset.criteria[
                [
                    "criterion_id",
                    "parent_id",
                    "name",
                    "standard_points",
                    "deduction_cap",
                    "bonus_cap",
                    "cluster_id",
                    "year",
                ]
            ]
        ),
        "bands": _records(dataset.bands[["indicator_id", "from", "to", "points"]]),
        "unit_years": _records(dataset.unit_years[["year", "unit_id", "rating", "hold"]]),
        "awards": [
            (
                a.unit_id,
                a.award,
                int(a.year),
                WORDS["award_kind"][a.kind],
                _blank(a.decision),
                _blank(a.date),
                WORDS["revoked"][bool(a.revoked)],
            )
            for a in dataset.awards.itertuples()
        ],
        "predecessors": _records(dataset.predecessors[["unit_id", "predecessor_id", "year", "note"]]),
        "events": _records(dataset.events[["year", "unit_id", "event", "note"]]),
    }
    if period:
        results = _result_rows(full, members, year)
        rows["results"] = [(period, unit, indicator, plan) for unit, indicator, plan in results]
        names = dataset.unit_names
        catalogue = dataset.indicators.set_index("indicator_id")
        rows["results_names"] = [
            (names.get(unit, ""), catalogue.at[indicator, "name"], _blank(catalogue.at[indicator, "measure"]))
            for unit, indicator, _ in results
        ]
        rows["criterion_scores"] = _claim_rows(dataset, members, period)
    return rows


def _own_rows(dataset, chosen: list[str]):
    """The dataset with only the chosen units' rows in the tables that have a unit (their former units stay
    in the units table, named by their reorganisation)."""
    from dataclasses import replace

    predecessors = dataset.predecessors[dataset.predecessors["unit_id"].isin(chosen)]
    named = set(chosen) | set(predecessors["predecessor_id"])
    return replace(
        dataset,
        units=dataset.units[dataset.units["unit_id"].isin(named)],
        predecessors=predecessors,
        **{
            name: getattr(dataset, name)[getattr(dataset, name)["unit_id"].isin(chosen)]
            for name in ("results", "criterion_scores", "unit_years", "awards")
        },
    )


def _blank(value: object) -> object:
    # pandas-stubs has no isna overload for an object
    blank = value is None or (not isinstance(value, str) and pd.isna(value))  # type: ignore[call-overload]
    return None if blank else value


def _records(frame: pd.DataFrame) -> list[tuple]:
    """Rows as tuples with None for every blank (pandas' NA included) and plain ints for whole-number years."""
    return [
        tuple(None if pd.isna(value) else (int(value) if isinstance(value, np.integer) else value) for value in row)
        for row in frame.astype(object).itertuples(index=False)
    ]


def _claim_rows(dataset, members: pd.DataFrame, period: str) -> list[tuple]:
    """(period, unit, criterion) for every member and every criterion of the guide that applies to its cluster,
    in the tree's order, for the unit's self points."""
    if dataset.criteria.empty:
        return []
    applying = applicable(dataset.criteria, members[["cluster_id", "year"]].drop_duplicates())
    order = dataset.criteria.set_index("criterion_id")["order"]
    chosen = members[["cluster_id", "unit_id"]].merge(applying, on="cluster_id")
    chosen = chosen.assign(order=chosen["criterion_id"].map(order)).sort_values(
        ["cluster_id", "unit_id", "order"], kind="stable"
    )
    return [(period, unit, criterion) for unit, criterion in zip(chosen["unit_id"], chosen["criterion_id"])]


def _result_rows(dataset, members: pd.DataFrame, year: int | None) -> list[tuple]:
    """(unit, indicator, plan) for every member and every indicator its cluster uses that year (all that apply
    when the year has no results yet); the plan is the year's plan where the data has one."""
    results = dataset.results[dataset.results["year"] == year]
    plans = (
        results.dropna(subset=["plan"])
        .drop_duplicates(["unit_id", "indicator_id"])
        .set_index(["unit_id", "indicator_id"])["plan"]
    )
    used = results.groupby("cluster_id", observed=True)["indicator_id"].agg(lambda codes: set(codes.astype(str)))
    order = list(dataset.indicators["indicator_id"])
    applies = dataset.indicators.set_index("indicator_id")["cluster_id"]
    out = []
    for member in members.itertuples():
        chosen = used.get(member.cluster_id) or {
            code for code in order if pd.isna(applies[code]) or applies[code] == member.cluster_id
        }
        for indicator in (code for code in order if code in chosen):
            plan = plans.get((member.unit_id, indicator))
            out.append((member.unit_id, indicator, None if plan is None or pd.isna(plan) else float(plan)))
    return out
