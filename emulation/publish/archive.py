"""Writing a period's published archive (docs/reference.md, "Published results and corrections").

The folder ARCHIVE holds `manifest.json`, every table as read (`<table>.csv`, English names and headers),
`rules.toml` byte for byte when the dataset has one, and under `results/` the period's `scores.csv`,
`attainment.csv` and, with a guide, `criteria.csv`. Read as a dataset, it is the dataset that was published.
It is written whole or not at all, and never over an existing folder.
"""

from __future__ import annotations

import datetime
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv

from ..data.archive import MANIFEST, RESULTS, input_files, manifest, text_tables
from ..data.dataset import Dataset
from ..data.load import RawDataset
from ..engine.analysis import Analysis, analyse
from ..errors import EmulationError
from ..files import atomic_folder
from ..views.terminal import attainment_columns, machine_table, to_csv

BOM = b"\xef\xbb\xbf"  # Excel reads a CSV as UTF-8 only with it (Vietnamese text otherwise garbled)


class ArchiveExists(EmulationError):
    """The archive's folder already exists: a published archive is never overwritten."""


def write_archive(
    source: Path,
    dataset: Dataset,
    raw: RawDataset,
    period: str,
    out: Path,
    version: str,
    when: datetime.datetime | None = None,
) -> Path:
    """Writes the archive of `period` into the new folder `out` (ArchiveExists if it exists).

    Parameters
    ----------
    source : Path
        The dataset's folder or workbook, whose files the manifest lists with their SHA-256.
    dataset, raw : Dataset, RawDataset
        The dataset as validated and as read (`data.archive.open_with_raw`).
    period : str
        The period published: its scores, attainment and, with a guide, criteria are written under results/.
    out : Path
        The archive's folder; it must not exist.
    version : str
        The program's version, for the manifest.
    when : datetime, optional
        The time of publication (now, in local time, by default).
    """
    out = Path(out)
    if out.exists():
        raise ArchiveExists(str(out))
    when = when or datetime.datetime.now().astimezone()
    with atomic_folder(out) as folder, ThreadPoolExecutor(1) as pool:
        # the inputs hashed and the tables written on a second thread (hashlib and pyarrow release Python's lock)
        # while this one analyses the period
        tables = pool.submit(
            _write_tables, folder, source, dataset, raw, period, when.isoformat(timespec="seconds"), version
        )
        _write_results(folder / RESULTS, dataset, analyse(dataset, period))
        tables.result()
        if out.exists():  # created meanwhile by someone else: never replaced
            raise ArchiveExists(str(out))
    return out


def _write_tables(
    folder: Path, source: Path, dataset: Dataset, raw: RawDataset, period: str, when: str, version: str
) -> None:
    """manifest.json, every table as read, and rules.toml byte for byte."""
    (folder / MANIFEST).write_text(manifest(period, when, version, input_files(Path(source))), encoding="utf-8")
    for name, table in text_tables(raw, dataset.rules.decimal).items():
        _write_csv(folder / f"{name}.csv", pa.Table.from_pandas(table, preserve_index=False))
    if raw.rules_text is not None:
        rules = Path(source) / "rules.toml" if Path(source).is_dir() else Path(source).parent / "rules.toml"
        (folder / "rules.toml").write_bytes(rules.read_bytes())


def _write_results(results: Path, dataset: Dataset, analysis: Analysis) -> None:
    """The period's scores and criteria as `emulation scores --format csv` prints them; its attainment by pyarrow
    (a national period's 100,000 rows)."""
    results.mkdir()
    for kind in ["scores"] + (["criteria"] if dataset.has_guide else []):
        (results / f"{kind}.csv").write_text(to_csv(machine_table(analysis, kind)), encoding="utf-8")
    _write_csv(results / "attainment.csv", attainment_record(analysis), bom=False)


def attainment_record(analysis: Analysis) -> pa.Table:
    """The period's rows with the columns of `emulation attainment --format csv`, in the engine's order (by
    cluster and unit as the data lists them), built from its codes: a national period's 100,000 rows without
    the names joined and sorted as a person reads them (`Analysis.rows`)."""
    scored = analysis.scored
    cells = {}
    for column in attainment_columns(analysis):
        if column == "unit_name":
            codes = scored["unit_id"].array.codes
            names = (
                analysis.names["unit"].reindex(scored["unit_id"].cat.categories).astype("str").to_numpy(dtype=object)
            )
            cells[column] = pc.take(pa.array(names, type=pa.string()), pa.array(codes, mask=codes < 0))
        elif column == "indicator_name":
            cells[column] = _arrow(scored["name"])
        elif column == "flow":
            cells[column] = pa.array(np.where(scored["flow"].to_numpy(dtype=bool), "yes", "no"))
        else:
            cells[column] = _arrow(scored[column])
    return pa.table(cells)


def _arrow(column: pd.Series) -> pa.Array:
    if isinstance(column.dtype, pd.CategoricalDtype):
        categories = pa.array(column.cat.categories.astype("str").to_numpy(dtype=object), type=pa.string())
        codes = column.array.codes
        return pc.take(categories, pa.array(codes, mask=codes < 0))
    return pa.array(column.to_numpy(dtype=object) if column.dtype == object else column.array, from_pandas=True)


def _write_csv(path: Path, table: pa.Table, bom: bool = True) -> None:
    """A table of text as CSV, UTF-8 with a byte-order mark, by pyarrow (a million rows in a fraction of a second):
    without quotes when no value needs them (read back in parallel blocks, see `data.csv_files`), else every text
    quoted."""
    for quoting in ("none", "needed"):
        try:
            with open(path, "wb") as file:
                file.write(BOM if bom else b"")
                file.write((",".join(table.column_names) + "\n").encode())  # the contract's names: never quoted
                pacsv.write_csv(table, file, pacsv.WriteOptions(include_header=False, quoting_style=quoting))
            return
        except pa.ArrowInvalid:  # a comma, a quote or a line break in some value
            continue
