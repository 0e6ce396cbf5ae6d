"""Merging submissions: partial workbooks or CSV folders (one per unit, say) into one dataset.

Each input is read as it is (it need not be complete or valid alone), its codes and numbers normalised, and
the rows of every table put together by their key. A blank cell is "not submitted": every copy of a pre-filled
template carries every unit's rows and a unit fills only its own, so rows of one key are merged cell by cell,
each cell taking the value that was filled in. Two different filled values of one cell are refused with both
places named (file, sheet, row), and then nothing is written. Inputs are only read.

The inputs' `rules.toml` travel with their tables: rules that say the same (compared as read, so comments and
spacing do not matter) are written once beside the merged tables; rules that differ are refused with both
files named, since a merged dataset scored under either would silently score differently from the other. The
board's own dataset folder, given as one of the inputs, brings its rules (and its plans and history tables).

Every merged row remembers where its cells came from (`Merged.origins`), so that a warning about the merged
data (a slip: an actual a hundred times its plan) names the submission's file, sheet and row to correct.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

import numpy as np
import pandas as pd

from ..data.cells import Cells
from ..data.kinds import DEFAULT_KIND, SCORINGS
from ..data.load import read_raw
from ..data.periods import parse_periods
from ..data.problems import DataError, Entry, Problem, expanded
from ..data.rules import Rules, parse_rules
from ..data.schema import AWARD_KINDS, DIRECTIONS, FLOWS, REVOKED, ROLES, TABLES
from ..data.text import fold
from ..files import atomic_folder
from ..views.words import format_number, word

MEANINGS = {
    "direction": (DIRECTIONS, None),
    "flow": (FLOWS, False),
    "role": (ROLES, "member"),
    "scoring": (SCORINGS, DEFAULT_KIND),
    "award_kind": (AWARD_KINDS, "regular"),
    "revoked": (REVOKED, False),
}


@dataclass(frozen=True)
class Merged:
    """The merged tables (contract column names, values normalised), the text of the inputs' common rules.toml
    (None when no input has one), and per table where each merged row came from (columns `source`, `sheet`,
    `row`: the input that filled its actual, for results, else its first row), in the merged rows' order."""

    tables: dict[str, pd.DataFrame]
    rules_text: str | None = None
    origins: dict[str, pd.DataFrame] = field(default_factory=dict)


@dataclass(frozen=True)
class _Clash:
    """Two different filled values of one cell: the table, the key's values, the column, both rows' places."""

    table: str
    key: dict
    column: str
    mine: tuple
    theirs: tuple


def merge_inputs(paths: list[Path]) -> Merged:
    """The inputs merged; raises DataError listing every problem of reading, every cell filled differently in
    two inputs and rules that differ between inputs."""
    problems: list[Entry] = []
    pieces: dict[str, list[pd.DataFrame]] = {name: [] for name in TABLES}
    rules: list[tuple[Path, Rules, str]] = []  # (file, rules as read, text) of every input that has rules
    for path in paths:
        raw = read_raw(Path(path))
        if raw.rules_text is not None:
            source = _rules_path(Path(path))
            rules.append((source, parse_rules(raw.rules_text, str(source))[0], raw.rules_text))
        problems += [problem for problem in raw.problems if problem.code != "missing_table"]
        cells = Cells()
        for name, table in raw.tables.items():
            shown = Path(path) / table.source if Path(path).is_dir() else Path(path)  # the path as the user typed it
            pieces[name].append(_normalised(cells, table).assign(_source=str(shown)))
        problems += cells.problems
    merged, origins, clashes = {}, {}, []
    for name, frames in pieces.items():
        frame = (
            pd.concat(frames, ignore_index=True)
            if frames
            else pd.DataFrame(columns=[c.name for c in TABLES[name].columns])
        )
        merged[name], origins[name], found = _combined(name, frame)
        clashes += found
    problems += _clash_problems(clashes, merged)
    problems += [
        Problem("rules_differ", str(source), params={"other": str(rules[0][0])})
        for source, read, _ in rules[1:]
        if read != rules[0][1]
    ]
    errors = [problem for problem in problems if not problem.warning]
    if errors:
        raise DataError(errors)
    return Merged(merged, rules[0][2] if rules else None, origins)


def _rules_path(path: Path) -> Path:
    """Where a dataset's rules.toml is: in its folder, or beside its workbook."""
    return path / "rules.toml" if path.is_dir() else path.parent / "rules.toml"


