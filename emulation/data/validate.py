"""Validation: raw tables in, typed tables out, or every violation of the contract listed.

Each check is a vectorised mask over a whole column; Cells turns the masked rows into located problems.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from . import dtypes, events, guide, history_tables, slips, tree
from .cells import Cells
from .codes import codes_of, lookup, spread
from .kinds import ATTAINED_KINDS, CASE_KINDS, DEFAULT_KIND, SCORINGS, kinds_needing
from .load import RawDataset, RawTable
from .periods import parse_periods
from .problems import DataError, Problem, expanded
from .rules import Rules, parse_rules
from .schema import DIRECTIONS, FLOWS, ROLES, TABLES, YEARS

_OPTIONAL = {"adjustments": ("points",), "votes": ("votes", "voters")}


def validate(raw: RawDataset) -> tuple[dict[str, pd.DataFrame], Rules, list[Problem], tree.Tree | None]:
    """Typed tables, rules, warnings and the guide's tree over every member's cluster and year (None without a
    guide); raises DataError with every problem when the data breaks the contract."""
    rules, rule_problems = (
        parse_rules(raw.rules_text, raw.rules_source) if raw.rules_text is not None else (Rules(), [])
    )
    cells = Cells(rules.decimal)
    tables = raw.tables
    frames: dict[str, pd.DataFrame] = {}
    if "clusters" in tables:
        frames["clusters"] = _catalogue(cells, tables["clusters"], "cluster_id", ["province"])
    if "units" in tables:
        frames["units"] = _catalogue(cells, tables["units"], "unit_id", ["kind"])
    known = {
        name: pd.Index(frames[name].iloc[:, 0], dtype="str") if name in frames else None
        for name in ("clusters", "units")
    }
    rule_problems += _grade_clusters(rules, known["clusters"], raw.rules_source)
    if "members" in tables:
        frames["members"] = _members(cells, tables["members"], known)
    if "criteria" in tables:
        frames["criteria"] = guide.validate_criteria(cells, tables["criteria"], known["clusters"])
    if "indicators" in tables:
        frames["indicators"] = _indicators(cells, tables["indicators"], known["clusters"])
        guide.check_indicators(cells, tables["indicators"], frames["indicators"], frames.get("criteria"))
    if "bands" in tables and "indicators" in frames:
        frames["bands"] = guide.validate_bands(cells, tables["bands"], frames["indicators"])
    if {"members", "indicators"} <= frames.keys() and "results" in tables:
        frames["results"] = _results(cells, tables["results"], known["units"], frames["members"], frames["indicators"])
    for name, value_columns in _OPTIONAL.items():
        if name in tables and "members" in frames:
            frames[name] = _unit_entries(cells, tables[name], known["units"], frames["members"], value_columns)
    for name, check in (("unit_years", history_tables.validate_unit_years), ("awards", history_tables.validate_awards)):
        if name in tables:
            frames[name] = check(cells, tables[name], known["units"], rules.history)
    if "predecessors" in tables and "members" in frames:
        frames["predecessors"] = history_tables.validate_predecessors(
            cells, tables["predecessors"], known["units"], frames["members"]
        )
    if "events" in tables:
        frames["events"] = events.validate_events(cells, tables["events"], known["units"], frames.get("members"), rules)
    if "indicators" in frames:
        rule_problems += events.check_tie_breaks(rules, frames["indicators"], frames.get("criteria"), raw.rules_source)
    if "criterion_scores" in tables and "members" in frames:
        located = _located_rows(cells, tables["criterion_scores"], known["units"], frames["members"])
        frames["criterion_scores"] = guide.validate_scores(
            cells, tables["criterion_scores"], located, frames.get("criteria")
        )
    problems = raw.problems + rule_problems + cells.problems
    errors = [problem for problem in problems if not problem.warning]
    if errors:
        raise DataError(errors)
    for name in TABLES:  # not setdefault: an empty table costs a few ms to build
        if name not in frames:
            frames[name] = dtypes.empty(name)
    frames = dtypes.conform(frames)
    warnings = expanded([problem for problem in problems if problem.warning])
    if frames["criteria"].empty:
        return frames, rules, warnings, None
    structure = tree.build(frames["criteria"], frames["indicators"], frames["members"][["cluster_id", "year"]])
    return frames, rules, warnings + _guide_warnings(structure, frames, tables), structure


def _grade_clusters(rules: Rules, clusters: pd.Index | None, source: str) -> list[Problem]:
    """A grade may name only clusters of the clusters table."""
    if clusters is None:
        return []
    return [
        Problem("rules_unknown_cluster", source, column="grades.clusters", value=code, params={"grade": grade.name})
        for grade in rules.grades
        for code in grade.clusters or ()
        if code not in clusters
    ]


def _guide_warnings(
    structure: tree.Tree, frames: dict[str, pd.DataFrame], tables: dict[str, RawTable]
) -> list[Problem]:
    """Declared standards that differ from the sum of their parts, and results left outside the guide."""
    return tree.declared_differences(
        structure, tables["criteria"].where("standard_points")
    ) + guide.results_outside_guide(frames["results"], frames["indicators"], frames["criteria"])


def _catalogue(cells: Cells, raw: RawTable, key: str, optional: list[str]) -> pd.DataFrame:
    """clusters and units: a unique code, a name (the code when blank) and optional text."""
    codes, names = cells.named_codes(raw, key)
    frame = pd.DataFrame({key: codes, "name": names})
    for column in optional:
        frame[column] = cells.text(raw, column)
    return frame[codes.notna()].drop_duplicates(key).reset_index(drop=True)


def _members(cells: Cells, raw: RawTable, known: dict) -> pd.DataFrame:
    year = cells.numbers(raw, "year", whole=True)
    implausible = (year < YEARS[0]) | (year > YEARS[1])
    cells.report(raw, implausible, "year", "bad_year", low=YEARS[0], high=YEARS[1])
    year = year.where(~implausible).astype("Int64")
    cluster = cells.text(raw, "cluster_id", required=True)
    unit = cells.text(raw, "unit_id", required=True)
    role = cells.choice(raw, "role", ROLES, "bad_role", "member")
    cells.known(raw, cluster, "cluster_id", known["clusters"], "unknown_cluster")
    cells.known(raw, unit, "unit_id", known["units"], "unknown_unit")
    repeat, first_row = cells.repeats(raw, pd.DataFrame({"year": year, "unit": unit}))
    first_cluster = cluster.groupby([year, unit]).transform("first") if repeat.any() else cluster
    cells.report(raw, repeat & (cluster == first_cluster), "unit_id", "duplicate_key", other=first_row)
    cells.report(
        raw, repeat & (cluster != first_cluster), "cluster_id", "two_clusters", code=unit, year=year, other=first_row
    )
    for title, code in (("head", "two_heads"), ("deputy", "two_deputies")):
        repeat_role, first_role = cells.repeats(
            raw, pd.DataFrame({"year": year, "cluster": cluster}, copy=False), among=(role == title).to_numpy()
        )
        cells.report(raw, repeat_role, "role", code, code=cluster, year=year, other=first_role)
    frame = pd.DataFrame({"year": year, "cluster_id": cluster, "unit_id": unit, "role": role.astype("str")})
    return frame[frame[["year", "cluster_id", "unit_id"]].notna().all(axis=1) & ~repeat].reset_index(drop=True)


def _indicators(cells: Cells, raw: RawTable, known_clusters: pd.Index | None) -> pd.DataFrame:
    codes, names = cells.named_codes(raw, "indicator_id")
    scoring = cells.choice(raw, "scoring", SCORINGS, "bad_scoring", DEFAULT_KIND)
    # only the kinds that need it require max_points (% KH); a direct score without one is not capped
    max_points = cells.numbers(raw, "max_points", required=scoring.isin(kinds_needing("max_points")).to_numpy())
    cells.report(raw, max_points < 0, "max_points", "negative_max_points")
    cluster = cells.text(raw, "cluster_id")
    cells.known(raw, cluster, "cluster_id", known_clusters, "unknown_cluster")
    frame = pd.DataFrame(
        {
            "indicator_id": codes,
            "name": names,
            "group": cells.text(raw, "group"),
            "measure": cells.text(raw, "measure"),
            "direction": cells.choice(
                raw, "direction", DIRECTIONS, "bad_direction", None, required=scoring.isin(ATTAINED_KINDS).to_numpy()
            ).astype("str"),
            "flow": cells.choice(raw, "flow", FLOWS, "bad_flow", False).astype(bool),
            "max_points": max_points,
            "cluster_id": cluster,
            "criterion_id": cells.text(raw, "criterion_id"),
            "scoring": scoring.astype("str"),
            "points_per_case": cells.numbers(raw, "points_per_case", required=False),
            "row": raw.rows,
        }
    )
    return frame[codes.notna()].drop_duplicates("indicator_id").reset_index(drop=True)


def _membership(members: pd.DataFrame, period: pd.Series, unit: pd.Series) -> pd.Series:
    """The cluster of each row's unit in its period's year as a categorical, NA where the unit is in no cluster
    that year (or the period is blank or invalid).

    One table of cluster codes by year and distinct unit, then one lookup per row, by the codes of the
    period's categorical: a million rows hold a handful of periods."""
    clusters = pd.Index(members["cluster_id"].unique(), dtype="str")
    unit_codes, distinct = codes_of(unit)
    period_codes, periods = codes_of(period)
    known, year_of_period = np.unique(periods.str[:4].astype(int).to_numpy(), return_inverse=True)
    table = np.full((len(known) + 1, len(distinct) + 1), -1)  # the last row and column: no year, no unit
    member_year = members["year"].to_numpy(dtype=float, na_value=np.nan)
    at_year = np.searchsorted(known, member_year)
    at_unit = distinct.get_indexer(pd.Index(members["unit_id"]))
    present = (at_unit >= 0) & np.isin(member_year, known)
    table[at_year[present], at_unit[present]] = clusters.get_indexer(pd.Index(members["cluster_id"][present]))
    codes = table[spread(year_of_period, period_codes, -1), unit_codes]  # code -1 (blank) reads the last row, column
    return pd.Series(pd.Categorical.from_codes(codes, clusters, validate=False), index=unit.index, copy=False)


