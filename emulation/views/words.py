"""The one lookup of user-facing words (`word`), and numbers, periods and problems as people read them:
Vietnamese by default (153,3%; 1.234,5), English on request, any other language refused."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

from ..data.problems import Entry, Problem, ProblemRun, expanded
from ..data.text import fold
from ..errors import EmulationError
from .catalogue import CATALOGUE

LANGUAGES = ("vi", "en")


class UnknownLanguage(EmulationError, ValueError):
    """A language the catalogue does not have; the command line turns it into exit status 2."""

    def __init__(self, lang: object):
        super().__init__(f"unknown language {lang!r}: use one of {', '.join(LANGUAGES)}")
        self.lang = lang


def language(lang: str) -> str:
    """`lang` itself when the catalogue has it; raises UnknownLanguage otherwise."""
    if lang not in LANGUAGES:
        raise UnknownLanguage(lang)
    return lang


def word(key: str, lang: str = "vi", /, **params: object) -> str:
    """The text of `key` ("section.name", see `catalogue`) in `lang`, with `params` filled in."""
    return CATALOGUE[key][LANGUAGES.index(language(lang))].format(**params)


def describe(problem: Problem, lang: str = "vi") -> str:
    """A problem as one line: where it is (file, sheet, row, column, value), then what is wrong."""
    place = [problem.source] if problem.source else []
    for key in ("sheet", "row", "column"):
        if getattr(problem, key) is not None:
            place.append(word(f"location.{key}", lang, place=getattr(problem, key)))
    if problem.value is not None:
        place.append(word("location.value", lang, place=_shorten(problem.value)))
    text = problem_message(problem, lang)
    return f"{', '.join(place)}: {text}" if place else text


def problem_message(problem: Problem, lang: str = "vi") -> str:
    """What is wrong, in words: its numbers (a plan, the actual of the year before) as the reader writes them
    (1.234,5 in Vietnamese, up to 3 decimals), never 1234.5 inside a Vietnamese sentence."""
    params = {
        key: format_number(value, 3, lang, trim=True) if isinstance(value, float) else value
        for key, value in problem.params.items()
    }
    return word(f"message.{problem.code}", lang, **params)


# docs/reference.md, "Problems and warnings": problems of one kind in one file and column are grouped after 20
SHOWN_PER_GROUP = 20


def grouped(problems: Sequence[Entry], lang: str = "vi", shown: int = SHOWN_PER_GROUP) -> list[str]:
    """Problems as people can read a flood of them: for each kind in each file, sheet and column (in the order
    they first appear), the first `shown` one per line, then "… và 989.980 lỗi khác như vậy (dòng 22–990001)".
    Runs of problems (`ProblemRun`) are opened only as far as the lines shown."""
    groups: dict[tuple, dict] = {}
    for entry in problems:
        key = (entry.warning, entry.source, entry.sheet, entry.column, entry.code)
        group = groups.setdefault(key, {"lines": [], "rest": 0, "rows": []})
        run = entry if isinstance(entry, ProblemRun) else None
        size = len(run) if run is not None else 1
        room = max(0, shown - len(group["lines"]))
        members = (
            [run.problem(index) for index in range(min(room, size))]
            if run is not None
            else ([entry] if room and isinstance(entry, Problem) else [])
        )
        group["lines"] += [describe(problem, lang) for problem in members]
        left = size - min(room, size)
        if left:
            group["rest"] += left
            row = entry.row if isinstance(entry, Problem) else None
            rows = run.rows[size - left :] if run is not None else [row] if row is not None else []
            group["rows"] += [int(min(rows)), int(max(rows))] if len(rows) else []
    lines = []
    for (warning, *_), group in groups.items():
        lines += group["lines"]
        if group["rest"]:
            span = (
                word("message.more_rows", lang, first=min(group["rows"]), last=max(group["rows"]))
                if group["rows"]
                else ""
            )
            lines.append(
                word(
                    "message.more_warnings" if warning else "message.more_problems",
                    lang,
                    count=format_number(group["rest"], 0, lang),
                    rows=span,
                )
            )
    return lines


def problem_records(problems: Sequence[Entry], lang: str = "vi") -> list[dict]:
    """Every problem as one object, for `validate --format json` and `--problems FILE`: the complete list."""
    return [
        {
            "severity": "warning" if problem.warning else "error",
            "file": problem.source or None,
            "sheet": problem.sheet,
            "row": problem.row,
            "column": problem.column,
            "value": problem.value,
            "code": problem.code,
            "message": problem_message(problem, lang),
        }
        for problem in sorted(expanded(problems), key=Problem.sort_key)
    ]


def _shorten(value: str, limit: int = 60) -> str:
    text = str(value).replace("\n", " ")
    return text if len(text) <= limit else text[: limit - 1] + "…"


def format_number(value: float | None, decimals: int = 1, lang: str = "vi", trim: bool = False) -> str:
    """1234.5 → '1.234,5' (vi) or '1,234.5' (en); blank for a missing value.

    With trim, trailing zeros of the fraction go, as the boards print them: 124% rather than 124,0%.
    """
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    text = f"{value:,.{decimals}f}"
    if trim and decimals:
        text = text.rstrip("0").rstrip(".")
    if language(lang) == "en":
        return text
    return text.translate(str.maketrans(",.", ".,"))


def format_percent(value: float | None, decimals: int = 1, lang: str = "vi", trim: bool = False) -> str:
    text = format_number(value, decimals, lang, trim)
    return f"{text}%" if text else ""


def period_name(period: str, lang: str = "vi") -> str:
    """'2019-H1' → '6 tháng đầu năm 2019' or 'the first half of 2019'."""
    year, _, part = period.partition("-")
    return word(f"period.{part or 'year'}", lang, year=year)


def cluster_word(cluster_name: str) -> str:
    """How a cluster speaks of itself: a Khối (bloc) or a Cụm (cluster), from its own name."""
    return "Khối" if cluster_name.lower().startswith("khối") else "Cụm"


def is_bloc(cluster_name: object) -> bool:
    """Whether a cluster is a khối thi đua (its name says so), whose head is a trưởng khối, not a trưởng cụm."""
    return isinstance(cluster_name, str) and fold(cluster_name).startswith("khoi")


def role_name(role: str, cluster_name: object, lang: str = "vi") -> str:
    """A member's role in words: a khối has its trưởng khối and phó khối, a cụm its trưởng cụm and phó cụm."""
    return word(f"role.{role}_bloc" if is_bloc(cluster_name) and role in ("head", "deputy") else f"role.{role}", lang)


