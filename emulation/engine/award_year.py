"""What every award route of a proposal year reads (docs/reference.md, "Proposals"): the year's analysis, its
members, holds, ratings and counting awards, read once into dicts and named tuples (`Year`) so that the routes
check thousands of units in plain Python; a counting award (`Award`) and a unit's figures in the year's ranking
(`Standing`). `proposals.proposal_year` builds the year; `routes` reads it."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import NamedTuple

import numpy as np
import pandas as pd

from ..data.codes import codes_of, spread
from ..data.dataset import Dataset
from ..data.kinds import ATTAINED_KINDS
from .analysis import Analysis
from .unit_years import Lineage, Ratings


class Award(NamedTuple):
    """A counting award: its form (as listed), the year of the achievement, the decision, who holds it."""

    form: str
    year: int
    decision: str
    holder: str


class Standing(NamedTuple):
    """A unit's figures in the year's ranking."""

    cluster: str
    rank: int
    total: float
    max_base: float
    mean_attainment: float

    @property
    def share(self) -> float:
        return self.total / self.max_base if self.max_base > 0 else float("nan")

    def order(self) -> tuple:
        """How leaders are ordered: share, then mean attainment, at 4 decimals, best first; no share last."""
        mean = -round(self.mean_attainment, 4) if not math.isnan(self.mean_attainment) else math.inf
        return (self.max_base <= 0, -round(self.share, 4) if self.max_base > 0 else 0, mean)


@dataclass
class Year:
    """What every rule of a proposal year reads: the year's analysis, its members, ratings and awards."""

    dataset: Dataset
    year: int
    analysis: Analysis | None  # the whole-year period's, None without its results
    lineage: Lineage
    ratings: Ratings
    awards: pd.DataFrame  # the awards that count
    clusters: dict[str, str]  # unit → its cluster in the year (members)
    holds: dict[str, str] = field(default_factory=dict)  # unit → why it is held in the year
    awards_by_unit: dict[str, list[Award]] = field(default_factory=dict)
    standing: dict[str, Standing] = field(default_factory=dict)  # each ranked unit's figures in the year
    not_met: dict[str, list[str]] = field(default_factory=dict)  # unit → its rows of the year missed or missing
    indicator_names: dict[str, str] = field(default_factory=dict)  # as the indicators table names them

    def __post_init__(self) -> None:
        self.indicator_names = dict(zip(self.dataset.indicators["indicator_id"], self.dataset.indicators["name"]))
        rows = self.dataset.unit_years
        held = rows[(rows["year"] == self.year) & rows["hold"].notna()]
        self.holds = dict(zip(held["unit_id"].tolist(), held["hold"].tolist()))
        awards = self.awards
        for unit, form, year, decision in zip(
            awards["unit_id"].tolist(), awards["form"].tolist(), awards["year"].tolist(), awards["decision"].tolist()
        ):
            self.awards_by_unit.setdefault(unit, []).append(
                Award(form, int(year), decision if isinstance(decision, str) else "", unit)
            )
        if self.analysis is not None:
            units = self.analysis.units
            self.standing = {
                unit: Standing(cluster, int(rank), total, base, mean)
                for unit, cluster, rank, total, base, mean in zip(
                    *(
                        units[column].tolist()
                        for column in ("unit_id", "cluster_id", "rank", "total", "max_base", "mean_attainment")
                    )
                )
            }
        if self.analysis is not None:
            scored = self.analysis.scored
            failing = (
                scored["scoring"].isin(ATTAINED_KINDS).to_numpy()
                & ~scored["status"].isin(["met", "exceeded"]).to_numpy()
            )
            self.not_met = _rows_by_unit(scored["unit_id"][failing], scored["indicator_id"][failing])

    @property
    def counts(self) -> bool:
        return self.dataset.rules.history.predecessors == "count"

    def rating(self, unit: str, year: int, counted: bool | None = None) -> int | None:
        counted = self.counts if counted is None else counted
        return self.ratings.counted(unit, year, self.lineage) if counted else self.ratings.own(unit, year)

    def held(self, unit: str) -> str:
        return str(self.holds.get(unit, ""))

    def awards_of(self, unit: str, counted: bool) -> list[Award]:
        """The counting awards that are the unit's history: its own, and with the lineage counted, those of its
        lineage in each year before its first (never another unit's award dated in or after that year), by holder
        in code point order (the same list in every run, whatever the interpreter's hash seed)."""
        own = self.awards_by_unit.get(unit, [])
        if not counted or unit not in self.lineage.formed:
            return own
        first = self.lineage.formed[unit]
        return own + [
            award
            for holder in sorted(self.lineage.ancestors(unit))
            for award in self.awards_by_unit.get(holder, [])
            if award.year < first and holder in self.lineage.units_in(unit, award.year)
        ]


def _rows_by_unit(units: pd.Series, indicators: pd.Series) -> dict[str, list[str]]:
    """Each unit's indicators, in the rows' order, as text (a blank code as "nan", as `astype(str)` writes it):
    the rows grouped by their codes, a national year's 40,000 failing rows without a Python step each."""
    unit_codes, unit_names = codes_of(units)
    indicator_codes, indicator_names = codes_of(indicators)
    order = np.argsort(unit_codes, kind="stable")  # within a unit, the rows' order
    grouped = unit_codes[order]
    starts = np.flatnonzero(np.diff(grouped, prepend=-2))
    unit_text = spread(unit_names.astype(str).to_numpy(dtype=object), grouped[starts], "nan")
    indicator_text = spread(indicator_names.astype(str).to_numpy(dtype=object), indicator_codes[order], "nan")
    return dict(zip(unit_text.tolist(), (part.tolist() for part in np.split(indicator_text, starts[1:]))))
