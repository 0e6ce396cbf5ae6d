"""A slide deck per cluster for the review meeting: a title slide (the province, the board, the cluster, the
period and the date), the overview (with the figures to check), one chart or table per slide, and a closing
summary (awards, grades, next year's head and deputy); the projector template, large text, plotly.js embedded
once, nothing fetched (`templates/slides.html.j2`). Arrow keys, Page Up/Down and space move between slides; each
chart is drawn when its slide is first shown. The slides show what the report shows: % KH charts of the items
that have an attainment, the other items (per case, value bands, the conference's points) as tables of cases
and points, and never a chart with nothing drawn."""

from __future__ import annotations

import datetime

from markupsafe import Markup

from ..data.kinds import ATTAINED_KINDS
from ..engine.analysis import analyse
from ..views import figures, tables
from ..views.awards import Awards
from ..views.cases import cases_html, cases_table
from ..views.checks import check_lines, flagged
from ..views.conference import award_sentences, next_year_roles
from ..views.narrative import summary_sentences
from ..views.words import period_name, word
from .pages import plotly_script, render

SLIDE_PLOT = 900  # px: a chart's plot on a slide at 1366×768, the smallest screen a meeting shows it on
CASE_ROWS, CASE_UNITS = 8, 6  # items and units a table slide holds, read from the back of the room at 1366×768


def slide_deck(dataset, period: str, cluster: str, lang: str = "vi", today: datetime.date | None = None) -> str:
    """The deck as one self-contained HTML page, dated `today` (the day it is made, by default)."""
    analysis = analyse(dataset, period, [cluster])
    units, rows = analysis.units.sort_values("rank", kind="stable"), analysis.rows
    name = units["cluster_name"].iloc[0]
    title = f"{name} · {period_name(period, lang)}"
    awards = Awards.of(dataset, period)  # the forms' names and the year's holds, as the report reads them
    parts = summary_sentences(analysis, cluster, lang, awards)
    province = dataset.provinces.get(cluster, "")
    today = today or datetime.date.today()
    day = dict(day=f"{today.day:02d}", month=f"{today.month:02d}", year=today.year)
    opening = {
        "issuer": ([word("document.province", lang, name=province)] if province else [])
        + [word("document.board", lang)],
        "cluster": name,
        "period": word("slides.results", lang, period=period_name(period, lang)),
        "date": word("document.dateline", lang, place=province, **day)
        if province
        else word("slides.date", lang, **day),
    }
    closing = (
        (award_sentences(units, lang, awards) or [word("slides.no_awards", lang)])
        + parts["grades"]
        + [next_year_roles(dataset, cluster, period, lang)]
    )
    attained = rows[rows["scoring"].isin(ATTAINED_KINDS)].assign(check=flagged(rows, dataset.warnings))
    heatmap = figures.attainment_heatmap(attained, cap=analysis.rules.cap, lang=lang, template="projector")
    heatmap.update_xaxes(
        autotickangles=figures.column_label_angles(  # a slide fills a screen: a plot ≥ 900 px wide
            attained["indicator_id"].nunique(), "projector", width=SLIDE_PLOT
        )
    )
    charts = [
        (word("report.ranking", lang), figures.ranking(units, lang=lang, template="projector", awards=awards)),
        (word("report.heatmap", lang), heatmap),
    ]
    totals = analysis.indicators.set_index("indicator_id")["total_progress_pct"]
    for indicator, group in attained.groupby("indicator_id", sort=False):
        charts.append(
            (
                group["name"].iloc[0],
                figures.indicator_bars(group, total=totals[indicator], check="check", lang=lang, template="projector"),
            )
        )
    if units["self_points"].notna().any():
        charts.append((word("report.self_points", lang), figures.self_points(units, lang=lang, template="projector")))
    shown: list[dict] = []
    for heading, figure in charts:
        if not figures.has_points(figure):
            continue
        figure.update_layout(height=None, autosize=True)  # the slide, not the report, sets the size
        shown.append({"heading": heading, "element_id": f"chart-{len(shown) + 1}", "data": figure.to_json()})
    shown += _case_slides(rows, list(units["unit_name"]), lang)
    checks = check_lines(rows, dataset.warnings, lang)
    return render(
        "slides.html.j2",
        lang=lang,
        title=title,
        plotly=plotly_script(),
        opening=opening,
        overview_heading=word("slides.overview", lang),
        overview=parts["opening"] + parts["shortfalls"],
        checks_heading=word("report.checks", lang),
        checks=checks,
        ranking_heading=word("report.ranking", lang),
        ranking_table=Markup(tables.ranking_table(units, lang, awards).to_html()),
        charts=shown,
        summary_heading=word("slides.summary", lang),
        summary=[sentence for sentence in closing if sentence],
    )


def _case_slides(rows, names: list[str], lang: str) -> list[dict]:
    """The items without attainment as tables of cases and points, CASE_ROWS items by CASE_UNITS units a slide
    (the units in the ranking's order), numbered when there is more than one."""
    table = cases_table(rows, names, lang)
    if table.empty:
        return []
    item, heading = table.columns[0], word("report.cases", lang)
    rows_each = -(-len(table) // -(-len(table) // CASE_ROWS))  # as even as can be: 10 items make two slides of 5
    units_each = -(-len(names) // -(-len(names) // CASE_UNITS))
    parts = [
        table.iloc[start : start + rows_each][[item, *names[first : first + units_each]]]
        for start in range(0, len(table), rows_each)
        for first in range(0, len(names), units_each)
    ]
    return [
        {
            "heading": heading + (f" ({number}/{len(parts)})" if len(parts) > 1 else ""),
            "table": Markup(cases_html(part).to_html()),
            "note": word("report.cases_note", lang),
        }
        for number, part in enumerate(parts, start=1)
    ]
