"""The province's proposal list of a year (docs/reference.md, "Proposals"): for each award form of rules.toml,
the units that are its candidates by each of its routes, whether they meet its conditions, the leaders' quota
of each province, and the basis of every proposal. Pure: the dataset in, one DataFrame out."""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import pandas as pd

from ..data.award_rules import AwardForm
from ..data.dataset import Dataset
from ..data.schema import ATTAINED_KINDS
from .analysis import Analysis, analyse
from .history import Lineage, Ratings, counting_awards, ratings, whole_year_units

STATUSES = ("proposed", "over_quota", "council", "held", "not_eligible")
COLUMNS = ["year", "province", "award", "unit_id", "cluster_id", "route", "status", "rank", "share", "rating", "tie",
           "multiple", "lineage", "reason", "unit_name", "cluster_name"]


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


class NoAwardForms(ValueError):
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

    @property
    def counts(self) -> bool:
        return self.dataset.rules.history.predecessors == "count"

    def rating(self, unit: str, year: int, counted: bool | None = None) -> int | None:
        counted = self.counts if counted is None else counted
        return self.ratings.counted(unit, year, self.lineage) if counted else self.ratings.own(unit, year)

    def held(self, unit: str) -> str:
        rows = self.dataset.unit_years
        hold = rows.loc[(rows["year"] == self.year) & (rows["unit_id"] == unit), "hold"].dropna()
        return str(hold.iloc[0]) if len(hold) else ""

    def awards_of(self, unit: str, counted: bool) -> pd.DataFrame:
        """The counting awards that are the unit's history: its own, and with the lineage counted, those of its
        lineage in each year before its first (never another unit's award dated in or after that year)."""
        own = self.awards[self.awards["unit_id"] == unit]
        if not counted or unit not in self.lineage.formed:
            return own
        first = self.lineage.formed[unit]
        earlier = self.awards[self.awards["year"] < first]
        inherited = earlier[[holder in self.lineage.units_in(unit, int(year)) and holder != unit
                             for holder, year in zip(earlier["unit_id"], earlier["year"])]]
        return pd.concat([own, inherited])


def proposals(dataset: Dataset, year: int) -> tuple[pd.DataFrame, list[str]]:
    """The proposal list of `year` and its warnings (as catalogue keys).

    Raises NoAwardForms when rules.toml lists none."""
    forms = dataset.rules.history.award_forms
    if not forms:
        raise NoAwardForms()
    analysed = whole_year_units(dataset)
    members = dataset.members[dataset.members["year"] == year]
    lineage = Lineage.of(dataset.predecessors)
    window = max([form.years or 1 for form in forms])
    years = range(year - window + 1, year + 1)
    related = set(members["unit_id"]) | {item for unit in members["unit_id"] for y in years for item in lineage.units_in(unit, y)}
    analysis = analyse(dataset, str(year)) if str(year) in dataset.periods else None
    state = Year(dataset, year, analysis, lineage, ratings(dataset, years, related, analysed), counting_awards(dataset),
                 dict(zip(members["unit_id"], members["cluster_id"])))
    candidates: list[Candidate] = []
    for form in forms:
        by_unit: dict[str, list[Candidate]] = {}
        for route in form.routes:
            for candidate in _route(state, form, route):
                by_unit.setdefault(candidate.unit, []).append(candidate)
        candidates += [next((c for c in found if c.status == "proposed"), found[0]) for found in by_unit.values()]
    warnings = [] if analysis is not None or not any(r != "history" for f in forms for r in f.routes) else ["no_year_results"]
    return _table(state, candidates), warnings


def _route(state: Year, form: AwardForm, route: str) -> list[Candidate]:
    if route == "history":
        return _history(state, form)
    if state.analysis is None:
        return []
    units = state.analysis.units
    wanted = "commendation" if route == "cluster_commendation" else "flag"
    chosen = units[units["award"] == wanted]
    candidates = [_conditions(state, form, route, unit, [("basis_cluster", {"award": wanted, "tie": bool(tie)})])
                  for unit, tie in zip(chosen["unit_id"], chosen["award_tie"])]
    return _leaders_quota(state, form, candidates) if route == "leaders" else candidates


