"""Writing workbooks people open in Excel: safe cells, styled headers, widths that fit.

Every text cell is written as text: a value that Excel would read as a formula (=, +, -, @, or a tab or
carriage return first) is stored as a string with Excel's quote prefix, so it stays text even when edited.
"""

from __future__ import annotations

import datetime
import io
import math
import re
import zipfile

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


SHORT_HEADING = 10  # characters: a heading up to this long stays on one line over a column of numbers
LINE_HEIGHT = 15.0  # points per line of 11-point type, for rows whose text wraps


def shown_length(value: object, number_format: str = "General") -> int:
    """About how many characters a cell shows: a number as its format prints it, not as Python's repr."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return max(len(part) for part in str(value).split("\n"))
    if "%" in number_format:
        return len(f"{value * 100:,.1f}%")
    decimals = (
        number_format.split(".")[1].count("0") + number_format.split(".")[1].count("#") if "." in number_format else 0
    )
    return len(f"{value:,.{decimals}f}")


def _wrapped(text: str, width: int) -> list[str]:
    """The lines a text takes in a cell `width` characters wide, broken at spaces."""
    lines = [""]
    for word in text.split():
        lines[-1:] = (
            [f"{lines[-1]} {word}".strip()] if len(f"{lines[-1]} {word}".strip()) <= width else [lines[-1], word]
        )
    return [line for line in lines if line] or [""]


def fit_widths(
    sheet: Worksheet,
    least: int = 8,
    most: int = 60,
    rows: tuple[int, int] | None = None,
    caps: dict[int, int] | None = None,
    short_headings: bool = False,
) -> None:
    """Column widths that fit the longest value of each column (within bounds), over `rows` (first, last: the
    first being the table's header) or the whole sheet. A longer text wraps onto more lines in its cell, its
    row made tall enough; a header wraps at its words rather than widen a column of short values, unless
    `short_headings` keeps a short heading over right-aligned numbers on one line ("Thực hiện"). `caps` gives
    some columns (by number) a width of their own below `most` (long award names wrap rather than widen the
    table past the page)."""
    first, last = rows or (1, sheet.max_row)
    widths: dict[int, int] = {}
    titles: dict[int, str] = {}
    numbers: set[int] = set()  # columns whose cells are right-aligned: numbers, written as text or not
    for row in sheet.iter_rows(min_row=first, max_row=last):
        for cell in row:
            if cell.value is None:
                continue
            if rows and cell.row == first:
                titles[cell.column] = str(cell.value)
                continue
            if cell.alignment.horizontal == "right":
                numbers.add(cell.column)
            widths[cell.column] = max(widths.get(cell.column, 0), shown_length(cell.value, cell.number_format))
    for column, title in titles.items():  # a header needs at least its longest word
        widths[column] = max(widths.get(column, 0), max(len(word) for word in title.split() or [""]))
        if short_headings and column in numbers:
            widths[column] = max(widths[column], min(len(title), SHORT_HEADING))
    most_of = {column: min(most, (caps or {}).get(column, most)) for column in widths}
    for column, width in widths.items():
        sheet.column_dimensions[get_column_letter(column)].width = max(least, min(most_of[column], width + 2))
    header_lines = max(
        [len(_wrapped(title, min(most_of[column], widths[column]) + 1)) for column, title in titles.items()] or [1]
    )
    if header_lines > 1:
        sheet.row_dimensions[first].height = header_lines * LINE_HEIGHT
    for row in sheet.iter_rows(min_row=first + (1 if rows else 0), max_row=last):
        # a proportional font fits about a sixth more characters than the width counts
        lines = max(
            [
                len(_wrapped(cell.value, most_of[cell.column] * 7 // 6 - 1))
                if cell.column in (caps or {})
                else -(-shown_length(cell.value) * 6 // (7 * most))
                for cell in row
                if isinstance(cell.value, str)
            ]
            or [1]
        )
        if lines > 1:
            for cell in row:
                cell.alignment = Alignment(horizontal=cell.alignment.horizontal, wrap_text=True, vertical="top")
            sheet.row_dimensions[row[0].row].height = lines * LINE_HEIGHT


def save_dated(workbook, path, day: datetime.date) -> None:
    """Saves the workbook with every date it records set to `day` (its properties and each zipped part's time),
    so that the same content written on the same day gives the same bytes (a published archive's score sheet,
    exported from it, is the one of the day of publication)."""
    stamp = datetime.datetime(day.year, day.month, day.day)
    workbook.properties.created = stamp
    buffer = io.BytesIO()
    workbook.save(buffer)
    with (
        zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as saved,
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out,
    ):
        for info in saved.infolist():
            data = saved.read(info.filename)
            if info.filename == "docProps/core.xml":  # openpyxl stamps the time of saving: the day's instead
                data = re.sub(
                    rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                    rb"\g<1>" + stamp.strftime("%Y-%m-%dT%H:%M:%SZ").encode() + rb"\g<2>",
                    data,
                )
            dated = zipfile.ZipInfo(info.filename, date_time=stamp.timetuple()[:6])
            dated.compress_type = zipfile.ZIP_DEFLATED
            out.writestr(dated, data)
