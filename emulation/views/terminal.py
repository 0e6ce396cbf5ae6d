"""The command line's outputs: machine-readable CSV and JSON, and aligned tables for people."""

from __future__ import annotations

import io
import json

import numpy as np
import pandas as pd

from ..engine.analysis import Analysis
from .words import AWARD_NAMES, LABELS, ROLE_NAMES, STATUS_NAMES, format_number, format_percent, word

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
    columns = ["unit_name", "name", "plan", "actual"] + (["progress_pct"] if partial else []) + \
        ["attainment_pct", "status", "points"]
    cells = pd.DataFrame({
        "unit_name": rows["unit_name"], "name": rows["name"],
        "plan": rows["plan"].map(lambda value: format_number(value, 3, lang, trim=True)),
        "actual": rows["actual"].map(lambda value: format_number(value, 3, lang, trim=True)),
        "progress_pct": rows["progress_pct"].map(lambda value: format_percent(value, 2, lang)),
        "attainment_pct": rows["attainment_pct"].map(lambda value: format_percent(value, 1, lang)),
        "status": rows["status"].map(lambda value: word(STATUS_NAMES, value, lang)),
        "points": rows["points"].map(lambda value: format_number(value, 2, lang)),
    })[columns]
    return _by_cluster(rows, cells, lang)


def scores_table(analysis: Analysis, lang: str = "vi") -> str:
    units = analysis.units.sort_values(["cluster_id", "rank", "unit_id"], kind="stable")
    tie = " (" + ("đồng hạng" if lang != "en" else "tied") + ")"
    cells = pd.DataFrame({
        "rank": units["rank"].astype(str), "unit_name": units["unit_name"],
        "role": units["role"].map(lambda value: word(ROLE_NAMES, value, lang)),
        "total": units["total"].map(lambda value: format_number(value, 2, lang)),
        "indicator_points": units["indicator_points"].map(lambda value: format_number(value, 2, lang)),
        "adjustment_points": units["adjustment_points"].map(lambda value: format_number(value, 2, lang)),
        "achieved_count": units["achieved_count"].astype(int).astype(str) + "/" + units["row_count"].astype(str),
        "missing_count": units["missing_count"].astype(int).astype(str),
        "mean_attainment": units["mean_attainment"].map(lambda value: format_percent(value, 1, lang)),
        "award": [word(AWARD_NAMES, award, lang) + (tie if shared else "")
                  for award, shared in zip(units["award"], units["award_tie"])],
    })
    if units["self_points"].notna().any():
        cells["self_diff"] = units["self_diff"].map(lambda value: format_number(value, 2, lang))
    return _by_cluster(units, cells, lang)


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
    headers = [word(LABELS, column, lang) for column in cells.columns]
    values = cells.fillna("").astype(str).to_numpy()
    widths = [max([len(header)] + [len(value) for value in values[:, index]]) for index, header in enumerate(headers)]
    lines = []
    for row in [headers] + values.tolist():
        lines.append("  ".join(value.ljust(width) if column in text_columns else value.rjust(width)
                               for value, width, column in zip(row, widths, cells.columns)).rstrip())
    lines.insert(1, "  ".join("-" * width for width in widths))
    return "\n".join(lines) + "\n"
