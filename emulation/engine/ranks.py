"""Ranks within each cluster (docs/reference.md, "Ranks" and "Tie-breaks"): by total, then by the keys of
`[ranking] tie_breaks` in turn (rows achieved, then mean attainment, by default), each key one entry of
`TIE_BREAKS` and one function; units equal on every key share the lower rank number."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from ..data.guide_rules import TieBreak
from ..data.kinds import BLANKS, lower_is_better
from .criteria import Appraisal

RANKING = ["period", "cluster_id"]  # a ranking is within one period and cluster


@dataclass(frozen=True)
class Facts:
    """What the tie-break keys read, for the units of `units` in their order."""

    units: pd.DataFrame  # totals, counts, votes (see `scores.unit_scores`)
    scored: pd.DataFrame  # the period's scored rows
    unit: np.ndarray  # each scored row's unit: its position in `units`
    appraisal: Appraisal | None
    indicators: pd.DataFrame  # the indicators table: how each indicator of an `actual:` key is scored


# Each function gives one number per unit, more being better, -inf where the unit "comes after" (never NaN).


def achieved(facts: Facts, key: TieBreak) -> np.ndarray:
    """The number of rows met or exceeded (with a guide, rows that have an attainment)."""
    return facts.units["achieved_count"].to_numpy(float)


def mean_attainment(facts: Facts, key: TieBreak) -> np.ndarray:
    """Mean attainment at 2 decimals; no mean comes after every mean."""
    return facts.units["mean_attainment"].round(2).fillna(-np.inf).to_numpy(float)


def actual(facts: Facts, key: TieBreak) -> np.ndarray:
    """The sum of the unit's actuals of the key's indicators at 4 decimals, higher first, or lower first when
    every one is lower-is-better; a per-case row blank or absent is 0 cases, any other blank or absent row
    puts the unit after every unit that has them all."""
    catalogue = facts.indicators.set_index("indicator_id").reindex(list(key.ids))
    lower = lower_is_better(catalogue["scoring"], catalogue["direction"], catalogue["points_per_case"])
    required = [code for code, scoring in zip(key.ids, catalogue["scoring"]) if scoring not in BLANKS]
    scored, count = facts.scored, len(facts.units)
    value = scored["actual"].to_numpy(float)
    chosen = scored["indicator_id"].isin(key.ids).to_numpy() & ~np.isnan(value)
    total = np.round(np.bincount(facts.unit[chosen], weights=value[chosen], minlength=count), 4)
    present = np.bincount(facts.unit[chosen & scored["indicator_id"].isin(required).to_numpy()], minlength=count)
    ordered = -total if len(lower) and lower.all() else total
    return np.where(present == len(required), ordered + 0.0, -np.inf)


def criterion(facts: Facts, key: TieBreak) -> np.ndarray:
    """The final score of the criterion at 2 decimals; a unit to which it does not apply comes after."""
    appraisal = facts.appraisal
    if appraisal is None:
        return np.full(len(facts.units), -np.inf)
    column = pd.Index(appraisal.tree.criteria["criterion_id"]).get_indexer([key.ids[0]])[0]
    if column < 0:
        return np.full(len(facts.units), -np.inf)
    applies = appraisal.tree.applies[appraisal.pair, column]
    return np.where(applies, np.round(appraisal.final[:, column], 2), -np.inf)


def votes(facts: Facts, key: TieBreak) -> np.ndarray:
    """The unit's votes in the period; without a votes row it comes after."""
    return facts.units["votes"].astype(float).fillna(-np.inf).to_numpy(float)


TIE_BREAKS = {  # one function per key of data.guide_rules.TIE_BREAK_KEYS
    "achieved": achieved,
    "mean_attainment": mean_attainment,
    "actual": actual,
    "criterion": criterion,
    "votes": votes,
}


def rank(units: pd.DataFrame, facts: Facts, keys: tuple[TieBreak, ...]) -> pd.DataFrame:
    """Units in ranking order with their rank and tie_break: within each period and cluster by total (at 2
    decimals, as the score sheet prints it), then by each key in turn, best first; units equal on all share the
    lower rank number (1, 2, 2, 4) and are listed by code. tie_break: for a unit whose total equals that of the
    unit listed before it, the first key on which the two differ (as written), or "shared"; else blank."""
    values = {f"key_{number}": TIE_BREAKS[key.kind](facts, key) for number, key in enumerate(keys)}
    compared = units.assign(total_2=units["total"].round(2), **values)
    ranked = compared.sort_values(
        RANKING + ["total_2", *values, "unit_id"],
        ascending=[True, True, False] + [False] * len(values) + [True],
        kind="stable",
    )
    position = ranked.groupby(RANKING, observed=True).cumcount() + 1
    rank_of = position.groupby([ranked[name] for name in RANKING + ["total_2", *values]], observed=True).transform(
        "min"
    )
    equal = np.zeros(len(ranked), dtype=bool)  # equal total to the unit listed just before, in the same ranking
    if len(ranked) > 1:
        equal[1:] = np.logical_and.reduce(
            [ranked[name].to_numpy()[1:] == ranked[name].to_numpy()[:-1] for name in RANKING + ["total_2"]]
        )
    reason = np.where(equal, "shared", "").astype(object)
    for name, key in reversed(list(zip(values, keys))):  # the first key on which they differ wins
        column = ranked[name].to_numpy(float)
        differ = np.zeros(len(ranked), dtype=bool)
        differ[1:] = column[1:] != column[:-1]
        reason[equal & differ] = key.text
    return ranked.assign(rank=rank_of, tie_break=reason).drop(columns=["total_2", *values]).reset_index(drop=True)
