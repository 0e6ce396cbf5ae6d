"""The inputs that changed since a period was published (docs/reference.md, "Published results and corrections"):
the rows that bear on the period, matched by key table by table (`KEYS`), each cell that differs and each row on
one side only; then the settings of rules.toml in effect (`settings`). `corrections` adds the units whose results
moved and picks what concerns one cluster.

Pure: datasets in, one frame of differences out, with the columns of `COLUMNS` (`part` is `input`), values as
the program reads them (numbers as numbers, listed words by meaning).
"""

from __future__ import annotations

import dataclasses
from fractions import Fraction

import numpy as np
import pandas as pd

from ..data.codes import as_text, packed
from ..data.dataset import Dataset
from ..data.rules import Rules, setting_paths
from ..data.schema import TABLES

COLUMNS = ["part", "table", "key", "column", "published", "current"]
SEPARATOR = ";"  # between the parts of a key, and between the cells of a row on one side only

# how rows are matched; "n" numbers the rows of equal key in file order
KEYS: dict[str, tuple[str, ...]] = {
    "results": ("period", "unit_id", "indicator_id"),
    "criterion_scores": ("period", "unit_id", "criterion_id"),
    "members": ("year", "unit_id"),
    "unit_years": ("year", "unit_id"),
    "units": ("unit_id",),
    "clusters": ("cluster_id",),
    "indicators": ("indicator_id",),
    "criteria": ("criterion_id",),
    "events": ("year", "unit_id", "event"),
    "predecessors": ("unit_id", "predecessor_id"),
    "adjustments": ("period", "unit_id", "n"),
    "votes": ("period", "unit_id", "n"),
    "bands": ("indicator_id", "n"),
    "awards": ("unit_id", "award", "year", "n"),
}
# which rows bear on period P: of P, of P's year, of P's year and earlier; every row of the other tables
IN_PERIOD = ("results", "adjustments", "votes", "criterion_scores")
IN_YEAR = ("members",)
UP_TO_YEAR = ("unit_years", "awards", "events")


def input_changes(published: Dataset, current: Dataset, period: str) -> pd.DataFrame:
    """Every difference in the rows that bear on `period`, table by table in the contract's order, then the
    settings of rules.toml in effect."""
    year = int(period[:4])
    frames = []
    for name, table in TABLES.items():
        before, after = _table(published, name), _table(current, name)
        if before is None and after is None:
            continue
        columns = [column.name for column in table.columns]
        keys = KEYS.get(name, (columns[0], "n"))
        before, after = (_canonical(_scoped(frame, name, period, year), columns, keys) for frame in (before, after))
        frames.append(_compared(name, before, after, [key for key in keys], [c for c in columns if c not in keys]))
    frames.append(_settings(settings(published.rules), settings(current.rules)))
    return pd.concat(frames, ignore_index=True)[COLUMNS]


def _table(dataset: Dataset, name: str) -> pd.DataFrame | None:
    frame = getattr(dataset, name, None)
    return frame if isinstance(frame, pd.DataFrame) else None


def _canonical(frame: pd.DataFrame | None, columns: list[str], keys: tuple[str, ...]) -> pd.DataFrame:
    """The contract's columns as values compare (numbers as floats, words as the program reads them, blank as
    NaN or ""); a column absent reads as blank; `n` numbers rows of equal key in file order."""
    if frame is None:
        frame = pd.DataFrame(columns=columns)
    if "row" in frame.columns:
        frame = frame.sort_values("row", kind="stable")
    out = {}
    for name in columns:
        column = frame[name] if name in frame.columns else pd.Series(np.nan, index=frame.index)
        if pd.api.types.is_bool_dtype(column.dtype):
            column = pd.Series(np.where(column.to_numpy(dtype=bool), "yes", "no"), index=frame.index)
        elif pd.api.types.is_numeric_dtype(column.dtype) and not isinstance(column.dtype, pd.CategoricalDtype):
            column = column.astype("float64")
        else:
            column = as_text(column).fillna("")  # a categorical by one take of its categories
        out[name] = column.reset_index(drop=True)
    canonical = pd.DataFrame(out, index=pd.RangeIndex(len(frame)))
    if "n" in keys:
        group = [key for key in keys if key != "n"]
        canonical["n"] = canonical.groupby(group, sort=False, dropna=False).cumcount().to_numpy() + 1.0
    return canonical


def _scoped(frame: pd.DataFrame | None, name: str, period: str, year: int) -> pd.DataFrame | None:
    """The rows that bear on the period (first: a national dataset's other periods are never converted)."""
    if frame is None or "year" not in frame.columns and name not in IN_PERIOD:
        return frame
    if name in IN_PERIOD:
        return frame[
            (
                frame["period"].astype("str")
                if not isinstance(frame["period"].dtype, pd.CategoricalDtype)
                else frame["period"]
            )
            == period
        ]
    years = frame["year"].astype("Float64").fillna(np.nan).astype("float64")
    if name in IN_YEAR:
        return frame[(years == year).to_numpy()]
    if name in UP_TO_YEAR:
        return frame[(years <= year).to_numpy()]
    return frame


