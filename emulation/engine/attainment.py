"""Attainment (% KH), progress against the yearly plan, and status of every results row
(docs/reference.md, "Attainment")."""

from __future__ import annotations

import numpy as np
import pandas as pd

from ..data.codes import joined
from ..data.kinds import ATTAINED_KINDS, BLANKS, DEFAULT_KIND
from ..data.rules import Rules

STATUSES = ("exceeded", "met", "missed", "missing", "scored")  # scored: a per-case, value-band or direct row
TOLERANCE = 1e-9  # docs/reference.md, "Attainment": equal within 1e-9 (met, on pace, binary targets)


def attainment(rows: pd.DataFrame, indicators: pd.DataFrame, rules: Rules) -> pd.DataFrame:
    """One row per results row with expected_share, progress_pct, attainment_pct and status.

    `rows` are results of one or more periods (see `period.period_rows`); indicator attributes are joined on, text
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
    # per-case, value-band and direct rows have no attainment
    without = ~frame["scoring"].isin(ATTAINED_KINDS).to_numpy()
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
