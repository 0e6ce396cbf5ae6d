"""The paragraph a board writes by hand today, generated in the articles' own phrasing."""

from __future__ import annotations

import pandas as pd

from ..engine.analysis import Analysis
from .words import AWARD_NAMES, PASSED_OVER_NAMES, format_number, format_percent, period_name, word

_MOST_NAMED = 4  # units named per indicator, as the articles do ("tiêu biểu ...")


def summary_text(analysis: Analysis, cluster_id: str, lang: str = "vi") -> str:
    """The narrative of one cluster for the analysed period, as one paragraph."""
    parts = summary_sentences(analysis, cluster_id, lang)
    return " ".join(parts["opening"] + parts["indicators"] + parts["closing"])


def summary_sentences(analysis: Analysis, cluster_id: str, lang: str = "vi") -> dict[str, list[str]]:
    """The narrative's sentences: the opening, one per notable indicator, and the closing (weakest
    indicators, missing data, scores and awards)."""
    rows = analysis.rows[analysis.rows["cluster_id"] == cluster_id]
    units = analysis.units[analysis.units["cluster_id"] == cluster_id].sort_values("rank", kind="stable")
    indicators = analysis.indicators[analysis.indicators["cluster_id"] == cluster_id]
    if rows.empty:
        return {"opening": [], "indicators": [], "closing": []}
    words = _Words(rows["cluster_name"].iloc[0], units, lang)
    partial = "-" in analysis.period
    about_indicators = []
    for _, indicator in indicators.iterrows():
        indicator_rows = rows[rows["indicator_id"] == indicator["indicator_id"]]
        paced = partial and indicator["flow"] and indicator["direction"] == "higher"
        about_indicators.append(_paced(words, indicator, indicator_rows) if paced
                                else _standouts(words, indicator, indicator_rows, partial))
    closing = [_weakest(words, indicators), _missing(words, rows), _ranking(words, units)]
    return {"opening": [_opening(words, units, analysis.period), _overall(words, rows, indicators)],
            "indicators": [sentence for sentence in about_indicators if sentence],
            "closing": [sentence for sentence in closing if sentence]}


class _Words:
    """How this cluster speaks of itself and its members: Khối or Cụm, huyện or đơn vị."""

    def __init__(self, cluster_name: str, units: pd.DataFrame, lang: str):
        self.lang = lang
        self.cluster_name = cluster_name
        self.cluster = "Khối" if cluster_name.lower().startswith("khối") else "Cụm"
        kinds = units["unit_kind"].dropna().str.lower().unique()
        self.member_word = kinds[0] if len(kinds) == 1 and len(units["unit_kind"].dropna()) == len(units) else "đơn vị"
        self.count = len(units)

    def vi(self, vi: str, en: str) -> str:
        return en if self.lang == "en" else vi

    def pct(self, value: float, decimals: int = 1) -> str:
        return format_percent(value, decimals, self.lang, trim=True)

    def amount(self, value: float) -> str:
        return format_number(value, 2, self.lang, trim=True)


def _opening(words: _Words, units: pd.DataFrame, period: str) -> str:
    head = units.loc[units["role"] == "head", "unit_name"]
    deputy = units.loc[units["role"] == "deputy", "unit_name"]
    roles = ""
    if len(head):
        roles += words.vi(f"; {words.cluster} trưởng: {head.iloc[0]}", f"; head: {head.iloc[0]}")
    if len(deputy):
        roles += words.vi(f"; {words.cluster} phó: {deputy.iloc[0]}", f"; deputy: {deputy.iloc[0]}")
    return words.vi(f"{words.cluster_name}, {period_name(period)}: {words.count} đơn vị thành viên{roles}.",
                    f"{words.cluster_name}, {period_name(period, 'en')}: {words.count} members{roles}.")


def _overall(words: _Words, rows: pd.DataFrame, indicators: pd.DataFrame) -> str:
    reported = int((rows["status"] != "missing").sum())
    achieved = int(rows["status"].isin(["exceeded", "met"]).sum())
    return words.vi(
        f"Trong tổng số {len(indicators)} chỉ tiêu giao ước, {achieved}/{reported} lượt chỉ tiêu đạt và vượt kế hoạch.",
        f"Of the {len(indicators)} covenant indicators, {achieved} of {reported} results met or exceeded the plan.")


def _standouts(words: _Words, indicator: pd.Series, rows: pd.DataFrame, partial: bool) -> str:
    """"Giải quyết việc làm: Quang Bình đạt 153,3% KH, Vị Xuyên đạt 138,7% KH, …"."""
    best = rows[rows["status"] == "exceeded"].sort_values(["attainment_pct", "unit_name"], ascending=[False, True])
    if best.empty or indicator["direction"] == "binary":
        return ""
    named = ", ".join(words.vi(f"{unit} đạt {words.pct(value)} KH", f"{unit} {words.pct(value)} of plan")
                      for unit, value in zip(best["unit_name"][:_MOST_NAMED], best["attainment_pct"][:_MOST_NAMED]))
    total = ""
    if not partial and indicator["direction"] == "higher" and pd.notna(indicator["total_progress_pct"]):
        total = words.vi(f"; toàn {words.cluster} đạt {words.pct(indicator['total_progress_pct'])} KH",
                         f"; the cluster as a whole {words.pct(indicator['total_progress_pct'])}")
    return f"{indicator['name']}: {named}{total}."


