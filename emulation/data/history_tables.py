"""Ratings by year, award history and the units a reorganisation formed (docs/reference.md, "History"),
validated: every refusal and warning with its place."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pandas as pd

from .award_rules import HistoryRules
from .cells import Cells
from .codes import codes_of, spread
from .load import RawTable
from .schema import AWARD_KINDS, REVOKED, TABLES, YEARS


def _year(cells: Cells, raw: RawTable) -> pd.Series:
    """A required, plausible year."""
    year = cells.numbers(raw, "year", whole=True)
    implausible = (year < YEARS[0]) | (year > YEARS[1])
    cells.report(raw, implausible, "year", "bad_year", low=YEARS[0], high=YEARS[1])
    return year.where(~implausible).astype("Int64")


def validate_unit_years(cells: Cells, raw: RawTable, units: pd.Index | None, history: HistoryRules) -> pd.DataFrame:
    """Each unit's official rating of a year (as the list in force names it) and why it is held, if it is."""
    year = _year(cells, raw)
    unit = cells.text(raw, "unit_id", required=True)
    cells.known(raw, unit, "unit_id", units, "unknown_unit")
    text = cells.text(raw, "rating")
    rating = _meaning(text, history.rating)
    cells.report(raw, text.notna() & rating.isna(), "rating", "bad_rating", known=", ".join(history.ratings))
    cells.unique(raw, pd.DataFrame({"year": year, "unit": unit}), "unit_id")
    return pd.DataFrame(
        {"year": year, "unit_id": unit, "rating": rating, "hold": cells.text(raw, "hold"), "row": raw.rows}
    ).astype(TABLES["unit_years"].dtypes)


def validate_awards(cells: Cells, raw: RawTable, units: pd.Index | None, history: HistoryRules) -> pd.DataFrame:
    """What each unit has received, with the form of rules.toml each award's name means (blank: none, warned
    once per name); two rows equal in every column are refused."""
    frame = pd.DataFrame(
        {
            "unit_id": cells.text(raw, "unit_id", required=True),
            "award": cells.text(raw, "award", required=True),
            "year": _year(cells, raw),
            "kind": cells.choice(raw, "kind", AWARD_KINDS, "bad_award_kind", "regular"),
            "decision": cells.text(raw, "decision"),
            "date": cells.text(raw, "date"),
            "revoked": cells.choice(raw, "revoked", REVOKED, "bad_revoked", False),
        }
    )
    cells.known(raw, frame["unit_id"], "unit_id", units, "unknown_unit")
    repeat, first = cells.repeats(raw, _blank_alike(frame))
    cells.report(raw, repeat, "award", "duplicate_row", other=first)
    form = _meaning(frame["award"], lambda name: _form_name(history, name))
    unmatched = frame["award"].notna() & form.isna() & ~frame["award"].duplicated()
    cells.report(
        raw,
        unmatched,
        "award",
        "unknown_award_form",
        warning=True,
        name=frame["award"],
        forms=", ".join(form.name for form in history.award_forms) or "—",
    )
    return frame.assign(form=form, row=raw.rows).astype(TABLES["awards"].dtypes)


def _form_name(history: HistoryRules, name: object) -> str | None:
    form = history.form(name) if isinstance(name, str) else None
    return form.name if form else None


def _meaning(text: pd.Series, meaning: Callable[[str], str | None]) -> pd.Series:
    """What each cell's word means as text (NA where blank or meaningless): each distinct word matched once,
    the rows given theirs by one take."""
    codes, words = codes_of(text)
    meant = spread(np.array([meaning(word) for word in words], dtype=object), codes, None)
    return pd.Series(meant, index=text.index, dtype="str")


def _blank_alike(frame: pd.DataFrame) -> pd.DataFrame:
    """Each column's values as integer codes, a blank cell coded like any other value: rows equal in every
    column, blank cells included, have equal codes (`Cells.repeats` takes a blank for an incomplete key)."""
    return pd.DataFrame(
        {name: pd.factorize(column, use_na_sentinel=False)[0] for name, column in frame.items()}, index=frame.index
    )


def validate_predecessors(cells: Cells, raw: RawTable, units: pd.Index | None, members: pd.DataFrame) -> pd.DataFrame:
    """Which old units each new unit was formed from, and its first year: one year per formed unit, no unit its
    own ancestor; warned where the members table disagrees with the reorganisation's years."""
    frame = pd.DataFrame(
        {
            "unit_id": cells.text(raw, "unit_id", required=True),
            "predecessor_id": cells.text(raw, "predecessor_id", required=True),
            "year": _year(cells, raw),
            "note": cells.text(raw, "note"),
            "row": raw.rows,
        }
    )
    for column in ("unit_id", "predecessor_id"):
        cells.known(raw, frame[column], column, units, "unknown_unit")
    cells.unique(raw, frame[["unit_id", "predecessor_id"]], "predecessor_id")
    first_year = frame.groupby("unit_id")["year"].transform("first")
    cells.report(
        raw,
        frame["year"].notna() & first_year.notna() & (frame["year"] != first_year).fillna(False),
        "year",
        "two_years",
        code=frame["unit_id"],
        other=first_year,
    )
    cells.report(
        raw, frame["unit_id"].isin(_own_ancestors(frame)), "predecessor_id", "own_ancestor", code=frame["unit_id"]
    )
    member_years = members.groupby("unit_id")["year"]
    last = frame["predecessor_id"].map(member_years.max())  # a member in its successor's first year or later
    cells.report(
        raw,
        (last >= frame["year"]).fillna(False).to_numpy(dtype=bool),
        "predecessor_id",
        "predecessor_still_member",
        warning=True,
        code=frame["predecessor_id"],
        formed=frame["unit_id"],
        year=frame["year"],
    )
    first = ~frame["unit_id"].duplicated()  # a formed unit's first row gives its first year and bears the warning
    since = frame["unit_id"].map(member_years.min())
    cells.report(
        raw,
        first & (since < frame["year"]).fillna(False),
        "unit_id",
        "formed_unit_member_before",
        warning=True,
        code=frame["unit_id"],
        year=frame["year"],
    )
    return frame.astype(TABLES["predecessors"].dtypes)


def _own_ancestors(frame: pd.DataFrame) -> set[str]:
    """The units from which their own predecessors lead back to themselves. Only a unit both formed and a
    predecessor can lie on such a circle: the search walks the rows between two such units alone (none in a
    reorganisation that formed new units from old ones)."""
    units, predecessors = frame["unit_id"].tolist(), frame["predecessor_id"].tolist()
    both = set(units) & set(predecessors)
    parents: dict[str, list[str]] = {}
    for unit, predecessor in zip(units, predecessors):
        if unit in both and predecessor in both and isinstance(unit, str) and isinstance(predecessor, str):
            parents.setdefault(unit, []).append(predecessor)
    cyclic = set()
    for start in parents:
        seen, stack = set(), list(parents[start])
        while stack:
            current = stack.pop()
            if current == start:
                cyclic.add(start)
                break
            if current not in seen:
                seen.add(current)
                stack.extend(parents.get(current, []))
    return cyclic
