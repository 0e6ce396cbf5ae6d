"""Periods of the contract: `YYYY`, `YYYY-Q1`, `YYYY-H1`, `YYYY-9M`.

The grammar is plain Python, and importing this module imports no pandas (`parse_periods` does, when first
called): the command line writes its `--period` canonically while the data's files are still being read, pandas
being imported meanwhile (docs/performance.md, `ReadAhead`)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

PARTS = ("Q1", "H1", "9M")
_PATTERN = r"^(?P<year>\d{4})(?:-(?P<part>Q1|H1|9M))?$"


def parse_periods(text: pd.Series) -> pd.DataFrame:
    """Canonical code, year and part (blank for a whole year) of each value; code is NA where invalid.

    A million rows hold a handful of distinct periods, so only the distinct values are parsed, and period
    and part come back as categoricals.
    """
    import numpy as np  # here, not above: see the module's docstring
    import pandas as pd

    from .codes import codes_of, spread

    codes, distinct = codes_of(text)
    upper = pd.Series(np.asarray(distinct, dtype=object), dtype="str").str.strip().str.upper()
    found = upper.str.extract(_PATTERN)
    valid = found["year"].notna().to_numpy()

    def categorical(values: pd.Series) -> pd.Categorical:
        value_codes, categories = pd.factorize(values.where(valid))
        return pd.Categorical.from_codes(spread(value_codes, codes, -1), categories, validate=False)

    years = spread(pd.to_numeric(found["year"], errors="coerce").fillna(0).to_numpy(dtype=np.int64), codes, 0)
    period = categorical(upper)
    return pd.DataFrame(
        {
            "period": period,
            "year": pd.arrays.IntegerArray(years.astype(np.int64), period.codes < 0),  # no year where no valid period
            "part": categorical(found["part"].fillna("")),
        },
        index=text.index,
        copy=False,
    )


def is_period(text: str) -> bool:
    """Whether `text` is a period of the contract, as `parse_periods` reads one (trimmed, any case)."""
    return canonical_period(text) is not None


def canonical_period(text: str) -> str | None:
    """The period's code as `parse_periods` gives it (trimmed, upper case: 2025-h1 is 2025-H1), None when
    `text` is no period of the contract."""
    code = text.strip().upper()
    return code if re.match(_PATTERN, code) is not None else None


def period_sort_key(period: str) -> tuple[int, int]:
    """Chronological order within a year: Q1, H1, 9M, then the whole year."""
    year, _, part = period.partition("-")
    return int(year), (PARTS.index(part) if part in PARTS else len(PARTS))


def previous_period(period: str, known: list[str]) -> str | None:
    """The same part of the year before when the data has it (year-over-year comparison)."""
    year, _, part = period.partition("-")
    candidate = f"{int(year) - 1}" + (f"-{part}" if part else "")
    return candidate if candidate in known else None
