"""The dtypes of the tables a `Dataset` holds, as `data.schema.TABLES` declares them (each table's `frame`),
applied once after validation, so that a notebook meets the same dtypes whatever the data holds (a table present
or absent, a period complete or not).

- Periods are one ordered categorical shared by every table, its categories in time order (2019-Q1, 2019-H1,
  2019-9M, 2019, 2020-H1…): `sort_values("period")` sorts in time and `results["period"] >= "2019"` compares
  in time (the right-hand period must be one of the dataset's).
- Codes of the large tables (results, adjustments, votes) are categoricals: a million rows hold a few
  thousand distinct codes. Codes of the small tables are text ("str").
- Years are nullable integers ("Int64"); `row` (the row in the user's file, header = 1) is int64.
"""

from __future__ import annotations

import pandas as pd

from .periods import period_sort_key
from .schema import TABLES

CATEGORY = "category"
PERIOD = "period"  # the dataset's ordered categorical of periods (`period_dtype`)
KEYED_BY_PERIOD = tuple(name for name, table in TABLES.items() if PERIOD in table.dtypes)


def empty(name: str) -> pd.DataFrame:
    """Table `name` with no rows: its validated columns, with the dtypes validation gives them (text where the
    dataset's categoricals will be; `conform` makes those). One empty array per dtype serves all its columns (an
    empty Series per column costs ~0.4 ms, and a dataset without votes or a guide builds five tables)."""
    columns = {column: "str" if dtype in (CATEGORY, PERIOD) else dtype for column, dtype in TABLES[name].dtypes.items()}
    # pandas-stubs has no overload for a dtype named by a str variable
    arrays = {dtype: pd.array([], dtype=dtype) for dtype in set(columns.values())}  # type: ignore[call-overload]
    return pd.DataFrame({column: arrays[dtype] for column, dtype in columns.items()}, copy=False)


def period_dtype(periods: list[str]) -> pd.CategoricalDtype:
    """An ordered categorical of `periods` in time order (Q1, H1, 9M, then the whole year)."""
    return pd.CategoricalDtype(sorted(set(periods), key=period_sort_key), ordered=True)


def conform(frames: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    """The validated tables with the dtypes `data.schema.TABLES` declares; the period dtype covers every
    table's periods."""
    found: list[str] = []
    for name in KEYED_BY_PERIOD:
        column = frames[name]["period"]
        values = column.cat.categories if isinstance(column.dtype, pd.CategoricalDtype) else column.dropna().unique()
        found.extend(str(value) for value in values)
    periods = period_dtype(found)
    return frames | {
        name: frames[name].astype(
            {column: periods if dtype == PERIOD else dtype for column, dtype in TABLES[name].dtypes.items()}
        )
        for name in KEYED_BY_PERIOD
    }
