"""The events table (`Sự việc`; docs/reference.md, "Events"): what happened in a unit in a year that the guide
grades by, validated against `[[events]]` of rules.toml, and the `[ranking]` keys checked against the tables."""

from __future__ import annotations

import numpy as np
import pandas as pd

from .cells import Cells
from .kinds import lower_is_better
from .load import RawTable
from .problems import Problem
from .rules import Rules
from .schema import TABLES, YEARS
from .text import fold


def validate_events(
    cells: Cells, raw: RawTable, units: pd.Index | None, members: pd.DataFrame | None, rules: Rules
) -> pd.DataFrame:
    """Each unit's events of a year, `event` as `[[events]]` names it; refused: an unknown unit, an event that is
    not listed, a year that is not a whole number, a repeated (year, unit, event). Warned: an event whose grade
    or cap is not among the grades of the unit's cluster that year (it leaves the grade as it is)."""
    year = cells.numbers(raw, "year", whole=True)
    implausible = (year < YEARS[0]) | (year > YEARS[1])
    cells.report(raw, implausible, "year", "bad_year", low=YEARS[0], high=YEARS[1])
    year = year.where(~implausible).astype("Int64")
    unit = cells.text(raw, "unit_id", required=True)
    cells.known(raw, unit, "unit_id", units, "unknown_unit")
    text = cells.text(raw, "event", required=True)
    event = text.map({word: _listed(rules, word) for word in text.dropna().unique()}).astype("str")  # once a word
    cells.report(
        raw,
        text.notna() & event.isna(),
        "event",
        "unknown_event",
        known=", ".join(item.name for item in rules.events) or "—",
    )
    cells.unique(raw, pd.DataFrame({"year": year, "unit": unit, "event": event}), "event")
    frame = pd.DataFrame(
        {"year": year, "unit_id": unit, "event": event, "note": cells.text(raw, "note"), "row": raw.rows}
    ).astype(TABLES["events"].dtypes)
    if members is not None:
        _outside_ladder(cells, raw, frame, members, rules)
    return frame


def _listed(rules: Rules, word: object) -> str | None:
    event = rules.event(word)
    return event.name if event else None


def _outside_ladder(cells: Cells, raw: RawTable, frame: pd.DataFrame, members: pd.DataFrame, rules: Rules) -> None:
    """Warns of an event whose grade or cap the grades of the unit's cluster in that year do not list."""
    cluster = frame[["year", "unit_id"]].merge(members[["year", "unit_id", "cluster_id"]], how="left")["cluster_id"]
    outside = np.zeros(len(frame), dtype=bool)
    named = np.full(len(frame), "", dtype=object)
    for position, (name, code) in enumerate(zip(frame["event"], cluster)):
        event = rules.event(name) if isinstance(name, str) else None
        wanted = event and (event.grade or event.max_grade)
        if wanted and isinstance(code, str):
            ladder = {fold(grade.name) for grade in rules.grades_for(code)}
            outside[position] = fold(wanted) not in ladder
            named[position] = wanted
    cells.report(
        raw,
        outside,
        "event",
        "event_grade_outside",
        warning=True,
        code=frame["unit_id"],
        event=frame["event"],
        grade=pd.Series(named, index=frame.index),
    )


def check_tie_breaks(
    rules: Rules, indicators: pd.DataFrame | None, criteria: pd.DataFrame | None, source: str
) -> list[Problem]:
    """`actual:` keys naming an indicator that does not exist or mixing lower-is-better indicators with others;
    `criterion:` keys naming a criterion that does not exist."""
    problems: list[Problem] = []
    for key in rules.tie_breaks or ():

        def refuse(code: str, value: str, text: str = key.text) -> None:
            problems.append(Problem(code, source, column="ranking.tie_breaks", value=value, params={"key": text}))

        if key.kind == "actual" and indicators is not None:
            catalogue = indicators.set_index("indicator_id")
            unknown = [code for code in key.ids if code not in catalogue.index]
            for code in unknown:
                refuse("rules_tie_break_indicator", code)
            chosen = catalogue.loc[list(key.ids)] if not unknown else None
            if (
                chosen is not None
                and len(set(lower_is_better(chosen["scoring"], chosen["direction"], chosen["points_per_case"]))) > 1
            ):
                refuse("rules_tie_break_mixed", key.text)
        elif key.kind == "criterion" and (criteria is None or key.ids[0] not in set(criteria["criterion_id"])):
            refuse("rules_tie_break_criterion", key.ids[0])
    return problems
