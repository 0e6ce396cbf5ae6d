"""A unit's years: its lineage across a reorganisation, its rating of each year and the awards that count as
its history (docs/reference.md, "History"). Pure functions over the dataset's frames."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass

import numpy as np
import pandas as pd

from ..data.award_rules import HistoryRules
from ..data.codes import positions as positions_in
from ..data.dataset import Dataset
from ..data.text import fold
from .analysis import analyse


@dataclass(frozen=True)
class Lineage:
    """The reorganisation as a graph: each formed unit's first year and the units it was formed from."""

    formed: dict[str, int]  # formed unit → its first year
    parents: dict[str, tuple[str, ...]]  # formed unit → its predecessors, in the table's order
    split: frozenset[str]  # predecessors a resolution split among several units ("một phần")

    @classmethod
    def of(cls, predecessors: pd.DataFrame) -> Lineage:
        units, olds, notes = (predecessors[column].tolist() for column in ("unit_id", "predecessor_id", "note"))
        parents: dict[str, list[str]] = {}
        for unit, predecessor in zip(units, olds):
            parents.setdefault(unit, []).append(predecessor)
        formed = {unit: int(year) for unit, year in zip(units, predecessors["year"].tolist()) if pd.notna(year)}
        parts = {note: "motphan" in fold(note) for note in set(notes) if isinstance(note, str)}  # "Nhập một phần"
        split = frozenset(predecessor for predecessor, note in zip(olds, notes) if parts.get(note, False))
        return cls(formed, {unit: tuple(items) for unit, items in parents.items()}, split)

    def units_in(self, unit: str, year: int) -> tuple[str, ...]:
        """The units that stood for `unit` in `year`: before its own first year, its predecessors, each replaced
        by its own lineage when it was itself formed after `year`; otherwise the unit itself."""
        first = self.formed.get(unit)
        if first is None or year >= first:
            return (unit,)
        parents = self.parents[unit]
        if not any(predecessor in self.formed for predecessor in parents):  # old units formed from none
            return parents  # distinct: a (unit, predecessor) pair is listed once
        found: list[str] = []
        for predecessor in parents:
            found += [item for item in self.units_in(predecessor, year) if item not in found]
        return tuple(found)

    def ancestors(self, unit: str) -> set[str]:
        """Every unit the unit was formed from, directly or through other formed units."""
        found: set[str] = set()
        stack = list(self.parents.get(unit, ()))
        while stack:
            current = stack.pop()
            if current not in found:
                found.add(current)
                stack.extend(self.parents.get(current, ()))
        return found

    def reaches_before(self, unit: str, years: Iterable[int]) -> list[int]:
        """The years of `years` before the unit's own first year (none for a unit never formed)."""
        first = self.formed.get(unit)
        return [] if first is None else [year for year in years if year < first]


@dataclass(frozen=True)
class Ratings:
    """Every rating the data gives or the grades imply, by year and unit, as positions in the list of ratings
    (0 is the best); `at_least` reads a condition."""

    positions: dict[int, dict[str, int]]  # year → unit → position: a unit's code hashes once, a (unit, year) pair
    history: HistoryRules  # in every lookup

    def own(self, unit: str, year: int) -> int | None:
        return self.positions.get(year, _NONE).get(unit)

    def counted(self, unit: str, year: int, lineage: Lineage) -> int | None:
        """With the lineage counted: before the unit's first year, the lowest rating among its lineage that year
        (unknown if any is unknown); otherwise its own."""
        first = lineage.formed.get(unit)
        if first is None or year >= first:
            return self.own(unit, year)
        found = [self.own(item, year) for item in lineage.units_in(unit, year)]
        return None if any(position is None for position in found) else max(p for p in found if p is not None)

    def at_least(self, position: int | None, rating: str) -> bool:
        """Whether a rating is `rating` or one before it in the list; unknown is never at least anything."""
        return position is not None and position <= self.history.ratings.index(rating)

    def name(self, position: int | None) -> str:
        return "" if position is None else self.history.ratings[position]


_NONE: dict[str, int] = {}  # the ratings of a year nobody is rated in


