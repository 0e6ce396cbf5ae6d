"""The award routes (docs/reference.md, "Award forms"): one function per route of `data.award_rules.ROUTES`
(`ROUTES`), giving a form's candidates by that route (`Candidate`) with the form's conditions (hold, min_rating,
all_met), the leaders' quota of each province, the years and awards a form asks for (own or through the
lineage), and each candidate's basis as catalogue keys. Pure: a proposal year (`award_year.Year`) in,
candidates out; `proposals` keeps one per unit and form and orders the list."""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from ..data.award_rules import AwardForm
from .award_year import Award, Year


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
