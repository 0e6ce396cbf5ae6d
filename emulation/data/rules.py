"""The scoring rules of `rules.toml` (docs/reference.md, "rules.toml"), with their defaults and checks."""

from __future__ import annotations

import dataclasses
import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from .award_rules import HistoryRules, parse_history
from .guide_rules import AwardPoints, Event, TieBreak, default_tie_breaks, parse_guide_rules
from .problems import Problem
from .text import clean, fold


@dataclass(frozen=True)
class Grade:
    """A grade (xếp loại; docs/reference.md, "Grades"); a condition left out holds."""

    name: str
    min_total: float | None = None
    min_criterion_share: float | None = None
    clusters: tuple[str, ...] | None = None  # the clusters it grades; None: those no grade names
    no_zero: bool = False  # no criterion, nor row outside the guide, scored at or below 0 (docs/reference.md, "Events")
    key: str = field(default="", compare=False)  # the name folded: grade names are matched like other words

    def __post_init__(self) -> None:
        object.__setattr__(self, "key", fold(self.name))


@dataclass(frozen=True)
class Rules:
    """The scoring rules of `rules.toml` (docs/reference.md, "rules.toml"); every field has the documented
    default. `replace(...)` gives a changed copy, as the explorer's what-if panel does."""

    lower: str = "mirror"
    cap: float = 200.0
    shares: dict[str, float] = field(default_factory=lambda: {"Q1": 25.0, "H1": 50.0, "9M": 75.0})
    zero_below: float = 0.0
    bonus_rate: float = 1.0
    bonus_cap: float = 0.2
    decimal: str = "auto"
    flags: int = 1
    commendations: int = 2
    min_total_share: float = 0.0
    grades: tuple[Grade, ...] = ()  # best first
    require_grade: str | None = None
    # ratings, lineage and award forms (docs/reference.md, "History")
    history: HistoryRules = field(default_factory=HistoryRules)
    tie_breaks: tuple[TieBreak, ...] | None = None  # [ranking] tie_breaks; None: achieved, mean_attainment
    events: tuple[Event, ...] = ()  # [[events]], in the file's order
    award_points: tuple[AwardPoints, ...] = ()
    require_key: str | None = field(default=None, compare=False)  # require_grade folded: set below

    def __post_init__(self) -> None:
        object.__setattr__(self, "require_key", fold(self.require_grade) if self.require_grade is not None else None)

    @property
    def ranking_keys(self) -> tuple[TieBreak, ...]:
        """The keys that break equal totals, in turn (docs/reference.md, "Tie-breaks")."""
        return default_tie_breaks() if self.tie_breaks is None else self.tie_breaks

    @property
    def guide_rules(self) -> bool:
        """Whether any setting of docs/reference.md, "Tie-breaks, events and points for awards held" is given:
        `scores` then carries `tie_break` (and, with events, `grade_event`)."""
        return (
            self.tie_breaks is not None
            or bool(self.events)
            or bool(self.award_points)
            or any(grade.no_zero for grade in self.grades)
        )

    def event(self, text: object) -> Event | None:
        """The `[[events]]` entry a word of the data means (matched like other words), or None."""
        key = fold(text)
        return next((event for event in self.events if fold(event.name) == key), None)

    def grades_for(self, cluster: str) -> tuple[Grade, ...]:
        """The grades that grade a cluster's units, best first (docs/reference.md, "Grades"): those that name the
        cluster, in their order in the file, or, when none names it, those that name no cluster."""
        named = tuple(grade for grade in self.grades if grade.clusters is not None and cluster in grade.clusters)
        return named or tuple(grade for grade in self.grades if grade.clusters is None)

    def share(self, part: str) -> float:
        """Expected share of the year, in %, for a period part ("" is the whole year)."""
        return self.shares.get(part, 100.0) if part else 100.0

    def replace(self, **changes: Any) -> Rules:
        return dataclasses.replace(self, **changes)


def _number(low: float | None = None, high: float | None = None, whole: bool = False):
    def check(value: object) -> bool:
        if isinstance(value, bool) or not isinstance(value, (int, float)) or (whole and not isinstance(value, int)):
            return False
        return (low is None or value >= low) and (high is None or value <= high)

    return check


# section, key → (field of Rules, check, what is expected)
_SPEC = {
    ("attainment", "lower"): ("lower", lambda v: v in ("mirror", "inverse"), '"mirror" | "inverse"'),
    ("attainment", "cap"): ("cap", _number(low=100), "a number ≥ 100"),
    ("periods", "Q1"): ("Q1", _number(0.001, 100), "0 < x ≤ 100"),
    ("periods", "H1"): ("H1", _number(0.001, 100), "0 < x ≤ 100"),
    ("periods", "9M"): ("9M", _number(0.001, 100), "0 < x ≤ 100"),
    ("scoring", "zero_below"): ("zero_below", _number(), "a number"),
    ("scoring", "bonus_rate"): ("bonus_rate", _number(low=0), "a number ≥ 0"),
    ("scoring", "bonus_cap"): ("bonus_cap", _number(low=0), "a number ≥ 0"),
    ("numbers", "decimal"): ("decimal", lambda v: v in ("auto", ",", "."), '"auto" | "," | "."'),
    ("awards", "flags"): ("flags", _number(low=0, whole=True), "a whole number ≥ 0"),
    ("awards", "commendations"): ("commendations", _number(low=0, whole=True), "a whole number ≥ 0"),
    ("awards", "min_total_share"): ("min_total_share", _number(0, 1), "0 ≤ x ≤ 1"),
    ("awards", "require_grade"): ("require_grade", lambda v: isinstance(v, str) and v.strip() != "", "a grade's name"),
}
_GRADE_SPEC = {
    "name": (lambda v: isinstance(v, str) and v.strip() != "", "a name"),
    "min_total": (_number(), "a number"),
    "min_criterion_share": (_number(0, 1), "0 ≤ x ≤ 1"),
    "clusters": (
        lambda v: isinstance(v, list) and len(v) > 0 and all(isinstance(code, str) and code.strip() for code in v),
        "a non-empty list of cluster codes",
    ),
    "no_zero": (lambda v: isinstance(v, bool), "true | false"),
}