def ratings(
    dataset: Dataset, needed: Mapping[int, AbstractSet[str]], analysed: Callable[[int], pd.DataFrame | None]
) -> Ratings:
    """Every rating the unit_years rows give, and the `needed` ones (year → units) they leave unknown where the
    grade of the unit in the year's whole-year period names a rating. `analysed(year)` gives that period's units
    (None without results of the year); it is asked only for the years of `unknown_years`."""
    history = dataset.rules.history
    index = {name: position for position, name in enumerate(history.ratings)}
    given = dataset.unit_years.dropna(subset=["rating"])
    position = positions_in(given["rating"], pd.Index(history.ratings))  # validated: each name is the list's
    year = given["year"].to_numpy(dtype="int64")
    unit = given["unit_id"].to_numpy(dtype=object)
    positions = {
        int(each): dict(zip(unit[year == each].tolist(), position[year == each].tolist())) for each in np.unique(year)
    }
    if not any(history.rating(grade.name) for grade in dataset.rules.grades):
        return Ratings(positions, history)  # no grade names a rating: the grades can tell nothing
    for year_unknown in unknown_years(positions, needed):
        graded = analysed(year_unknown)
        if graded is None:
            continue
        known = positions.setdefault(year_unknown, {})
        for each, grade in zip(graded["unit_id"].tolist(), graded["grade"].tolist()):
            rating = history.rating(grade) if isinstance(grade, str) and grade else None
            if rating is not None and each not in known:
                known[each] = index[rating]
    return Ratings(positions, history)


def unknown_years(given: Mapping[int, Mapping[str, int]], needed: Mapping[int, AbstractSet[str]]) -> list[int]:
    """The years, in order, in which some unit's `needed` rating is not `given` (year → unit → rating, and year
    → units): the only whole-year periods whose grades can tell a rating anyone reads (an analysis each,
    ~0.15 s at national scale)."""
    return sorted(year for year, units in needed.items() if not given.get(year, _NONE).keys() >= units)


def needed_ratings(units: Iterable[str], years: Iterable[int], lineage: Lineage, counted: bool) -> dict[int, set[str]]:
    """The ratings a proposal list and its dossier can read, as year → units, for `units` (those the year may
    list) in `years` (the longest window): the units that stood for each unit in each year (its lineage before
    its first year, else itself), and, unless the lineage is `counted`, the unit itself as well."""
    units = list(units)
    formed = [unit for unit in units if unit in lineage.formed]
    plain = [unit for unit in units if unit not in lineage.formed]
    return {
        year: {
            *plain,
            *(
                item
                for unit in formed
                for item in (lineage.units_in(unit, year) if counted else (unit, *lineage.units_in(unit, year)))
            ),
        }
        for year in years
    }


def counting_awards(dataset: Dataset) -> pd.DataFrame:
    """The awards that count as history: of a listed form, not revoked, of the regular kind."""
    awards = dataset.awards
    return awards[awards["form"].notna() & ~awards["revoked"] & (awards["kind"] == "regular")]


def whole_year_units(
    dataset: Dataset, known: dict[int, pd.DataFrame] | None = None
) -> Callable[[int], pd.DataFrame | None]:
    """The units of each whole-year period, analysed once when first asked for (None without results); `known`
    gives the units of years already analysed."""
    cache: dict[int, pd.DataFrame | None] = dict(known or {})

    def units(year: int) -> pd.DataFrame | None:
        if year not in cache:
            cache[year] = analyse(dataset, str(year)).units if str(year) in dataset.periods else None
        return cache[year]

    return units