def _paced(words: _Words, indicator: pd.Series, rows: pd.DataFrame) -> str:
    """"Giá trị sản xuất: toàn Cụm đạt 9.840 tỷ đồng, đạt 49,2% kế hoạch năm; một số đơn vị đạt trên 50% …"."""
    if pd.isna(indicator["total_progress_pct"]):
        return ""
    share = words.pct(indicator["expected_share"])
    measure = f" {indicator['measure']}" if pd.notna(indicator["measure"]) and indicator["measure"] else ""
    sentence = words.vi(
        f"{indicator['name']}: toàn {words.cluster} đạt {words.amount(indicator['actual_total'])}{measure}, "
        f"đạt {words.pct(indicator['total_progress_pct'])} kế hoạch năm",
        f"{indicator['name']}: the cluster reached {words.amount(indicator['actual_total'])}{measure}, "
        f"{words.pct(indicator['total_progress_pct'])} of the yearly plan")
    on_pace = rows[rows["progress_pct"] >= rows["expected_share"] - 1e-9].sort_values(
        ["progress_pct", "unit_name"], ascending=[False, True])
    if on_pace.empty:
        return sentence + words.vi(f"; chưa {words.member_word} nào đạt {share} kế hoạch năm.",
                                   f"; no member reached {share} of the yearly plan yet.")
    named = ", ".join(f"{unit} {words.pct(value, 2)}" for unit, value in
                      zip(on_pace["unit_name"][:_MOST_NAMED - 1], on_pace["progress_pct"][:_MOST_NAMED - 1]))
    if len(on_pace) == int(indicator["members"]):
        return sentence + words.vi(
            f"; {len(on_pace)}/{len(on_pace)} {words.member_word} đạt trên {share} kế hoạch năm, cao nhất: {named}.",
            f"; {len(on_pace)} of {len(on_pace)} members passed {share} of the yearly plan, highest: {named}.")
    return sentence + words.vi(f"; một số {words.member_word} đạt trên {share} kế hoạch năm như: {named}.",
                               f"; members above {share} of the yearly plan: {named}.")


def _weakest(words: _Words, indicators: pd.DataFrame) -> str:
    weak = indicators[(indicators["reported"] > 0) & (indicators["achieved"] < indicators["reported"])]
    weak = weak.assign(share=weak["achieved"] / weak["reported"]).sort_values(["share", "mean_attainment"]).head(3)
    if weak.empty:
        return ""
    listed = "; ".join(words.vi(
        f"{row['name']} ({int(row['achieved'])}/{int(row['reported'])} đơn vị đạt, bình quân {words.pct(row['mean_attainment'])} KH)",
        f"{row['name']} ({int(row['achieved'])} of {int(row['reported'])} members met it, mean {words.pct(row['mean_attainment'])})")
        for _, row in weak.iterrows())
    return words.vi(f"Các chỉ tiêu đạt thấp: {listed}.", f"Weakest indicators: {listed}.")


def _missing(words: _Words, rows: pd.DataFrame) -> str:
    missing = rows[rows["status"] == "missing"]
    if missing.empty:
        return ""
    listed = "; ".join(f"{unit} ({', '.join(group['name'])})" for unit, group in missing.groupby("unit_name", sort=True))
    return words.vi(f"Chưa có số liệu: {listed}.", f"Not reported: {listed}.")


def _ranking(words: _Words, units: pd.DataFrame) -> str:
    ranking = "; ".join(
        f"{int(row['rank'])}. {row['unit_name']} {format_number(row['total'], 2, words.lang)}"
        + words.vi(" điểm", " points") for _, row in units.iterrows())
    sentence = words.vi(f"Kết quả chấm điểm: {ranking}.", f"Scores: {ranking}.")
    for award in ("flag", "commendation"):
        chosen = units[units["award"] == award]
        if len(chosen):
            names = ", ".join(chosen["unit_name"])
            sentence += words.vi(f" Đề nghị tặng {word(AWARD_NAMES, award)}: {names}.",
                                 f" Proposed for the {word(AWARD_NAMES, award, 'en').lower()}: {names}.")
    ties = units[units["award_tie"]]
    if len(ties):
        names = ", ".join(ties["unit_name"])
        sentence += words.vi(f" Đồng hạng cần hội nghị xem xét: {names}.", f" Tied, for the conference to settle: {names}.")
    passed = units[units["passed_over"] != ""]
    if len(passed):
        names = ", ".join(f"{row['unit_name']} ({word(PASSED_OVER_NAMES, row['passed_over'], words.lang).lower()})"
                          for _, row in passed.iterrows())
        sentence += words.vi(f" Không xét khen thưởng: {names}.", f" Passed over: {names}.")
    return sentence
