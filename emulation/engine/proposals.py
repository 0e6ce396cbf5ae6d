"""The province's proposal list of a year (docs/reference.md, "Proposals"): for each award form of rules.toml,
the units that are its candidates by each of its routes, whether they meet its conditions, the leaders' quota
of each province, and the basis of every proposal. Pure: the dataset in, one DataFrame out."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import NamedTuple

import pandas as pd

from ..data.award_rules import AwardForm
from ..data.dataset import Dataset
from ..data.kinds import ATTAINED_KINDS
from ..errors import EmulationError, Unsupported
from .analysis import Analysis, analyse
from .history import Lineage, Ratings, counting_awards, needed_ratings, ratings, whole_year_units

STATUSES = ("proposed", "over_quota", "council", "held", "not_eligible")
COLUMNS = [
    "year",
    "province",
    "award",
    "unit_id",
    "cluster_id",
    "route",
    "status",
    "rank",
    "share",
    "rating",
    "tie",
    "multiple",
    "lineage",
    "reason",
    "unit_name",
    "cluster_name",
]


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
class Candidate:
    """A unit's candidacy for a form by one route, with its status and its basis (as reason parts)."""

    unit: str
    form: AwardForm
    route: str
    status: str
    basis: list[tuple[str, dict]] = field(default_factory=list)  # (catalogue key, its values), in words later
    tie: bool = False
    lineage: str = ""


class NoAwardForms(EmulationError, ValueError):
    """rules.toml lists no [[award_forms]]: there is nothing to propose."""


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
        self.indicator_names = self.dataset.indicators.set_index("indicator_id")["name"].to_dict()
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
            failing = scored[
                scored["scoring"].isin(ATTAINED_KINDS).to_numpy()
                & ~scored["status"].isin(["met", "exceeded"]).to_numpy()
            ]
            for unit, indicator in zip(
                failing["unit_id"].astype(str).tolist(), failing["indicator_id"].astype(str).tolist()
            ):
                self.not_met.setdefault(unit, []).append(indicator)

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


def proposals(dataset: Dataset, year: int) -> tuple[pd.DataFrame, list[str]]:
    """The proposal list of `year` and its warnings (as catalogue keys); `attrs["unmatched_awards"]` holds the
    award names of «Khen thưởng» that match no form, with their numbers of decisions (`unmatched_awards`).

    Raises NoAwardForms when rules.toml lists none."""
    _, table, warnings = proposal_year(dataset, year)
    return table, warnings


def proposal_year(dataset: Dataset, year: int) -> tuple[Year, pd.DataFrame, list[str]]:
    """The proposal list of `year`, its warnings, and what it was read from (the year's analysis, lineage,
    ratings and awards), which the dossier's documents read again. Raises NoAwardForms when rules.toml lists none."""
    forms = dataset.rules.history.award_forms
    if not forms:
        raise NoAwardForms()
    members = dataset.members[dataset.members["year"] == year]
    lineage = Lineage.of(dataset.predecessors)
    window = max([form.years or 1 for form in forms])
    has_year = bool((dataset.results["period"] == str(year)).any())  # the whole year's results (cheaper than .periods)
    analysis = analyse(dataset, str(year)) if has_year else None
    listed = set(members["unit_id"].tolist()) | (set(analysis.units["unit_id"]) if analysis is not None else set())
    counted = dataset.rules.history.predecessors == "count"
    needed = needed_ratings(listed, range(year - window + 1, year + 1), lineage, counted)
    analysed = whole_year_units(dataset, {year: analysis.units} if analysis is not None else None)
    state = Year(
        dataset,
        year,
        analysis,
        lineage,
        ratings(dataset, needed, analysed),
        counting_awards(dataset),
        dict(zip(members["unit_id"].tolist(), members["cluster_id"].tolist())),
    )
    candidates: list[Candidate] = []
    for form in forms:
        by_unit: dict[str, list[Candidate]] = {}
        for route in form.routes:
            for candidate in _route(state, form, route):
                by_unit.setdefault(candidate.unit, []).append(candidate)
        candidates += [next((c for c in found if c.status == "proposed"), found[0]) for found in by_unit.values()]
    warnings = (
        [] if analysis is not None or not any(r != "history" for f in forms for r in f.routes) else ["no_year_results"]
    )
    table = _table(state, candidates)
    table.attrs["unmatched_awards"] = unmatched_awards(dataset)
    table.attrs["year"] = year  # the list's year, also where it has no row
    return state, table, warnings


def unmatched_awards(dataset: Dataset) -> dict[str, int]:
    """The names of «Khen thưởng» that match no form of rules.toml, each with its number of decisions (rows): they
    count for nothing, so that a misspelt name would silently leave a unit out of the list; the list says how
    many (the table's `attrs["unmatched_awards"]`)."""
    awards = dataset.awards
    unmatched = awards.loc[awards["award"].notna() & awards["form"].isna(), "award"]
    return {str(name): int(count) for name, count in unmatched.value_counts(sort=False).items()}


