"""Attainment (% KH), progress against the yearly plan, and status of every results row
(docs/reference.md, "Attainment")."""

from __future__ import annotations

import numpy as np
import pandas as pd

from ..data.codes import codes_of, decoded, joined
from ..data.kinds import ATTAINED_KINDS, BLANKS, DEFAULT_KIND
from ..data.rules import Rules

STATUSES = ("exceeded", "met", "missed", "missing", "scored")  # scored: a per-case, value-band or direct row
TOLERANCE = 1e-9  # docs/reference.md, "Attainment": equal within 1e-9 (met, on pace, binary targets)


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
    return pd.concat([rows, _missing_rows(rows, of_year, period, year)], ignore_index=True).astype(
        {column: results[column].dtype if column == "period" else "category" for column in KEY_COLUMNS}
        | {"row": "Int64"}
    )


KEY_COLUMNS = ("period", "part", "cluster_id", "unit_id", "indicator_id")


def _missing_rows(rows: pd.DataFrame, of_year: pd.DataFrame, period: str, year: int | None) -> pd.DataFrame:
    """A blank row for every member of the rows' clusters lacking an indicator that counts there."""
    part = rows["part"].iloc[0]
    counted = rows[["cluster_id", "indicator_id"]].drop_duplicates()
    expected = counted.merge(of_year, on="cluster_id")
    found = expected.merge(
        rows[["unit_id", "indicator_id"]], on=["unit_id", "indicator_id"], how="left", indicator=True
    )
    absent = found.loc[found["_merge"] == "left_only", ["cluster_id", "unit_id", "indicator_id"]]
    return absent.assign(period=period, year=year, part=part, plan=np.nan, actual=np.nan, self_points=np.nan)


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


def attainment(rows: pd.DataFrame, indicators: pd.DataFrame, rules: Rules) -> pd.DataFrame:
    """One row per results row with expected_share, progress_pct, attainment_pct and status.

    `rows` are results of one or more periods (see `period_rows`); indicator attributes are joined on, text
    ones as categoricals (see `joined`).
    """
    catalogue = indicators.set_index("indicator_id").reindex(
        columns=[
            "name",
            "group",
            "measure",
            "direction",
            "flow",
            "max_points",
            "criterion_id",
            "scoring",
            "points_per_case",
        ]
    )
    # blank is attainment (docs/reference.md, "Kinds of scoring")
    catalogue["scoring"] = catalogue["scoring"].astype("str").fillna(DEFAULT_KIND)
    frame = rows.drop(columns=[c for c in catalogue.columns if c in rows.columns]).assign(
        **joined(rows["indicator_id"], catalogue)
    )
    plan, actual = frame["plan"].to_numpy(float), frame["actual"].to_numpy(float)
    direction = frame["direction"]  # compared as a column: pyarrow compares strings without making Python ones
    part, parts = pd.factorize(frame["part"].fillna(""))
    share = np.array([rules.share(name) for name in parts], dtype=float)[part]
    paced = frame["flow"].to_numpy(bool) & (share < 100)
    target = np.where(paced, plan * share / 100, plan)
    with np.errstate(divide="ignore", invalid="ignore"):
        higher = 100 * actual / target
        if rules.lower == "inverse":
            lower = np.where(actual == 0, rules.cap, 100 * target / actual)
        else:
            lower = np.where(target > 0, np.maximum(0, 100 * (2 - actual / target)), np.where(actual == 0, 100.0, 0.0))
        binary = np.where(actual >= target - TOLERANCE, 100.0, 0.0)
        progress = np.where(plan != 0, 100 * actual / plan, np.nan)
    uncapped = np.select(
        [(direction == "higher").to_numpy(), (direction == "lower").to_numpy()], [higher, lower], binary
    )
    value = np.minimum(uncapped, rules.cap)
    for name, blank in BLANKS.items():  # a per-case row without a number has no cases, never missing
        chosen = (frame["scoring"] == name).to_numpy() & np.isnan(actual)
        if chosen.any():
            actual = np.where(chosen, blank, actual)
            frame["actual"] = actual
    missing = np.isnan(actual)
    without = (
        ~frame["scoring"].isin(ATTAINED_KINDS).to_numpy()
    )  # per-case, value-band and direct rows have no attainment
    value[missing | without] = np.nan
    uncapped[missing | without] = np.nan
    frame["expected_share"] = share
    frame["attainment_pct"] = value
    frame["attainment_uncapped"] = uncapped
    frame["progress_pct"] = np.where(paced & ~without, np.where(missing, np.nan, progress), value)
    status = np.select(
        [missing, without, np.abs(value - 100) <= TOLERANCE, value > 100],
        [STATUSES.index(name) for name in ("missing", "scored", "met", "exceeded")],
        STATUSES.index("missed"),
    )
    frame["status"] = pd.array(STATUSES, dtype="str").take(status)  # a take of five words: no string per row
    return frame
