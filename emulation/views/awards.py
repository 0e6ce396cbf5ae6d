"""A unit's award as every document names it, in one place: the ranking tables (report, slides, score sheet,
terminal), the narrative and the closing slide, and the index page all ask `Awards`.

At a whole-year period (whose ranking the year's proposal list reads), where rules.toml lists
`[[award_forms]]`, a cluster's flag and commendation are named as the forms routed by the cluster's flag
and its commendation (the first such form of the list), so that the report says «Cờ thi
đua của UBND tỉnh» where the proposal list does; without such a form they keep the catalogue's words («Cờ thi
đua», «Bằng khen»). A unit held in the period's year (`unit_years.hold`: tạm dừng xét) is marked as held beside
its award, as the proposal list shows it; a unit without an award is not marked (it is proposed for nothing).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

import pandas as pd

from ..data.award_rules import ROUTES
from ..data.dataset import Dataset
from ..data.rules import Rules
from .words import word


def form_names(rules: Rules) -> dict[str, str]:
    """`flag` and `commendation` → the name of the first `[[award_forms]]` form routed by the cluster's flag,
    its commendation (the routes of `data.award_rules.ROUTES` that read the award without a quota); nothing for
    an award no form is routed by."""
    names: dict[str, str] = {}
    for form in rules.history.award_forms:
        for route in map(ROUTES.__getitem__, form.routes):
            if route.award is not None and not route.quota:
                names.setdefault(route.award, form.name)
    return names


def year_holds(dataset: Dataset, year: int) -> dict[str, str]:
    """Unit → why it is held in `year` (the `hold` of its `unit_years` row), for the units held that year."""
    rows = dataset.unit_years
    held = rows[(rows["year"] == year) & rows["hold"].notna()]
    return {unit: str(hold) for unit, hold in zip(held["unit_id"].tolist(), held["hold"].tolist()) if str(hold).strip()}


@dataclass(frozen=True)
class Awards:
    """How the awards of one period read: the forms' names (`form_names`) and the year's holds (`year_holds`).
    `Awards()` is the catalogue's words without holds (a dataset without forms and holds reads as before)."""

    names: Mapping[str, str] = field(default_factory=dict)
    holds: Mapping[str, str] = field(default_factory=dict)

    @classmethod
    def of(cls, dataset: Dataset, period: str) -> Awards:
        """The awards of `period` of `dataset`: at a whole year (whose ranking the year's proposals read), its
        rules' forms and the year's holds; a part of a year proposes nothing and keeps the catalogue's words."""
        return cls.of_rules(dataset.rules, period, year_holds(dataset, int(period[:4])))

    @classmethod
    def of_rules(cls, rules: Rules, period: str, holds: Mapping[str, str] | None = None) -> Awards:
        """As `of`, from the rules alone (no holds unless given): what an analysis knows."""
        return cls() if "-" in period else cls(form_names(rules), holds or {})

    def name(self, award: str, lang: str = "vi") -> str:
        """«Cờ thi đua của UBND tỉnh» where a form is routed by the flag, else «Cờ thi đua»; "" for none."""
        return self.names.get(award) or word(f"award.{award}", lang)

    def in_sentence(self, award: str, lang: str = "vi") -> str:
        """The name inside an English sentence ("proposed for the emulation flag"); a form's name as written."""
        name = self.name(award, lang)
        return name.lower() if lang == "en" and award not in self.names else name

    def held(self, unit: str) -> str:
        """Why `unit` is held in the year ("" when it is not)."""
        return self.holds.get(unit, "")

    def cells(self, units: pd.DataFrame, lang: str = "vi") -> list[str]:
        """Each unit's award as a table cell: its name, then "(đồng hạng)" where shared and "(tạm dừng xét)" where
        the unit is held; "" for none."""
        tied, held = word("report.tied", lang), word("proposal.held_mark", lang)
        cells = []
        for unit, award, shared in zip(units["unit_id"], units["award"], units["award_tie"]):
            name = self.name(award, lang)
            marks = [mark for mark, on in ((tied, shared), (held, self.held(unit) and award != "none")) if on]
            cells.append(f"{name} ({'; '.join(marks)})" if name and marks else name)
        return cells

    def named(self, units: pd.DataFrame, lang: str = "vi") -> str:
        """The units of a sentence, each held one with its hold: "Xã An Minh, Xã U Minh Thượng (tạm dừng xét:
        Đang xác minh đơn khiếu nại …)"."""
        return ", ".join(
            f"{name} ({word('proposal.basis_held', lang, hold=self.held(unit))})" if self.held(unit) else name
            for unit, name in zip(units["unit_id"], units["unit_name"])
        )

    def listed(self, units: pd.DataFrame, lang: str = "vi") -> str:
        """The units of a table cell, each held one marked: "Xã An Minh, Xã U Minh Thượng (tạm dừng xét)"."""
        held = word("proposal.held_mark", lang)
        return ", ".join(
            f"{name} ({held})" if self.held(unit) else name for unit, name in zip(units["unit_id"], units["unit_name"])
        )