def year_proposals(dataset: Dataset, period: str) -> pd.DataFrame | None:
    """The proposal list of a whole-year period, or None for a part of a year or without award forms (what a
    year's score sheet and index page show)."""
    if "-" in period or not dataset.rules.history.award_forms:
        return None
    return proposals(dataset, int(period))[0]


def _route(state: Year, form: AwardForm, route: str) -> list[Candidate]:
    """The candidates for a form by one of its routes (`ROUTES`); a route without a function is an error."""
    if route not in ROUTES:
        raise Unsupported(
            f"award route without a function: {route!r} (data.award_rules.ROUTES and engine.proposals.ROUTES)"
        )
    return ROUTES[route](state, form)


def _cluster_award(state: Year, form: AwardForm, route: str, wanted: str) -> list[Candidate]:
    """The units whose award in their cluster's ranking of the year is `wanted`, each by F's conditions."""
    if state.analysis is None:
        return []
    units = state.analysis.units
    chosen = units[units["award"] == wanted]
    return [
        _conditions(state, form, route, unit, [("basis_cluster", {"award": wanted, "tie": bool(tie)})])
        for unit, tie in zip(chosen["unit_id"], chosen["award_tie"])
    ]


def _cluster_flag(state: Year, form: AwardForm) -> list[Candidate]:
    return _cluster_award(state, form, "cluster_flag", "flag")


def _cluster_commendation(state: Year, form: AwardForm) -> list[Candidate]:
    return _cluster_award(state, form, "cluster_commendation", "commendation")


def _leaders(state: Year, form: AwardForm) -> list[Candidate]:
    return _leaders_quota(state, form, _cluster_award(state, form, "leaders", "flag"))


def _conditions(
    state: Year, form: AwardForm, route: str, unit: str, basis: list[tuple[str, dict]], status: str = "proposed"
) -> Candidate:
    """A candidate's status by F's conditions: held, else not eligible by min_rating or all_met, else `status`."""
    hold = state.held(unit)
    if hold:
        return Candidate(unit, form, route, "held", [("basis_held", {"hold": hold})])
    failed = []
    if form.min_rating is not None:
        position = state.rating(unit, state.year)
        if not state.ratings.at_least(position, form.min_rating):
            failed.append(
                (
                    "failed_rating",
                    {"year": state.year, "rating": state.ratings.name(position), "needed": form.min_rating},
                )
            )
    if form.all_met:
        missed = _not_met(state, unit)
        if missed:  # named as the indicators table names them: a board's list cites no codes
            names = state.indicator_names
            failed.append(("failed_all_met", {"indicators": ", ".join(str(names.get(code, code)) for code in missed)}))
    return (
        Candidate(unit, form, route, "not_eligible", failed) if failed else Candidate(unit, form, route, status, basis)
    )


def _not_met(state: Year, unit: str) -> list[str]:
    """The unit's rows of the year scored by attainment that are missed or missing (none: it met them all)."""
    return state.not_met.get(unit, [])


def _leaders_quota(state: Year, form: AwardForm, candidates: list[Candidate]) -> list[Candidate]:
    """Per province, the leaders that meet the conditions ranked by share, then mean attainment (both at 4
    decimals, descending; no share last); the first max(1, ⌊leaders_share · L⌋) are proposed, L counting every
    leader of the province; units equal to the last of them on both figures are proposed too, as a tie."""
    assert form.leaders_share is not None
    provinces = state.dataset.provinces.to_dict()
    for province in dict.fromkeys(provinces.values()):
        group = [c for c in candidates if provinces.get(state.standing[c.unit].cluster, "") == province]
        quota = max(1, math.floor(form.leaders_share * len(group)))
        ranked = sorted((c for c in group if c.status == "proposed"), key=lambda c: state.standing[c.unit].order())
        last = state.standing[ranked[quota - 1].unit].order() if len(ranked) >= quota else None
        reaches_past = last is not None and any(state.standing[c.unit].order() == last for c in ranked[quota:])
        for place, candidate in enumerate(ranked):
            candidate.tie = reaches_past and state.standing[candidate.unit].order() == last
            within = place < quota or candidate.tie
            candidate.status = "proposed" if within else "over_quota"
            candidate.basis.append(("basis_leader", {"place": place + 1, "leaders": len(group), "quota": quota}))
    return candidates


