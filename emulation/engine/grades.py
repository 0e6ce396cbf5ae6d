"""Each unit's grade (xếp loại; docs/reference.md, "Grades" and "Events"): the first of its cluster's grades
whose conditions hold, then set or capped by the unit's events of the year, each effect one entry of
`EFFECTS` and one function."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pandas as pd

from ..data.guide_rules import Event
from ..data.rules import Grade, Rules
from .attainment import TOLERANCE


def grades(units: pd.DataFrame, rules: Rules, events: pd.DataFrame | None = None) -> pd.DataFrame:
    """`units` (from `scores.unit_scores`, ranked) with their `grade` (docs/reference.md, "Grades"), and
    `grade_event`, the event that changed it (blank where none did). For `awards.awards`, which drops them:
    `event_no_award` (an event of the year passes the unit over) and `below_grade` (its grade is blank or comes
    after `require_grade` in its ladder, or the ladder lacks it). The helper columns `guide_lowest` and
    `zero_count` of `scores.unit_scores` are dropped.

    A unit's ladder is the grades that grade its cluster (`Rules.grades_for`); it gets the first whose
    conditions all hold, comparing totals and final scores at 2 decimals; blank when none holds, for units with
    missing data, and where no grade grades the cluster. Without a guide (no `guide_lowest`, see
    `scores.guide_totals`) only the grades' minimum totals and `no_zero` apply."""
    grade = np.full(len(units), "", dtype=object)
    changed = np.full(len(units), "", dtype=object)
    below = np.full(len(units), rules.require_key is not None)
    listed = _unit_events(units, events, rules) if events is not None and len(events) and rules.events else {}
    no_award = np.zeros(len(units), dtype=bool)
    no_award[[position for position, found in listed.items() if any(event.no_award for event in found)]] = True
    lowest = units["guide_lowest"].fillna(np.inf).to_numpy() if "guide_lowest" in units else np.full(len(units), np.inf)
    zero_free = units["zero_count"].to_numpy() == 0 if "zero_count" in units else np.ones(len(units), dtype=bool)
    total = units["total"].round(2).to_numpy()
    complete = units["missing_count"].to_numpy() == 0  # a unit passed over for missing data is not graded
    ladders, number = _ladders(units["cluster_id"].to_numpy(dtype=object), rules)
    for index, ladder in enumerate(ladders):
        graded = number == index  # the units of every cluster this ladder grades
        undecided = graded & complete
        for step in ladder:
            holds = _holds(step, total, lowest, zero_free)
            grade[undecided & holds] = step.name
            undecided &= ~holds
        keys = [step.key for step in ladder]
        for position in np.flatnonzero(graded & complete).tolist():
            if position in listed:
                grade[position], changed[position] = _with_events(grade[position], ladder, keys, listed[position])
        if rules.require_key is not None and rules.require_key in keys:
            allowed = {step.name for step in ladder[: keys.index(rules.require_key) + 1]}
            below[graded] = [name not in allowed for name in grade[graded]]
    return units.assign(grade=grade, grade_event=changed, event_no_award=no_award, below_grade=below).drop(
        columns=["guide_lowest", "zero_count"], errors="ignore"
    )


def _ladders(cluster: np.ndarray, rules: Rules) -> tuple[list[tuple[Grade, ...]], np.ndarray]:
    """The distinct ladders of the units' clusters, and each unit's ladder as its number in that list: the
    grades are applied once per ladder, not once per cluster (550 national clusters share one ladder)."""
    found: dict[tuple[Grade, ...], int] = {}
    by_cluster = {code: found.setdefault(rules.grades_for(code), len(found)) for code in pd.unique(cluster)}
    return list(found), np.array([by_cluster[code] for code in cluster.tolist()], dtype=np.int64)


def _holds(grade: Grade, total: np.ndarray, lowest: np.ndarray, zero_free: np.ndarray) -> np.ndarray:
    """Where a grade's conditions all hold (a condition left out holds)."""
    holds = np.ones(len(total), dtype=bool)
    if grade.min_total is not None:
        holds &= total >= grade.min_total - TOLERANCE
    if grade.min_criterion_share is not None:
        holds &= lowest >= grade.min_criterion_share - TOLERANCE
    if grade.no_zero:
        holds &= zero_free
    return holds


def _unit_events(units: pd.DataFrame, events: pd.DataFrame, rules: Rules) -> dict[int, list[Event]]:
    """The `[[events]]` entries of each unit that has some in the year of its period (by its position), in the
    order of `[[events]]`."""
    order = {event.name: number for number, event in enumerate(rules.events)}
    held: dict[tuple[int, str], set[str]] = {}
    for year, unit, name in zip(events["year"].tolist(), events["unit_id"].tolist(), events["event"].tolist()):
        if name in order:
            held.setdefault((year, unit), set()).add(name)
    found = {}
    for position, (year, unit) in enumerate(zip(units["year"].tolist(), units["unit_id"].tolist())):
        names = held.get((int(year), unit)) if isinstance(year, (int, np.integer, str)) else None
        if names:
            found[position] = [rules.events[order[name]] for name in sorted(names, key=order.__getitem__)]
    return found


Effect = Callable[[str, list[str], int | None, list[Event]], "tuple[int, str] | None"]


def _latest(effect: str, ladder: list[str], events: list[Event]) -> tuple[int, str] | None:
    """The latest grade in the ladder that the events name for an effect, and the first event (in `[[events]]`
    order) that names it; None when none names one in the ladder (such an event changes nothing)."""
    named = [
        (ladder.index(key), event.name)
        for event in events
        for name, key in event.effects
        if name == effect and key in ladder
    ]
    if not named:
        return None
    worst = max(index for index, _ in named)
    return worst, next(name for index, name in named if index == worst)


def veto(effect: str, ladder: list[str], position: int | None, events: list[Event]) -> tuple[int, str] | None:
    """`grade`: with V the latest of the events' grades, the grade becomes V when it is blank or comes before V;
    an event never raises a grade. None when no event sets a grade of the ladder."""
    latest = _latest(effect, ladder, events)
    if latest is None:
        return None
    return latest if position is None or position < latest[0] else (position, "")


def cap(effect: str, ladder: list[str], position: int | None, events: list[Event]) -> tuple[int, str] | None:
    """`max_grade`: with C the latest of the events' caps, a grade before C becomes C. None when the grade is
    blank or no event caps at a grade of the ladder."""
    latest = _latest(effect, ladder, events)
    if latest is None or position is None:
        return None
    return latest if position < latest[0] else (position, "")


EFFECTS: dict[str, Effect] = {"grade": veto, "max_grade": cap}  # in turn: the first that applies decides


def _with_events(grade: str, ladder: tuple[Grade, ...], keys: list[str], events: list[Event]) -> tuple[str, str]:
    """The grade after the unit's events, and the event that changed it (blank when none did)."""
    position = [step.name for step in ladder].index(grade) if grade else None
    for name, effect in EFFECTS.items():
        decided = effect(name, keys, position, events)
        if decided is not None:
            return ladder[decided[0]].name, decided[1]
    return grade, ""