def _conditions(state: Year, form: AwardForm, route: str, unit: str, basis: list[tuple[str, dict]],
                status: str = "proposed") -> Candidate:
    """A candidate's status by F's conditions: held, else not eligible by min_rating or all_met, else `status`."""
    hold = state.held(unit)
    if hold:
        return Candidate(unit, form, route, "held", [("basis_held", {"hold": hold})])
    failed = []
    if form.min_rating is not None:
        position = state.rating(unit, state.year)
        if not state.ratings.at_least(position, form.min_rating):
            failed.append(("failed_rating", {"year": state.year, "rating": state.ratings.name(position), "needed": form.min_rating}))
    if form.all_met:
        missed = _not_met(state, unit)
        if missed:
            failed.append(("failed_all_met", {"indicators": ", ".join(missed)}))
    return Candidate(unit, form, route, "not_eligible", failed) if failed else Candidate(unit, form, route, status, basis)


def _not_met(state: Year, unit: str) -> list[str]:
    """The unit's rows of the year scored by attainment that are missed or missing (none: it met them all)."""
    if state.analysis is None:
        return []
    rows = state.analysis.scored
    own = rows[(rows["unit_id"] == unit).to_numpy() & rows["scoring"].isin(ATTAINED_KINDS).to_numpy()]
    return [str(code) for code in own.loc[~own["status"].isin(["met", "exceeded"]), "indicator_id"]]


def _leaders_quota(state: Year, form: AwardForm, candidates: list[Candidate]) -> list[Candidate]:
    """Per province, the leaders that meet the conditions ranked by share, then mean attainment (both at 4
    decimals, descending; no share last); the first max(1, ⌊leaders_share · L⌋) are proposed, L counting every
    leader of the province; units equal to the last of them on both figures are proposed too, as a tie."""
    assert state.analysis is not None and form.leaders_share is not None
    units = state.analysis.units.set_index("unit_id")
    provinces = state.dataset.provinces
    for province in pd.unique(provinces.to_numpy()):
        group = [c for c in candidates if provinces.get(units.loc[c.unit, "cluster_id"], "") == province]
        quota = max(1, math.floor(form.leaders_share * len(group)))
        ranked = sorted((c for c in group if c.status == "proposed"), key=lambda c: _standing(units.loc[c.unit]))
        for place, candidate in enumerate(ranked):
            last = _standing(units.loc[ranked[quota - 1].unit]) if len(ranked) >= quota else None
            equal = last is not None and _standing(units.loc[candidate.unit]) == last
            reaches_past = last is not None and any(_standing(units.loc[c.unit]) == last for c in ranked[quota:])
            candidate.tie = equal and reaches_past
            within = place < quota or candidate.tie
            candidate.status = "proposed" if within else "over_quota"
            candidate.basis.append(("basis_leader", {"place": place + 1, "leaders": len(group), "quota": quota}))
    return candidates


def _standing(unit: pd.Series) -> tuple:
    """How leaders are ordered: share, then mean attainment, at 4 decimals, best first; no share last."""
    share = unit["total"] / unit["max_base"] if unit["max_base"] > 0 else None
    mean = unit["mean_attainment"]
    return (share is None, -round(share, 4) if share is not None else 0, -round(mean, 4) if pd.notna(mean) else math.inf)


def _history(state: Year, form: AwardForm) -> list[Candidate]:
    """Members of the year whose last `years` years meet the form's history (own, or with the lineage)."""
    assert form.years is not None and form.years_rating is not None
    window = list(range(state.year - form.years + 1, state.year + 1))
    found = []
    for unit in state.clusters:
        own, basis = _meets_history(state, form, unit, window, counted=state.counts)
        lineage = state.lineage.reaches_before(unit, window)
        names = ";".join(sorted({item for y in lineage for item in state.lineage.units_in(unit, y)}))
        if own:
            candidate = _conditions(state, form, "history", unit, basis)
        elif not state.counts and lineage and _meets_history(state, form, unit, window, counted=True)[0]:
            candidate = _conditions(state, form, "history", unit, _meets_history(state, form, unit, window, True)[1], "council")
        else:
            continue
        candidate.lineage = names
        found.append(candidate)
    return found


