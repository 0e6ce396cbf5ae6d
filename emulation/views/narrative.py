"""The paragraph a board writes by hand today, generated in the articles' own phrasing."""

from __future__ import annotations

import pandas as pd

from ..data.kinds import ATTAINED_KINDS
from ..engine.analysis import Analysis
from ..engine.attainment import TOLERANCE
from .awards import Awards
from .conference import award_sentences
from .reasons import grade_with_event
from .words import cluster_word, format_number, format_percent, period_name, role_name, word

_MOST_NAMED = 4  # units named per indicator, as the articles do ("tiêu biểu ...")


def summary_text(analysis: Analysis, cluster_id: str, lang: str = "vi", awards: Awards | None = None) -> str:
    """The narrative of one cluster for the analysed period, in the phrasing of a board's own report.

    Parameters
    ----------
    analysis : Analysis
        From `analyse`, including `cluster_id`.
    cluster_id : str
        The cluster to describe.
    lang : {"vi", "en"}, default "vi"
    awards : Awards, optional
        How the awards read (the forms' names, the year's holds: `Awards.of(dataset, period)`); by default the
        forms' names of the analysis' rules, without holds.

    Returns
    -------
    str
        One paragraph.

    Examples
    --------
    >>> from emulation import analyse, open_dataset
    >>> text = summary_text(analyse(open_dataset(), "2019", ["HG-DL"]), "HG-DL")
    >>> text[:49]
    'Khối các huyện, thành phố vùng động lực, năm 2019'
    """
    return " ".join(
        sentence for part in summary_sentences(analysis, cluster_id, lang, awards).values() for sentence in part
    )


PARTS = ("opening", "indicators", "shortfalls", "adjustments", "agreed", "grades", "closing")


def summary_sentences(
    analysis: Analysis, cluster_id: str, lang: str = "vi", awards: Awards | None = None
) -> dict[str, list[str]]:
    """The narrative's sentences by part, in the order they are read (`PARTS`): the opening, one per notable
    indicator, the shortfalls (weakest indicators, missing data), with a guide the largest bonuses and
    deductions, one per unit whose agreed total differs from its claim, and the grades, then the closing
    (scores and awards, as `awards` names them). A report prints each part as its own paragraph or list."""
    chosen = analysis.rows["cluster_id"] == cluster_id
    rows = analysis.rows[chosen & analysis.rows["scoring"].isin(ATTAINED_KINDS)]  # % KH is told of rows that have one
    units = analysis.units[analysis.units["cluster_id"] == cluster_id].sort_values("rank", kind="stable")
    indicators = analysis.indicators[
        (analysis.indicators["cluster_id"] == cluster_id)
        & analysis.indicators["indicator_id"].isin(rows["indicator_id"])
    ]
    guide = analysis.criteria[analysis.criteria["cluster_id"] == cluster_id]
    if not chosen.any():
        return {part: [] for part in PARTS}
    words = _Words(rows["cluster_name"].iloc[0], units, lang)
    partial = "-" in analysis.period
    about_indicators = []
    by_indicator = dict(list(rows.groupby("indicator_id", sort=False)))  # one split, not a filter per indicator
    for _, indicator in indicators.iterrows():
        indicator_rows = by_indicator[indicator["indicator_id"]]
        paced = partial and indicator["flow"] and indicator["direction"] == "higher"
        about_indicators.append(
            _paced(words, indicator, indicator_rows) if paced else _standouts(words, indicator, indicator_rows, partial)
        )
    parts = {
        "opening": [_opening(words, units, analysis.period), _overall(words, rows, indicators)],
        "indicators": about_indicators,
        "shortfalls": [_weakest(words, indicators), _missing(words, analysis.rows[chosen])],
        "adjustments": _largest_adjustments(words, guide, units),
        "agreed": _agreed(words, guide, units),
        "grades": [_grades(words, units)],
        "closing": [_ranking(words, units, awards or Awards.of_rules(analysis.rules, analysis.period))],
    }
    return {part: [sentence for sentence in sentences if sentence] for part, sentences in parts.items()}


