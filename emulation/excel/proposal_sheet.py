"""The province's proposal list as a sheet of the score-sheet workbook («Đề nghị khen thưởng»), laid out and
printed like the other documents: heading, the list by province and form with each status in words and
colour and its basis, the annex of the units considered but not proposed, the signatures."""

from __future__ import annotations

import datetime

import pandas as pd
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.worksheet import Worksheet

from ..views.proposals import SENT, STATUS_COLOURS, by_province_and_form, unmatched_line
from ..views.words import word
from .document import heading, print_as_document, signatures
from .workbook import LINE_HEIGHT, fit_widths, header, put

COLUMNS = ["number", "unit_name", "cluster_name", "award", "status", "reason"]


def proposal_sheet(
    sheet: Worksheet, table: pd.DataFrame, names: dict[str, str], lang: str, today: datetime.date | None = None
) -> None:
    """The list a board sends up: STT, the unit, its cluster, the form, the status (with its marks: "đề nghị
    nhiều hình thức: Hội đồng chọn một") and its basis; a line counting the decisions whose form matches none;
    then the annex (held, not eligible, over the quota) under its own heading, numbered on its own."""
    provinces = table["province"].unique()
    province = str(provinces[0]) if len(provinces) == 1 else ""
    body = ([word("document.province", lang, name=province)] if province else []) + [word("document.board", lang)]
    year = int(table["year"].iloc[0]) if len(table) else 0
    top = heading(sheet, len(COLUMNS), body, province, word("proposal.title", lang, year=year), "", lang, today)
    header(sheet, [word(f"label.proposal_{column}", lang) for column in COLUMNS], row=top)
    row, titles = top + 1, {}
    notes = [unmatched_line(table, lang)] + (
        [word("proposal.none", lang)] if not table["status"].isin(SENT).any() else []
    )
    for note in filter(None, notes):
        titles[row] = (note, False)
        row += 1
    for annex in (False, True):
        if annex and (~table["status"].isin(SENT)).any():
            row += 1
            titles[row] = (word("proposal.annex", lang).upper(), True)
            header(
                sheet,
                [word(f"label.proposal_{column}", lang) for column in COLUMNS[:-1]] + [word("proposal.why", lang)],
                row=row + 1,
            )  # the annex's own header: its last column gives why, not a basis
            row += 2
        for group_province, form, records in by_province_and_form(table, names, lang, annex):
            title = (
                word("proposal.province", lang, name=group_province)
                if group_province
                else word("proposal.no_province", lang)
            )
            titles[row] = (f"{title} · {form}", True)  # written across the row once the columns are sized
            row += 1
            for record in records:
                values = [
                    record[key] for key in ("number", "unit_name", "cluster_name", "award", "status_text", "reason")
                ]
                for column, value in enumerate(values, start=1):
                    put(sheet, row, column, value)
                colour = STATUS_COLOURS[record["status"]]
                sheet.cell(row=row, column=COLUMNS.index("status") + 1).fill = PatternFill(
                    "solid", fgColor=colour, bgColor=colour
                )
                row += 1
    last = row - 1
    fit_widths(sheet, most=42, rows=(top, max(last, top)))
    for title_row, (title, bold) in titles.items():
        put(sheet, title_row, 1, title).font = Font(bold=bold)
        sheet.cell(row=title_row, column=1).alignment = Alignment(wrap_text=not bold, vertical="top")
        sheet.merge_cells(start_row=title_row, start_column=1, end_row=title_row, end_column=len(COLUMNS))
        if not bold:  # a note runs over the merged row: room for its lines
            sheet.row_dimensions[title_row].height = LINE_HEIGHT * (1 + len(title) // 150)
    signatures(sheet, last + 2, len(COLUMNS), word("document.head_unit", lang), "", lang)
    sheet.freeze_panes = None
    print_as_document(sheet, top, len(COLUMNS), lang)