def _located_rows(cells: Cells, raw: RawTable, known_units: pd.Index | None, members: pd.DataFrame) -> pd.DataFrame:
    """period, year, part, unit and the unit's cluster that year, for tables keyed by period and unit."""
    text = cells.text(raw, "period", required=True, codes=True)
    periods = parse_periods(text)
    cells.report(raw, periods["period"].isna() & text.notna(), "period", "bad_period")
    unit = cells.text(raw, "unit_id", required=True, codes=True)
    unit_known = cells.known(raw, unit, "unit_id", known_units, "unknown_unit")
    cluster = _membership(members, periods["period"], unit)
    cells.report(
        raw,
        cluster.isna() & unit_known & periods["period"].notna(),
        "unit_id",
        "not_member",
        code=unit,
        year=periods["year"],
    )
    return periods.assign(unit_id=unit, cluster_id=cluster, row=raw.rows)


def _results(
    cells: Cells, raw: RawTable, known_units: pd.Index | None, members: pd.DataFrame, indicators: pd.DataFrame
) -> pd.DataFrame:
    frame = _located_rows(cells, raw, known_units, members)
    indicator = cells.text(raw, "indicator_id", required=True, codes=True)
    indicator_known = cells.known(
        raw, indicator, "indicator_id", pd.Index(indicators["indicator_id"], dtype="str"), "unknown_indicator"
    )
    catalogue = indicators.set_index("indicator_id")
    codes, distinct = codes_of(indicator)
    at = catalogue.index.get_indexer(distinct)  # each distinct indicator's row in the catalogue, -1 where unknown

    kind = {
        name: spread(np.append(flags, False)[at], codes, False) for name, flags in _indicator_kinds(catalogue).items()
    }
    cluster = frame["cluster_id"]
    cluster_code = cluster.array.codes
    outside = kind["restricted"] & (cluster_code >= 0)
    if outside.any():  # only rows of an indicator restricted to one cluster can be outside it
        indicator_cluster = np.append(cluster.cat.categories.get_indexer(pd.Index(catalogue["cluster_id"])), -1)[at]
        outside &= spread(indicator_cluster, codes, -1) != cluster_code
    if outside.any():  # the clusters named per row only when some row is outside its indicator's cluster
        cells.report(
            raw,
            outside,
            "indicator_id",
            "outside_cluster",
            code=indicator,
            applies=lookup(indicator, catalogue["cluster_id"]),
            cluster=cluster,
        )
    cells.unique(
        raw,
        pd.DataFrame({"period": frame["period"], "unit": frame["unit_id"], "indicator": indicator}, copy=False),
        "indicator_id",
    )
    binary, higher, lower = kind["binary"], kind["higher"], kind["lower"]
    plan = cells.numbers(raw, "plan", required=indicator_known.to_numpy() & kind["attained"] & ~binary)
    plan = plan.mask(binary & plan.isna(), 1.0)
    cells.report(raw, higher & (plan <= 0), "plan", "plan_not_positive")
    cells.report(raw, lower & (plan < 0), "plan", "plan_negative")
    actual = cells.numbers(raw, "actual", required=False, accept=binary)
    cells.report(raw, lower & (actual < 0), "actual", "actual_negative")
    cells.report(
        raw, kind["cases"] & ((actual < 0) | (actual != np.round(actual))) & actual.notna(), "actual", "bad_cases"
    )
    # likely typing slips (a thousandfold one, 1.380 read as 1,38, validates silently otherwise): warnings
    found = slips.slip_rows(frame, plan, actual, binary, indicator)
    for slip in slips.SLIPS:
        flagged, params = slip.find(found)
        if flagged.any():  # the parameters in words only where some row is warned about (a million otherwise)
            cells.report(raw, flagged, "actual", slip.code, warning=True, **params)
    return frame.assign(
        indicator_id=indicator,
        plan=plan,
        actual=actual,
        self_points=cells.numbers(raw, "self_points", required=False),
        note=cells.text(raw, "note"),
    )[
        [
            "period",
            "year",
            "part",
            "cluster_id",
            "unit_id",
            "indicator_id",
            "plan",
            "actual",
            "self_points",
            "note",
            "row",
        ]
    ]


