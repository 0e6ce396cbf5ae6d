"""Why, in words (docs/reference.md, "Tie-breaks, events and points for awards held"): what placed a unit above
an equal one, the event beside a grade it changed, and the points for awards held as the reports list them
among the bonus and deduction points."""

from __future__ import annotations

import pandas as pd

from ..data.guide_rules import TieBreak
from ..data.kinds import lower_is_better
from ..engine.analysis import Analysis
from .words import word


def tie_reasons(analysis: Analysis, lang: str = "vi") -> pd.Series:
    """Per unit (indexed like `analysis.units`), what placed it above the equal units listed after it
    ("bằng điểm Xã A; xếp trên do số tài khoản và thẻ ATM mở mới nhiều hơn"), or that it shares its rank with
    the one before it; blank where its total equals no other's, and for every unit where no setting of
    docs/reference.md, "Tie-breaks, events and points for awards held" is given (outputs stay as they were)."""
    units = analysis.units
    if not analysis.rules.guide_rules:
        return pd.Series("", index=units.index, dtype="str")
    keys = {key.text: key for key in analysis.rules.ranking_keys}
    reasons: dict[object, list[str]] = {index: [] for index in units.index}
    previous = None
    for index, cluster, name, tie in zip(units.index, units["cluster_id"], units["unit_name"], units["tie_break"]):
        if previous is not None and tie and previous[1] == cluster:
            if tie == "shared":
                reasons[index].append(word("why.shared", lang, name=previous[2]))
            else:
                reasons[previous[0]].append(
                    word("why.above", lang, name=name, reason=key_words(analysis, keys[tie], lang))
                )
        previous = (index, cluster, name)
    return pd.Series({index: word("why.then", lang).join(parts) for index, parts in reasons.items()}, dtype="str")


def key_words(analysis: Analysis, key: TieBreak, lang: str) -> str:
    """A tie-break key as the reason it gives: "số phiếu bầu nhiều hơn", "tỷ lệ cập nhật hồ sơ cao hơn"."""
    if key.kind == "actual":
        rows = analysis.scored.drop_duplicates("indicator_id").set_index("indicator_id").reindex(list(key.ids))
        names = [
            _lower_first(str(name)) if isinstance(name, str) else code for code, name in zip(key.ids, rows["name"])
        ]
        lower = lower_is_better(rows["scoring"], rows["direction"], rows["points_per_case"]).all()
        # a rate is higher or lower ("tỷ lệ … cao hơn"), a count or an amount more or fewer
        rate = bool((rows["measure"].astype("str").str.strip() == "%").all())
        if rate:
            reason = "why.rate_lower" if lower else "why.rate_higher"
        else:
            reason = "why.actual_fewer" if lower else "why.actual_more"
        return word(reason, lang, names=word("why.and", lang).join(names))
    if key.kind == "criterion":
        criteria = (
            analysis.appraisal.tree.criteria.set_index("criterion_id") if analysis.appraisal is not None else None
        )
        name = criteria["name"].get(key.ids[0], key.ids[0]) if criteria is not None else key.ids[0]
        return word("why.criterion", lang, name=name)
    return word(f"why.{key.kind}", lang)


def _lower_first(text: str) -> str:
    """An indicator's name inside a sentence: its first letter small, unless the second is a capital (ATM)."""
    return text[:1].lower() + text[1:] if text[1:2].islower() else text


def grade_with_event(grade: str, event: str, lang: str = "vi") -> str:
    """A grade with the event that changed it beside it: "Hoàn thành tốt nhiệm vụ (do Người đứng đầu bị khiển
    trách)"; the grade alone when no event changed it."""
    return word("why.grade_event", lang, grade=grade, event=event) if event else grade


def award_point_lines(analysis: Analysis, lang: str = "vi") -> pd.DataFrame:
    """The points for awards held as bonus lines (period, unit_id, points, reason), the reason naming the award,
    its year and its decision, to be listed with the adjustments."""
    held = analysis.award_points
    if held is None or held.empty:
        return pd.DataFrame(
            {
                "period": pd.Series(dtype="str"),
                "unit_id": pd.Series(dtype="str"),
                "points": pd.Series(dtype="float64"),
                "reason": pd.Series(dtype="str"),
            }
        )
    reasons = [
        word(
            "why.award_points_decision" if isinstance(decision, str) and decision else "why.award_points",
            lang,
            award=award,
            year=year,
            decision=decision,
        )
        for award, year, decision in zip(held["award"], held["year"], held["decision"])
    ]
    return pd.DataFrame(
        {
            "period": held["period"],
            "unit_id": held["unit_id"],
            "points": held["points"],
            "reason": pd.Series(reasons, dtype="str", index=held.index),
        }
    )