def _compared(name: str, before: pd.DataFrame, after: pd.DataFrame, keys: list[str], values: list[str]) -> pd.DataFrame:
    """Lines for the cells that differ between rows of equal key, and for the rows on one side only.

    Keys are matched as packed integers drawn from one factorisation of both sides (`codes.packed`), and only
    the lines found are put in text: a national period's 100,000 rows a side cost a few hashes of integers."""
    both_keys = packed(pd.concat([before[keys], after[keys]], ignore_index=True))[0]
    left_keys, right_keys = both_keys[: len(before)], both_keys[len(before) :]
    left_first, right_first = ~pd.Index(left_keys).duplicated(), ~pd.Index(right_keys).duplicated()
    before, after = before[left_first].reset_index(drop=True), after[right_first].reset_index(drop=True)
    left_keys, right_keys = left_keys[left_first], right_keys[right_first]
    at = pd.Index(left_keys).get_indexer(right_keys)  # each current row's published row, -1 where none
    matched = at >= 0
    left, right = before.iloc[at[matched]].reset_index(drop=True), after[matched].reset_index(drop=True)
    lines = []
    for column in values:
        a, b = left[column], right[column]
        if a.dtype == "float64" and b.dtype == "float64":
            same = (a.to_numpy() == b.to_numpy()) | (np.isnan(a.to_numpy()) & np.isnan(b.to_numpy()))
        else:
            same = a.to_numpy(dtype=object) == b.to_numpy(dtype=object)
        if not same.all():
            lines.append(
                pd.DataFrame(
                    {
                        "key": _text_of(right[~same], keys).to_numpy(),
                        "column": column,
                        "published": _shown(a[~same]).to_numpy(),
                        "current": _shown(b[~same]).to_numpy(),
                    }
                )
            )
    cells = [column for column in keys + values if column != "n"]
    alone = {"published": before[~np.isin(left_keys, right_keys)], "current": after[~matched]}
    for side, frame in alone.items():
        if len(frame):
            lines.append(
                pd.DataFrame(
                    {
                        "key": _text_of(frame, keys).to_numpy(),
                        "column": "",
                        side: _text_of(frame, cells).to_numpy(),
                        ("current" if side == "published" else "published"): "",
                    }
                )
            )
    if not lines:
        return pd.DataFrame(columns=COLUMNS)
    return pd.concat(lines, ignore_index=True).assign(part="input", table=name)


def _shown(column: pd.Series) -> pd.Series:
    """Values as the program reads them, as text: whole numbers without decimals, others as Python writes them."""
    if column.dtype != "float64":
        return column.astype("str").fillna("")
    values = column.to_numpy()
    return pd.Series([number_text(value) for value in values], index=column.index, dtype="str")


def number_text(value: float) -> str:
    if np.isnan(value):
        return ""
    return str(int(value)) if float(value).is_integer() and abs(value) < 2**53 else repr(float(value))


def _text_of(frame: pd.DataFrame, columns: list[str]) -> pd.Series:
    """Each row's cells of `columns` joined by the separator."""
    if frame.empty:
        return pd.Series([], dtype="str", index=frame.index)
    parts = [_shown(frame[column]) for column in columns]
    joined = parts[0]
    for part in parts[1:]:
        joined = joined + SEPARATOR + part
    return joined


def settings(rules: Rules) -> dict[str, dict[str, str]]:
    """The settings in effect (defaults filled in): key → {column: value}. A plain setting is keyed by its
    dotted path (`awards.flags`) with the one column `value`; entries of arrays of tables ([[grades]],
    [[award_forms]]…) by `<array>.<name>` (`<array>.<award>` where entries have no name; `#2`, `#3` for repeats),
    one column per field."""
    paths = setting_paths()
    found: dict[str, dict[str, str]] = {}

    def walk(obj: object, prefix: str) -> None:
        for field in dataclasses.fields(obj):  # type: ignore[arg-type]
            value = getattr(obj, field.name)
            if field.name == "shares" and isinstance(value, dict):
                for part, share in value.items():
                    found[f"periods.{part}"] = {"value": _setting(share)}
            elif dataclasses.is_dataclass(value):
                walk(value, field.name)
            elif isinstance(value, tuple) and value and all(dataclasses.is_dataclass(entry) for entry in value):
                for entry in value:
                    label = getattr(entry, "name", None) or getattr(entry, "award", None) or ""
                    key, number = f"{field.name}.{label}", 2
                    while key in found:
                        key, number = f"{field.name}.{label}#{number}", number + 1
                    found[key] = {item.name: _setting(getattr(entry, item.name)) for item in dataclasses.fields(entry)}
            elif (
                isinstance(value, tuple)
                and not value
                and field.name in ("grades", "award_forms", "events", "award_points")
            ):
                continue
            else:
                path = paths.get(field.name) or (f"{prefix}.{field.name}" if prefix else field.name)
                found[path] = {"value": _setting(value)}

    walk(rules, "")
    return found


def _setting(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float, Fraction)):
        return number_text(float(value))
    if isinstance(value, (tuple, list)):
        return ", ".join(_setting(item) for item in value)
    return str(value)


def _settings(before: dict[str, dict[str, str]], after: dict[str, dict[str, str]]) -> pd.DataFrame:
    lines = []
    for key in list(before) + [key for key in after if key not in before]:
        if key not in after or key not in before:
            side = before.get(key) or after[key]
            joined = SEPARATOR.join(f"{column}={value}" for column, value in side.items())
            lines.append((key, "", joined if key in before else "", joined if key in after else ""))
            continue
        for column in list(before[key]) + [column for column in after[key] if column not in before[key]]:
            if before[key].get(column, "") != after[key].get(column, ""):
                lines.append((key, column, before[key].get(column, ""), after[key].get(column, "")))
    frame = pd.DataFrame(lines, columns=["key", "column", "published", "current"])
    return frame.assign(part="input", table="rules.toml")
