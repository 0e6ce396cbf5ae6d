"""The report's sections over time (docs/reference.md, "Comparisons"): the same part of the year before with
its trend, a formed unit's old units combined, and each member's ratings and awards over the years. Each is a
section of `sections.ClusterReport`, which calls it with itself."""

from __future__ import annotations

from typing import Any, Protocol

import pandas as pd

from ..data.periods import period_sort_key, previous_period
from ..engine.analysis import analyse
from ..engine.unit_years import lineage_rows, unit_years
from ..views import figures
from ..views.words import format_number, period_name, word
from .pages import plain_table


class ClusterReport(Protocol):
    """What these sections read of `sections.ClusterReport` (which imports this module, so the type is spelled
    here)."""

    dataset: Any
    period: str
    cluster: str
    lang: str
    units: pd.DataFrame
    _period_units: dict[str, pd.DataFrame]

    def _html(self, heading: str | None = None, **parts: Any) -> Any: ...

    def _figure(self, figure: Any) -> Any: ...

    def _listing(self, key: str, frame: pd.DataFrame | None, empty: str, *extra: Any) -> list: ...


def previous(report: ClusterReport) -> list:
    """The same part of the year before (a year with the year before, a first half with the first half before)
    and the trend over the periods of that part: like is compared with like."""
    lang = report.lang
    part = report.period.partition("-")[2]
    earlier = [
        period
        for period in report.dataset.periods
        if period_sort_key(period) < period_sort_key(report.period)
        and period.partition("-")[2] == part
        and report.cluster in report.dataset.clusters_in(period)
    ]
    compared = previous_period(report.period, earlier)
    before_reorganisation = old_units_combined(report, part)
    if compared is None and before_reorganisation.empty:
        return report._listing("previous", None, "no_previous")
    trend_units = cluster_units(report, earlier + [report.period])
    chart = figures.lineage_trend(trend_units, before_reorganisation, lang=lang)
    if compared is None:
        return [report._html("previous", before=[word("report.lineage_trend", lang)]), report._figure(chart)]
    before = trend_units[trend_units["period"] == compared].set_index("unit_id")
    now = report.units.set_index("unit_id")
    frame = pd.DataFrame(
        {
            word("label.unit_name", lang): now["unit_name"],
            f"{word('label.total', lang)} · {compared}": [
                format_number(before["total"].get(code), 2, lang) for code in now.index
            ],
            f"{word('label.total', lang)} · {report.period}": [format_number(value, 2, lang) for value in now["total"]],
            f"{word('label.rank', lang)} · {compared}": [_whole(before["rank"].get(code)) for code in now.index],
            f"{word('label.rank', lang)} · {report.period}": now["rank"].astype(int).astype(str),
        }
    )
    notes = [period_name(compared, lang)] + ([word("report.lineage_trend", lang)] if len(before_reorganisation) else [])
    return [report._html("previous", before=notes, tables=[(None, plain_table(frame))]), report._figure(chart)]


def old_units_combined(report: ClusterReport, part: str) -> pd.DataFrame:
    """Before a member was formed, its old units combined (share of the maximum, mean % KH), in the periods
    of the same part of the year."""
    if report.dataset.predecessors.empty:
        return pd.DataFrame()
    periods = [
        period
        for period in report.dataset.periods
        if period_sort_key(period) < period_sort_key(report.period) and period.partition("-")[2] == part
    ]
    for period in periods:
        if period not in report._period_units:
            report._period_units[period] = analyse(report.dataset, period).units
    names = report.dataset.unit_names
    return lineage_rows(
        report.dataset,
        report.units,
        {period: report._period_units[period] for period in periods},
        names,
        word("figure.split", report.lang),
    )


def history(report: ClusterReport) -> list:
    """Each member's ratings and awards over the years (and its old units' before a reorganisation), where
    there is history to read: ratings of two years or more, or an award. A member rated in one year only, with
    no award, is a line of a table (a chart of one year is a slab that says nothing); none rated at all, a
    note."""
    lang = report.lang
    items: list = [report._html("history")]
    single = []
    for unit, name in zip(report.units["unit_id"], report.units["unit_name"]):
        years, awards = unit_years(report.dataset, unit, until=int(report.period[:4]))
        rated = years[years["position"].notna()]
        if len(awards) or rated["year"].nunique() > 1:
            items.append(report._figure(figures.unit_history(years, awards, title=name, lang=lang)))
        elif len(rated):
            single.append((name, int(rated["year"].iloc[0]), rated["rating"].iloc[0]))
    if single:
        frame = pd.DataFrame(
            {
                word("label.unit_name", lang): [name for name, *_ in single],
                word("figure.year", lang): [str(year) for _, year, _ in single],
                word("report.rating", lang): [rating for *_, rating in single],
            }
        )
        years_named = ", ".join(sorted({str(year) for _, year, _ in single}))
        items.append(
            report._html(
                before=[word("report.one_year_history", lang, year=years_named)], tables=[(None, plain_table(frame))]
            )
        )
    return items if len(items) > 1 else [report._html("history", before=[word("report.no_history", lang)])]


def cluster_units(report: ClusterReport, periods: list[str]) -> pd.DataFrame:
    """The cluster's units over `periods`, as `engine.analysis.analyse_periods` gives them. Each period is analysed
    once for all its clusters and kept with the dataset: a batch kernel's next reports slice it (clusters score
    apart)."""
    frames = []
    for period in periods:
        if period not in report._period_units:
            report._period_units[period] = analyse(report.dataset, period).units
        units = report._period_units[period]
        frames.append(units[units["cluster_id"] == report.cluster])
    return pd.concat(frames, ignore_index=True)


def _whole(value) -> str:
    return "" if value is None or pd.isna(value) else str(int(value))
