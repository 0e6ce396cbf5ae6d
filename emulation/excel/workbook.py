"""Writing workbooks people open in Excel: safe cells, styled headers, widths that fit.

Every text cell is written as text: a value that Excel would read as a formula (=, +, -, @, or a tab or
carriage return first) is stored as a string with Excel's quote prefix, so it stays text even when edited.
"""

from __future__ import annotations

import math

from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

HEADER_FILL = PatternFill("solid", fgColor="9B1B1B")
HEADER_FONT = Font(bold=True, color="FFFFFF")
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def put(sheet: Worksheet, row: int, column: int, value: object, number_format: str | None = None):
    """One cell: numbers as numbers, blanks as blank, everything else as text that can never be a formula."""
    cell = sheet.cell(row=row, column=column)
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return cell
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        text = str(value)
        cell.value = text
        cell.data_type = "s"
        if text.startswith(FORMULA_STARTS):
            cell.quotePrefix = True
    else:
        cell.value = value
        if number_format:
            cell.number_format = number_format
    return cell


def header(sheet: Worksheet, titles: list[str], row: int = 1) -> None:
    """A styled header row, frozen below it."""
    for column, title in enumerate(titles, start=1):
        cell = put(sheet, row, column, title)
        cell.font, cell.fill = HEADER_FONT, HEADER_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    sheet.freeze_panes = sheet.cell(row=row + 1, column=1)


def fit_widths(sheet: Worksheet, least: int = 8, most: int = 60) -> None:
    """Column widths that fit the longest value of each column (within bounds)."""
    widths: dict[int, int] = {}
    for row in sheet.iter_rows():
        for cell in row:
            if cell.value is not None:
                length = max(len(part) for part in str(cell.value).split("\n"))
                widths[cell.column] = max(widths.get(cell.column, 0), length)
    for column, width in widths.items():
        sheet.column_dimensions[get_column_letter(column)].width = max(least, min(most, width + 2))
