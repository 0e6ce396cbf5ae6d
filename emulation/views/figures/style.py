"""The house style of every figure: palette, plotly templates, escaped labels, and the one place a figure is made."""

from __future__ import annotations

import html
from typing import Any

import plotly.graph_objects as go
import plotly.io as pio

# Okabe–Ito: distinguishable with the common colour-vision deficiencies, and on a washed-out projector
PALETTE = ["#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442", "#000000"]
AWARD_COLOURS = {"flag": "#D55E00", "commendation": "#0072B2", "none": "#999999"}
MISSING_COLOUR = "#BDBDBD"
# below plan: orange; at plan: white; above plan: blue (attainment already carries each indicator's direction)
DIVERGING = [[0.0, "#B35806"], [0.25, "#F1A340"], [0.5, "#F7F7F7"], [0.75, "#67A9CF"], [1.0, "#2166AC"]]

pio.templates["emulation"] = go.layout.Template(
    layout=go.Layout(
        font=dict(family="Noto Sans, DejaVu Sans, Arial, sans-serif", size=13, color="#222222"),
        colorway=PALETTE,
        plot_bgcolor="white",
        paper_bgcolor="white",
        xaxis=dict(gridcolor="#E5E5E5", zerolinecolor="#BDBDBD", automargin=True),
        yaxis=dict(gridcolor="#E5E5E5", zerolinecolor="#BDBDBD", automargin=True),
        hoverlabel=dict(font_size=13),
        margin=dict(l=40, r=20, t=70, b=40),
    )
)
pio.templates["emulation_projector"] = go.layout.Template(
    layout=go.Layout(
        font=dict(family="Noto Sans, DejaVu Sans, Arial, sans-serif", size=22, color="#000000"),
        title_font_size=30,
        colorway=PALETTE,
        plot_bgcolor="white",
        paper_bgcolor="white",
        xaxis=dict(gridcolor="#CCCCCC", linecolor="#000000", linewidth=2, tickfont_size=20, automargin=True),
        yaxis=dict(gridcolor="#CCCCCC", linecolor="#000000", linewidth=2, tickfont_size=20, automargin=True),
        hoverlabel=dict(font_size=20),
        margin=dict(l=60, r=30, t=100, b=60),
    ),
    data=dict(scatter=[go.Scatter(line=dict(width=4), marker=dict(size=11))]),
)  # lines that read from the back row
TEMPLATES = {"default": "emulation", "projector": "emulation_projector"}
PROJECTOR_HEIGHT = 620
# category labels lie flat when they fit, else stand upright: slanted ones reach past the plot's corners
UPRIGHT_OR_ACROSS = [0, 90]
# a heatmap's column labels (indicators' names) lie flat when they fit, else slant, which reads without turning
# one's head (the axis' automargin makes room for the first one), else stand upright (`column_label_angles`)
ACROSS_OR_SLANTED = [0, -45, 90]
NARROWEST_PLOT = 560  # px: the plot of a chart in a Word-sized image or a narrow notebook (a report's is ~850)


def escape(values) -> list[str]:
    """Data text as plotly must show it: literally, never as markup."""
    return [html.escape(str(value)) for value in values]


def shortened(values, limit: int = 30) -> list[str]:
    """Escaped labels no longer than `limit` characters as read, cut at a word with "…" (the full text goes on
    hover); labels that would become equal keep their full text, so that categories never merge. The text is
    cut before it is escaped, so that an escape is never cut in two."""
    full = [str(value) for value in values]
    cut = [text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0].rstrip(",;:-–") + "…" for text in full]
    repeated = {label for label in cut if cut.count(label) > 1}
    return escape(whole if short in repeated else short for short, whole in zip(cut, full))


def wrapped(values, width: int = 14) -> list[str]:
    """Escaped labels broken into two lines of about `width` characters at a space (a name under a bar stays
    narrow enough not to reach its neighbours or the axis)."""
    labels = []
    for text in escape(values):
        words, first = text.split(" "), ""
        while words and len(f"{first} {words[0]}".strip()) <= width:
            first = f"{first} {words.pop(0)}".strip()
        labels.append(f"{first}<br>{' '.join(words)}" if first and words else text)
    return labels


def colour_bar(title: str, low: float, high: float) -> dict:
    """A colour scale in %, its title beside it (above, it sits on the top tick's label), three ticks: the
    ends and 100 %, which stay apart however short a crowded chart leaves the bar."""
    return dict(title=dict(text=title, side="right"), ticksuffix="%", tickvals=[low, 100, high])


def make_figure(traces: list, title: str | None, lang: str, template: str | None, **layout: Any) -> go.Figure:
    """A figure of `traces` (dicts, validated once as the figure is made) in the house template or `template`,
    with Vietnamese number separators unless `lang` is "en". On the projector a chart is at least
    PROJECTOR_HEIGHT tall: more than half of a 1080-pixel screen."""
    if template == "projector":
        layout["height"] = max(layout.get("height") or 0, PROJECTOR_HEIGHT)
    return go.Figure(
        data=traces,
        layout=dict(
            title=title,
            separators=",." if lang != "en" else ".,",
            template=pio.templates[TEMPLATES.get(template or "default", template)],
            **layout,
        ),
    )


def level_line(value: float, label: str, colour: str, dash: str) -> dict:
    """A horizontal line across the plot, named in the legend, behind the bars so that it never crosses their
    labels (plain layout data: add_hline costs ~20 ms a line)."""
    return dict(
        type="line",
        xref="x domain",
        x0=0,
        x1=1,
        yref="y",
        y0=value,
        y1=value,
        name=label,
        showlegend=True,
        layer="below",
        line=dict(color=colour, dash=dash, width=2),
    )


def cluster_colours(codes) -> dict[str, str]:
    """One colour per cluster code, the same in every chart of the same clusters (by the codes' order)."""
    return {code: PALETTE[index % len(PALETTE)] for index, code in enumerate(sorted(set(codes)))}


def has_points(figure: go.Figure) -> bool:
    """Whether a figure draws anything: some trace holds at least one value (a chart with nothing drawn is never
    shown)."""
    import numpy as np

    for trace in figure.data:
        values = (
            trace.z if trace.type == "heatmap" else trace.x if getattr(trace, "orientation", None) == "h" else trace.y
        )
        if (
            values is not None
            and np.asarray(values, dtype=object).size
            and any(
                value is not None and value == value and value != ""
                for value in np.asarray(values, dtype=object).ravel()
            )
        ):
            return True
    return False


def column_label_angles(count: int, template: str | None, width: float = NARROWEST_PLOT) -> list[int]:
    """The angles plotly may give the labels of `count` columns: flat or slanted (`ACROSS_OR_SLANTED`) where a plot
    `width` px wide leaves each column 1,7 tick-font sizes, else flat or upright. Plotly slants from 1,25 font
    sizes a column, where slanted lines with Vietnamese marks (1,16 font sizes tall) still touch, so the choice
    between slanted and upright is made here."""
    layout = pio.templates[TEMPLATES.get(template or "default", template)].layout
    size = layout.xaxis.tickfont.size or layout.font.size or 12
    return ACROSS_OR_SLANTED if count * 1.7 * size <= width else UPRIGHT_OR_ACROSS