def unit_years(dataset: Dataset, unit: str, until: int | None = None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """A unit's years for its history chart and report, up to the year `until` (a report of 2019 shows no
    later year; None: every year of the data): (ratings, awards).

    `ratings` has one row per year and unit that stood for it (the unit itself, or before its own first year
    the units of its lineage, `lineage` true and `split` where a resolution split it), from the first year
    anything is known of them to the last: year, unit_id, unit_name, rating (the list's name, "" where
    unknown), position (0 the best, NaN unknown), hold. `awards` has every award of those units in those
    years: year, unit_id, unit_name, award, decision, counts (not revoked, regular, of a listed form), kind,
    revoked."""
    lineage = Lineage.of(dataset.predecessors)
    years = sorted(
        year
        for year in {int(year) for year in dataset.unit_years["year"].dropna()}
        | {int(year) for year in dataset.members["year"]}
        | {int(year) for year in dataset.awards["year"].dropna()}
        if until is None or year <= until
    )
    needed = {year: set(lineage.units_in(unit, year)) for year in years}
    positions = ratings(dataset, needed, whole_year_units(dataset))
    names = dataset.unit_names
    holds = {
        (row_unit, int(year)): hold
        for row_unit, year, hold in zip(
            dataset.unit_years["unit_id"].tolist(),
            dataset.unit_years["year"].tolist(),
            dataset.unit_years["hold"].tolist(),
        )
        if isinstance(hold, str)
    }
    rows = []
    for year in years:
        for member in lineage.units_in(unit, year):
            position = positions.own(member, year)
            if member == unit and position is None and unit in lineage.formed and year < lineage.formed[unit]:
                continue
            rows.append(
                {
                    "year": year,
                    "unit_id": member,
                    "unit_name": names.get(member, member),
                    "lineage": member != unit,
                    "split": member in lineage.split,
                    "rating": positions.name(position),
                    "position": float("nan") if position is None else float(position),
                    "hold": holds.get((member, year), ""),
                }
            )
    table = pd.DataFrame(
        rows, columns=["year", "unit_id", "unit_name", "lineage", "split", "rating", "position", "hold"]
    )
    awarded = set(zip(dataset.awards["unit_id"].tolist(), dataset.awards["year"].astype(int).tolist()))
    held = (
        table["position"].notna()
        | (table["hold"] != "")
        | pd.Series(
            [(row_unit, year) in awarded for row_unit, year in zip(table["unit_id"], table["year"])],
            index=table.index,
            dtype=bool,
        )
    )
    known = table.loc[held, "year"]
    table = table[table["year"].between(known.min(), known.max())] if held.any() else table  # first to last year known
    shown = set(zip(table["unit_id"], table["year"]))
    every = dataset.awards
    awards = every[
        pd.Series(
            [(holder, int(year)) in shown for holder, year in zip(every["unit_id"], every["year"])],
            index=every.index,
            dtype=bool,
        )
    ]
    awards = awards.assign(
        unit_name=awards["unit_id"].map(names),
        counts=awards["form"].notna() & ~awards["revoked"] & (awards["kind"] == "regular"),
    )[["year", "unit_id", "unit_name", "award", "decision", "counts", "kind", "revoked"]]
    return table.astype({"year": "int64"}), awards.reset_index(drop=True)


def lineage_rows(
    dataset: Dataset, units: pd.DataFrame, earlier: dict[str, pd.DataFrame], names: dict[str, str], split_word: str
) -> pd.DataFrame:
    """For each formed unit among `units` (one period's units) and each earlier period (its units, as `analyse`
    gives them) before the unit's first year: its lineage combined, as one row the trend can draw beside the
    unit's own (docs/reference.md, "History"): total_share = 100 · Σ totals / Σ maximum possible bases,
    mean_attainment over all the lineage's rows with an attainment; `unit_name` is the formed unit's (its line
    goes on through the change), `lineage_name` the old units' in the caller's `names` (a split predecessor
    marked with the caller's `split_word`, and counted whole)."""
    lineage = Lineage.of(dataset.predecessors)
    rows = []
    for unit in [code for code in units["unit_id"] if code in lineage.formed]:
        for period, period_units in earlier.items():
            year = int(period[:4])
            members = lineage.units_in(unit, year)
            if year >= lineage.formed[unit] or members == (unit,):
                continue
            found = period_units[period_units["unit_id"].isin(members)]
            if found.empty:
                continue
            reported = found["row_count"] - found["missing_count"]  # the rows with an attainment that the means average
            label = " + ".join(
                names.get(code, code) + (f" ({split_word})" if code in lineage.split else "") for code in members
            )
            total, base, count = found["total"].sum(), found["max_base"].sum(), reported.sum()
            rows.append(
                {
                    "period": period,
                    "unit_id": unit,
                    "unit_name": names.get(unit, unit),
                    "lineage": True,
                    "lineage_name": f"{names.get(unit, unit)} ← {label}",
                    "total": total,
                    "total_share": 100 * total / base if base > 0 else float("nan"),
                    "mean_attainment": (found["mean_attainment"] * reported).sum() / count if count else float("nan"),
                }
            )
    return pd.DataFrame(
        rows,
        columns=[
            "period",
            "unit_id",
            "unit_name",
            "lineage",
            "lineage_name",
            "total",
            "total_share",
            "mean_attainment",
        ],
    )
