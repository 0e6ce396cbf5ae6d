"""Reading a dataset's files: a folder of CSV files or one .xlsx workbook, into raw tables.

Nothing here judges the values; it finds the tables and columns, keeps each row's number as Excel shows it,
and refuses files that cannot be read at all (wrong encoding, damaged or hostile workbooks).
"""

from __future__ import annotations

import contextlib
import csv
import io
import os
import sys
import zipfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa

from .csv_files import MAX_COLUMNS, MAX_FILE_BYTES, CsvFile, ReadAhead, read_csv_files
from .problems import Problem
from .schema import TABLES, Table, table_for
from .text import clean

MAX_UNPACKED_BYTES = 512 * 2**20  # what a workbook may unpack to, against zip bombs
WORKBOOK_SUFFIXES = (".xlsx", ".xlsm")


@dataclass
class RawTable:
    name: str  # the contract's table name
    source: str  # the file name as the user knows it
    sheet: str | None  # the sheet name, for a workbook
    frame: pd.DataFrame  # known columns under their contract names, values as read (text, or workbook cells)
    headers: dict[str, str]  # contract column name → the header as written
    rows: np.ndarray  # the Excel row number of each frame row

    def where(self, column: str | None = None) -> dict:
        """Location fields for a Problem about this table (and one of its columns)."""
        return {
            "source": self.source,
            "sheet": self.sheet,
            "column": self.headers.get(column, column) if column else None,
        }


@dataclass
class RawDataset:
    tables: dict[str, RawTable]
    rules_text: str | None
    rules_source: str
    problems: list[Problem]


def read_raw(path: Path, ahead: ReadAhead | None = None) -> RawDataset:
    """The tables of a CSV folder or workbook, with every problem of reading them; `ahead`, the folder's files
    already being read on a second thread (see `csv_files`)."""
    path = Path(path)
    if path.is_dir():
        found, problems = _read_folder(
            ahead.files() if ahead is not None and ahead.folder == path else read_csv_files(path)
        )
        rules_path = path / "rules.toml"
    elif path.is_file() and path.suffix.lower() in WORKBOOK_SUFFIXES:
        found, problems = _read_workbook(path)
        rules_path = path.parent / "rules.toml"
    else:
        code = "not_a_dataset" if path.exists() else "path_not_found"
        return RawDataset({}, None, "rules.toml", [Problem(code, str(path))])
    tables: dict[str, RawTable] = {}
    for table in TABLES.values():
        candidates = [raw for raw in found if raw[0] is table]
        if not candidates:
            if table.required:
                problems.append(Problem("missing_table", path.name, params={"table": table.name, "vi": table.vi}))
            continue
        for duplicate in candidates[1:]:
            problems.append(
                Problem(
                    "duplicate_table",
                    duplicate[1],
                    sheet=duplicate[2],
                    params={"table": table.name, "other": candidates[0][2] or candidates[0][1]},
                )
            )
        matched = _match_columns(*candidates[0])
        problems.extend(matched[1])
        if matched[0] is not None:
            tables[table.name] = matched[0]
    rules_text = None
    if rules_path.is_file():
        try:
            rules_text = rules_path.read_text(encoding="utf-8-sig")
        except UnicodeDecodeError:
            problems.append(Problem("not_utf8", rules_path.name, params={"line": "?"}))
    return RawDataset(tables, rules_text, rules_path.name, problems)


def _read_folder(files: list[CsvFile]) -> tuple[list, list[Problem]]:
    found, problems = [], []
    for file in files:
        grid, rows, file_problems = _grid(file)
        problems.extend(file.problems + file_problems)
        if grid is not None:
            found.append((file.table, file.name, None, grid, rows))
    return found, problems


def _grid(file: CsvFile) -> tuple:
    """(header and frame, Excel row numbers, problems) of a CSV file as read: codes as categoricals, numbers
    as floats where pyarrow read them so; the careful reader's rows when pyarrow could not take the file."""
    if file.arrow is not None:
        frame = file.arrow.to_pandas(types_mapper=_pandas_type)
        return (file.header, frame), np.arange(2, len(frame) + 2, dtype=np.int64), []
    if file.text is not None:
        return _careful_csv(file.text, file.separator, file.header, file.name)
    return None, np.array([], dtype=np.int64), []


def _pandas_type(arrow_type: pa.DataType):
    """Numbers keep Arrow's distinction between a blank cell (null) and a text 'nan' (NaN); text is str."""
    if pa.types.is_integer(arrow_type) or pa.types.is_floating(arrow_type):
        return pd.ArrowDtype(arrow_type)
    if pa.types.is_string(arrow_type):
        return pd.StringDtype(na_value=np.nan)
    return None


def _careful_csv(text: str, separator: str, header: list[str], source: str):
    """Python's csv reader: slower, but keeps blank lines in the numbering and names ragged rows."""
    problems, records, rows = [], [], []
    width = len(header)
    try:
        reader = csv.reader(io.StringIO(text), delimiter=separator)
        next(reader, None)
        for record in reader:
            row = reader.line_num  # the physical line where the record ends
            if len(record) > width and any(cell.strip() for cell in record[width:]):
                problems.append(
                    Problem("bad_csv_row", source, row=row, params={"found": len(record), "expected": width})
                )
            records.append((record + [""] * width)[:width])
            rows.append(row)
    except csv.Error as error:
        return None, np.array([], dtype=np.int64), [Problem("bad_csv", source, params={"detail": str(error)})]
    frame = pd.DataFrame(records, columns=[f"c{index}" for index in range(width)], dtype="str")
    return (header, frame), np.array(rows, dtype=np.int64), problems


