"""One call from a dataset to every computed table of a period: rows, unit scores and indicator summaries."""

from __future__ import annotations

import warnings
from dataclasses import dataclass
from functools import cached_property

import numpy as np
import pandas as pd

from ..data import tree
from ..data.codes import decoded
from ..data.dataset import Dataset
from ..data.problems import Problem
from ..data.rules import Rules
from .attainment import attainment
from .awards import awards
from .comparisons import indicator_summary
from .criteria import KEYS, Appraisal, appraise, empty_table
from .grades import grades
from .period import period_rows
from .points import score_rows
from .ranks import Facts, rank
from .scores import award_points, unit_scores


@dataclass
class Analysis:
    """Every computed table of one period: `units` (one row per unit: totals, counts, rank, grade, award,
    names), `rows` (one per unit and indicator, with names), `indicators` (one per cluster and indicator),
    `criteria` (one per unit and applying criterion of a guide; no rows without one), and `scored` (the
    period's scored rows as the engine left them, codes as categoricals). Made by `analyse`."""

    period: str
    scored: pd.DataFrame  # the period's scored rows, as the scores stage left them (codes may be categoricals)
    units: pd.DataFrame  # one row per unit: totals, rank, award, names
    rules: Rules
    names: dict[str, pd.Series]  # unit, unit kind and cluster names, and clusters' provinces, by code
    indicator_order: dict[str, int]
    # every unit's scores on the guide's criteria (docs/reference.md, "A scoring guide"); None without a guide
    appraisal: Appraisal | None
    # points for awards held (scores.award_points): counted among the adjustments
    award_points: pd.DataFrame | None = None

    @cached_property
    def rows(self) -> pd.DataFrame:
        """One row per unit and indicator with names, ordered by cluster, rank, unit and the indicators table."""
        scored = decoded(self.scored).assign(period=self.scored["period"])  # codes as text; the period keeps its order
        rows = scored.assign(
            unit_name=self.names["unit"].reindex(scored["unit_id"]).to_numpy(),
            cluster_name=self.names["cluster"].reindex(scored["cluster_id"]).to_numpy(),
        )
        rank = self.units.set_index(["cluster_id", "unit_id"])["rank"]
        sort_keys = (
            rows["indicator_id"].map(self.indicator_order).to_numpy(),
            rows["unit_id"].to_numpy(),
            rank.reindex(pd.MultiIndex.from_frame(rows[["cluster_id", "unit_id"]])).to_numpy(),
            rows["cluster_id"].to_numpy(),
        )
        return rows.iloc[np.lexsort(sort_keys)].reset_index(drop=True)

    @cached_property
    def criteria(self) -> pd.DataFrame:
        """One row per unit and applying criterion of the guide, units by cluster, rank and code, criteria in the
        tree's order, with the unit's rank and name; empty without a guide."""
        if self.appraisal is None:
            return empty_table().assign(
                period=pd.Series(dtype=self.units["period"].dtype),
                rank=pd.Series(dtype="int64"),
                unit_name=pd.Series(dtype="str"),
            )
        units = self.appraisal.units
        ranked = self.units.set_index(KEYS)[["rank", "unit_name"]].reindex(pd.MultiIndex.from_frame(units[KEYS]))
        order = (
            units.assign(rank=ranked["rank"].to_numpy())
            .sort_values(["cluster_id", "rank", "unit_id"], kind="stable")
            .index.to_numpy()
        )
        counts = self.appraisal.tree.applies[self.appraisal.pair[order]].sum(axis=1)  # criteria per unit
        table = self.appraisal.table(order).astype({"period": self.units["period"].dtype})
        return table.assign(
            rank=np.repeat(ranked["rank"].to_numpy()[order], counts),
            unit_name=np.repeat(ranked["unit_name"].to_numpy()[order], counts),
        )

    def warnings(self) -> list[Problem]:
        """Members with no results in the period, and members missing some actuals (by cluster and unit)."""
        keys = ["cluster_id", "unit_id"]
        missing = decoded(self.scored.loc[self.scored["status"] == "missing", keys + ["indicator_id"]])
        # a few hundred rows: plain Python, no pandas groupby to warm up
        per_unit: dict[tuple[str, str], list[str]] = {}
        for cluster, unit, indicator in zip(*(missing[column].tolist() for column in missing.columns)):
            per_unit.setdefault((cluster, unit), []).append(indicator)
        rows = dict(zip(zip(*(self.units[key].tolist() for key in keys)), self.units["row_count"].tolist()))
        return [
            Problem("no_results", warning=True, params={"period": self.period, "cluster": cluster, "code": unit})
            if len(indicators) == rows.get((cluster, unit))
            else Problem(
                "missing_actuals",
                warning=True,
                params={
                    "period": self.period,
                    "code": unit,
                    "count": len(indicators),
                    "indicators": ", ".join(indicators),
                },
            )
            for (cluster, unit), indicators in sorted(per_unit.items())
        ]

    @cached_property
    def indicators(self) -> pd.DataFrame:
        """One row per cluster and indicator: counts, means, flow totals."""
        summary = indicator_summary(self.rows)
        order = summary["indicator_id"].map(self.indicator_order)
        return summary.iloc[np.lexsort((order.to_numpy(), summary["cluster_id"].to_numpy()))].reset_index(drop=True)