def _normalised(cells: Cells, raw) -> pd.DataFrame:
    """The table's contract columns: numbers parsed with their column's convention, text cleaned, periods
    canonical; plus where each row came from."""
    table = TABLES[raw.name]
    frame = pd.DataFrame(index=raw.frame.index)
    for column in table.columns:
        if column.kind in ("number", "integer"):  # binary answers (có, không, x) are read as 1 and 0 here
            accept = np.full(len(raw.frame), column.name == "actual")
            frame[column.name] = cells.numbers(raw, column.name, required=False, accept=accept)
        elif column.kind in MEANINGS:  # compared by meaning: a blank flow and «không» are the same
            words, default = MEANINGS[column.kind]
            text = cells.text(raw, column.name)
            meaning = text.map(lambda value, words=words: words.get(fold(value)) if isinstance(value, str) else None)
            frame[column.name] = meaning.where(meaning.notna() | text.notna(), default).fillna(text)
        else:
            frame[column.name] = cells.text(raw, column.name)
    if "period" in frame:
        canonical = parse_periods(frame["period"].fillna(""))["period"].astype("str")
        frame["period"] = canonical.where(canonical.notna() & (canonical != "nan"), frame["period"])
    return frame.assign(_source=str(raw.source), _sheet=raw.sheet, _row=raw.rows)


PLACE = ["_source", "_sheet", "_row"]


def _combined(name: str, frame: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame, list[_Clash]]:
    """The rows of one key merged cell by cell (a blank cell takes the filled one), where each merged row came
    from, and every cell filled with two different values (each later value against the first)."""
    values = [column.name for column in TABLES[name].columns]
    keys = list(TABLES[name].key)  # an award repeated exactly, an adjustment, a band: the whole row
    if frame.empty:
        return frame[values].reset_index(drop=True), pd.DataFrame(columns=["source", "sheet", "row"]), []
    frame = frame.reset_index(drop=True)
    filled = frame[values].astype(object).where(frame[values].notna(), None).astype(str)
    group = filled.groupby(keys, sort=False, dropna=False).ngroup().to_numpy()
    clashes = []
    for column in (column for column in values if column not in keys):
        present = frame[column].notna().to_numpy()
        seen = pd.DataFrame(
            {"group": group[present], "value": filled[column].to_numpy()[present], "at": np.flatnonzero(present)}
        ).drop_duplicates(["group", "value"])
        several = seen[seen["group"].duplicated(keep=False)]
        for _, rows in several.groupby("group", sort=False):
            first = frame.iloc[int(rows["at"].iloc[0])]  # positions: the frame was renumbered
            for at in rows["at"].iloc[1:]:
                other = frame.iloc[int(at)]
                clashes.append(
                    _Clash(
                        name, {key: first[key] for key in keys}, column, _place(other, column), _place(first, column)
                    )
                )
    merged = frame.groupby(group, sort=True)[values].first()  # groups number their keys in order of appearance
    merged = merged.astype({column: frame[column].dtype for column in values})
    order = pd.Series(np.arange(len(frame)), index=frame.index)
    chosen = order.groupby(group).first()
    if name == "results":  # the row whose actual was filled, for a slip's warning
        actual = order[frame["actual"].notna()].groupby(group[frame["actual"].notna().to_numpy()]).first()
        chosen.loc[actual.index] = actual
    origins = frame.loc[chosen.to_numpy(), PLACE].set_axis(["source", "sheet", "row"], axis=1).reset_index(drop=True)
    return merged[values].reset_index(drop=True), origins, clashes


def _place(row: pd.Series, column: str) -> tuple:
    """(file, sheet, row, value) of one cell."""
    sheet = row["_sheet"] if isinstance(row["_sheet"], str) else None
    return (row["_source"], sheet, int(row["_row"]), row[column])


ENTITIES = {
    "unit_id": "units",
    "predecessor_id": "units",
    "indicator_id": "indicators",
    "cluster_id": "clusters",
    "criterion_id": "criteria",
}  # a key's code shown with its name, from the merged catalogue


