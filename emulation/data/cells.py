"""Typed columns from raw tables: text, codes, enumerations and numbers, with a problem for every bad cell.

Arrays made here reach pandas with `copy=False`: pandas 3's constructors copy an array they are handed
(a million rows: a copy per column), and nothing else holds these."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pyarrow as pa

from .codes import all_distinct, as_text, codes_of, packed, spread
from .load import RawTable, cell_text
from .numbers import parse_numbers
from .problems import Entry, ProblemRun
from .schema import BINARY_ANSWERS
from .text import fold

RUN_FROM = 100  # as many problems of one kind in one column as this are kept as one run of arrays


class Cells:
    """Collects problems while turning a table's cells into typed columns."""

    def __init__(self, decimal: str = "auto"):
        self.decimal = decimal
        self.problems: list[Entry] = []

    def report(
        self,
        raw: RawTable,
        mask,
        column: str | None,
        kind: str,
        warning: bool = False,
        values: pd.Series | None = None,
        **params,
    ) -> None:
        """One problem per row where mask holds; a params value that is a Series is read per row. Beyond
        RUN_FROM rows they are kept as one ProblemRun of arrays."""
        positions = np.flatnonzero(np.asarray(mask, dtype=bool))
        if not len(positions):
            return
        if values is None and column in raw.frame.columns:
            values = raw.frame[column]
        shown = np.full(len(positions), None, dtype=object) if values is None else _shown(values.iloc[positions])
        per_row = {
            key: (value.to_numpy(dtype=object)[positions] if isinstance(value, pd.Series) else value)
            for key, value in params.items()
        }
        run = ProblemRun(
            kind, rows=raw.rows[positions], values=shown, params=per_row, warning=warning, **raw.where(column)
        )
        self.problems.extend([run] if len(positions) >= RUN_FROM else list(run))

    def text(self, raw: RawTable, column: str, required: object = False, codes: bool = False) -> pd.Series:
        """NFC, trimmed text; NA where blank (a problem when required: a flag, or a mask of the rows that need it).

        With codes, a column the loader read as a categorical stays one, so that the lookups over a million
        result rows work on a few thousand distinct codes.
        """
        if column not in raw.frame.columns:  # from arrow's nulls: a scalar NA is written cell by cell (40 ms a million)
            return pd.Series(
                pd.array(pa.chunked_array([pa.nulls(len(raw.frame), pa.large_string())]), dtype="str"),
                index=raw.frame.index,
                copy=False,
            )
        cells = raw.frame[column]
        if isinstance(cells.dtype, pd.CategoricalDtype):
            text = _trimmed_categories(cells)
            text = text if codes else as_text(text)
        elif cells.dtype == object:
            text = pd.Series([cell_text(cell) for cell in cells.to_numpy()], index=cells.index, dtype="str")
            text = text.where(text != "")
        else:
            text = cells.str.strip()
            text = text.where(text != "")
        if np.any(np.asarray(required)):
            self.report(raw, text.isna().to_numpy() & np.asarray(required, dtype=bool), column, "required_value")
        return text

    def choice(
        self, raw: RawTable, column: str, words: dict, code: str, default: object, required: object = None
    ) -> pd.Series:
        """An enumerated column (direction, flow, role), matched on folded text; blank gives the default
        (required where there is none, or where `required` says)."""
        text = self.text(raw, column, required=default is None if required is None else required)
        codes, distinct = codes_of(text)  # each distinct value folded and looked up once
        chosen = pd.Series(
            np.array([words.get(fold(value)) for value in distinct] + [None], dtype=object)[codes],
            index=text.index,
            copy=False,
        )
        self.report(raw, text.notna() & chosen.isna(), column, code)
        return chosen.where(text.notna(), default) if default is not None else chosen

    def numbers(
        self, raw: RawTable, column: str, required: object = True, whole: bool = False, accept: np.ndarray | None = None
    ) -> pd.Series:
        """Floats (NaN where blank); `accept` maps leftover text (binary answers) for the rows it flags.

        `required` is a flag or, where only some rows need a value, a mask of those rows.
        """
        if column not in raw.frame.columns:
            return pd.Series(np.nan, index=raw.frame.index)
        parsed = parse_numbers(raw.frame[column], self.decimal)
        values, bad = parsed.values, parsed.bad
        if accept is not None and bad.any():
            answers = accept & bad
            words = self.text(raw, column)[answers].map(lambda word: BINARY_ANSWERS.get(fold(word)))
            values[answers] = words.to_numpy(dtype=float, na_value=np.nan)
            bad = bad & ~(answers & ~np.isnan(values))
        self.report(raw, bad, column, "not_a_number")
        self.report(
            raw, parsed.ambiguous, column, "ambiguous_number" if parsed.decimal == "," else "ambiguous_number_dot"
        )
        self.report(raw, parsed.date, column, "date_not_number")
        self.report(raw, parsed.blank & np.asarray(required, dtype=bool), column, "required_value")
        if whole:
            fraction = ~np.isnan(values) & (values != np.round(values))
            self.report(raw, fraction, column, "not_integer")
            values[fraction] = np.nan
        return pd.Series(values, index=raw.frame.index, copy=False)

    def known(self, raw: RawTable, codes: pd.Series, column: str, known: pd.Index | None, code: str) -> pd.Series:
        """Flags codes that are not among the referenced table's (`known`); returns the mask of known codes."""
        if known is None:
            return codes.notna()
        present, distinct = codes_of(codes)
        distinct_known = known.unique().get_indexer(distinct) >= 0
        # the common case, every code known: no spread of a million rows
        found = pd.Series(
            present >= 0 if distinct_known.all() else spread(distinct_known, present, False),
            index=codes.index,
            copy=False,
        )
        self.report(raw, codes.notna() & ~found, column, code, code=codes)
        return found

    def named_codes(self, raw: RawTable, key: str) -> tuple[pd.Series, pd.Series]:
        """A catalogue's unique, required codes and their names (the code where the name is blank, with a warning)."""
        codes = self.text(raw, key, required=True)
        self.unique(raw, codes.to_frame(), key)
        names = self.text(raw, "name")
        self.report(raw, codes.notna() & names.isna(), "name", "blank_name", warning=True)
        return codes, names.fillna(codes)

    def repeats(
        self, raw: RawTable, keys: pd.DataFrame, among: np.ndarray | None = None
    ) -> tuple[pd.Series, pd.Series]:
        """Rows whose complete key appeared on an earlier row (of the rows `among` flags, all by default), and the
        row number where each row's key first appears (its own where it is the first)."""
        combined, complete, bound = packed(keys)
        if among is not None:
            complete &= among
        # a million rows without a repeat: flags of calloc'd zeros and the rows' own numbers, nothing written
        none = (
            pd.Series(np.zeros(len(keys), dtype=bool), index=keys.index, copy=False),
            pd.Series(raw.rows, index=keys.index, copy=False),
        )
        if all_distinct(combined if complete.all() else combined[complete], bound):
            return none
        keyed = pd.Series(np.where(complete, combined, -1 - np.arange(len(keys))), index=keys.index)
        repeat = keyed.duplicated(keep="first") & complete
        if not repeat.any():
            return none
        first = pd.Series(raw.rows, index=keys.index).groupby(keyed).transform("first")
        return repeat, first

    def unique(self, raw: RawTable, keys: pd.DataFrame, column: str) -> None:
        """A problem on every repeat of a key, naming the row where it first appears."""
        repeat, first = self.repeats(raw, keys)
        self.report(raw, repeat, column, "duplicate_key", other=first)


