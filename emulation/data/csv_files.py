"""A folder's CSV files read as far as pyarrow goes, without pandas.

So the command line can read them on a second thread (`ReadAhead`) while the first one imports pandas and
the engine, which takes a quarter of a second. `load` turns what is read here into pandas frames.
"""

from __future__ import annotations

import csv
import io
import threading
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa
import pyarrow.csv as pacsv

from ..resources import sample_folder
from .problems import Problem
from .schema import Table, table_for

MAX_FILE_BYTES = 256 * 2**20  # a CSV file or packed workbook; the national benchmark's results.csv is ~40 MB
MAX_COLUMNS = 500

_CODES = pa.dictionary(pa.int32(), pa.string())


@dataclass
class CsvFile:
    """One table's CSV file as read: its header and either pyarrow's table of the rows (a regular file) or
    the file's text, for the careful reader; neither when a problem refuses the whole file."""

    name: str
    table: Table  # the contract table the file's name means
    header: list[str] = field(default_factory=list)
    arrow: pa.Table | None = None  # columns c0, c1… in the header's order
    text: str | None = None
    separator: str = ","
    problems: list[Problem] = field(default_factory=list)


def table_files(folder: Path) -> list[tuple[Path, Table]]:
    """The folder's CSV files whose names mean a contract table, in name order."""
    return [
        (file, table)
        for file in sorted(folder.iterdir())
        if file.suffix.lower() == ".csv" and (table := table_for(file.stem)) is not None
    ]


def read_csv_files(folder: Path) -> list[CsvFile]:
    return [read_csv_file(file, table) for file, table in table_files(folder)]


def read_csv_file(file: Path, table: Table) -> CsvFile:
    """The file checked for size, encoding and header, and read by pyarrow when it is regular.

    Code columns are read as dictionaries and number columns, when every cell is a plain number, as numbers;
    everything else as text. The table's schema only chooses these types; matching happens later.
    """
    read = CsvFile(file.name, table)
    size = file.stat().st_size
    if size > MAX_FILE_BYTES:
        read.problems.append(
            Problem("file_too_large", file.name, params={"size": size // 2**20, "limit": MAX_FILE_BYTES // 2**20})
        )
        return read
    raw = file.read_bytes()
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    if not raw.isascii():  # plain ASCII is valid UTF-8 and already NFC: a million-row file skips both checks
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as error:
            line = raw[: error.start].count(b"\n") + 1
            read.problems.append(Problem("not_utf8", file.name, row=line, params={"line": line}))
            return read
        if not unicodedata.is_normalized("NFC", text):
            raw = unicodedata.normalize("NFC", text).encode("utf-8")
    end = raw.find(b"\n")
    first_line = (raw if end < 0 else raw[:end]).decode("utf-8").rstrip("\r")
    read.separator = ";" if first_line.count(";") > first_line.count(",") else ","
    try:
        header = next(csv.reader([first_line], delimiter=read.separator), [])
    except csv.Error as error:
        read.problems.append(Problem("bad_csv", file.name, row=1, params={"detail": str(error)}))
        return read
    if len(header) > MAX_COLUMNS:
        read.problems.append(
            Problem("too_many_columns", file.name, row=1, params={"count": len(header), "limit": MAX_COLUMNS})
        )
        return read
    read.header = header
    read.arrow = _fast_csv(
        raw, read.separator, [getattr(table.column_for(title), "kind", None) for title in read.header]
    )
    if read.arrow is None:
        read.text = raw.decode("utf-8")
    return read


def _fast_csv(raw: bytes, separator: str, kinds: list[str | None]) -> pa.Table | None:
    """pyarrow's reader, when the file is regular: no ragged rows (None otherwise)."""
    if not kinds:
        return None
    names = [f"c{index}" for index in range(len(kinds))]
    types = {
        name: _CODES if kind in ("id", "period") else pa.string()
        for name, kind in zip(names, kinds)
        if kind not in ("number", "integer")
    }
    invalid: list = []
    try:
        table = pacsv.read_csv(
            io.BytesIO(raw),
            read_options=pacsv.ReadOptions(column_names=names, skip_rows=1),
            # a line break inside a value needs quotes: without any, pyarrow splits the file into blocks at
            # every line break and parses them in parallel (a third faster on a million rows)
            # a blank line is kept as a row too short to be valid: rows never shift, and the careful reader
            # numbers it, without a search of the whole file for blank lines
            parse_options=pacsv.ParseOptions(
                delimiter=separator,
                newlines_in_values=b'"' in raw,
                ignore_empty_lines=False,
                invalid_row_handler=lambda row: _skipped(invalid, row),
            ),
            convert_options=pacsv.ConvertOptions(
                column_types=types, null_values=[""], strings_can_be_null=True, quoted_strings_can_be_null=True
            ),
        )
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
        return None
    if invalid:
        return None
    for index, column in enumerate(table.columns):  # a number column pyarrow did not read as numbers is text
        if not (
            pa.types.is_integer(column.type)
            or pa.types.is_floating(column.type)
            or pa.types.is_dictionary(column.type)
            or pa.types.is_string(column.type)
        ):
            table = table.set_column(index, names[index], column.cast(pa.string()))
    return table


class ReadAhead:
    """A folder's CSV files read on a second thread, started before pandas is imported: pyarrow parses
    without holding Python's lock, so the reading and the import share the machine's cores."""

    def __init__(self, folder: Path):
        self.folder = folder
        self._files: list[CsvFile] = []
        self._error: BaseException | None = None
        # not a daemon: should the program end before it asks for the files (interrupted while importing),
        # Python waits for the reading to finish rather than stopping pyarrow's threads mid-read (an abort)
        self._thread = threading.Thread(target=self._read, name="emulation-read-ahead")
        self._thread.start()

    @classmethod
    def start(cls, path: str | Path | None) -> ReadAhead | None:
        """Reading started for a folder (the sample's when no path is given); None for anything else."""
        folder = Path(path) if path is not None else sample_folder()
        return cls(folder) if folder.is_dir() else None

    def _read(self) -> None:
        try:
            self._files = read_csv_files(self.folder)
        except BaseException as error:  # noqa: BLE001 - raised again by files(), in the thread that asks
            self._error = error

    def files(self) -> list[CsvFile]:
        """What was read, once it is; an error of the reading is raised here, in the caller's thread."""
        self._thread.join()
        if self._error is not None:
            raise self._error
        return self._files


def _skipped(invalid: list, row: object) -> str:
    """pyarrow's handler of a row it cannot parse: kept for the careful reader, skipped by pyarrow."""
    invalid.append(row)
    return "skip"