def _clash_problems(clashes: list[_Clash], merged: dict[str, pd.DataFrame]) -> list[Problem]:
    """Each clash as a problem at the later cell, in both languages: the key in words (the unit's and the
    indicator's names), both values as numbers are written in each language, and the other file, sheet and row."""
    names = {
        table: dict(zip(merged[table].iloc[:, 0].astype(str), merged[table]["name"]))
        for table in set(ENTITIES.values())
    }
    problems = []
    for clash in clashes:
        labels = {column.name: column for column in TABLES[clash.table].columns}
        source, sheet, row, _ = clash.mine
        params = {}
        for lang in ("vi", "en"):
            parts = []
            for key, value in clash.key.items():
                if value is None or (isinstance(value, float) and np.isnan(value)):
                    text = word("merge.blank", lang)
                else:
                    text = format_number(value, 6, lang, trim=True) if isinstance(value, float) else str(value)
                if key in ENTITIES and isinstance(value, str):
                    name = names[ENTITIES[key]].get(value)
                    text = f"{name} ({value})" if isinstance(name, str) and name != value else text
                    parts.append(word(f"merge.{key}", lang, value=text))
                else:
                    parts.append(f"{labels[key].vi if lang == 'vi' else labels[key].name} {text}")
            other_source, other_sheet, other_row, theirs = clash.theirs
            place = (
                [other_source]
                + ([word("location.sheet", lang, place=other_sheet)] if other_sheet else [])
                + [word("location.row", lang, place=other_row)]
            )
            params[f"key_{lang}"] = ", ".join(parts)
            params[f"other_{lang}"] = ", ".join(place)
            params[f"column_{lang}"] = labels[clash.column].vi if lang == "vi" else labels[clash.column].name
            params[f"mine_{lang}"], params[f"theirs_{lang}"] = (
                _shown(value, lang) for value in (clash.mine[3], theirs)
            )
        problems.append(Problem("merge_conflict", source, sheet, row, labels[clash.column].vi, params=params))
    return problems


def _shown(value, lang: str) -> str:
    if isinstance(value, bool):
        return str(value)
    return format_number(value, 6, lang, trim=True) if isinstance(value, float) else str(value)


def located(merged: Merged, out: Path, warnings: Sequence[Entry]) -> list[Entry]:
    """The merged data's warnings moved to the submissions' cells: a warning about row r of a merged table (its
    CSV file, or its sheet of the merged workbook) names instead the file, sheet and row that row came from,
    where the clerk corrects it."""
    where: dict[tuple[str, str | None], pd.DataFrame] = {}
    for name, table_origins in merged.origins.items():
        place = (out.name, TABLES[name].vi) if out.suffix.lower() == ".xlsx" else (f"{name}.csv", None)
        where[place] = table_origins
    moved: list[Entry] = []
    for problem in expanded(warnings):
        origins = where.get((problem.source, problem.sheet))
        if origins is None or problem.row is None or not 0 <= problem.row - 2 < len(origins):
            moved.append(problem)
            continue
        origin = origins.iloc[problem.row - 2]
        sheet = origin["sheet"] if isinstance(origin["sheet"], str) else None
        moved.append(replace(problem, source=origin["source"], sheet=sheet, row=int(origin["row"])))
    return moved


def write_merged(merged: Merged, out: Path) -> list[Path]:
    """A workbook when `out` ends in .xlsx (its rules.toml beside it), else a folder of CSV files (Vietnamese
    headers, UTF-8 with BOM) with its rules.toml; refused (DataError) when the workbook's folder already holds
    rules that differ."""
    from ..files import write_text
    from .prefill import WORDS

    rows: dict[str, list] = {}
    for name, frame in merged.tables.items():
        spelled = frame.copy()
        for column in TABLES[name].columns:  # meanings back to the words a Vietnamese user writes
            if column.kind in WORDS:
                spelled[column.name] = frame[column.name].map(
                    lambda value, kind=column.kind: WORDS[kind].get(value, value)
                )
        rows[name] = [
            tuple(None if pd.isna(value) else value for value in row) for row in spelled.itertuples(index=False)
        ]
    if out.suffix.lower() == ".xlsx":
        from .input_workbook import write_workbook

        beside = _rules_path(out)
        if (
            merged.rules_text is not None
            and beside.is_file()
            and parse_rules(beside.read_text(encoding="utf-8-sig"))[0] != parse_rules(merged.rules_text)[0]
        ):
            raise DataError([Problem("rules_differ", str(beside), params={"other": str(out)})])
        write_workbook(out, rows, parse_rules(merged.rules_text)[0].history if merged.rules_text is not None else None)
        if merged.rules_text is None:
            return [out]
        write_text(beside, merged.rules_text)
        return [out, beside]
    chosen = [(name, table) for name, table in TABLES.items() if rows[name] or table.required]
    with atomic_folder(out) as folder:
        for name, table in chosen:
            with open(folder / f"{name}.csv", "w", encoding="utf-8-sig", newline="") as file:
                writer = csv.writer(file)
                writer.writerow([column.vi for column in table.columns])
                writer.writerows([["" if value is None else _plain(value) for value in row] for row in rows[name]])
        if merged.rules_text is not None:
            (folder / "rules.toml").write_text(merged.rules_text, encoding="utf-8")
    return [out / f"{name}.csv" for name, _ in chosen] + ([out / "rules.toml"] if merged.rules_text is not None else [])


def _plain(value) -> str:
    """Numbers in the plain convention (a dot before decimals), whole numbers without one."""
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    return str(value)
