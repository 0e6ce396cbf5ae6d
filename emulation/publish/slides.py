"""A slide deck per cluster for the review meeting: a title slide (the province, the board, the cluster, the
period and the date), the overview, one chart or table per slide, and a closing summary (awards, grades, next
year's head and deputy); the projector template, large text, plotly.js embedded once, nothing fetched
(`templates/slides.html.j2`). Arrow keys, Page Up/Down and space move between slides; each chart is drawn when
its slide is first shown."""

from __future__ import annotations

import datetime

from markupsafe import Markup

from ..engine.analysis import analyse
from ..views import figures, tables
from ..views.awards import Awards
from ..views.narrative import award_sentences, next_year_roles, summary_sentences
from ..views.words import period_name, word
from .pages import plotly_script, render


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
    opening = {"issuer": ([word("document.province", lang, name=province)] if province else []) + [word("document.board", lang)],
               "cluster": name, "period": word("slides.results", lang, period=period_name(period, lang)),
               "date": word("document.dateline", lang, place=province, **day) if province else word("slides.date", lang, **day)}
    closing = (award_sentences(units, lang, awards) or [word("slides.no_awards", lang)]) + parts["grades"] \
        + [next_year_roles(dataset, cluster, period, lang)]
    charts = [(word("report.ranking", lang), figures.ranking(units, lang=lang, template="projector", awards=awards)),
              (word("report.heatmap", lang),
               figures.attainment_heatmap(rows, cap=analysis.rules.cap, lang=lang, template="projector"))]
    summary = analysis.indicators.set_index("indicator_id")
    for indicator, group in rows.groupby("indicator_id", sort=False):
        charts.append((group["name"].iloc[0], figures.indicator_bars(
            group, total=summary.loc[indicator, "total_progress_pct"], lang=lang, template="projector")))
    if units["self_points"].notna().any():
        charts.append((word("report.self_points", lang), figures.self_points(units, lang=lang, template="projector")))
    shown = []
    for number, (heading, figure) in enumerate(charts, start=1):
        figure.update_layout(height=None, autosize=True)  # the slide, not the report, sets the size
        shown.append({"heading": heading, "element_id": f"chart-{number}", "data": figure.to_json()})
    return render("slides.html.j2", lang=lang, title=title, plotly=plotly_script(), opening=opening,
                  overview_heading=word("slides.overview", lang), overview=parts["opening"] + parts["shortfalls"],
                  ranking_heading=word("report.ranking", lang),
                  ranking_table=Markup(tables.ranking_table(units, lang, awards).to_html()), charts=shown,
                  summary_heading=word("slides.summary", lang), summary=[sentence for sentence in closing if sentence])
