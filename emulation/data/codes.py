"""Integer codes: the mechanics under the engine's joins and checks over a million rows, in one place.

Vocabulary:

- **code**: a value's position among the distinct values of its column (its "categories"), as pandas'
  `factorize` and a categorical's codes give it. Comparing, hashing and indexing small integers is far
  cheaper than doing so with a million strings, and a million result rows hold only a few thousand codes.
- **blank**: a missing value. Its code is -1 everywhere in this module.
- **spread**: turning a value per distinct code into a value per row, by one `take`
  (`spread(values, codes, blank)`); rows whose code is -1 get `blank`.
- **packed**: a key of several columns as one int64 per row, their codes combined (equal keys, equal
  integers), so that a key of three text columns is hashed as one integer.

Every function returns the dtype its docstring names, never one that depends on the data. Where plain pandas
reads as well and costs little, the engine uses it instead; the helpers here are those that pay (see
docs/performance.md, "Tricks in the code").
"""

from __future__ import annotations

import numpy as np
import pandas as pd

PACKED_LIMIT = 2**62  # keys packed into one int64 stay below this


def codes_of(keys: pd.Series) -> tuple[np.ndarray, pd.Index]:
    """Each key's position among the distinct keys (-1 where blank), and those keys: a categorical's own."""
    if isinstance(keys.dtype, pd.CategoricalDtype):
        return keys.array.codes, keys.cat.categories
    codes, distinct = pd.factorize(keys)
    return codes, pd.Index(distinct)


def spread(values: np.ndarray, codes: np.ndarray, blank: object) -> np.ndarray:
    """The value of each code (a position in `values`), `blank` where the code is -1.

    Returns the dtype of `values` with `blank` appended: int64 for integer values (whatever their width),
    float64 for floats with NaN, bool for flags with a bool blank.

    Examples
    --------
    >>> spread(np.array([10, 20]), np.array([1, -1, 0, 1]), -1)
    array([20, -1, 10, 20])
    """
    table = np.append(values, np.asarray(blank))
    if table.dtype.kind in "iu":
        table = table.astype(np.int64)
    return table.take(codes)  # a code of -1 reads the last cell: the blank


def positions(keys: pd.Series, index: pd.Index) -> np.ndarray:
    """The position of every key in index (-1 where absent or blank), looking up each distinct key once."""
    codes, distinct = codes_of(keys)
    return spread(index.get_indexer(distinct), codes, -1)


def lookup(keys: pd.Series, table: pd.Series) -> pd.Series:
    """table[key] for every key, as a categorical (NA where absent): a million result rows hold only a few
    thousand distinct codes, and a categorical of them costs no string copies."""
    return pd.Series(_categorical(table, positions(keys, table.index)), index=keys.index, copy=False)


def joined(keys: pd.Series, table: pd.DataFrame) -> dict[str, pd.Series]:
    """Every column of `table` (indexed by code) for each key, blank where absent, text as categoricals (see
    `lookup`): the engine's join of the indicators' attributes to a period's rows."""
    at = positions(keys, table.index)
    return {
        str(name): pd.Series(
            _categorical(column, at)
            if pd.api.types.is_string_dtype(column.dtype)
            else spread(column.to_numpy(), at, False if column.dtype == bool else np.nan),
            index=keys.index,
            name=name,
            copy=False,
        )
        for name, column in table.items()
    }


def _categorical(values: pd.Series, at: np.ndarray) -> pd.Categorical:
    """values at the positions `at` (NA at -1), as a categorical of the distinct values."""
    value_codes, distinct = pd.factorize(values)
    return pd.Categorical.from_codes(spread(value_codes, at, -1), distinct, validate=False)


def packed(keys: pd.DataFrame) -> tuple[np.ndarray, np.ndarray, int]:
    """One int64 per row for its whole key (the columns' codes packed; equal keys, equal integers), whether
    no part of it is blank, and a bound above every integer: hashing one integer is far cheaper than hashing
    the columns, above all text ones."""
    columns = [codes_of(keys[name]) for name in keys.columns]
    combined: np.ndarray = np.zeros(len(keys), dtype=np.int64)
    complete = np.ones(len(keys), dtype=bool)
    bound = 1  # combined < bound: the packing below never wraps around
    for codes, distinct in columns:
        if bound * (len(distinct) + 1) >= PACKED_LIMIT:  # renumber the keys so far densely (< rows) first
            combined, uniques = pd.factorize(combined)
            bound = len(uniques)
        combined *= len(distinct) + 1  # in place: three passes over a million keys, no new arrays
        combined += codes
        combined += 1
        bound *= len(distinct) + 1
        complete &= codes >= 0
    return combined, complete, bound


def matches(keys: pd.DataFrame, table: pd.DataFrame) -> np.ndarray:
    """The row of `table` (whose keys are unique) holding each row's keys, -1 where none: both sides' codes
    drawn from one factorisation and packed, so that a join of a few thousand rows hashes integers."""
    both = packed(
        pd.concat([keys.reset_index(drop=True), table[keys.columns].reset_index(drop=True)], ignore_index=True)
    )[0]
    return pd.Index(both[len(keys) :]).get_indexer(both[: len(keys)])


def left_joined(frame: pd.DataFrame, table: pd.DataFrame, keys: list[str]) -> pd.DataFrame:
    """`frame` with the table's other columns joined on keys (unique in the table), blank where a row has no
    match: without a row in the table (no votes, no adjustments: most datasets), nothing to match."""
    at = matches(frame[keys], table) if len(table) else np.full(len(frame), -1)
    return frame.assign(
        **{
            column: pd.api.extensions.take(table[column].array, at, allow_fill=True)
            for column in table.columns.difference(keys, sort=False)
        }
    )


def numbered(keys: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
    """Each row's group (the distinct keys numbered in the order they first appear, as `groupby(sort=False)`
    does) and the first row of every group."""
    number = pd.factorize(packed(keys)[0])[0]
    highest = np.maximum.accumulate(number)  # groups are numbered as met: a group's first row raises the highest
    return number, np.flatnonzero(np.diff(highest, prepend=-1) > 0)


def all_distinct(keys: np.ndarray, bound: int) -> bool:
    """Whether no integer key below `bound` occurs twice, told by marking each in one array of flags when that
    array is no larger than a few times the keys (far cheaper than hashing them); False when it would be, or
    when some key repeats."""
    if bound > 4 * len(keys) + 1024:
        return False
    seen = np.zeros(bound, dtype=bool)
    seen[keys] = True
    return int(np.count_nonzero(seen)) == len(keys)


def as_text(column: pd.Series) -> pd.Series:
    """Text codes as plain text. A categorical is decoded by one take of its categories: `astype("str")` goes
    cell by cell, a tenth of a second on a national period's rows."""
    if not isinstance(column.dtype, pd.CategoricalDtype):
        return column.astype("str")
    categories = column.cat.categories.astype("str").array
    return pd.Series(
        categories.take(column.array.codes, allow_fill=True), index=column.index, name=column.name, copy=False
    )


def decoded(frame: pd.DataFrame) -> pd.DataFrame:
    """The frame with every categorical column as plain text (see `as_text`)."""
    categorical = [name for name in frame.columns if isinstance(frame[name].dtype, pd.CategoricalDtype)]
    return frame.assign(**{name: as_text(frame[name]) for name in categorical}) if categorical else frame
