"""One call from a dataset to every computed table of a period: rows, unit scores and indicator summaries."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from .attainment import attainment, period_rows
from .comparisons import indicator_summary
from .dataset import Dataset
from .rules import Rules
from .scores import score_rows, unit_scores


@dataclass
class Analysis:
    period: str
    rows: pd.DataFrame  # one row per unit and indicator: attainment, status, points, names
    units: pd.DataFrame  # one row per unit: totals, rank, award, names
    indicators: pd.DataFrame  # one row per cluster and indicator: counts, means, flow totals
    rules: Rules


def analyse(dataset: Dataset, period: str, clusters: list[str] | None = None, rules: Rules | None = None) -> Analysis:
    """Attainment, scores and comparisons of a period for the given clusters (all by default).

    `rules` overrides the dataset's rules, as the what-if panel does.
    """
    rules = rules or dataset.rules
    results = dataset.results
    if clusters:
        results = results[results["cluster_id"].isin(clusters)]
    rows = score_rows(attainment(period_rows(results, dataset.members, period), dataset.indicators, rules), rules)
    units = unit_scores(rows, dataset.members, dataset.adjustments, dataset.votes, rules)
    names = dataset.units.set_index("unit_id")["name"].rename("unit_name")
    cluster_names = dataset.clusters.set_index("cluster_id")["name"].rename("cluster_name")
    order = {code: position for position, code in enumerate(dataset.indicators["indicator_id"])}
    rows = rows.join(names, on="unit_id").join(cluster_names, on="cluster_id")
    rows = rows.join(units.set_index(["cluster_id", "unit_id"])["rank"], on=["cluster_id", "unit_id"])
    rows = rows.sort_values(["cluster_id", "rank", "unit_id", "indicator_id"],
                            key=lambda column: column.map(order) if column.name == "indicator_id" else column,
                            kind="stable").drop(columns="rank").reset_index(drop=True)
    kinds = dataset.units.set_index("unit_id")["kind"].rename("unit_kind")
    units = units.join(names, on="unit_id").join(kinds, on="unit_id").join(cluster_names, on="cluster_id")
    summary = indicator_summary(rows)
    summary = summary.sort_values(["cluster_id", "indicator_id"], key=lambda column: column.map(order)
                                  if column.name == "indicator_id" else column, kind="stable").reset_index(drop=True)
    return Analysis(period, rows, units, summary, rules)
