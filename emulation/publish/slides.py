"""A slide deck per cluster for the review meeting: one chart or table per slide, the projector template,
large text, plotly.js embedded once, nothing fetched (`templates/slides.html.j2`). Arrow keys, Page Up/Down
and space move between slides; each chart is drawn when its slide is first shown."""

from __future__ import annotations

from markupsafe import Markup

from ..engine.analysis import analyse
from ..views import figures, tables
from ..views.narrative import summary_sentences
from ..views.words import period_name, word
from .pages import plotly_script, render


def slide_deck(dataset, period: str, cluster: str, lang: str = "vi") -> str:
    """The deck as one self-contained HTML page."""
    analysis = analyse(dataset, period, [cluster])
    units, rows = analysis.units.sort_values("rank", kind="stable"), analysis.rows
    title = f"{units['cluster_name'].iloc[0]} · {period_name(period, lang)}"
    parts = summary_sentences(analysis, cluster, lang)
    charts = [(word("report.ranking", lang), figures.ranking(units, lang=lang, template="projector")),
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
    return render("slides.html.j2", lang=lang, title=title, plotly=plotly_script(), opening=parts["opening"],
                  ranking_heading=word("report.ranking", lang),
                  ranking_table=Markup(tables.ranking_table(units, lang).to_html()), closing=parts["closing"][-1:],
                  charts=shown)
