"""The province's proposal list of a year (docs/reference.md, "Proposals"): for each award form of rules.toml,
the units that are its candidates by each of its routes (`routes.ROUTES`: whether they meet its conditions, the
leaders' quota of each province, the basis of every proposal), one per unit and form, in the contract's order.
Pure: the dataset in, one DataFrame out."""

from __future__ import annotations

import math

import pandas as pd

from ..data.award_rules import AwardForm
from ..data.dataset import Dataset
from ..errors import EmulationError, Unsupported
from .analysis import analyse
from .award_year import Year
from .routes import ROUTES, Candidate
from .unit_years import Lineage, counting_awards, needed_ratings, ratings, whole_year_units

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


class NoAwardForms(EmulationError, ValueError):
    """rules.toml lists no [[award_forms]]: there is nothing to propose."""


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
            f"award route without a function: {route!r} (data.award_rules.ROUTES and engine.routes.ROUTES)"
        )
    return ROUTES[route](state, form)


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