def _meets_history(state: Year, form: AwardForm, unit: str, window: list[int], counted: bool) -> tuple[bool, list]:
    """Whether the unit's years in `window` meet the form's history, and the basis: each year's rating and each
    award used."""
    assert form.years_rating is not None
    positions = [state.rating(unit, year, counted) for year in window]
    if not all(state.ratings.at_least(position, form.years_rating) for position in positions):
        return False, []
    basis: list[tuple[str, dict]] = [("basis_years", {"years": "; ".join(
        f"{year}: {state.ratings.name(position)}" for year, position in zip(window, positions))})]
    awards = state.awards_of(unit, counted)
    if form.after is not None:
        before = awards[(awards["form"] == form.after) & (awards["year"] < window[0])]
        if before.empty:
            return False, []
        basis.append(_award_basis(before.sort_values("year").iloc[-1]))
    inside = awards[awards["year"].between(window[0], window[-1])]
    if form.with_award is not None:
        used = inside[inside["form"] == form.with_award]
        if len(used) < form.with_count:
            return False, []
        basis += [_award_basis(row) for _, row in used.iterrows()]
    if (inside["form"] == form.name).any():  # the next award of a form counts from the last one
        return False, []
    return True, basis


def _award_basis(row: pd.Series) -> tuple[str, dict]:
    decision = f" ({row['decision']})" if isinstance(row["decision"], str) else ""
    return "basis_award", {"award": row["form"], "year": int(row["year"]), "decision": decision, "holder": row["unit_id"]}


def _table(state: Year, candidates: list[Candidate]) -> pd.DataFrame:
    """One row per listed (unit, form), in the contract's order: province (as first met in the clusters table),
    form (as listed), status, cluster (as listed), rank (unranked last), unit code. `basis` holds the reason as
    (catalogue key, values) pairs for the views to put in words."""
    units = state.analysis.units.set_index("unit_id") if state.analysis is not None else pd.DataFrame()
    clusters = state.dataset.clusters["cluster_id"].tolist()
    provinces = state.dataset.provinces
    province_order = list(dict.fromkeys(provinces.reindex(clusters).tolist()))
    forms = [form.name for form in state.dataset.rules.history.award_forms]
    proposed = pd.Series([c.unit for c in candidates if c.status == "proposed"]).value_counts()
    rows = []
    for c in candidates:
        ranked = c.unit in units.index
        cluster = str(units.loc[c.unit, "cluster_id"]) if ranked else state.clusters.get(c.unit, "")
        base = float(units.loc[c.unit, "max_base"]) if ranked else 0.0
        rows.append({
            "year": state.year, "province": provinces.get(cluster, ""), "award": c.form.name, "unit_id": c.unit,
            "cluster_id": cluster, "route": c.route, "status": c.status,
            "rank": int(units.loc[c.unit, "rank"]) if ranked else pd.NA,
            "share": float(units.loc[c.unit, "total"]) / base if ranked and base > 0 else float("nan"),
            "rating": state.ratings.name(state.rating(c.unit, state.year)), "tie": c.tie,
            "multiple": int(proposed.get(c.unit, 0)) > 1, "lineage": c.lineage, "basis": c.basis,
            "unit_name": state.dataset.units.set_index("unit_id")["name"].get(c.unit, c.unit),
            "cluster_name": state.dataset.clusters.set_index("cluster_id")["name"].get(cluster, "")})
    table = pd.DataFrame(rows, columns=[*COLUMNS[:COLUMNS.index("reason")], "basis", "unit_name", "cluster_name"])
    order = table.assign(
        _province=table["province"].map(lambda p: province_order.index(p) if p in province_order else len(province_order)),
        _form=table["award"].map(forms.index), _status=table["status"].map(STATUSES.index),
        _cluster=table["cluster_id"].map(lambda code: clusters.index(code) if code in clusters else len(clusters)),
        _rank=table["rank"].astype("Float64").fillna(math.inf))
    order = order.sort_values(["_province", "_form", "_status", "_cluster", "_rank", "unit_id"], kind="stable")
    return table.loc[order.index].reset_index(drop=True).astype({"year": "int64", "rank": "Int64", "share": "float64",
                                                                 "tie": "bool", "multiple": "bool"})
