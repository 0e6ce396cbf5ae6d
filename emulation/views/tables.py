"""Tables for people: the score sheet and the ranking as styled HTML (notebooks, dashboard, reports).

Every text from the data is HTML-escaped; numbers follow the language (1.234,5 and 153,3%).
"""

from __future__ import annotations

import hashlib

import pandas as pd
from pandas.io.formats.style import Styler

from .words import AWARD_NAMES, LABELS, ROLE_NAMES, STATUS_NAMES, format_number, format_percent, word

STATUS_COLOURS = {"exceeded": "#CFE3F3", "met": "#E3F1E0", "missed": "#F8D9C4", "missing": "#E0E0E0"}


def _stable(styler: Styler) -> Styler:
    """An element id derived from the content: the same table renders to the same HTML on every run."""
    return styler.set_uuid(hashlib.sha1(styler.data.to_csv().encode("utf-8")).hexdigest()[:10])


def score_sheet(data_frame: pd.DataFrame, lang: str = "vi", with_unit: bool = True) -> Styler:
    """Chỉ tiêu, Đơn vị tính, Kế hoạch, Thực hiện, % KH, Đánh giá, Điểm (and % KH năm at a partial period),
    one row per unit and indicator (the unit column left out for one unit's table), the status cell coloured."""
    partial = bool((data_frame["expected_share"] < 100).any())
    columns = (["unit_name"] if with_unit else []) + ["name", "measure", "plan", "actual"] + (["progress_pct"] if partial else []) + \
        ["attainment_pct", "status", "points"]
    table = data_frame[columns].copy()
    statuses = table["status"].copy()
    table["status"] = [word(STATUS_NAMES, status, lang) for status in statuses]
    table.columns = [word(LABELS, column, lang) for column in table.columns]
    number = lambda decimals: lambda value: format_number(value, decimals, lang, trim=True)  # noqa: E731
    percent = lambda decimals: lambda value: format_percent(value, decimals, lang)  # noqa: E731
    formats = {word(LABELS, "plan", lang): number(3), word(LABELS, "actual", lang): number(3),
               word(LABELS, "progress_pct", lang): percent(2), word(LABELS, "attainment_pct", lang): percent(1),
               word(LABELS, "points", lang): lambda value: format_number(value, 2, lang)}
    status_column = word(LABELS, "status", lang)
    colours = [f"background-color: {STATUS_COLOURS[status]}" for status in statuses]
    text_columns = [column for column in table.columns if column not in formats]
    return _stable(table.style.hide(axis="index").format(formats, escape="html", na_rep="")
                   .format(escape="html", na_rep="", subset=text_columns)
                   .set_properties(subset=text_columns, **{"text-align": "left"})
                   .apply(lambda _: colours, subset=[status_column]))


def ranking_table(data_frame: pd.DataFrame, lang: str = "vi") -> Styler:
    """Rank, unit, role, total, indicator points, adjustments, achieved, mean % KH, proposed award."""
    ordered = data_frame.sort_values(["rank", "unit_name"], kind="stable")
    tie = " (" + ("đồng hạng" if lang != "en" else "tied") + ")"
    table = pd.DataFrame({
        word(LABELS, "rank", lang): ordered["rank"].to_numpy(),
        word(LABELS, "unit_name", lang): ordered["unit_name"].to_numpy(),
        word(LABELS, "role", lang): [word(ROLE_NAMES, role, lang) for role in ordered["role"]],
        word(LABELS, "total", lang): [format_number(value, 2, lang) for value in ordered["total"]],
        word(LABELS, "indicator_points", lang): [format_number(value, 2, lang) for value in ordered["indicator_points"]],
        word(LABELS, "adjustment_points", lang): [format_number(value, 2, lang) for value in ordered["adjustment_points"]],
        word(LABELS, "achieved_count", lang): [f"{int(a)}/{int(b)}" for a, b in zip(ordered["achieved_count"], ordered["row_count"])],
        word(LABELS, "mean_attainment", lang): [format_percent(value, 1, lang) for value in ordered["mean_attainment"]],
        word(LABELS, "award", lang): [word(AWARD_NAMES, award, lang) + (tie if shared else "")
                                      for award, shared in zip(ordered["award"], ordered["award_tie"])],
    })
    return _stable(table.style.hide(axis="index").format(escape="html"))


def rule_changes_table(data_frame: pd.DataFrame, lang: str = "vi") -> Styler:
    """The what-if comparison: totals, ranks and awards before and after, changed awards highlighted."""
    english = lang == "en"
    table = pd.DataFrame({
        word(LABELS, "unit_name", lang): data_frame["unit_name"].to_numpy(),
        ("Total before" if english else "Tổng điểm (gốc)"): [format_number(v, 2, lang) for v in data_frame["total_before"]],
        ("Total after" if english else "Tổng điểm (mới)"): [format_number(v, 2, lang) for v in data_frame["total_after"]],
        ("Rank before" if english else "Hạng (gốc)"): data_frame["rank_before"].to_numpy(),
        ("Rank after" if english else "Hạng (mới)"): data_frame["rank_after"].to_numpy(),
        ("Award before" if english else "Khen thưởng (gốc)"): [word(AWARD_NAMES, a, lang) for a in data_frame["award_before"]],
        ("Award after" if english else "Khen thưởng (mới)"): [word(AWARD_NAMES, a, lang) for a in data_frame["award_after"]],
    })
    changed = data_frame["award_changed"].to_numpy()
    return _stable(table.style.hide(axis="index").format(escape="html").apply(
        lambda column: ["background-color: #FFF3B0" if flag else "" for flag in changed], axis=0))
