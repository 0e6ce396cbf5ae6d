"""A period's rows: the results of one period (of some clusters), completed with a blank row for every member
lacking an indicator that counts in its cluster, as attainment reads them (docs/reference.md, "Attainment")."""

from __future__ import annotations

import numpy as np
import pandas as pd

from ..data.codes import codes_of, decoded


def period_rows(
    results: pd.DataFrame, members: pd.DataFrame, period: str, clusters: list[str] | None = None
) -> pd.DataFrame:
    """The period's results (of some clusters), plus a blank row for every member lacking an indicator that
    counts in its cluster (its `row` blank). The columns keep the results' dtypes whether rows were added or not
    (see `data.dtypes`), `row` as nullable integers."""
    rows = results[results["period"] == period]
    if clusters is not None:
        rows = rows[rows["cluster_id"].isin(clusters)]
    year = rows["year"].iloc[0] if len(rows) else None
    of_year = members.loc[members["year"] == year, ["cluster_id", "unit_id"]]
    if rows.empty or _complete(rows, of_year):
        return rows.astype({"row": "Int64"})
    rows = decoded(rows)  # the added rows' codes need not be among the categories
    # a blank row for every member of the rows' clusters lacking an indicator that counts there
    counted = rows[["cluster_id", "indicator_id"]].drop_duplicates()
    found = counted.merge(of_year, on="cluster_id").merge(
        rows[["unit_id", "indicator_id"]], on=["unit_id", "indicator_id"], how="left", indicator=True
    )
    absent = found.loc[found["_merge"] == "left_only", ["cluster_id", "unit_id", "indicator_id"]]
    part = rows["part"].iloc[0]
    blank = absent.assign(period=period, year=year, part=part, plan=np.nan, actual=np.nan, self_points=np.nan)
    return pd.concat([rows, blank], ignore_index=True).astype(
        {column: results[column].dtype if column == "period" else "category" for column in KEY_COLUMNS}
        | {"row": "Int64"}
    )


KEY_COLUMNS = ("period", "part", "cluster_id", "unit_id", "indicator_id")


def _complete(rows: pd.DataFrame, members: pd.DataFrame) -> bool:
    """Whether every member of the rows' clusters has a row for every indicator that counts there. Validated
    rows are distinct (unit, indicator) pairs of units in their cluster, so they are complete exactly when they
    are as many as those pairs: a count, a tenth of the cost of the merges that find the missing ones."""
    cluster, clusters = codes_of(rows["cluster_id"])
    indicator, indicators = codes_of(rows["indicator_id"])
    if (cluster < 0).any() or (indicator < 0).any():
        return False
    seen = np.zeros((len(clusters), len(indicators)), dtype=bool)  # a cell per pair: no sort of the rows' pairs
    seen[cluster, indicator] = True
    per_cluster = seen.sum(axis=1)
    sizes = members["cluster_id"].value_counts().reindex(pd.Index(clusters, dtype="str"), fill_value=0).to_numpy()
    return int((per_cluster * sizes).sum()) == len(rows)
