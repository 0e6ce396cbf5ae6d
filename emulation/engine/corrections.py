"""What changed since a period was published (docs/reference.md, "Published results and corrections"): the
input cells that differ between the published dataset and the current one (`input_changes`), and the units whose
results moved; what concerns one cluster.

Pure: datasets and frames in, one frame of differences out, with the columns `part, table, key, column,
published, current` (`part` is `input` or `result`), values as the program reads them (numbers as numbers,
listed words by meaning). `views.corrections` puts them in words.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ..data.dataset import Dataset
from .input_changes import COLUMNS, KEYS, SEPARATOR, input_changes

# the results compared, in the order a board reads them; a column absent from either side is left out
RESULT_COLUMNS = ("award", "total", "rank", "grade", "passed_over")


def result_changes(published: pd.DataFrame, current: pd.DataFrame, clusters: list[str]) -> pd.DataFrame:
    """Every unit whose total (at 2 decimals), rank, grade, award or passed-over reason differs between the
    published scores (`results/scores.csv`, read as text) and the current ones (`Analysis.units`), both values
    on one line per column (a column one side lacks, such as a grade, blank there); units whose award changed
    first, then by cluster (as listed) and current rank."""
    columns = [column for column in RESULT_COLUMNS if column in published.columns or column in current.columns]
    before = published.drop_duplicates("unit_id").set_index(published["unit_id"].astype("str").to_numpy())
    after = current.drop_duplicates("unit_id").set_index(current["unit_id"].astype("str").to_numpy())
    units = after.index.append(before.index.difference(after.index, sort=False))
    lines = []
    for position, column in enumerate(columns):
        old, new = (
            _results_text(side[column].reindex(units) if column in side.columns else pd.Series("", index=units), column)
            for side in (before, after)
        )  # a column one side lacks reads as blank there
        moved = old != new
        lines.append(
            pd.DataFrame(
                {
                    "key": units[moved],
                    "column": column,
                    "published": old[moved],
                    "current": new[moved],
                    "position": position,
                }
            )
        )
    found = pd.concat(lines, ignore_index=True) if lines else pd.DataFrame(columns=["key", "column", "position"])
    cluster = after["cluster_id"].astype("str").reindex(units).fillna(before["cluster_id"].astype("str").reindex(units))
    order = {code: number for number, code in enumerate(clusters)}
    rank = after["rank"].reindex(units).astype("float64")
    unit = pd.DataFrame(
        {"cluster": cluster.map(order).fillna(len(clusters)).to_numpy(), "rank": rank.fillna(np.inf).to_numpy()},
        index=units,
    )
    awarded = set(found.loc[found["column"] == "award", "key"])
    found = found.assign(
        award=~found["key"].isin(awarded),
        cluster=unit["cluster"].reindex(found["key"]).to_numpy(),
        rank=unit["rank"].reindex(found["key"]).to_numpy(),
    )
    found = found.sort_values(["award", "cluster", "rank", "key", "position"], kind="stable")
    return found.assign(part="result", table="scores")[COLUMNS].reset_index(drop=True)


def _results_text(values: pd.Series, column: str) -> np.ndarray:
    """The published and current results as compared: totals at 2 decimals, ranks whole, blank as ""."""
    return np.array([_result(value, column) for value in values.to_numpy(dtype=object)], dtype=object)


def _result(value: object, column: str) -> str:
    # pandas-stubs has no isna overload for an object
    if value is None or (not isinstance(value, str) and pd.isna(value)):  # type: ignore[call-overload]
        return ""
    if column == "total":
        return f"{round(float(str(value)), 2):.2f}"
    if column == "rank":
        return str(int(float(str(value))))
    return str(value)


def changes(
    published: Dataset, current: Dataset, period: str, published_scores: pd.DataFrame, current_scores: pd.DataFrame
) -> pd.DataFrame:
    """The inputs that changed for `period`, then the units whose results moved (docs/reference.md,
    "Published results and corrections")."""
    clusters = current.clusters["cluster_id"].tolist()
    return pd.concat(
        [input_changes(published, current, period), result_changes(published_scores, current_scores, clusters)],
        ignore_index=True,
    )[COLUMNS]


def concerning(
    diff: pd.DataFrame, units: set[str], indicators: set[str], criteria: set[str], cluster: str
) -> pd.DataFrame:
    """The differences that concern one cluster (docs/reference.md): the rows of its members (`units`), of its
    indicators and criteria, its own row, the results of its members, and every setting."""

    def mine(table: str, key: str) -> bool:
        if table == "rules.toml":
            return True
        parts = dict(zip(KEYS.get(table, ("unit_id",)) if table != "scores" else ("unit_id",), key.split(SEPARATOR)))
        if "unit_id" in parts:
            return parts["unit_id"] in units or parts.get("predecessor_id") in units
        for column, known in (("indicator_id", indicators), ("criterion_id", criteria)):
            if column in parts:
                return parts[column] in known
        return parts.get("cluster_id") == cluster

    return diff[[mine(table, key) for table, key in zip(diff["table"], diff["key"])]]


def cluster_changes(
    published: Dataset,
    current: Dataset,
    period: str,
    published_scores: pd.DataFrame,
    current_scores: pd.DataFrame,
    cluster: str,
) -> pd.DataFrame:
    """What changed for one cluster (a report's section, the explorer's tab): `changes` of its units' results
    (current ones from `current_scores`, which may hold that cluster alone) and `concerning` the cluster."""
    members = current_scores[current_scores["cluster_id"].astype("str") == cluster]
    before = published_scores[published_scores["cluster_id"].astype("str") == cluster]
    indicators, criteria = current.indicators, current.criteria
    own = set(indicators.loc[indicators["cluster_id"].isna() | (indicators["cluster_id"] == cluster), "indicator_id"])
    applying = set(criteria.loc[criteria["cluster_id"].isna() | (criteria["cluster_id"] == cluster), "criterion_id"])
    units = set(members["unit_id"].astype("str")) | set(before["unit_id"].astype("str"))
    return concerning(changes(published, current, period, before, members), units, own, applying, cluster)


def items(diff: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The results that moved other than awards (listed first, on their own), and the inputs as lines."""
    return (
        diff[(diff["part"] == "result") & (diff["column"] != "award")],
        diff[diff["part"] == "input"][["table", "key", "column", "published", "current"]],
    )
