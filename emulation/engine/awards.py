"""Proposed awards from each cluster's ranking (docs/reference.md, "Awards"), and why a unit was passed over."""

from __future__ import annotations

import numpy as np
import pandas as pd

from ..data.rules import Rules
from .attainment import TOLERANCE

AWARDS = ("flag", "commendation", "none")
RANKING = ["period", "cluster_id"]  # a ranking is within one period and cluster


def awards(units: pd.DataFrame, rules: Rules) -> pd.DataFrame:
    """Proposed awards (docs/reference.md, "Awards"), `units` in ranking order (graded: `grades.grades`): a unit
    with a missing row, with an event of the year that bars awards (`event_no_award`), below min_total_share of
    its maximum, or below require_grade (`below_grade`) is passed over, the first of these named (the two
    columns are dropped); down each cluster's ranking
    the first `flags` of the others get a flag and the next `commendations` a commendation. Units of equal rank
    share the best award among them, and the tie is marked for the conference (award_tie)."""
    below = units["total"] < rules.min_total_share * units["max_base"] - TOLERANCE
    barred, below_grade = (units[name].to_numpy(bool) for name in ("event_no_award", "below_grade"))
    units = units.drop(columns=["event_no_award", "below_grade"])
    passed_over = pd.Series(
        np.select(
            [units["missing_count"] > 0, barred, below, below_grade],
            ["missing_data", "event", "below_min_total", "below_grade"],
            "",
        ),
        index=units.index,
    )
    eligible = passed_over == ""
    ranking = [units[key] for key in RANKING]
    place = eligible.groupby(ranking, observed=True).cumsum() - 1  # among the cluster's eligible units, from 0
    level = pd.Series(
        np.select([place < rules.flags, place < rules.flags + rules.commendations], [0, 1], 2), index=units.index
    ).where(eligible)  # 0 flag, 1 commendation, 2 none; blank if passed over
    same_rank = level.groupby(ranking + [units["rank"]], observed=True)
    best, worst = same_rank.transform("min"), same_rank.transform("max")
    award = best.where(eligible, AWARDS.index("none")).astype(int)
    return units.assign(
        award=np.array(AWARDS, dtype=object)[award.to_numpy()],
        award_tie=(eligible & (worst != best) & (best < AWARDS.index("none"))).to_numpy(),
        passed_over=passed_over.to_numpy(dtype=object),
    )
