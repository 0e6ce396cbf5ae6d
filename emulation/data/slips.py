"""Likely typing slips in the results (docs/reference.md, "Slips caught before publishing"): warnings, never
refusals, and they change no figure.

Each slip is one entry of `SLIPS`: a code of `views.catalogue` and a function that, from the results' typed
columns, returns the rows to warn about (the later, suspected row of a pair) and the parameters of their
message (the other row named). `validate` runs them all; a new kind of slip is one more entry here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import pandas as pd

from .codes import packed

PLAN_FACTOR = 100  # an actual this many times its plan, or this fraction of it
YEAR_FACTOR = 10  # an actual this many times the same unit's actual of the same period a year before, or this fraction


@dataclass(frozen=True)
class SlipRows:
    """The typed results of a dataset as the slip checks read them (one entry per results row)."""

    period: pd.Series  # categorical, canonical code
    year: pd.Series  # Int64
    part: pd.Series  # categorical: "" for a whole year, Q1, H1, 9M
    unit: pd.Series  # codes
    indicator: pd.Series  # codes
    plan: pd.Series  # float
    actual: pd.Series  # float
    rows: np.ndarray  # the Excel row of each
    binary: np.ndarray  # bool: the indicator is binary


@dataclass(frozen=True)
class Slip:
    code: str  # the warning's message in `views.catalogue` (MESSAGES)
    find: Callable[[SlipRows], tuple[np.ndarray, dict]]  # rows to warn about, and their message's parameters


def _plan_scale(rows: SlipRows) -> tuple[np.ndarray, dict]:
    """An actual at least 100 times, or at most a hundredth of, its plan, both non-zero, never for a binary
    indicator: a decimal mark typed the other way (1.380 read as 1,38)."""
    plan, actual = rows.plan.abs(), rows.actual.abs()
    flagged = (
        ~rows.binary & (plan > 0) & (actual > 0) & ((actual >= PLAN_FACTOR * plan) | (actual * PLAN_FACTOR <= plan))
    )
    # a Series: pandas answers numpy's `&` with a Series operand (numpy's stubs say an array)
    flagged = flagged.fillna(False).to_numpy(dtype=bool)  # type: ignore[attr-defined]
    return flagged, ({"plan": _shown(flagged, plan.to_numpy(dtype=float, na_value=np.nan))} if flagged.any() else {})


def year_before(rows: SlipRows) -> np.ndarray:
    """For each row, the position of the same unit's row of the same indicator in the same kind of period of
    the year before (2019-H1 for 2020-H1), -1 where there is none."""
    key, complete, bound = packed(
        pd.DataFrame({"unit": rows.unit, "indicator": rows.indicator, "part": rows.part}, copy=False)
    )
    year = rows.year.to_numpy(dtype=float, na_value=np.nan)
    complete &= ~np.isnan(year)
    if not complete.any():
        return np.full(len(year), -1)
    first = int(np.nanmin(year))
    span = int(np.nanmax(year)) - first + 2
    offset = np.where(complete, year - first + 1, 0).astype(np.int64)  # 1.. for real years; 0 is before the first
    combined = key * span + offset
    size = bound * span
    if size <= 4 * len(year) + 1024:  # a table of every possible key (see `codes.all_distinct`): no hashing
        table = np.full(size, -1, dtype=np.int64)
        table[combined[::-1]] = np.arange(len(year) - 1, -1, -1)  # the first row of a repeated key wins
        found = table[np.maximum(combined - 1, 0)]
    else:
        keys = pd.Series(np.arange(len(year)), index=combined)
        keys = keys[~keys.index.duplicated()]  # repeated keys are refused elsewhere; here the first of each serves
        found = keys.reindex(combined - 1).fillna(-1).to_numpy(dtype=np.int64)
    return np.where(complete & (offset > 1), found, -1)


def _year_scale(rows: SlipRows) -> tuple[np.ndarray, dict]:
    """An actual at least 10 times, or at most a tenth of, the same unit's actual of the same indicator in the
    same kind of period of the year before; both non-zero, never for binary indicators."""
    before = year_before(rows)
    actual = rows.actual.to_numpy(dtype=float, na_value=np.nan)
    earlier = np.append(actual, np.nan)[before]  # -1 reads the NaN
    with np.errstate(invalid="ignore"):
        flagged = (
            ~rows.binary
            & (before >= 0)
            & ~np.isnan(actual)
            & ~np.isnan(earlier)
            & (actual != 0)
            & (earlier != 0)
            & ((np.abs(actual) >= YEAR_FACTOR * np.abs(earlier)) | (np.abs(actual) * YEAR_FACTOR <= np.abs(earlier)))
        )
    if not flagged.any():
        return flagged, {}
    at = before[flagged]
    period_codes, periods = rows.period.array.codes, np.asarray(rows.period.cat.categories, dtype=object)
    return flagged, {
        "other_period": _placed(flagged, periods[period_codes[at]]),
        "other_actual": _shown(flagged, earlier),
        "other_row": _placed(flagged, rows.rows[at]),
    }


def _placed(flagged: np.ndarray, values: np.ndarray) -> pd.Series:
    """Values of the flagged rows at their places, None elsewhere: a million rows are never put in words."""
    placed = np.full(len(flagged), None, dtype=object)
    placed[flagged] = values
    return pd.Series(placed, copy=False)


def _shown(flagged: np.ndarray, numbers: np.ndarray) -> pd.Series:
    """The numbers a warning quotes, as numbers: the views write them in the reader's way (1.234,5)."""
    return _placed(flagged, np.array([float(number) for number in numbers[flagged]], dtype=object))


SLIPS = (Slip("actual_scale", _plan_scale), Slip("actual_year_before", _year_scale))


def slip_rows(
    frame: pd.DataFrame, plan: pd.Series, actual: pd.Series, binary: np.ndarray, indicator: pd.Series
) -> SlipRows:
    """The results' columns the checks read, from `validate`'s located rows (period, year, part, unit_id, row)."""
    return SlipRows(
        frame["period"],
        frame["year"],
        frame["part"],
        frame["unit_id"],
        indicator,
        plan,
        actual,
        frame["row"].to_numpy(),
        binary,
    )
