"""The command line's outputs: machine-readable CSV and JSON, and aligned tables for people."""

from __future__ import annotations

import csv
import io
import json

import numpy as np
import pandas as pd

from ..engine.analysis import Analysis
from .awards import Awards
from .tables import RANKING_COLUMNS, SHEET_COLUMNS, appraisal_values, as_text, ranking_values, sheet_values
from .words import word

ATTAINMENT_COLUMNS = [
    "period",
    "cluster_id",
    "unit_id",
    "indicator_id",
    "direction",
    "flow",
    "plan",
    "actual",
    "progress_pct",
    "attainment_pct",
    "status",
    "points",
    "unit_name",
    "indicator_name",
    "measure",
    "max_points",
    "expected_share",
    "self_points",
    "self_diff",
]
SCORE_COLUMNS = [
    "period",
    "cluster_id",
    "unit_id",
    "rank",
    "total",
    "indicator_points",
    "adjustment_points",
    "achieved_count",
    "row_count",
    "missing_count",
    "mean_attainment",
    "award",
    "self_points",
    "self_diff",
    "unit_name",
    "role",
    "max_base",
    "award_tie",
    "passed_over",
    "votes",
    "voters",
]
CRITERIA_COLUMNS = [
    "period",
    "cluster_id",
    "unit_id",
    "criterion_id",
    "parent_id",
    "standard_points",
    "standard_total",
    "earned",
    "deductions",
    "bonuses",
    "computed",
    "agreed_points",
    "final",
    "self_points",
    "reason",
    "unit_name",
    "criterion_name",
    "depth",
    "start",
    "claimed",
    "claim_diff",
]


def machine_table(analysis: Analysis, kind: str) -> pd.DataFrame:
    """The rows of `attainment`, `scores` or `criteria` with the contract's columns (self points only where they
    exist; with a guide, each row's scoring and criterion, and every unit's grade and claimed total)."""
    guided = analysis.appraisal is not None or bool((analysis.scored["scoring"] != "attainment").any())
    if kind == "criteria":
        return analysis.criteria.rename(columns={"name": "criterion_name"}).reindex(columns=CRITERIA_COLUMNS)
    if kind == "attainment":
        columns = ATTAINMENT_COLUMNS + (["scoring", "criterion_id"] if guided else [])
        frame = analysis.rows.rename(columns={"name": "indicator_name"})[columns]
        frame = frame.assign(flow=np.where(frame["flow"], "yes", "no"))
    else:
        claimed = analysis.appraisal is not None and analysis.appraisal.has_claims
        columns = (
            SCORE_COLUMNS + (["grade"] if guided or analysis.rules.grades else []) + (["self_total"] if claimed else [])
        )
        if analysis.rules.guide_rules:  # docs/reference.md, "Tie-breaks, events and points for awards held"
            columns += ["tie_break"] + (["grade_event"] if analysis.rules.events else [])
        frame = analysis.units.sort_values(["cluster_id", "rank", "unit_id"], kind="stable")[columns]
    if frame["self_points"].isna().all():
        frame = frame.drop(columns=["self_points", "self_diff"])
    return frame.reset_index(drop=True)


def attainment_columns(analysis: Analysis) -> list[str]:
    """The columns `machine_table(analysis, "attainment")` has, without building it."""
    guided = analysis.appraisal is not None or bool((analysis.scored["scoring"] != "attainment").any())
    columns = ATTAINMENT_COLUMNS + (["scoring", "criterion_id"] if guided else [])
    if analysis.scored["self_points"].isna().all():
        columns = [column for column in columns if column not in ("self_points", "self_diff")]
    return columns


def _rows(frame: pd.DataFrame):
    """The frame's rows as tuples of Python values, None where missing: what both machine formats write."""
    return zip(
        *(
            column.to_numpy(dtype=object, na_value=None)  # type: ignore[call-overload]  # stubs: no None for na_value
            for _, column in frame.items()
        )
    )


def to_csv(frame: pd.DataFrame) -> str:
    """The frame as `DataFrame.to_csv(index=False)` writes it (blank for missing, floats as Python's repr), by
    Python's csv writer over the columns as objects: pandas turns every float into a NumPy string first,
    two fifths of the cost of a national score table."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(frame.columns)
    writer.writerows(_rows(frame))
    return out.getvalue()


def to_json(frame: pd.DataFrame) -> str:
    records = [dict(zip(frame.columns, row)) for row in _rows(frame)]
    return json.dumps(records, ensure_ascii=False, indent=1) + "\n"


def attainment_table(analysis: Analysis, lang: str = "vi") -> str:
    rows = analysis.rows
    partial = "-" in analysis.period
    columns = [column for column in SHEET_COLUMNS if column != "measure" and (partial or column != "progress_pct")]
    return _by_cluster(rows, as_text(sheet_values(rows, lang)[columns], lang), lang)


def scores_table(analysis: Analysis, lang: str = "vi", awards: Awards | None = None) -> str:
    """Each cluster's ranking, the awards as `awards` names them."""
    units = analysis.units.sort_values(["cluster_id", "rank", "unit_id"], kind="stable")
    columns = RANKING_COLUMNS[: RANKING_COLUMNS.index("award") + 1]
    if units["self_points"].notna().any():
        columns.append("self_diff")
    if units["grade"].ne("").any():
        columns.append("grade")
    return _by_cluster(units, as_text(ranking_values(units, lang, awards)[columns], lang), lang)


def criteria_table(analysis: Analysis, lang: str = "vi") -> str:
    """Each unit's appraisal record, cluster by cluster, in the order of the ranking."""
    out = io.StringIO()
    units = analysis.units.set_index(["cluster_id", "unit_id"])  # once, not once a unit
    for (cluster_id, unit_id), table in analysis.criteria.groupby(["cluster_id", "unit_id"], sort=False):
        unit = units.loc[(cluster_id, unit_id)]  # type: ignore[index]  # pandas-stubs: a tuple of groupby keys
        out.write(f"{cluster_id} · {unit['cluster_name']} · {unit['unit_name']}\n")
        out.write(_aligned(as_text(appraisal_values(table, lang), lang), lang, frozenset({"criterion", "reason"})))
        out.write("\n")
    return out.getvalue()


def _by_cluster(source: pd.DataFrame, cells: pd.DataFrame, lang: str) -> str:
    """One aligned table per cluster, under a title line."""
    out = io.StringIO()
    for (cluster_id, name), group in source.groupby(["cluster_id", "cluster_name"], sort=False):
        out.write(f"{cluster_id} · {name}\n")
        out.write(_aligned(cells.loc[group.index], lang))
        out.write("\n")
    return out.getvalue()


def _aligned(
    cells: pd.DataFrame,
    lang: str,
    text_columns: frozenset[str] = frozenset({"unit_name", "name", "status", "role", "award", "grade"}),
) -> str:
    headers = [word(f"label.{column}", lang) for column in cells.columns]
    values = cells.fillna("").astype(str).to_numpy()
    widths = [max([len(header)] + [len(value) for value in values[:, index]]) for index, header in enumerate(headers)]
    lines = []
    for row in [headers] + values.tolist():
        lines.append(
            "  ".join(
                value.ljust(width) if column in text_columns else value.rjust(width)
                for value, width, column in zip(row, widths, cells.columns)
            ).rstrip()
        )
    lines.insert(1, "  ".join("-" * width for width in widths))
    return "\n".join(lines) + "\n"
