"""The award forms and the history settings of `rules.toml` (docs/reference.md, "Award forms"): the law as
data. `[history]` lists the ratings and says whether a formed unit's lineage counts; each `[[award_forms]]`
names a form, the routes by which a unit becomes its candidate and the conditions it must meet."""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from functools import cached_property
from typing import Any

from .problems import Problem
from .text import clean, fold

DEFAULT_RATINGS = (
    "Hoàn thành xuất sắc nhiệm vụ",
    "Hoàn thành tốt nhiệm vụ",
    "Hoàn thành nhiệm vụ",
    "Không hoàn thành nhiệm vụ",
)
ENGLISH_RATINGS = ("excellent", "good", "completed", "not completed")  # only for the default list


@dataclass(frozen=True)
class Route:
    """A route by which a unit becomes a form's candidate (docs/reference.md, "Award forms"): `award`, the
    cluster's award it reads (`flag`, `commendation`; None: the years' history); `quota`: its candidates are
    the cluster leaders, within `leaders_share` per province. The route that reads a cluster's award without a
    quota names that award in every document (`views.awards`). Its candidates are `engine.routes.ROUTES`'s."""

    award: str | None
    quota: bool = False


ROUTES = {
    "leaders": Route("flag", quota=True),
    "cluster_flag": Route("flag"),
    "cluster_commendation": Route("commendation"),
    "history": Route(None),
}
PREDECESSORS = ("show", "count")


@dataclass(frozen=True)
class AwardForm:
    """One form of award (hình thức khen thưởng) and what it takes, as `[[award_forms]]` lists it."""

    name: str
    routes: tuple[str, ...]
    leaders_share: Fraction | None = None  # exact, as written: 0.29 · 100 = 29
    all_met: bool = False
    min_rating: str | None = None
    years: int | None = None
    years_rating: str | None = None
    after: str | None = None  # the names of other forms, as listed
    with_award: str | None = None
    with_count: int = 1
    report_template: str | None = None  # the dossier's report template of this form (a .docx file name)


@dataclass(frozen=True)
class HistoryRules:
    """The rules of the `[history]` section and the award forms: the ratings, best first, whether a formed unit's
    lineage counts ("show" or "count"), and each `[[award_forms]]`."""

    ratings: tuple[str, ...] = DEFAULT_RATINGS
    predecessors: str = "show"
    award_forms: tuple[AwardForm, ...] = ()

    def rating(self, text: object) -> str | None:
        """The rating a word of the data means (matched without regard to case or diacritics), or None."""
        return self._words.get(fold(text))

    def form(self, text: object) -> AwardForm | None:
        """The form an award's name means (matched like other words), or None."""
        return self._forms.get(fold(text))

    @cached_property
    def _words(self) -> dict[str, str]:
        english = ENGLISH_RATINGS if self.ratings == DEFAULT_RATINGS else ()
        return {fold(word): name for names in (self.ratings, english) for word, name in zip(names, self.ratings)}

    @cached_property
    def _forms(self) -> dict[str, AwardForm]:
        return {fold(form.name): form for form in self.award_forms}


