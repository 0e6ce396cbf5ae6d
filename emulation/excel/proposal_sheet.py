"""The province's proposal list as a sheet of the score-sheet workbook («Đề nghị khen thưởng»), laid out and
printed like the other documents: heading, the list by province and form with each status in words and
colour and its basis, the signatures."""

from __future__ import annotations

import datetime

import pandas as pd
from openpyxl.formatting.rule import CellIsRule
from openpyxl.styles import Font, PatternFill
from openpyxl.worksheet.worksheet import Worksheet

from ..views.proposals import STATUS_COLOURS, by_province_and_form
from ..views.words import word
from .document import heading, print_as_document, signatures
from .workbook import fit_widths, header, put

COLUMNS = ["number", "unit_name", "cluster_name", "award", "status", "reason"]


def proposal_sheet(sheet: Worksheet, table: pd.DataFrame, names: dict[str, str], lang: str,
                   today: datetime.date | None = None) -> None:
    """The list a board sends up: STT, the unit, its cluster, the form, the status and its basis."""
    provinces = table["province"].unique()
    province = str(provinces[0]) if len(provinces) == 1 else ""
    body = ([word("document.province", lang, name=province)] if province else []) + [word("document.board", lang)]
    year = int(table["year"].iloc[0]) if len(table) else 0
    top = heading(sheet, len(COLUMNS), body, province, word("proposal.title", lang, year=year), "", lang, today)
    header(sheet, [word(f"label.proposal_{column}", lang) for column in COLUMNS], row=top)
    row, titles = top + 1, {}
    for group_province, form, records in by_province_and_form(table, names, lang):
        title = word("proposal.province", lang, name=group_province) if group_province else word("proposal.no_province", lang)
        titles[row] = f"{title} · {form}"  # written across the row once the columns are sized
        row += 1
        for record in records:
            values = [record[key] for key in ("number", "unit_name", "cluster_name", "award", "status_words", "reason")]
            for column, value in enumerate(values, start=1):
                put(sheet, row, column, value)
            row += 1
    last = row - 1
    for status, colour in STATUS_COLOURS.items():
        fill = PatternFill("solid", fgColor=colour, bgColor=colour)
        sheet.conditional_formatting.add(f"E{top + 1}:E{max(last, top + 1)}", CellIsRule(
            operator="equal", formula=[f'"{word(f"proposal.status_{status}", lang)}"'], fill=fill))
    fit_widths(sheet, most=42, rows=(top, max(last, top)))
    for title_row, title in titles.items():
        put(sheet, title_row, 1, title).font = Font(bold=True)
        sheet.merge_cells(start_row=title_row, start_column=1, end_row=title_row, end_column=len(COLUMNS))
    signatures(sheet, last + 2, len(COLUMNS), word("document.head_unit", lang), "", lang)
    sheet.freeze_panes = None
    print_as_document(sheet, top, len(COLUMNS), lang)
