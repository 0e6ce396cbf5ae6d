"""Periods of the contract: `YYYY`, `YYYY-Q1`, `YYYY-H1`, `YYYY-9M`."""

from __future__ import annotations

import pandas as pd

PARTS = ("Q1", "H1", "9M")
_PATTERN = r"^(?P<year>\d{4})(?:-(?P<part>Q1|H1|9M))?$"


def parse_periods(text: pd.Series) -> pd.DataFrame:
    """Canonical code, year and part (blank for a whole year) of each value; code is NA where invalid.

    A million rows hold a handful of distinct periods, so only the distinct values are parsed.
    """
    codes, distinct = pd.factorize(text, use_na_sentinel=True)
    upper = pd.Series(distinct, dtype="str").str.strip().str.upper()
    found = upper.str.extract(_PATTERN)
    valid = found["year"].notna()
    parsed = pd.DataFrame({
        "period": upper.where(valid),
        "year": pd.to_numeric(found["year"], errors="coerce").astype("Int64"),
        "part": found["part"].fillna("").where(valid),
    })
    missing = pd.DataFrame({"period": [pd.NA], "year": [pd.NA], "part": [pd.NA]}).astype(parsed.dtypes.to_dict())
    table = pd.concat([parsed, missing], ignore_index=True)  # the last row stands for blank cells (code -1)
    return table.take(codes).set_axis(text.index)


def period_sort_key(period: str) -> tuple[int, int]:
    """Chronological order within a year: Q1, H1, 9M, then the whole year."""
    year, _, part = period.partition("-")
    return int(year), (PARTS.index(part) if part in PARTS else len(PARTS))


def previous_period(period: str, known: list[str]) -> str | None:
    """The same part of the year before when the data has it (year-over-year comparison)."""
    year, _, part = period.partition("-")
    candidate = f"{int(year) - 1}" + (f"-{part}" if part else "")
    return candidate if candidate in known else None
