"""The dtypes of the tables a `Dataset` holds: one declaration, applied once after validation, so that a
notebook meets the same dtypes whatever the data holds (a table present or absent, a period complete or not).

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

CATEGORY = "category"
KEYED_BY_PERIOD: dict[str, dict[str, str]] = {  # table → column → dtype; "period" is the dataset's PeriodDtype
    "results": {"year": "Int64", "part": CATEGORY, "cluster_id": CATEGORY, "unit_id": CATEGORY, "indicator_id": CATEGORY,
                "row": "int64"},
    "adjustments": {"year": "Int64", "part": CATEGORY, "cluster_id": CATEGORY, "unit_id": CATEGORY, "row": "int64"},
    "votes": {"year": "Int64", "part": CATEGORY, "cluster_id": CATEGORY, "unit_id": CATEGORY, "row": "int64"},
    "criterion_scores": {"year": "Int64", "part": CATEGORY, "cluster_id": "str", "unit_id": "str", "criterion_id": "str",
                         "row": "int64"},
}


def period_dtype(periods: list[str]) -> pd.CategoricalDtype:
    """An ordered categorical of `periods` in time order (Q1, H1, 9M, then the whole year)."""
    return pd.CategoricalDtype(sorted(set(periods), key=period_sort_key), ordered=True)


def conform(frames: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    """The validated tables with the dtypes declared above; the period dtype covers every table's periods."""
    found: list[str] = []
    for name in KEYED_BY_PERIOD:
        column = frames[name]["period"]
        values = column.cat.categories if isinstance(column.dtype, pd.CategoricalDtype) else column.dropna().unique()
        found.extend(str(value) for value in values)
    periods = period_dtype(found)
    return frames | {name: frames[name].astype({"period": periods} | columns) for name, columns in KEYED_BY_PERIOD.items()}