class _Words:
    """How this cluster speaks of itself and its members (Khối or Cụm, huyện or đơn vị), in one language."""

    def __init__(self, cluster_name: str, units: pd.DataFrame, lang: str):
        self.lang = lang
        self.cluster_name = cluster_name
        self.cluster = cluster_word(cluster_name)
        kinds = units["unit_kind"].dropna().str.lower().unique()
        self.member = kinds[0] if len(kinds) == 1 and len(units["unit_kind"].dropna()) == len(units) else "đơn vị"
        self.count = len(units)

    def __call__(self, key: str, **params: object) -> str:
        return word(f"narrative.{key}", self.lang, cluster=self.cluster, member=self.member, **params)

    def pct(self, value: float, decimals: int = 1) -> str:
        """A measured share with the tables' decimals ("124,0%" beside the table's "124,0%")."""
        return format_percent(value, decimals, self.lang)

    def share(self, value: float) -> str:
        """A share the period expects, as the board sets it ("50%")."""
        return format_percent(value, 1, self.lang, trim=True)

    def amount(self, value: float) -> str:
        return format_number(value, 2, self.lang, trim=True)


def _opening(words: _Words, units: pd.DataFrame, period: str) -> str:
    roles = "".join(
        words(role, name=names.iloc[0], role=role_name(role, words.cluster_name, words.lang))
        for role in ("head", "deputy")
        if len(names := units.loc[units["role"] == role, "unit_name"])
    )
    return words(
        "opening",
        cluster_name=words.cluster_name,
        period=period_name(period, words.lang),
        count=words.count,
        roles=roles,
    )


def _overall(words: _Words, rows: pd.DataFrame, indicators: pd.DataFrame) -> str:
    reported = int((rows["status"] != "missing").sum())
    achieved = int(rows["status"].isin(["exceeded", "met"]).sum())
    return words("overall", indicators=len(indicators), achieved=achieved, reported=reported)


def _standouts(words: _Words, indicator: pd.Series, rows: pd.DataFrame, partial: bool) -> str:
    """Reads "Giải quyết việc làm: Quang Bình đạt 153,3% KH, Vị Xuyên đạt 138,7% KH, …"."""
    # highest % KH first, then by name: plain tuples, a report asks this of every indicator
    best = sorted(
        (-value, unit)
        for unit, value, status in zip(rows["unit_name"], rows["attainment_pct"], rows["status"])
        if status == "exceeded"
    )
    if not best or indicator["direction"] == "binary":
        return ""
    named = ", ".join(words("standout", unit=unit, value=words.pct(-value)) for value, unit in best[:_MOST_NAMED])
    total = ""
    if not partial and indicator["direction"] == "higher" and pd.notna(indicator["total_progress_pct"]):
        total = words("standout_total", value=words.pct(indicator["total_progress_pct"]))
    return f"{indicator['name']}: {named}{total}."


def _paced(words: _Words, indicator: pd.Series, rows: pd.DataFrame) -> str:
    """Reads "Giá trị sản xuất: toàn Cụm đạt 9.840 tỷ đồng, đạt 49,2% kế hoạch năm; một số đơn vị đạt trên 50% …"."""
    if pd.isna(indicator["total_progress_pct"]):
        return ""
    share = words.share(indicator["expected_share"])
    measure = f" {indicator['measure']}" if pd.notna(indicator["measure"]) and indicator["measure"] else ""
    sentence = words(
        "paced",
        name=indicator["name"],
        amount=words.amount(indicator["actual_total"]),
        measure=measure,
        progress=words.pct(indicator["total_progress_pct"]),
    )
    on_pace = rows[rows["progress_pct"] >= rows["expected_share"] - TOLERANCE].sort_values(
        ["progress_pct", "unit_name"], ascending=[False, True]
    )
    if on_pace.empty:
        return sentence + words("paced_none", share=share)
    named = ", ".join(
        f"{unit} {words.pct(value, 2)}"
        for unit, value in zip(on_pace["unit_name"][: _MOST_NAMED - 1], on_pace["progress_pct"][: _MOST_NAMED - 1])
    )
    every = len(on_pace) == int(indicator["members"])
    return sentence + words("paced_all" if every else "paced_some", share=share, count=len(on_pace), named=named)


def _weakest(words: _Words, indicators: pd.DataFrame) -> str:
    weak = indicators[(indicators["reported"] > 0) & (indicators["achieved"] < indicators["reported"])]
    weak = weak.assign(share=weak["achieved"] / weak["reported"]).sort_values(["share", "mean_attainment"]).head(3)
    if weak.empty:
        return ""
    listed = "; ".join(
        words(
            "weak_item",
            name=row["name"],
            achieved=int(row["achieved"]),
            reported=int(row["reported"]),
            mean=words.pct(row["mean_attainment"]),
        )
        for _, row in weak.iterrows()
    )
    return words("weakest", listed=listed)