# argparse's own phrases: the command line translates what argparse wrote in English, through its public
# format_help, format_usage and error


def translated_headings(text: str, lang: str) -> str:
    """argparse's headings ("usage: ", "positional arguments:", "options:") in `lang`."""
    lines = text.split("\n")
    for english in ("positional arguments", "options"):
        lines = [word(f"argparse.{english}", lang) + ":" if line == f"{english}:" else line for line in lines]
    text = "\n".join(lines)
    return word("argparse.usage: ", lang) + text.removeprefix("usage: ") if text.startswith("usage: ") else text


PLACEHOLDER = re.compile(r"%(?:\((\w+)\))?[sr]")  # %s, %(name)s, %(name)r in argparse's phrases


def argparse_message(message: str, lang: str) -> str:
    """An argparse error message in `lang`: the English phrase it was made from is recognised and its parts
    (themselves phrases, as in "argument --lang: invalid choice: …") put into the translation."""
    for key, pattern in _ARGPARSE_PATTERNS.items():
        found = pattern.fullmatch(message)
        if found:
            parts = {name: argparse_message(value, lang) for name, value in found.groupdict().items()}
            return PLACEHOLDER.sub(
                lambda m, parts=parts: parts[m.group(1) or "part"],  # type: ignore[misc]
                word(f"argparse.{key}", lang),
            )
    return message


def _pattern(phrase: str) -> re.Pattern[str]:
    """A phrase of argparse's as a pattern over its messages, each placeholder a named part."""
    pattern, at = "", 0
    for found in PLACEHOLDER.finditer(phrase):
        pattern += re.escape(phrase[at : found.start()]) + f"(?P<{found.group(1) or 'part'}>.+?)"
        at = found.end()
    return re.compile(pattern + re.escape(phrase[at:]), re.DOTALL)


_ARGPARSE_PATTERNS = {
    key.removeprefix("argparse."): _pattern(key.removeprefix("argparse."))
    for key in CATALOGUE
    if key.startswith("argparse.") and "%" in key
}
