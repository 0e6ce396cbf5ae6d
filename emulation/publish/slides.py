"""A slide deck per cluster for the review meeting: one chart or table per slide, the projector template,
large text, plotly.js embedded once, nothing fetched. Arrow keys, Page Up/Down and space move between
slides; each chart is drawn when its slide is first shown."""

from __future__ import annotations

import html

from ..views import figures

from ..views import tables
from ..engine.analysis import analyse
from ..views.words import period_name, say
from ..views.narrative import summary_sentences
from .pages import plotly_script

STYLE = """<style>
html, body { margin: 0; height: 100%; background: #fff; color: #000; font-family: "Noto Sans", "DejaVu Sans", Arial, sans-serif; }
.slide { display: none; box-sizing: border-box; height: 100vh; padding: 3vh 4vw; }
.slide.shown { display: flex; flex-direction: column; }
.slide h1 { font-size: 5vh; margin: 0 0 2vh; } .slide h2 { font-size: 4vh; margin: 0 0 2vh; }
.slide p, .slide li { font-size: 3.2vh; line-height: 1.4; } .slide table { font-size: 2.6vh; border-collapse: collapse; }
.slide td, .slide th { padding: 0.6vh 1.2vw; border-bottom: 1px solid #999; text-align: left; }
.chart { flex: 1; min-height: 0; }
.counter { position: fixed; right: 2vw; bottom: 1.5vh; font-size: 2vh; color: #555; }
</style>"""
SCRIPT = """<script>
(function () {
  var slides = document.querySelectorAll('.slide'), current = 0, drawn = {};
  function show(index) {
    current = Math.max(0, Math.min(slides.length - 1, index));
    slides.forEach(function (slide, i) { slide.classList.toggle('shown', i === current); });
    var chart = slides[current].querySelector('.chart');
    if (chart && !drawn[chart.id]) {
      var figure = JSON.parse(document.getElementById(chart.id + '-data').textContent);
      Plotly.newPlot(chart.id, figure.data, figure.layout, {displaylogo: false, responsive: true});
      drawn[chart.id] = true;
    }
    document.querySelector('.counter').textContent = (current + 1) + ' / ' + slides.length;
  }
  document.addEventListener('keydown', function (event) {
    if (['ArrowRight', 'PageDown', ' ', 'ArrowDown'].indexOf(event.key) >= 0) { show(current + 1); event.preventDefault(); }
    if (['ArrowLeft', 'PageUp', 'ArrowUp'].indexOf(event.key) >= 0) { show(current - 1); event.preventDefault(); }
  });
  document.addEventListener('click', function () { show(current + 1); });
  show(0);
})();
</script>"""


def slide_deck(dataset, period: str, cluster: str, lang: str = "vi") -> str:
    """The deck as one self-contained HTML page."""
    analysis = analyse(dataset, period, [cluster])
    units, rows = analysis.units.sort_values("rank", kind="stable"), analysis.rows
    title = f"{units['cluster_name'].iloc[0]} · {period_name(period, lang)}"
    parts = summary_sentences(analysis, cluster, lang)
    slides = [f"<h1>{html.escape(title)}</h1>" + "".join(f"<p>{html.escape(sentence)}</p>" for sentence in parts["opening"])]
    charts = [(say("ranking", lang), figures.ranking(units, lang=lang, template="projector"))]
    slides.append(f"<h2>{html.escape(say('ranking', lang))}</h2>" + tables.ranking_table(units, lang).to_html()
                  + "".join(f"<p>{html.escape(sentence)}</p>" for sentence in parts["closing"][-1:]))
    charts.append((say("heatmap", lang), figures.attainment_heatmap(rows, cap=analysis.rules.cap, lang=lang, template="projector")))
    summary = analysis.indicators.set_index("indicator_id")
    for indicator, group in rows.groupby("indicator_id", sort=False):
        charts.append((group["name"].iloc[0], figures.indicator_bars(group, total=summary.loc[indicator, "total_progress_pct"],
                                                                      lang=lang, template="projector")))
    if units["self_points"].notna().any():
        charts.append((say("self_points", lang), figures.self_points(units, lang=lang, template="projector")))
    for number, (heading, figure) in enumerate(charts, start=1):
        figure.update_layout(height=None, autosize=True)  # the slide, not the report, sets the size
        data = figure.to_json().replace("</", "<\\/")
        element = f"chart-{number}"
        slides.append(f"<h2>{html.escape(heading)}</h2><div class=\"chart\" id=\"{element}\"></div>"
                      f"<script type=\"application/json\" id=\"{element}-data\">{data}</script>")
    sections = "\n".join(f'<section class="slide">{slide}</section>' for slide in slides)
    return (f"<!DOCTYPE html>\n<html lang=\"{lang}\"><head><meta charset=\"utf-8\"><title>{html.escape(title)}</title>"
            f"{plotly_script()}{STYLE}</head>\n<body>\n{sections}\n<div class=\"counter\"></div>{SCRIPT}</body></html>\n")