def _whole(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 1


def _text(value: object) -> bool:
    return isinstance(value, str) and value.strip() != ""


FORM_KEYS = {  # key → (check, what is expected)
    "name": (_text, "a name"),
    "routes": (
        lambda v: isinstance(v, list) and len(v) > 0 and all(isinstance(route, str) for route in v),
        "a non-empty list of routes: " + ", ".join(ROUTES),
    ),
    "leaders_share": (lambda v: isinstance(v, (int, float)) and not isinstance(v, bool) and 0 < v <= 1, "0 < x ≤ 1"),
    "all_met": (lambda v: isinstance(v, bool), "true | false"),
    "min_rating": (_text, "a rating"),
    "years_rating": (_text, "a rating"),
    "years": (_whole, "a whole number ≥ 1"),
    "with_count": (_whole, "a whole number ≥ 1"),
    "after": (_text, "a form's name"),
    "with_award": (_text, "a form's name"),
    "report_template": (lambda v: _text(v) and v.lower().endswith(".docx"), "a .docx file name"),
}


def parse_history(document: dict[str, Any], source: str, problems: list[Problem]) -> HistoryRules:
    """`[history]` and `[[award_forms]]` of a rules.toml, every problem reported (a bad form is left out)."""
    settings = document.get("history", {})
    history = HistoryRules()
    if not isinstance(settings, dict):
        settings = {}
    for key, value in settings.items():
        if (
            key == "ratings"
            and isinstance(value, list)
            and value
            and all(_text(name) for name in value)
            and len({fold(name) for name in value}) == len(value)
        ):
            history = HistoryRules(ratings=tuple(clean(name) for name in value))
        elif key == "predecessors" and value in PREDECESSORS:
            continue
        else:
            expected = {"ratings": "a list of distinct names", "predecessors": '"show" | "count"'}
            problems.append(
                Problem(
                    "rules_bad_value" if key in expected else "rules_unknown",
                    source,
                    column=f"history.{key}",
                    value=str(value),
                    params={"key": f"history.{key}", "expected": expected.get(key, "")},
                )
            )
    mode = settings.get("predecessors", "show") if settings.get("predecessors") in PREDECESSORS else "show"
    forms = _forms(document.get("award_forms", []), history, source, problems)
    return HistoryRules(history.ratings, mode, forms)


def _forms(table: object, history: HistoryRules, source: str, problems: list[Problem]) -> tuple[AwardForm, ...]:
    if not isinstance(table, list) or not all(isinstance(entry, dict) for entry in table):
        problems.append(
            Problem(
                "rules_bad_value",
                source,
                column="award_forms",
                value=str(table),
                params={"key": "award_forms", "expected": "[[award_forms]] tables"},
            )
        )
        return ()
    names = [fold(entry.get("name")) for entry in table if _text(entry.get("name"))]
    forms = []
    for number, entry in enumerate(table, start=1):

        def refuse(
            key: str, code: str = "rules_bad_value", expected: str = "", value: object = None, number: int = number
        ) -> None:
            problems.append(
                Problem(
                    code,
                    source,
                    column=f"award_forms[{number}].{key}",
                    value=None if value is None else str(value),
                    params={"key": f"award_forms[{number}].{key}", "expected": expected},
                )
            )

        bad = False
        for key, value in entry.items():
            if key not in FORM_KEYS:
                refuse(key, "rules_unknown", value=value)
                bad = True
            elif not FORM_KEYS[key][0](value):
                refuse(key, expected=FORM_KEYS[key][1], value=value)
                bad = True
        for key in ("name", "routes"):
            if key not in entry:
                refuse(key, expected=FORM_KEYS[key][1])
                bad = True
        if bad:
            continue
        routes = [route for route in entry["routes"]]
        for route in routes:
            if route not in ROUTES:
                refuse("routes", "rules_unknown_route", ", ".join(ROUTES), route)
                bad = True
        if len(set(routes)) < len(routes):
            refuse("routes", "rules_route_twice", value=", ".join(routes))
            bad = True
        if names.count(fold(entry["name"])) > 1:
            refuse("name", "rules_form_twice", value=entry["name"])
            bad = True
        if "leaders" in routes and "leaders_share" not in entry:
            refuse("leaders_share", expected=FORM_KEYS["leaders_share"][1])
            bad = True
        if "history" in routes and ("years" not in entry or "years_rating" not in entry):
            refuse(
                "years" if "years" not in entry else "years_rating",
                expected="years ≥ 1 and years_rating for the history route",
            )
            bad = True
        for key in ("min_rating", "years_rating"):
            if key in entry and history.rating(entry[key]) is None:
                refuse(key, "rules_unknown_rating", ", ".join(history.ratings), entry[key])
                bad = True
        for key in ("after", "with_award"):
            if key in entry and fold(entry[key]) not in names:
                refuse(key, "rules_unknown_form", value=entry[key])
                bad = True
        if bad:
            continue
        named = {fold(other["name"]): clean(other["name"]) for other in table if _text(other.get("name"))}
        forms.append(
            AwardForm(
                clean(entry["name"]),
                tuple(routes),
                Fraction(str(entry["leaders_share"])) if "leaders_share" in entry else None,
                entry.get("all_met", False),
                history.rating(entry["min_rating"]) if "min_rating" in entry else None,
                entry.get("years"),
                history.rating(entry["years_rating"]) if "years_rating" in entry else None,
                named[fold(entry["after"])] if "after" in entry else None,
                named[fold(entry["with_award"])] if "with_award" in entry else None,
                entry.get("with_count", 1),
                entry.get("report_template"),
            )
        )
    return tuple(forms)
