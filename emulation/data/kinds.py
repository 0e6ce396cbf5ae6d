"""The kinds of scoring (docs/reference.md, "Kinds of scoring"): one registry entry per kind, and the lists the
other stages read from it.

`SCORING_KINDS` holds each kind's words, whether its rows have an attainment, whether it is a rule, the
indicator's parameters it needs, what a blank `actual` is, whether it counts cases or is given as points; its
points function is in `engine.points.POINTS` (`tests/architecture/test_registries.py` ties the two). Plain Python
and NumPy, without pandas.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

from .text import fold


@dataclass(frozen=True)
class ScoringKind:
    """A way an indicator is scored (the `scoring` column; docs/reference.md, "Kinds of scoring").

    `words` are the spellings the data may use, the first Vietnamese one being how the template writes it;
    `attained`: its rows have an attainment (% KH: ties, achieved counts, the % KH charts; plan and direction
    are read); `rule`: its points deduct or add within its criterion's caps, rather than being earned towards
    the criterion's standard; `needs`: the indicator's parameters it cannot do without (columns of the
    indicators table, or `bands`: rows of the bands table); `blank`: what a blank or absent `actual` is (None:
    missing; a number: that number, never missing); `cases`: `actual` counts cases (a whole number ≥ 0, fewer
    is better when the points per case deduct); `given`: `actual` is the points themselves, as the board gave them.
    Adding a kind is an entry here and a points function in `engine.points.POINTS` (a test ties the two)."""

    name: str
    words: tuple[str, ...]
    attained: bool
    rule: bool
    needs: tuple[str, ...] = ()
    blank: float | None = None
    cases: bool = False
    given: bool = False


SCORING_KINDS = {
    kind.name: kind
    for kind in (  # blank is attainment (docs/reference.md, "Kinds of scoring")
        ScoringKind(
            "attainment", ("% KH", "% kế hoạch", "theo % KH"), attained=True, rule=False, needs=("max_points",)
        ),
        ScoringKind(
            "per_case",
            ("mỗi trường hợp", "theo trường hợp"),
            attained=False,
            rule=True,
            needs=("points_per_case",),
            blank=0.0,
            cases=True,
        ),
        ScoringKind("bands", ("bậc", "bậc % KH"), attained=True, rule=True, needs=("bands",)),
        ScoringKind("value_bands", ("bậc giá trị",), attained=False, rule=True, needs=("bands",)),
        ScoringKind("direct", ("chấm trực tiếp", "trực tiếp"), attained=False, rule=False, given=True),
    )
}
DEFAULT_KIND = next(iter(SCORING_KINDS))  # a blank `scoring` is the first kind, % KH
SCORINGS = {fold(word): kind.name for kind in SCORING_KINDS.values() for word in (kind.name, *kind.words)}
RULE_KINDS = tuple(name for name, kind in SCORING_KINDS.items() if kind.rule)
EARNED_KINDS = tuple(name for name, kind in SCORING_KINDS.items() if not kind.rule)
ATTAINED_KINDS = tuple(name for name, kind in SCORING_KINDS.items() if kind.attained)
CASE_KINDS = tuple(name for name, kind in SCORING_KINDS.items() if kind.cases)
BLANKS = {name: kind.blank for name, kind in SCORING_KINDS.items() if kind.blank is not None}  # never missing


def kinds_needing(parameter: str) -> tuple[str, ...]:
    """The kinds that need `parameter` (a column of the indicators table, or `bands`)."""
    return tuple(name for name, kind in SCORING_KINDS.items() if parameter in kind.needs)


def lower_is_better(
    scoring: Iterable[object], direction: Iterable[object], points_per_case: Iterable[float]
) -> np.ndarray:
    """Whether fewer is better for each of some indicators (docs/reference.md, "Tie-breaks"): a kind that counts
    cases whose points per case deduct, any other kind whose direction is `lower`. Columns of the indicators
    in, a boolean array out."""
    return np.array(
        [
            points < 0 if scoring in CASE_KINDS else direction == "lower"
            for scoring, direction, points in zip(scoring, direction, points_per_case)
        ],
        dtype=bool,
    )
