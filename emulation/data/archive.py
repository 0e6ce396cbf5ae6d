"""A published dataset's tables as text (docs/reference.md, "Published results and corrections").

`publish` writes every table of the dataset as CSV under the English names and headers, each cell's text as
read (NFC, trimmed), so that the archive, read as a dataset, is the dataset that was published. A workbook's
real numbers are written in the convention their column is read with, so that the text beside them keeps
its meaning (21.387 beside `1.234,5` is written `21,387`).
"""

from __future__ import annotations

import datetime
import hashlib
import json
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from ..errors import EmulationError
from .csv_files import ReadAhead, table_files
from .dataset import Dataset
from .load import WORKBOOK_SUFFIXES, RawDataset, RawTable, cell_text, read_raw
from .schema import TABLES
from .text import clean
from .validate import validate

MANIFEST = "manifest.json"
RESULTS = "results"  # the folder of the period's published results, beside the tables


def open_with_raw(path: Path, ahead: ReadAhead | None = None) -> tuple[Dataset, RawDataset]:
    """The dataset as `open_dataset` gives it, and its tables as read (what the archive writes)."""
    raw = read_raw(path, ahead)
    frames, rules, warnings, tree = validate(raw)
    return Dataset(**frames, rules=rules, warnings=warnings, source=str(path), tree=tree), raw


def input_files(path: Path) -> list[Path]:
    """The files a dataset is read from: a folder's table files and its rules.toml, or the workbook and the
    rules.toml beside it."""
    if path.is_dir():
        files = [file for file, _ in table_files(path)]
        rules = path / "rules.toml"
    else:
        files = [path] if path.suffix.lower() in WORKBOOK_SUFFIXES else []
        rules = path.parent / "rules.toml"
    return files + ([rules] if rules.is_file() else [])


def digest(path: Path) -> str:
    """The file's SHA-256 in lowercase hex."""
    hasher = hashlib.sha256()
    with open(path, "rb") as file:
        for block in iter(lambda: file.read(1 << 20), b""):
            hasher.update(block)
    return hasher.hexdigest()


def manifest(period: str, when: str, version: str, files: list[Path]) -> str:
    """manifest.json: the period, the date and time, the program's version, and each input file's SHA-256."""
    return (
        json.dumps(
            {
                "period": period,
                "published": when,
                "program": "emulation",
                "version": version,
                "files": [{"name": file.name, "sha256": digest(file)} for file in files],
            },
            ensure_ascii=False,
            indent=1,
        )
        + "\n"
    )


def read_manifest(archive: Path) -> dict | None:
    """The archive's manifest, None when the folder is not an archive (no readable manifest naming a period)."""
    try:
        document = json.loads((Path(archive) / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return document if isinstance(document, dict) and isinstance(document.get("period"), str) else None


def text_tables(raw: RawDataset, decimal: str) -> dict[str, pd.DataFrame]:
    """Every table read, as text under the contract's English column names, in the contract's column order
    (Arrow strings, blank cells blank or NA; the numbers pyarrow read from a CSV file stay Arrow numbers, which
    its writer prints in their shortest exact form); `decimal` is the rules' `[numbers] decimal`."""
    tables = {}
    for name, table in TABLES.items():
        if name not in raw.tables:
            continue
        read = raw.tables[name]
        columns = {
            column.name: _text(read, column.name, column.kind in ("number", "integer"), decimal)
            for column in table.columns
            if column.name in read.frame.columns
        }
        tables[name] = pd.DataFrame(columns, copy=False)
    return tables


def _text(read: RawTable, name: str, number: bool, decimal: str) -> pd.Series:
    """One column as text, by pyarrow's kernels where the loader left Arrow data (a national results table:
    a million cells a column in tens of milliseconds)."""
    cells = read.frame[name]
    if isinstance(cells.dtype, pd.CategoricalDtype):
        categories = pc.utf8_trim_whitespace(
            pa.array(cells.cat.categories.astype("str").to_numpy(dtype=object), type=pa.string())
        )
        text = pc.take(categories, pa.array(cells.array.codes, mask=cells.array.codes < 0))
    elif isinstance(cells.dtype, pd.ArrowDtype):  # numbers pyarrow read from a CSV: written as its shortest exact text
        return cells.reset_index(drop=True)
    elif cells.dtype == object:  # a workbook's cells
        text = pa.array(_workbook_text(cells.to_numpy(), number, decimal), type=pa.string())
    else:
        text = pc.utf8_trim_whitespace(pa.array(cells.array, type=pa.string()))
    return pd.Series(pd.array(text, dtype=pd.ArrowDtype(pa.string())), copy=False)


def _workbook_text(cells: np.ndarray, number: bool, decimal: str) -> list[str | None]:
    """A workbook column's cells as text; real numbers of a number column in the column's convention."""
    if number and decimal == "auto":
        marks = [cell for cell in cells if isinstance(cell, str)]
        decimal = "," if any("," in cell or cell.count(".") > 1 for cell in marks) else "."
    out: list[str | None] = []
    for cell in cells:
        if cell is None or (isinstance(cell, float) and np.isnan(cell)):
            out.append(None)
        elif number and type(cell) in (int, float):
            written = np.format_float_positional(float(cell), unique=True, trim="-")
            out.append(written.replace(".", ",") if decimal == "," else written)
        elif isinstance(cell, str):
            out.append(clean(cell))
        else:
            out.append(cell_text(cell))
    return out


def publication_day(path: str | Path | None) -> datetime.date | None:
    """The day an archive was published (its documents are dated so); None for a dataset that is not one."""
    found = read_manifest(Path(path)) if path is not None else None
    try:
        return datetime.datetime.fromisoformat(found["published"]).date() if found else None
    except (TypeError, ValueError):
        return None


class ArchiveRefused(EmulationError):
    """A folder that is not a published archive, or one of another period: `code` names the message."""

    def __init__(self, code: str, **params: object):
        super().__init__(code)
        self.code, self.params = code, params


def open_archive(
    path: str | Path, period: str | None = None, ahead: ReadAhead | None = None
) -> tuple[dict, Dataset, pd.DataFrame]:
    """A published archive: its manifest, its dataset and its published scores (`results/scores.csv`); `ahead`,
    its files already being read on a second thread.

    Raises ArchiveRefused when the folder is not an archive, or is one of another period than `period`;
    DataError when its tables are refused."""
    from .dataset import open_dataset

    archive = Path(path)
    found = read_manifest(archive)
    scores = archive / RESULTS / "scores.csv"
    if found is None or not scores.is_file():
        raise ArchiveRefused("not_an_archive", path=archive)
    if period is not None and found["period"] != period:
        raise ArchiveRefused("archive_period", path=archive, archived=found["period"], period=period)
    published = pd.read_csv(
        scores,
        dtype={"unit_id": "str", "cluster_id": "str", "award": "str", "passed_over": "str", "grade": "str"},
        keep_default_na=False,
        na_values=[""],
        encoding="utf-8",
    )
    return found, open_dataset(archive, ahead), published
