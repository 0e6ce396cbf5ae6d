"""A sheet laid out as a Vietnamese administrative document, as a board's secretariat prints and files it.

The heading block: the issuing body on the left (the province, then the cluster), the national title and
motto on the right (Quốc hiệu, tiêu ngữ), then the place and date; the title and its subtitle across the
page; the table; and, after it, the signature lines with room to sign. Printed on A4 (landscape where the
table is wide), fitted to the page width only, never shrunk below a legible size by the fit (columns are sized
so that it never needs to be), the table's header repeated on every page and the page numbers in the footer.
"""

from __future__ import annotations

import datetime

from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from ..views.words import word
from .workbook import put

BODY_SIZE = 11  # the table's type, in points: printed at 100 % on A4 it reads like a typed document
TITLE_SIZE = 14
SIGNING_ROOM = 4  # blank rows between a signature's title and the signer's name


def _merged(
    sheet: Worksheet,
    row: int,
    first: int,
    last: int,
    text: str,
    bold: bool = False,
    italic: bool = False,
    size: int = BODY_SIZE,
) -> None:
    """Centred text across columns first..last of one row."""
    cell = put(sheet, row, first, text)
    cell.font = Font(bold=bold, italic=italic, size=size)
    cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=False)
    if last > first:
        sheet.merge_cells(start_row=row, start_column=first, end_row=row, end_column=last)


def _halves(width: int) -> tuple[tuple[int, int], tuple[int, int]]:
    """The left and right blocks of a heading or of the signatures over a table `width` columns wide."""
    middle = max(1, width // 2)
    return (1, middle), (middle + 1, max(width, middle + 1))


def heading(
    sheet: Worksheet,
    width: int,
    body: list[str],
    place: str,
    title: str,
    subtitle: str,
    lang: str,
    today: datetime.date | None = None,
) -> int:
    """Writes the heading block and the title over a table of `width` columns; returns the next free row.

    `body` is the issuing body, from the larger to the smaller (e.g. the province, then the cluster); `place`
    the place name of the dateline ("" leaves dots to fill in by hand)."""
    today = today or datetime.date.today()
    (left, middle), (right, last) = _halves(width)
    lines = body[-2:] if len(body) >= 2 else ([""] + body)
    _merged(sheet, 1, left, middle, lines[0].upper())
    _merged(sheet, 2, left, middle, lines[1].upper(), bold=True)
    _merged(sheet, 1, right, last, word("document.nation", lang), bold=True)
    _merged(sheet, 2, right, last, word("document.motto", lang), bold=True)
    dateline = word(
        "document.dateline",
        lang,
        place=place or "……",
        day=f"{today.day:02d}",
        month=f"{today.month:02d}",
        year=today.year,
    )
    _merged(sheet, 3, right, last, dateline, italic=True)
    _merged(sheet, 5, 1, width, title.upper(), bold=True, size=TITLE_SIZE)
    _merged(sheet, 6, 1, width, subtitle, bold=True)
    return 8


def signatures(sheet: Worksheet, row: int, width: int, signer: str, signer_name: str, lang: str) -> int:
    """The signature lines below a table, from `row`: the preparer on the left, `signer` (the cluster's head,
    or the head of the unit) on the right with the signer's name under the room to sign."""
    (left, middle), (right, last) = _halves(width)
    _merged(sheet, row, left, middle, word("document.preparer", lang).upper(), bold=True)
    _merged(sheet, row, right, last, signer.upper(), bold=True)
    _merged(sheet, row + 1, left, middle, word("document.sign_here", lang), italic=True)
    _merged(sheet, row + 1, right, last, word("document.sign_and_seal", lang), italic=True)
    if signer_name:
        _merged(sheet, row + 2 + SIGNING_ROOM, right, last, signer_name, bold=True)
    return row + 3 + SIGNING_ROOM


def print_as_document(sheet: Worksheet, header_row: int | None, width: int, lang: str, landscape: bool = True) -> None:
    """A4, landscape or portrait, fitted to the page's width (never its height), the table's header row
    repeated on every page (None: a sheet of several tables, each with its own header, repeats none), "Trang
    1/3" in the footer, and the sheet's own type size for every cell."""
    sheet.page_setup.orientation = "landscape" if landscape else "portrait"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.page_margins.left = sheet.page_margins.right = 0.5
    sheet.page_margins.top, sheet.page_margins.bottom = 0.6, 0.7
    if header_row is not None:
        sheet.print_title_rows = f"{header_row}:{header_row}"
    sheet.print_options.horizontalCentered = True
    sheet.oddFooter.center.text = word("document.page", lang)
    sheet.oddFooter.center.size = 10
    sheet.print_area = f"A1:{get_column_letter(width)}{sheet.max_row}"
