"""The official score sheet workbook: per cluster the ranking and the member × indicator table, and all
clusters side by side; number formats, status colours and print setup so that it prints as a document."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
from openpyxl import Workbook
from openpyxl.formatting.rule import CellIsRule
from openpyxl.styles import Font, PatternFill

from ..engine.analysis import Analysis
from ..files import atomic_path
from ..views.tables import APPRAISAL_COLUMNS, STATUS_COLOURS, appraisal_values, ranking_values, sheet_values
from ..views.words import period_name, word
from .workbook import fit_widths, header, put

RANKING = ["rank", "unit_name", "role", "total", "indicator_points", "adjustment_points", "achieved_count",
           "mean_attainment", "award", "passed_over"]
DETAIL = ["unit_name", "name", "measure", "plan", "actual", "attainment_pct", "status", "points"]
# Excel's number format for each number column; percentages are written as shares (1.533 → 153,3%)
FORMATS = {"plan": "#,##0.###", "actual": "#,##0.###", "attainment_pct": "0.0%", "mean_attainment": "0.0%",
           **dict.fromkeys(["points", "total", "indicator_points", "adjustment_points"], "#,##0.00"),
           **dict.fromkeys(APPRAISAL_COLUMNS[1:-1], "#,##0.##")}


def write_score_sheet(analysis: Analysis, path: str | Path, lang: str = "vi") -> None:
    """Writes the workbook atomically: a sheet per cluster, then one with every cluster."""
    workbook = Workbook()
    workbook.remove(workbook.active)
    names: set[str] = set()
    for cluster, units in analysis.units.sort_values(["cluster_id", "rank"], kind="stable").groupby("cluster_id", sort=False):
        sheet = workbook.create_sheet(_sheet_name(cluster, names))
        rows = analysis.rows[analysis.rows["cluster_id"] == cluster]
        _cluster_sheet(sheet, units, rows, analysis.period, lang)
        _appraisal_records(sheet, analysis.criteria[analysis.criteria["cluster_id"] == cluster], lang)
    _all_clusters(workbook.create_sheet(_sheet_name(word("report.clusters", lang), names)), analysis, lang)
    with atomic_path(path) as temporary:
        workbook.save(temporary)


def _sheet_name(text: str, taken: set[str]) -> str:
    """Excel's rules: at most 31 characters, none of []:*?/\\, unique in the workbook."""
    base = re.sub(r"[\[\]:*?/\\]", "_", text)[:31] or "_"
    name, number = base, 2
    while name.lower() in taken:
        name = f"{base[:28]}~{number}"
        number += 1
    taken.add(name.lower())
    return name


def _write_rows(sheet, values: pd.DataFrame, top: int, first: int = 1) -> None:
    """The rows of a table from `top`, numbers as numbers with their formats, text as safe text."""
    for offset, row in enumerate(values.itertuples(index=False), start=top):
        for column, (key, value) in enumerate(zip(values.columns, row), start=first):
            share = key.endswith(("_pct", "attainment")) and not pd.isna(value)
            put(sheet, offset, column, value / 100 if share else value, FORMATS.get(key))


def _labels(columns: list[str], lang: str) -> list[str]:
    return [word(f"label.{column}", lang) for column in columns]


def _ranking_columns(units: pd.DataFrame) -> list[str]:
    """The ranking's columns, with the grade where the rules give any."""
    return RANKING + (["grade"] if units["grade"].ne("").any() else [])


def _cluster_sheet(sheet, units: pd.DataFrame, rows: pd.DataFrame, period: str, lang: str) -> None:
    put(sheet, 1, 1, f"{units['cluster_name'].iloc[0]} · {period_name(period, lang)}").font = Font(bold=True, size=14)
    header(sheet, _labels(_ranking_columns(units), lang), row=3)
    _write_rows(sheet, ranking_values(units, lang)[_ranking_columns(units)], 4)
    top = 4 + len(units) + 2
    header(sheet, _labels(DETAIL, lang), row=top)
    _write_rows(sheet, sheet_values(rows, lang)[DETAIL], top + 1)
    last = top + len(rows)
    _status_colours(sheet, f"G{top + 1}:G{last}", lang)
    sheet.freeze_panes = None
    fit_widths(sheet)
    _print_setup(sheet, f"{top}:{top}")


def _appraisal_records(sheet, table: pd.DataFrame, lang: str) -> None:
    """Below the score sheet, each unit's appraisal record (biên bản thẩm định): its tree with standard,
    bonuses, deductions, computed, claimed, agreed, final and why, then the total."""
    if table.empty:
        return
    top = sheet.max_row + 2
    for unit_name, record in table.groupby("unit_name", sort=False):
        put(sheet, top, 1, f"{word('report.appraisal', lang)} · {unit_name}").font = Font(bold=True, size=12)
        header(sheet, _labels(APPRAISAL_COLUMNS, lang), row=top + 1)
        values = appraisal_values(record, lang)
        _write_rows(sheet, values, top + 2)
        for row in [top + 2 + index for index, parent in enumerate(record["parent_id"]) if pd.isna(parent)] + [top + 1 + len(values)]:
            for column in range(1, len(APPRAISAL_COLUMNS) + 1):
                sheet.cell(row=row, column=column).font = Font(bold=True)
        top += len(values) + 3
    fit_widths(sheet)


def _all_clusters(sheet, analysis: Analysis, lang: str) -> None:
    put(sheet, 1, 1, f"{word('report.rollup', lang)} · {period_name(analysis.period, lang)}").font = Font(bold=True, size=14)
    units = analysis.units.sort_values(["cluster_id", "rank"], kind="stable")
    header(sheet, _labels(["cluster_id"] + _ranking_columns(units), lang), row=3)
    clusters = pd.DataFrame({"cluster_id": units["cluster_id"] + " · " + units["cluster_name"]})
    _write_rows(sheet, pd.concat([clusters, ranking_values(units, lang)[_ranking_columns(units)]], axis=1), 4)
    fit_widths(sheet)
    _print_setup(sheet, "3:3")


def _status_colours(sheet, area: str, lang: str) -> None:
    for status, colour in STATUS_COLOURS.items():
        fill = PatternFill("solid", fgColor=colour.lstrip("#"), bgColor=colour.lstrip("#"))
        sheet.conditional_formatting.add(area, CellIsRule(operator="equal", formula=[f'"{word(f"status.{status}", lang)}"'], fill=fill))


def _print_setup(sheet, title_rows: str) -> None:
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_title_rows = title_rows
