"""Each unit's grade (xếp loại; docs/reference.md, "Grades"): the first of its cluster's grades whose
conditions hold."""

from __future__ import annotations

import numpy as np
import pandas as pd

from ..data.rules import Rules
from .attainment import TOLERANCE


def grades(units: pd.DataFrame, rules: Rules) -> pd.DataFrame:
    """`units` (from `scores.unit_scores`) with their `grade`; the floors' helper column `guide_lowest` is
    dropped."""
    return units.assign(grade=graded(units, rules)).drop(columns=["guide_lowest"], errors="ignore")


def graded(units: pd.DataFrame, rules: Rules) -> np.ndarray:
    """Each unit's grade (docs/reference.md, "Grades"): the first of the grades that grade its cluster whose
    conditions all hold, comparing totals and final scores rounded to 2 decimals; blank when none holds, for
    units with missing data, and where no grade grades the cluster. Without a guide (no `guide_lowest` column,
    see `Appraisal.totals`) only the grades' minimum totals apply."""
    chosen = np.full(len(units), "", dtype=object)
    if not rules.grades:
        return chosen
    lowest = units["guide_lowest"].fillna(np.inf).to_numpy() if "guide_lowest" in units else np.full(len(units), np.inf)
    total = units["total"].round(2).to_numpy()
    cluster = units["cluster_id"].to_numpy(dtype=object)
    for code in pd.unique(cluster):
        undecided = (cluster == code) & (units["missing_count"].to_numpy() == 0)
        for grade in rules.grades_for(code):
            holds = np.ones(len(units), dtype=bool)
            if grade.min_total is not None:
                holds &= total >= grade.min_total - TOLERANCE
            if grade.min_criterion_share is not None:
                holds &= lowest >= grade.min_criterion_share - TOLERANCE
            chosen[undecided & holds] = grade.name
            undecided &= ~holds
    return chosen
