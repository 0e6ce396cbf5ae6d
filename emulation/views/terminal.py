"""The command line's outputs: machine-readable CSV and JSON, and aligned tables for people."""

from __future__ import annotations

import io
import json

import numpy as np
import pandas as pd

from ..engine.analysis import Analysis
from .tables import RANKING_COLUMNS, SHEET_COLUMNS, as_text, ranking_values, sheet_values
from .words import word

ATTAINMENT_COLUMNS = ["period", "cluster_id", "unit_id", "indicator_id", "direction", "flow", "plan", "actual",
                      "progress_pct", "attainment_pct", "status", "points",
                      "unit_name", "indicator_name", "measure", "max_points", "expected_share", "self_points", "self_diff"]
SCORE_COLUMNS = ["period", "cluster_id", "unit_id", "rank", "total", "indicator_points", "adjustment_points",
                 "achieved_count", "row_count", "missing_count", "mean_attainment", "award",
                 "self_points", "self_diff", "unit_name", "role", "max_base", "award_tie", "passed_over", "votes", "voters"]


def machine_table(analysis: Analysis, kind: str) -> pd.DataFrame:
    """The rows of `attainment` or `scores` with the contract's columns (self points only where they exist)."""
    if kind == "attainment":
        frame = analysis.rows.rename(columns={"name": "indicator_name"})[ATTAINMENT_COLUMNS]
        frame = frame.assign(flow=np.where(frame["flow"], "yes", "no"))
    else:
        frame = analysis.units.sort_values(["cluster_id", "rank", "unit_id"], kind="stable")[SCORE_COLUMNS]
    if frame["self_points"].isna().all():
        frame = frame.drop(columns=["self_points", "self_diff"])
    return frame.reset_index(drop=True)


def to_csv(frame: pd.DataFrame) -> str:
    return frame.to_csv(index=False, lineterminator="\n")


def to_json(frame: pd.DataFrame) -> str:
    records = frame.astype(object).where(frame.notna(), None).to_dict("records")
    return json.dumps(records, ensure_ascii=False, indent=1) + "\n"


def attainment_table(analysis: Analysis, lang: str = "vi") -> str:
    rows = analysis.rows
    partial = "-" in analysis.period
    columns = [column for column in SHEET_COLUMNS if column != "measure" and (partial or column != "progress_pct")]
    return _by_cluster(rows, as_text(sheet_values(rows, lang)[columns], lang), lang)


def scores_table(analysis: Analysis, lang: str = "vi") -> str:
    units = analysis.units.sort_values(["cluster_id", "rank", "unit_id"], kind="stable")
    columns = RANKING_COLUMNS[:RANKING_COLUMNS.index("award") + 1]
    if units["self_points"].notna().any():
        columns.append("self_diff")
    return _by_cluster(units, as_text(ranking_values(units, lang)[columns], lang), lang)


def _by_cluster(source: pd.DataFrame, cells: pd.DataFrame, lang: str) -> str:
    """One aligned table per cluster, under a title line."""
    out = io.StringIO()
    for (cluster_id, name), group in source.groupby(["cluster_id", "cluster_name"], sort=False):
        out.write(f"{cluster_id} · {name}\n")
        out.write(_aligned(cells.loc[group.index], lang))
        out.write("\n")
    return out.getvalue()


def _aligned(cells: pd.DataFrame, lang: str) -> str:
    text_columns = {"unit_name", "name", "status", "role", "award"}
    headers = [word(f"label.{column}", lang) for column in cells.columns]
    values = cells.fillna("").astype(str).to_numpy()
    widths = [max([len(header)] + [len(value) for value in values[:, index]]) for index, header in enumerate(headers)]
    lines = []
    for row in [headers] + values.tolist():
        lines.append("  ".join(value.ljust(width) if column in text_columns else value.rjust(width)
                               for value, width, column in zip(row, widths, cells.columns)).rstrip())
    lines.insert(1, "  ".join("-" * width for width in widths))
    return "\n".join(lines) + "\n"
