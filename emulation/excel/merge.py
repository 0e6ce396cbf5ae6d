"""Merging submissions: partial workbooks or CSV folders (one per unit, say) into one dataset.

Each input is read as it is (it need not be complete or valid alone), its codes and numbers normalised, and
the rows of every table put together. A row repeated with the same values is kept once; a key whose rows
disagree is refused with both places named, and then nothing is written. Inputs are only read.

The inputs' `rules.toml` travel with their tables: rules that say the same (compared as read, so comments and
spacing do not matter) are written once beside the merged tables; rules that differ are refused with both
files named, since a merged dataset scored under either would silently score differently from the other.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from ..data.cells import Cells
from ..data.load import read_raw
from ..data.periods import parse_periods
from ..data.problems import DataError, Entry, Problem
from ..data.rules import Rules, parse_rules
from ..data.schema import AWARD_KINDS, DIRECTIONS, FLOWS, REVOKED, ROLES, SCORINGS, TABLES
from ..data.text import fold
from ..files import atomic_folder

MEANINGS = {"direction": (DIRECTIONS, None), "flow": (FLOWS, False), "role": (ROLES, "member"),
            "scoring": (SCORINGS, "attainment"), "award_kind": (AWARD_KINDS, "regular"), "revoked": (REVOKED, False)}
KEYS = {"clusters": ["cluster_id"], "units": ["unit_id"], "members": ["year", "unit_id"], "indicators": ["indicator_id"],
        "results": ["period", "unit_id", "indicator_id"], "votes": ["period", "unit_id"],
        "adjustments": ["period", "unit_id", "points", "reason"], "criteria": ["criterion_id"],
        "bands": ["indicator_id", "from", "to"], "criterion_scores": ["period", "unit_id", "criterion_id"],
        "unit_years": ["year", "unit_id"], "predecessors": ["unit_id", "predecessor_id"],
        "awards": ["unit_id", "award", "year", "kind", "decision", "date", "revoked"],  # a row repeated exactly is one award
        "events": ["year", "unit_id", "event"]}


@dataclass(frozen=True)
class Merged:
    """The merged tables (contract column names, values normalised) and the text of the inputs' common
    rules.toml (None when no input has one)."""
    tables: dict[str, pd.DataFrame]
    rules_text: str | None = None


def merge_inputs(paths: list[Path]) -> Merged:
    """The inputs merged; raises DataError listing every problem of reading, every conflicting duplicate and
    rules that differ between inputs."""
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
            pieces[name].append(_normalised(cells, table))
        problems += cells.problems
    merged = {}
    for name, frames in pieces.items():
        frame = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=[c.name for c in TABLES[name].columns])
        merged[name], conflicts = _deduplicated(name, frame)
        problems += conflicts
    problems += [Problem("rules_differ", str(source), params={"other": str(rules[0][0])})
                 for source, read, _ in rules[1:] if read != rules[0][1]]
    errors = [problem for problem in problems if not problem.warning]
    if errors:
        raise DataError(errors)
    return Merged(merged, rules[0][2] if rules else None)


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
    location = f"{raw.source}" + (f", {raw.sheet}" if raw.sheet else "")
    return frame.assign(_where=location, _row=raw.rows)


def _deduplicated(name: str, frame: pd.DataFrame) -> tuple[pd.DataFrame, list[Problem]]:
    values = [column.name for column in TABLES[name].columns]
    keys = KEYS[name]
    filled = frame[values].astype(object).where(frame[values].notna(), None).astype(str)
    exact = filled.duplicated(keep="first")
    frame, filled = frame[~exact], filled[~exact]
    clash = filled.duplicated(subset=keys, keep=False)
    problems = []
    for _, group in frame[clash.to_numpy()].groupby([filled.loc[clash, key] for key in keys], sort=False, dropna=False):
        first = group.iloc[0]
        for _, other in group.iloc[1:].iterrows():
            differing = [column for column in values if _differs(first[column], other[column])]
            labels = {column.name: column.vi for column in TABLES[name].columns}
            problems.append(Problem(
                "merge_conflict", other["_where"], row=int(other["_row"]), column=", ".join(labels[c] for c in differing),
                params={"key": " · ".join(_shown(first[key]) for key in keys), "other": f"{first['_where']}, {int(first['_row'])}",
                        "mine": "; ".join(f"{labels[column]} = {_shown(other[column])}" for column in differing),
                        "theirs": "; ".join(f"{labels[column]} = {_shown(first[column])}" for column in differing)}))
    return frame[values].reset_index(drop=True), problems


def _differs(left, right) -> bool:
    return not ((pd.isna(left) and pd.isna(right)) or left == right)


def _shown(value) -> str:
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return "∅"
    return f"{value:g}" if isinstance(value, float) else str(value)


def write_merged(merged: Merged, out: Path) -> list[Path]:
    """A workbook when `out` ends in .xlsx (its rules.toml beside it), else a folder of CSV files (Vietnamese
    headers, UTF-8 with BOM) with its rules.toml; refused (DataError) when the workbook's folder already holds
    rules that differ."""
    from ..files import write_text
    from .input_workbook import WORDS

    rows: dict[str, list] = {}
    for name, frame in merged.tables.items():
        spelled = frame.copy()
        for column in TABLES[name].columns:  # meanings back to the words a Vietnamese user writes
            if column.kind in WORDS:
                spelled[column.name] = frame[column.name].map(lambda value, kind=column.kind: WORDS[kind].get(value, value))
        rows[name] = [tuple(None if pd.isna(value) else value for value in row) for row in spelled.itertuples(index=False)]
    if out.suffix.lower() == ".xlsx":
        from .input_workbook import write_workbook

        beside = _rules_path(out)
        if merged.rules_text is not None and beside.is_file() and \
                parse_rules(beside.read_text(encoding="utf-8-sig"))[0] != parse_rules(merged.rules_text)[0]:
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
