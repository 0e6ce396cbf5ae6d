"""The rules real guides add (docs/reference.md, "Tie-breaks, events and points for awards held"): `[ranking]
tie_breaks`, `[[events]]` that set or cap a grade and may pass a unit over, and `[[award_points]]` for forms
held the year before, parsed from rules.toml with every problem reported under its key."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .problems import Problem
from .text import clean, fold

# a tie-break key's kind → whether it names codes after a colon (`actual:I2+I3`, `criterion:B5`); each kind is
# one function of engine.ranks.TIE_BREAKS
TIE_BREAK_KEYS = {"achieved": False, "mean_attainment": False, "actual": True, "criterion": True, "votes": False}
DEFAULT_TIE_BREAKS = ("achieved", "mean_attainment")  # docs/reference.md, "Ranks and awards"


@dataclass(frozen=True)
class TieBreak:
    """One key of `[ranking] tie_breaks`: its text as written, its kind and the codes it names."""

    text: str
    kind: str
    ids: tuple[str, ...] = ()


@dataclass(frozen=True)
class Event:
    """An `[[events]]` entry: the grade it sets (veto) or the grade it caps at, and whether it passes the unit
    over for awards; grades by their names in [[grades]]."""

    name: str
    grade: str | None = None
    max_grade: str | None = None
    no_award: bool = False

    effects: tuple[tuple[str, str], ...] = field(default=(), compare=False)  # (effect, grade folded): set below

    def __post_init__(self) -> None:  # grade names are matched like other words
        object.__setattr__(
            self,
            "effects",
            tuple(
                (name, fold(value)) for name, value in (("grade", self.grade), ("max_grade", self.max_grade)) if value
            ),
        )


@dataclass(frozen=True)
class AwardPoints:
    """An `[[award_points]]` entry: the points a unit gains in the whole year Y for holding a counting award of
    this form (its name in [[award_forms]]) of year Y − lag."""

    award: str
    points: float
    lag: int = 1


def tie_break(text: object) -> TieBreak | None:
    """The key a `tie_breaks` entry means, or None when it is not one (`actual:` and `criterion:` need codes;
    `criterion:` exactly one)."""
    if not isinstance(text, str):
        return None
    kind, colon, rest = clean(text).partition(":")
    kind = kind.strip()
    if kind not in TIE_BREAK_KEYS or TIE_BREAK_KEYS[kind] != bool(colon):
        return None
    ids = tuple(clean(code) for code in rest.split("+")) if colon else ()
    if colon and (not all(ids) or (kind == "criterion" and len(ids) != 1)):
        return None
    return TieBreak(text, kind, ids)


def default_tie_breaks() -> tuple[TieBreak, ...]:
    return tuple(TieBreak(name, name) for name in DEFAULT_TIE_BREAKS)


def _whole(value: object, low: int) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= low


def _name(value: object) -> bool:
    return isinstance(value, str) and value.strip() != ""


def parse_guide_rules(
    document: dict[str, Any], grades: list[str], forms: list[str], source: str, problems: list[Problem]
) -> dict[str, Any]:
    """The `Rules` fields of `[ranking]`, `[[events]]` and `[[award_points]]` (only those the file has);
    `grades` and `forms` are the names listed in [[grades]] and [[award_forms]]."""

    def refuse(key: str, code: str = "rules_bad_value", expected: str = "", value: object = None) -> None:
        problems.append(
            Problem(
                code,
                source,
                column=key,
                value=None if value is None else str(value),
                params={"key": key, "expected": expected},
            )
        )

    changes: dict[str, Any] = {}
    if "ranking" in document:
        changes["tie_breaks"] = _tie_breaks(document["ranking"], refuse)
    if "events" in document:
        changes["events"] = _events(document["events"], grades, refuse)
    if "award_points" in document:
        changes["award_points"] = _award_points(document["award_points"], forms, refuse)
    return changes


def _tie_breaks(table: object, refuse) -> tuple[TieBreak, ...] | None:
    if not isinstance(table, dict):
        refuse("ranking", expected="a [ranking] table", value=table)
        return None
    for key in table:
        if key != "tie_breaks":
            refuse(f"ranking.{key}", "rules_unknown", value=table[key])
    if "tie_breaks" not in table:
        return default_tie_breaks()  # [ranking] alone: the default keys, and scores says which broke a tie
    entries = table["tie_breaks"]
    spelled = {"actual": "actual:ID+ID…", "criterion": "criterion:ID"}
    expected = "a list of keys: " + ", ".join(spelled.get(kind, kind) for kind in TIE_BREAK_KEYS)
    if not isinstance(entries, list):
        refuse("ranking.tie_breaks", expected=expected, value=entries)
        return None
    keys: list[TieBreak] = []
    for entry in entries:
        key = tie_break(entry)
        if key is None:
            refuse("ranking.tie_breaks", "rules_unknown_tie_break", expected, entry)
        elif any((other.kind, other.ids) == (key.kind, key.ids) for other in keys):
            refuse("ranking.tie_breaks", "rules_tie_break_twice", value=entry)
        else:
            keys.append(key)
    return tuple(keys)


def _tables(table: object, name: str, refuse) -> list[dict]:
    if not isinstance(table, list) or not all(isinstance(entry, dict) for entry in table):
        refuse(name, expected=f"[[{name}]] tables", value=table)
        return []
    return table


def _events(table: object, grades: list[str], refuse) -> tuple[Event, ...]:
    """Every bad entry reported and left out."""
    entries = _tables(table, "events", refuse)
    named = {fold(grade): grade for grade in reversed(grades)}  # the first listed spelling
    names = [fold(entry.get("name")) for entry in entries if _name(entry.get("name"))]
    events = []
    for number, entry in enumerate(entries, start=1):
        key = f"events[{number}]"
        bad = False
        for setting, value in entry.items():
            if setting not in ("name", "grade", "max_grade", "no_award"):
                refuse(f"{key}.{setting}", "rules_unknown", value=value)
                bad = True
            elif setting == "no_award" and not isinstance(value, bool):
                refuse(f"{key}.no_award", expected="true | false", value=value)
                bad = True
            elif setting in ("grade", "max_grade") and fold(value) not in named:
                refuse(f"{key}.{setting}", "rules_event_grade", ", ".join(grades) or "—", value)
                bad = True
        if not _name(entry.get("name")):
            refuse(f"{key}.name", expected="a name", value=entry.get("name"))
            bad = True
        elif names.count(fold(entry["name"])) > 1:
            refuse(f"{key}.name", "rules_event_twice", value=entry["name"])
            bad = True
        if "grade" in entry and "max_grade" in entry:
            refuse(key, "rules_event_both", value=entry.get("name"))
            bad = True
        if not {"grade", "max_grade", "no_award"} & entry.keys():
            refuse(key, "rules_event_no_effect", value=entry.get("name"))
            bad = True
        if not bad:
            events.append(
                Event(
                    clean(entry["name"]),
                    named.get(fold(entry.get("grade"))) if "grade" in entry else None,
                    named.get(fold(entry.get("max_grade"))) if "max_grade" in entry else None,
                    entry.get("no_award", False),
                )
            )
    return tuple(events)


def _award_points(table: object, forms: list[str], refuse) -> tuple[AwardPoints, ...]:
    """Every bad entry reported and left out."""
    entries = _tables(table, "award_points", refuse)
    named = {fold(form): form for form in forms}
    seen: list[str] = []
    listed = []
    for number, entry in enumerate(entries, start=1):
        key = f"award_points[{number}]"
        bad = False
        for setting, value in entry.items():
            if setting not in ("award", "points", "lag"):
                refuse(f"{key}.{setting}", "rules_unknown", value=value)
                bad = True
        award = entry.get("award")
        if not _name(award) or fold(award) not in named:
            refuse(f"{key}.award", "rules_unknown_form", value=award)
            bad = True
        elif fold(award) in seen:
            refuse(f"{key}.award", "rules_award_points_twice", value=award)
            bad = True
        else:
            seen.append(fold(award))
        points = entry.get("points")
        if isinstance(points, bool) or not isinstance(points, (int, float)):
            refuse(f"{key}.points", expected="a number", value=points)
            bad = True
        if "lag" in entry and not _whole(entry["lag"], 0):
            refuse(f"{key}.lag", expected="a whole number ≥ 0", value=entry["lag"])
            bad = True
        if not bad:
            listed.append(AwardPoints(named[fold(award)], float(points or 0), entry.get("lag", 1)))
    return tuple(listed)