def _history(state: Year, form: AwardForm) -> list[Candidate]:
    """Members of the year whose last `years` years meet the form's history (own, or with the lineage)."""
    assert form.years is not None and form.years_rating is not None
    window = list(range(state.year - form.years + 1, state.year + 1))
    found = []
    counts = state.counts
    for unit in state.clusters:
        own, basis = _meets_history(state, form, unit, window, counted=counts)
        earlier = state.lineage.reaches_before(unit, window)
        if own:
            candidate = _conditions(state, form, "history", unit, basis)
        elif not counts and earlier and (counted := _meets_history(state, form, unit, window, counted=True))[0]:
            candidate = _conditions(state, form, "history", unit, counted[1], "council")
        else:
            continue
        candidate.lineage = ";".join(sorted({item for year in earlier for item in state.lineage.units_in(unit, year)}))
        found.append(candidate)
    return found


def _meets_history(state: Year, form: AwardForm, unit: str, window: list[int], counted: bool) -> tuple[bool, list]:
    """Whether the unit's years in `window` meet the form's history, and the basis: each year's rating and each
    award used."""
    assert form.years_rating is not None
    positions = []
    for year in window:  # the first year below the rating ends the search
        positions.append(state.rating(unit, year, counted))
        if not state.ratings.at_least(positions[-1], form.years_rating):
            return False, []
    basis: list[tuple[str, dict]] = [
        (
            "basis_years",
            {
                "years": "; ".join(
                    f"{year}: {state.ratings.name(position)}" for year, position in zip(window, positions)
                )
            },
        )
    ]
    awards = state.awards_of(unit, counted)
    if form.after is not None:
        before = [award for award in awards if award.form == form.after and award.year < window[0]]
        if not before:
            return False, []
        basis.append(_award_basis(max(before, key=lambda award: award.year)))
    inside = [award for award in awards if window[0] <= award.year <= window[-1]]
    if form.with_award is not None:
        used = [award for award in inside if award.form == form.with_award]
        if len(used) < form.with_count:
            return False, []
        basis += [_award_basis(award) for award in used]
    if any(award.form == form.name for award in inside):  # the next award of a form counts from the last one
        return False, []
    return True, basis


ROUTES = {  # one function per route of data.award_rules.ROUTES (docs/reference.md, "Award forms"): its candidates
    "leaders": _leaders,
    "cluster_flag": _cluster_flag,
    "cluster_commendation": _cluster_commendation,
    "history": _history,
}


def _award_basis(award: Award) -> tuple[str, dict]:
    decision = f" ({award.decision})" if award.decision else ""
    return "basis_award", {"award": award.form, "year": award.year, "decision": decision, "holder": award.holder}


def _table(state: Year, candidates: list[Candidate]) -> pd.DataFrame:
    """One row per listed (unit, form), in the contract's order: province (as first met in the clusters table),
    form (as listed), status, cluster (as listed), rank (unranked last), unit code. `basis` holds the reason as
    (catalogue key, values) pairs for the views to put in words."""
    clusters = state.dataset.clusters["cluster_id"].tolist()
    provinces = state.dataset.provinces.to_dict()
    province_order = list(dict.fromkeys(provinces.get(code, "") for code in clusters))
    forms = [form.name for form in state.dataset.rules.history.award_forms]
    proposed: dict[str, int] = {}
    for candidate in candidates:
        if candidate.status == "proposed":
            proposed[candidate.unit] = proposed.get(candidate.unit, 0) + 1
    unit_names = state.dataset.unit_names
    cluster_names = dict(zip(clusters, state.dataset.clusters["name"].tolist()))
    order = {
        name: {value: number for number, value in enumerate(values)}
        for name, values in (("province", province_order), ("form", forms), ("status", STATUSES), ("cluster", clusters))
    }
    rows = []
    for c in candidates:
        standing = state.standing.get(c.unit)
        cluster = standing.cluster if standing else state.clusters.get(c.unit, "")
        province = provinces.get(cluster, "")
        key = (
            order["province"].get(province, len(province_order)),
            order["form"][c.form.name],
            order["status"][c.status],
            order["cluster"].get(cluster, len(clusters)),
            standing.rank if standing else math.inf,
            c.unit,
        )
        rows.append(
            (
                key,
                (
                    state.year,
                    province,
                    c.form.name,
                    c.unit,
                    cluster,
                    c.route,
                    c.status,
                    standing.rank if standing else None,
                    standing.share if standing else float("nan"),
                    state.ratings.name(state.rating(c.unit, state.year)),
                    c.tie,
                    proposed.get(c.unit, 0) > 1,
                    c.lineage,
                    c.basis,
                    unit_names.get(c.unit, c.unit),
                    cluster_names.get(cluster, ""),
                ),
            )
        )
    rows.sort(key=lambda row: row[0])  # a unit's code sorts by code point, as Python compares text
    table = pd.DataFrame(
        [row for _, row in rows], columns=[*COLUMNS[: COLUMNS.index("reason")], "basis", "unit_name", "cluster_name"]
    )
    return table.astype({"year": "int64", "rank": "Int64", "share": "float64", "tie": "bool", "multiple": "bool"})
