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
from ..views.words import AWARD_NAMES, LABELS, PASSED_OVER_NAMES, ROLE_NAMES, STATUS_NAMES, period_name, say, word
from .workbook import fit_widths, header, put
from ..views.tables import STATUS_COLOURS

POINTS, NUMBER, PERCENT = "#,##0.00", "#,##0.###", "0.0%"
RANKING = ["rank", "unit_name", "role", "total", "indicator_points", "adjustment_points", "achieved_count",
           "mean_attainment", "award", "passed_over"]
DETAIL = ["unit_name", "name", "measure", "plan", "actual", "attainment_pct", "status", "points"]


def write_score_sheet(analysis: Analysis, path: str | Path, lang: str = "vi") -> None:
    """Writes the workbook atomically: a sheet per cluster, then one with every cluster."""
    workbook = Workbook()
    workbook.remove(workbook.active)
    names: set[str] = set()
    for cluster, units in analysis.units.sort_values(["cluster_id", "rank"], kind="stable").groupby("cluster_id", sort=False):
        sheet = workbook.create_sheet(_sheet_name(cluster, names))
        rows = analysis.rows[analysis.rows["cluster_id"] == cluster]
        _cluster_sheet(sheet, units, rows, analysis.period, lang)
    _all_clusters(workbook.create_sheet(_sheet_name(say("clusters", lang), names)), analysis, lang)
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


def _labels(columns: list[str], lang: str) -> list[str]:
    return [word(LABELS, column, lang) for column in columns]


def _cluster_sheet(sheet, units: pd.DataFrame, rows: pd.DataFrame, period: str, lang: str) -> None:
    put(sheet, 1, 1, f"{units['cluster_name'].iloc[0]} · {period_name(period, lang)}").font = Font(bold=True, size=14)
    header(sheet, _labels(RANKING, lang), row=3)
    for offset, unit in enumerate(units.itertuples(), start=4):
        _ranking_row(sheet, offset, unit, lang)
    top = 4 + len(units) + 2
    header(sheet, _labels(DETAIL, lang), row=top)
    for offset, row in enumerate(rows.itertuples(), start=top + 1):
        values = [row.unit_name, row.name, row.measure]
        for column, value in enumerate(values, start=1):
            put(sheet, offset, column, value)
        put(sheet, offset, 4, row.plan, NUMBER)
        put(sheet, offset, 5, row.actual, NUMBER)
        put(sheet, offset, 6, None if pd.isna(row.attainment_pct) else row.attainment_pct / 100, PERCENT)
        put(sheet, offset, 7, word(STATUS_NAMES, row.status, lang))
        put(sheet, offset, 8, row.points, POINTS)
    last = top + len(rows)
    _status_colours(sheet, f"G{top + 1}:G{last}", lang)
    sheet.freeze_panes = None
    fit_widths(sheet)
    _print_setup(sheet, f"{top}:{top}")


def _ranking_row(sheet, row: int, unit, lang: str, first: int = 1) -> None:
    """One unit's ranking line, starting at column `first`."""
    note = word(PASSED_OVER_NAMES, unit.passed_over, lang)
    if unit.award_tie:
        note = (note + "; " if note else "") + ("đồng hạng, hội nghị xem xét" if lang != "en" else "tied, for the conference")
    cells = [(int(unit.rank), None), (unit.unit_name, None), (word(ROLE_NAMES, unit.role, lang), None),
             (unit.total, POINTS), (unit.indicator_points, POINTS), (unit.adjustment_points, POINTS),
             (f"{int(unit.achieved_count)}/{int(unit.row_count)}", None),
             (None if pd.isna(unit.mean_attainment) else unit.mean_attainment / 100, PERCENT),
             (word(AWARD_NAMES, unit.award, lang), None), (note, None)]
    for column, (value, number_format) in enumerate(cells, start=first):
        put(sheet, row, column, value, number_format)


def _all_clusters(sheet, analysis: Analysis, lang: str) -> None:
    put(sheet, 1, 1, f"{say('rollup', lang)} · {period_name(analysis.period, lang)}").font = Font(bold=True, size=14)
    header(sheet, _labels(["cluster_id"] + RANKING, lang), row=3)
    units = analysis.units.sort_values(["cluster_id", "rank"], kind="stable")
    for offset, unit in enumerate(units.itertuples(), start=4):
        put(sheet, offset, 1, f"{unit.cluster_id} · {unit.cluster_name}")
        _ranking_row(sheet, offset, unit, lang, first=2)
    fit_widths(sheet)
    _print_setup(sheet, "3:3")


def _status_colours(sheet, area: str, lang: str) -> None:
    for status, colour in STATUS_COLOURS.items():
        fill = PatternFill("solid", fgColor=colour.lstrip("#"), bgColor=colour.lstrip("#"))
        sheet.conditional_formatting.add(area, CellIsRule(operator="equal", formula=[f'"{word(STATUS_NAMES, status, lang)}"'], fill=fill))


def _print_setup(sheet, title_rows: str) -> None:
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_title_rows = title_rows