def _read_workbook(path: Path) -> tuple[list, list[Problem]]:
    from python_calamine import CalamineWorkbook

    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        return [], [
            Problem("file_too_large", path.name, params={"size": size // 2**20, "limit": MAX_FILE_BYTES // 2**20})
        ]
    try:
        with zipfile.ZipFile(path) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
        if unpacked > MAX_UNPACKED_BYTES:
            return [], [
                Problem(
                    "workbook_too_large",
                    path.name,
                    params={"size": unpacked // 2**20, "limit": MAX_UNPACKED_BYTES // 2**20},
                )
            ]
        with _quiet_stderr():
            workbook = CalamineWorkbook.from_path(str(path))
    except BaseException as error:  # any failure to open means a damaged or foreign file
        if not _reader_failed(error):
            raise
        return [], [Problem("bad_workbook", path.name, params={"detail": type(error).__name__})]
    found, problems = [], []
    for sheet_name in workbook.sheet_names:
        table = table_for(sheet_name)
        if table is None:
            continue
        try:
            sheet = workbook.get_sheet_by_name(sheet_name)
            if sheet.width > MAX_COLUMNS:
                problems.append(
                    Problem(
                        "too_many_columns",
                        path.name,
                        sheet=sheet_name,
                        params={"count": sheet.width, "limit": MAX_COLUMNS},
                    )
                )
                continue
            with _quiet_stderr():
                cells = sheet.to_python(skip_empty_area=False)
        except BaseException as error:
            if not _reader_failed(error):
                raise
            problems.append(
                Problem("bad_workbook", path.name, sheet=sheet_name, params={"detail": type(error).__name__})
            )
            continue
        grid, rows = _sheet_grid(cells)
        found.append((table, path.name, clean(sheet_name), grid, rows))
    return found, problems


def _reader_failed(error: BaseException) -> bool:
    """Whether the workbook reader failed (rather than the user interrupting): any Exception, or a panic of
    its Rust code (a date cell holding -1e15 panics chrono), which pyo3 raises as a BaseException."""
    return isinstance(error, Exception) or type(error).__name__ == "PanicException"


@contextlib.contextmanager
def _quiet_stderr():
    """The process's stderr closed to the workbook reader: a Rust panic prints its message (and a backtrace)
    there before it reaches Python as an exception, which we report as a damaged workbook instead."""
    sys.stderr.flush()
    saved = os.dup(2)
    try:
        with open(os.devnull, "w") as null:
            os.dup2(null.fileno(), 2)
        yield
    finally:
        os.dup2(saved, 2)
        os.close(saved)


def _sheet_grid(cells: list[list]) -> tuple[tuple[list[str], pd.DataFrame] | None, np.ndarray]:
    """The header (first non-blank row) and the rows below it, keeping their Excel numbers."""
    start = next((index for index, row in enumerate(cells) if any(_present(cell) for cell in row)), None)
    if start is None:
        return None, np.array([], dtype=np.int64)
    header = [cell_text(cell) for cell in cells[start]]
    width = len(header)
    body = [[_workbook_cell(cell) for cell in (row + [""] * width)[:width]] for row in cells[start + 1 :]]
    frame = pd.DataFrame(body, columns=[f"c{index}" for index in range(width)], dtype=object)
    return (header, frame), np.arange(start + 2, start + 2 + len(body), dtype=np.int64)


def _present(cell: object) -> bool:
    return not (cell is None or (isinstance(cell, str) and not cell.strip()))


def _workbook_cell(cell: object) -> object:
    if isinstance(cell, str):
        text = clean(cell)
        return text if text else None
    return cell


def cell_text(cell: object) -> str:
    """A workbook cell as text: a code typed as a number in Excel (101.0) reads as 101; blank is ""."""
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return clean(cell) if cell is not None else ""


def _match_columns(
    table: Table, source: str, sheet: str | None, grid, rows: np.ndarray
) -> tuple[RawTable | None, list[Problem]]:
    if grid is None or not grid[0]:
        return None, [Problem("empty_table", source, sheet=sheet)]
    header, frame = grid
    problems: list[Problem] = []
    headers: dict[str, str] = {}
    renamed: dict[str, str] = {}
    for position, title in enumerate(header):
        column = table.column_for(title)
        if column is None:
            continue
        if column.name in headers:
            problems.append(
                Problem(
                    "duplicate_column",
                    source,
                    sheet=sheet,
                    row=1,
                    column=title,
                    params={"name": title, "other": headers[column.name]},
                )
            )
            continue
        headers[column.name] = title
        renamed[f"c{position}"] = column.name
    for column in table.columns:
        if column.required and column.name not in headers:
            problems.append(
                Problem("missing_column", source, sheet=sheet, row=1, params={"name": column.name, "vi": column.vi})
            )
    frame = frame[list(renamed)].rename(columns=renamed)
    blank = _blank_rows(frame)
    if blank.any():
        frame, rows = frame.loc[~blank].reset_index(drop=True), rows[~blank]
    return RawTable(table.name, source, sheet, frame, headers, rows), problems


def _blank_rows(frame: pd.DataFrame) -> np.ndarray:
    blank = np.ones(len(frame), dtype=bool)
    for name in frame.columns:
        column = frame[name]
        if column.dtype == object:
            blank &= np.fromiter((not _present(cell) for cell in column.to_numpy()), bool, len(column))
        elif isinstance(column.dtype, pd.CategoricalDtype):
            empty = column.cat.categories.str.strip() == ""
            blank &= column.isna().to_numpy() | np.append(empty, True)[column.array.codes]
        elif isinstance(column.dtype, pd.ArrowDtype):
            blank &= column.isna().to_numpy()
        else:
            blank &= column.isna().to_numpy() | (column.str.strip() == "").fillna(True).to_numpy()
        if not blank.any():
            break
    return blank