def parse_rules(text: str, source: str = "rules.toml") -> tuple[Rules, list[Problem]]:
    """Rules from the text of a rules.toml; every problem is collected, defaults stand in for bad values."""
    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        line = re.search(r"line (\d+)", str(error))
        return Rules(), [
            Problem("rules_syntax", source, row=int(line.group(1)) if line else None, params={"detail": str(error)})
        ]
    problems: list[Problem] = []
    changes: dict[str, Any] = {}
    shares = dict(Rules().shares)
    changes["history"] = parse_history(document, source, problems)
    for section, table in document.items():
        if section == "grades":
            changes["grades"] = _grades(table, source, problems)
            continue
        if section in ("history", "award_forms", "ranking", "events", "award_points"):
            continue
        entries: Iterable[tuple[Any, Any]] = table.items() if isinstance(table, dict) else [(None, table)]
        for key, value in entries:
            spec = _SPEC.get((section, key))
            name = f"{section}.{key}" if key is not None else section
            if spec is None:
                problems.append(Problem("rules_unknown", source, column=name, params={"key": name}))
            elif not spec[1](value):
                problems.append(
                    Problem(
                        "rules_bad_value",
                        source,
                        column=name,
                        value=str(value),
                        params={"key": name, "expected": spec[2]},
                    )
                )
            elif section == "periods":
                shares[key] = float(value)
            else:
                changes[spec[0]] = (
                    float(value) if isinstance(value, int) and spec[0] not in ("flags", "commendations") else value
                )
    named = [grade.name for grade in changes.get("grades", ())]
    changes |= parse_guide_rules(
        document, named, [form.name for form in changes["history"].award_forms], source, problems
    )
    spelled = {fold(name): name for name in reversed(named)}  # grade names are matched like other words
    if "require_grade" in changes and fold(changes["require_grade"]) not in spelled:
        problems.append(
            Problem(
                "rules_unknown_grade",
                source,
                column="awards.require_grade",
                value=changes.pop("require_grade"),
                params={"known": ", ".join(named) or "—"},
            )
        )
    elif "require_grade" in changes:
        changes["require_grade"] = spelled[fold(changes["require_grade"])]
    return Rules(shares=shares).replace(**changes), problems


def _grades(table: object, source: str, problems: list[Problem]) -> tuple[Grade, ...]:
    """The [[grades]] array of tables, best first; every bad entry is reported and left out."""
    if not isinstance(table, list) or not all(isinstance(entry, dict) for entry in table):
        problems.append(
            Problem(
                "rules_bad_value",
                source,
                column="grades",
                value=str(table),
                params={"key": "grades", "expected": "[[grades]] tables"},
            )
        )
        return ()
    grades = []
    for number, entry in enumerate(table, start=1):
        bad = [key for key, value in entry.items() if key not in _GRADE_SPEC or not _GRADE_SPEC[key][0](value)]
        for key in bad:
            expected = _GRADE_SPEC[key][1] if key in _GRADE_SPEC else ", ".join(_GRADE_SPEC)
            problems.append(
                Problem(
                    "rules_bad_value" if key in _GRADE_SPEC else "rules_unknown",
                    source,
                    column=f"grades[{number}].{key}",
                    value=str(entry[key]),
                    params={"key": f"grades[{number}].{key}", "expected": expected},
                )
            )
        if "name" not in entry:
            problems.append(
                Problem(
                    "rules_bad_value",
                    source,
                    column=f"grades[{number}].name",
                    params={"key": f"grades[{number}].name", "expected": _GRADE_SPEC["name"][1]},
                )
            )
        elif not bad:
            limits = {key: float(entry[key]) for key in ("min_total", "min_criterion_share") if key in entry}
            clusters = tuple(clean(code) for code in entry["clusters"]) if "clusters" in entry else None
            grades.append(
                Grade(
                    entry["name"].strip(),
                    limits.get("min_total"),
                    limits.get("min_criterion_share"),
                    clusters,
                    entry.get("no_zero", False),
                )
            )
    return tuple(grades)


def setting_paths() -> dict[str, str]:
    """Each plain setting's field of `Rules` → its dotted path in rules.toml (`flags` → `awards.flags`)."""
    return {spec[0]: f"{section}.{key}" for (section, key), spec in _SPEC.items()}