def _missing(words: _Words, rows: pd.DataFrame) -> str:
    missing = rows[rows["status"] == "missing"]
    if missing.empty:
        return ""
    listed = "; ".join(
        f"{unit} ({', '.join(group['name'])})" for unit, group in missing.groupby("unit_name", sort=True)
    )
    return words("missing", listed=listed)


_LARGEST_NAMED = 3  # deductions and bonuses named, largest first


def _largest_adjustments(words: _Words, guide: pd.DataFrame, units: pd.DataFrame) -> list[str]:
    """With a scoring guide: the largest deductions, then the largest bonuses, each with its unit and place."""
    sentences = []
    names = units.set_index("unit_id")["unit_name"]
    for column, key in (("deductions", "guide_deductions"), ("bonuses", "guide_bonuses")):
        largest = guide[guide[column] > 0].sort_values([column, "order"], ascending=[False, True], kind="stable")
        if len(largest):
            sentences.append(
                words(
                    key,
                    listed="; ".join(
                        words(
                            "guide_item",
                            unit=names[row["unit_id"]],
                            place=_place(words, row),
                            points=words.amount(row[column]),
                        )
                        for _, row in largest.head(_LARGEST_NAMED).iterrows()
                    ),
                )
            )
    return sentences


def _agreed(words: _Words, guide: pd.DataFrame, units: pd.DataFrame) -> list[str]:
    """With a scoring guide: every unit whose agreed total differs from its claimed one, and where ("ở mục a7
    và d2")."""
    sentences = []
    for _, unit in units.iterrows():
        claimed = guide[guide["unit_id"] == unit["unit_id"]]
        difference = unit.get("self_total", float("nan")) - unit["total"]
        if claimed.empty or pd.isna(difference) or abs(difference) < 0.005:
            continue
        sentences.append(
            words(
                "agreed_lower" if difference > 0 else "agreed_higher",
                unit=unit["unit_name"],
                points=words.amount(abs(difference)),
                places=_places(words, _where_claims_differ(claimed)),
            )
        )
    return sentences


def _grades(words: _Words, units: pd.DataFrame) -> str:
    """Reads "Xếp loại: Hoàn thành xuất sắc nhiệm vụ: …; chưa xếp loại: …", a unit whose grade an event changed named
    with the event ("Xã A (do Người đứng đầu bị khiển trách)")."""
    graded = units[units["grade"] != ""] if "grade" in units else units.iloc[:0]
    if graded.empty:
        return ""
    events = graded["grade_event"] if "grade_event" in graded else pd.Series("", index=graded.index)
    graded = graded.assign(
        named=[grade_with_event(name, event, words.lang) for name, event in zip(graded["unit_name"], events)]
    )
    listed = "; ".join(f"{grade}: {', '.join(group['named'])}" for grade, group in graded.groupby("grade", sort=False))
    ungraded = units.loc[units["grade"] == "", "unit_name"]
    return (
        words("grades", listed=listed) + (words("ungraded", names=", ".join(ungraded)) if len(ungraded) else "") + "."
    )


def _where_claims_differ(claimed: pd.DataFrame) -> pd.DataFrame:
    """The criteria whose claimed and final scores differ while none of their children's do: where the
    appraisal (or the unit's own sums) changed the figure."""
    differs = claimed[claimed["claim_diff"].abs() > 0.005]
    parents_of_differing = set(differs["parent_id"].dropna())
    return differs[~differs["criterion_id"].isin(parents_of_differing)]


def _place(words: _Words, row: pd.Series) -> str:
    """Reads "mục a7" for an item, "tiêu chuẩn A" for a top-level criterion."""
    return words("standard_place" if pd.isna(row["parent_id"]) else "item_place", code=row["criterion_id"])


def _places(words: _Words, criteria: pd.DataFrame) -> str:
    """Reads "tiêu chuẩn A, B và mục a7, d2": standards, then items, in the tree's order."""
    top = criteria["parent_id"].isna()
    parts = [
        words(key, code=", ".join(chosen["criterion_id"]))
        for key, chosen in (("standard_place", criteria[top]), ("item_place", criteria[~top]))
        if len(chosen)
    ]
    return words("and").join(parts)


def _ranking(words: _Words, units: pd.DataFrame, awards: Awards | None) -> str:
    lang = words.lang
    ranking = "; ".join(
        words("score_item", rank=int(row["rank"]), unit=row["unit_name"], total=format_number(row["total"], 2, lang))
        for _, row in units.iterrows()
    )
    return " ".join([words("scores", ranking=ranking), *award_sentences(units, lang, awards)])