def analyse(dataset: Dataset, period: str, clusters: list[str] | None = None, rules: Rules | None = None) -> Analysis:
    """Attainment, points, totals, ranks, grades and proposed awards of one period.

    Parameters
    ----------
    dataset : Dataset
        From `open_dataset`.
    period : str
        A period of the dataset: "2019", "2019-H1", "2019-Q1" or "2019-9M".
    clusters : list of str, optional
        The clusters to analyse (each is ranked on its own); all with results in the period by default.
    rules : Rules, optional
        Rules in place of the dataset's, as the what-if panel uses them.

    Returns
    -------
    Analysis
        Rows with names and the per-indicator summary are computed when first asked for.

    Examples
    --------
    >>> from emulation import open_dataset
    >>> analysis = analyse(open_dataset(), "2019", ["HG-DL"])
    >>> analysis.units["unit_name"].iloc[0], analysis.units["award"].iloc[0]
    ('Quang Bình', 'flag')
    """
    rules = rules or dataset.rules
    # the data's order: rows, their attainment and points, the guide's appraisal, totals and ranks, grades, awards
    rows = period_rows(dataset.results, dataset.members, period, clusters)
    rows = attainment(rows, dataset.indicators, rules)
    scored = score_rows(rows, rules, dataset.bands)
    counted, outside = tree.in_guide(scored, dataset.criteria)
    # outside: warned at validation
    scored = scored.assign(in_guide=counted)[~outside.to_numpy()].reset_index(drop=True)
    numbering, appraisal = appraise(scored, dataset.tree, dataset.criterion_scores)  # each row's unit, numbered once
    held = award_points(dataset.awards, rules, period)
    units = unit_scores(scored, numbering, appraisal, dataset.members, dataset.adjustments, dataset.votes, rules, held)
    facts = Facts(
        units, scored, numbering[0] if appraisal is None else appraisal.row_unit, appraisal, dataset.indicators
    )
    units = rank(units, facts, rules.ranking_keys)
    units = grades(units, rules, dataset.events)
    units = awards(units, rules)
    catalogue = dataset.units.set_index("unit_id")
    cluster_table = dataset.clusters.set_index("cluster_id")
    names = {
        "unit": catalogue["name"],
        "kind": catalogue["kind"],
        "cluster": cluster_table["name"],
        "province": cluster_table["province"],
    }
    units = units.assign(
        period=units["period"].astype(dataset.results["period"].dtype),  # in time order, as in the dataset
        unit_name=names["unit"].reindex(units["unit_id"]).to_numpy(),
        unit_kind=names["kind"].reindex(units["unit_id"]).to_numpy(),
        cluster_name=names["cluster"].reindex(units["cluster_id"]).to_numpy(),
    )
    order = {code: position for position, code in enumerate(dataset.indicators["indicator_id"])}
    return Analysis(period, scored, units, rules, names, order, appraisal, held)


def analyse_periods(
    dataset: Dataset, clusters: list[str] | None = None, periods: list[str] | None = None, rules: Rules | None = None
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Unit scores and rows of several periods stacked, for trends and comparisons: each period analysed.

    Parameters
    ----------
    dataset : Dataset
    clusters : list of str, optional
        The clusters to include; all by default.
    periods : list of str, optional
        The periods, in the order to stack them; all of the dataset's, in time order, by default.
    rules : Rules, optional
        Rules in place of the dataset's.

    Returns
    -------
    (DataFrame, DataFrame)
        The periods' `Analysis.units` and `Analysis.rows`, stacked (both empty when nothing matches).

    Examples
    --------
    >>> from emulation import open_dataset
    >>> units, rows = analyse_periods(open_dataset(), ["HG-DL"])
    >>> units["period"].unique().tolist()
    ['2019-H1', '2019', '2020-H1', '2020']
    """
    analyses = []
    for period in periods or dataset.periods:
        present = [code for code in dataset.clusters_in(period) if clusters is None or code in clusters]
        if present:
            analyses.append(analyse(dataset, period, present, rules))
    if not analyses:
        return pd.DataFrame(), pd.DataFrame()
    return (
        pd.concat([item.units for item in analyses], ignore_index=True),
        pd.concat([item.rows for item in analyses], ignore_index=True),
    )


def history(
    dataset: Dataset, clusters: list[str] | None = None, periods: list[str] | None = None, rules: Rules | None = None
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Deprecated: `analyse_periods` (the name "history" is kept for a unit's ratings and awards over the years)."""
    warnings.warn(
        "emulation.history is deprecated: it is now analyse_periods (history means a unit's ratings and awards "
        "over the years)",
        DeprecationWarning,
        stacklevel=2,
    )
    return analyse_periods(dataset, clusters, periods, rules)