def _indicator_kinds(catalogue: pd.DataFrame) -> dict[str, np.ndarray]:
    """Per indicator: whether attainment scores it (the other kinds ignore plan and direction:
    docs/reference.md, "Kinds of scoring"), by which direction, whether its
    actual counts cases, and whether it is restricted to one cluster."""
    attained = catalogue["scoring"].isin(ATTAINED_KINDS).to_numpy()
    direction = catalogue["direction"].to_numpy(dtype=object)
    return {
        "attained": attained,
        "cases": catalogue["scoring"].isin(CASE_KINDS).to_numpy(),
        "restricted": catalogue["cluster_id"].notna().to_numpy(),
        **{name: attained & (direction == name) for name in ("binary", "higher", "lower")},
    }


def _unit_entries(
    cells: Cells, raw: RawTable, known_units: pd.Index | None, members: pd.DataFrame, value_columns: tuple[str, ...]
) -> pd.DataFrame:
    """adjustments and votes: numbers per period and unit."""
    frame = _located_rows(cells, raw, known_units, members)
    for column in value_columns:
        frame[column] = cells.numbers(raw, column, whole=column != "points")
    if "points" in value_columns:
        frame["reason"] = cells.text(raw, "reason", required=True)
    else:
        cells.report(raw, (frame["votes"] < 0) | (frame["voters"] < 0), "votes", "votes_negative")
        cells.report(
            raw,
            frame["votes"] > frame["voters"],
            "votes",
            "votes_above_voters",
            votes=frame["votes"].map("{:g}".format),
            voters=frame["voters"].map("{:g}".format),
        )
        cells.unique(raw, frame[["period", "unit_id"]], "unit_id")
    return frame.reset_index(drop=True)