def _trimmed_categories(cells: pd.Series) -> pd.Series:
    """The categorical with its categories trimmed; categories that become equal merge, blank ones become NA."""
    trimmed = cells.cat.categories.str.strip()
    if trimmed.equals(cells.cat.categories) and "" not in trimmed:  # not ==: element-wise, a tenth of the speed
        return cells.rename(None)  # the common case: nothing to trim, merge or blank, and no code to renumber
    merged, distinct = pd.factorize(trimmed)
    keep = np.asarray(distinct != "")
    renumber = np.full(len(distinct), -1)
    renumber[keep] = np.arange(keep.sum())
    codes = spread(renumber[merged], cells.array.codes, -1)
    return pd.Series(pd.Categorical.from_codes(codes, distinct[keep], validate=False), index=cells.index, copy=False)


def _shown(cells: pd.Series) -> np.ndarray:
    """Cells as a problem quotes them: text as it is, numbers as Excel shows them, None where blank."""
    if pd.api.types.is_string_dtype(cells.dtype) and not cells.dtype == object:  # a CSV's text: no cell to convert
        return cells.astype(object).where(cells.notna(), None).to_numpy(dtype=object)
    return np.array(
        [
            None
            if cell is None or (not isinstance(cell, str) and pd.isna(cell))
            else (cell if isinstance(cell, str) else cell_text(cell))
            for cell in cells.to_numpy(dtype=object)
        ],
        dtype=object,
    )
