"""Figures in the manner of plotly express: a tidy DataFrame and column names in, a go.Figure out.

Every function takes `data_frame` first, column names with defaults that fit the tables of `analysis`, and
`lang` and `template` last. Text from the data is escaped before it reaches a figure (plotly reads a few
HTML tags in labels), and numbers follow the language: 153,3% in Vietnamese, 153.3% in English.
"""

from __future__ import annotations

import html
from typing import Any

import numpy as np
import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio

from ..engine.attainment import TOLERANCE
from .words import format_percent, word

# Okabe–Ito: distinguishable with the common colour-vision deficiencies, and on a washed-out projector
PALETTE = ["#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442", "#000000"]
AWARD_COLOURS = {"flag": "#D55E00", "commendation": "#0072B2", "none": "#999999"}
MISSING_COLOUR = "#BDBDBD"
# below plan: orange; at plan: white; above plan: blue (attainment already carries each indicator's direction)
DIVERGING = [[0.0, "#B35806"], [0.25, "#F1A340"], [0.5, "#F7F7F7"], [0.75, "#67A9CF"], [1.0, "#2166AC"]]

pio.templates["emulation"] = go.layout.Template(layout=go.Layout(
    font=dict(family="Noto Sans, DejaVu Sans, Arial, sans-serif", size=13, color="#222222"),
    colorway=PALETTE, plot_bgcolor="white", paper_bgcolor="white",
    xaxis=dict(gridcolor="#E5E5E5", zerolinecolor="#BDBDBD", automargin=True),
    yaxis=dict(gridcolor="#E5E5E5", zerolinecolor="#BDBDBD", automargin=True),
    hoverlabel=dict(font_size=13), margin=dict(l=40, r=20, t=70, b=40),
))
pio.templates["emulation_projector"] = go.layout.Template(layout=go.Layout(
    font=dict(family="Noto Sans, DejaVu Sans, Arial, sans-serif", size=22, color="#000000"),
    title_font_size=30, colorway=PALETTE, plot_bgcolor="white", paper_bgcolor="white",
    xaxis=dict(gridcolor="#CCCCCC", linecolor="#000000", linewidth=2, tickfont_size=20, automargin=True),
    yaxis=dict(gridcolor="#CCCCCC", linecolor="#000000", linewidth=2, tickfont_size=20, automargin=True),
    hoverlabel=dict(font_size=20), margin=dict(l=60, r=30, t=100, b=60),
))
TEMPLATES = {"default": "emulation", "projector": "emulation_projector"}
# category labels lie flat when they fit, else stand upright: slanted ones reach past the plot's corners
UPRIGHT_OR_ACROSS = [0, 90]


def escape(values) -> list[str]:
    """Data text as plotly must show it: literally, never as markup."""
    return [html.escape(str(value)) for value in values]


def shortened(values, limit: int = 30) -> list[str]:
    """Escaped labels no longer than `limit` characters, cut at a word with "…" (the full text goes on hover);
    labels that would become equal keep their full text, so that categories never merge."""
    full = escape(values)
    cut = [text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0].rstrip(",;:-–") + "…" for text in full]
    repeated = {label for label in cut if cut.count(label) > 1}
    return [whole if short in repeated else short for short, whole in zip(cut, full)]


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


def _colour_bar(title: str, low: float, high: float) -> dict:
    """A colour scale in %, its title beside it (above, it sits on the top tick's label), three ticks: the
    ends and 100 %, which stay apart however short a crowded chart leaves the bar."""
    return dict(title=dict(text=title, side="right"), ticksuffix="%", tickvals=[low, 100, high])


def _figure(traces: list, title: str | None, lang: str, template: str | None, **layout: Any) -> go.Figure:
    """A figure of `traces` (dicts, validated once as the figure is made) in the house template or `template`,
    with Vietnamese number separators unless `lang` is "en"."""
    return go.Figure(data=traces, layout=dict(title=title, separators=",." if lang != "en" else ".,",
                                              template=pio.templates[TEMPLATES.get(template or "default", template)], **layout))


def attainment_heatmap(data_frame: pd.DataFrame, x: str = "name", y: str = "unit_name", z: str = "attainment_pct",
                       status: str = "status", direction: str = "direction", cap: float = 200, title: str | None = None,
                       lang: str = "vi", template: str | None = None) -> go.Figure:
    """Units × indicators, coloured around 100 % of plan; missing data in grey with a dash."""
    columns = list(dict.fromkeys(data_frame[x]))
    rows = list(dict.fromkeys(data_frame[y]))
    values = data_frame.pivot_table(index=y, columns=x, values=z, aggfunc="first", dropna=False).reindex(index=rows, columns=columns)
    missing = (data_frame.assign(_missing=data_frame[status] == "missing")
               .pivot_table(index=y, columns=x, values="_missing", aggfunc="first").reindex(index=rows, columns=columns))
    missing = missing.fillna(False).astype(bool).to_numpy()
    lower = data_frame.drop_duplicates(x).set_index(x)[direction].reindex(columns).eq("lower").to_numpy()
    notes = np.array([name + (f" ({word('figure.lower', lang)})" if flag else "") for name, flag in zip(escape(columns), lower)])
    x_labels, y_labels = shortened(columns), escape(rows)
    heat = dict(type="heatmap",
        z=values.to_numpy(dtype=float), x=x_labels, y=y_labels, zmin=0, zmid=100, zmax=cap, colorscale=DIVERGING,
        texttemplate="%{z:.0f}", customdata=np.broadcast_to(notes, values.shape),
        colorbar=_colour_bar(word("figure.attainment", lang), 0, cap),
        hovertemplate="%{y}<br>%{customdata}<br>%{z:.1f}% " + word("figure.of_plan", lang) + "<extra></extra>",
        xgap=1, ygap=1, name=word("figure.attainment", lang),
    )
    gaps = dict(type="heatmap",
        z=np.where(missing, 1.0, np.nan), x=x_labels, y=y_labels, colorscale=[[0, MISSING_COLOUR], [1, MISSING_COLOUR]],
        showscale=False, text=np.where(missing, "—", ""), texttemplate="%{text}", xgap=1, ygap=1,
        customdata=np.broadcast_to(notes, values.shape),
        hovertemplate="%{y}<br>%{customdata}<br>" + word("figure.missing", lang) + "<extra></extra>", name=word("figure.missing", lang),
    )
    return _figure([heat, gaps], title, lang, template, height=max(300, 40 * len(rows) + 200),
                   xaxis=dict(autotickangles=UPRIGHT_OR_ACROSS), yaxis=dict(autorange="reversed"))


def ranking(data_frame: pd.DataFrame, x: str = "total", y: str = "unit_name", rank: str = "rank", award: str = "award",
            role: str = "role", tie: str = "award_tie", title: str | None = None, lang: str = "vi",
            template: str | None = None) -> go.Figure:
    """Totals per unit, best first; colour tells the proposed award; head, deputy and ties in the labels."""
    ordered = data_frame.sort_values([rank, x], ascending=[True, False], kind="stable")
    shared = ordered[rank].duplicated(keep=False)
    labels = [f"{int(position)}{'=' if is_shared else ''}. {name}" + (f" ({word('role.' + title_, lang)})" if title_ != "member" else "")
              for position, is_shared, name, title_ in zip(ordered[rank], shared, escape(ordered[y]), ordered[role])]
    traces = []
    for key in ("flag", "commendation", "none"):
        chosen = (ordered[award] == key).to_numpy()
        if not chosen.any():
            continue
        suffix = np.where(ordered[tie].to_numpy()[chosen], f" ({word('figure.tied', lang)})", "")
        traces.append(dict(type="bar",
            x=ordered[x].to_numpy()[chosen], y=np.array(labels, dtype=object)[chosen], orientation="h",
            marker_color=AWARD_COLOURS[key], name=word(f"award.{key}", lang) or ("—"),
            texttemplate="%{x:.2f}", textposition="outside", cliponaxis=False, customdata=suffix,
            hovertemplate="%{y}<br>%{x:.2f} " + word("figure.points", lang) + "%{customdata}<extra></extra>",
        ))
    longest = float(ordered[x].max()) if len(ordered) else 1.0
    return _figure(traces, title, lang, template, barmode="overlay", height=max(300, 45 * len(ordered) + 150),
                   yaxis=dict(categoryorder="array", categoryarray=labels, autorange="reversed", ticklabelstandoff=8),
                   xaxis=dict(title=word("figure.total", lang), range=[0, longest * 1.15]))


def indicator_bars(data_frame: pd.DataFrame, x: str = "unit_name", y: str = "attainment_pct",
                   progress: str = "progress_pct", expected: str = "expected_share", flow: str = "flow",
                   total: float | None = None, title: str | None = None, lang: str = "vi",
                   template: str | None = None) -> go.Figure:
    """One indicator across units: % KH bars with the plan line and the cluster mean; at a partial period a
    flow also shows progress against the yearly plan beside the expected pace. `total` is the cluster's
    progress for a flow (comparisons.indicator_summary), drawn as a line when given."""
    ordered = data_frame.sort_values(y, ascending=False, na_position="last", kind="stable")
    names = wrapped(ordered[x])
    mean = ordered[y].mean()
    traces = [dict(type="bar", x=names, y=ordered[y], name=word("figure.attainment", lang), marker_color=PALETTE[0],
                     texttemplate="%{y:.1f}%", textposition="auto", cliponaxis=False,
                     hovertemplate="%{x}<br>%{y:.1f}% " + word("figure.of_plan", lang) + "<extra></extra>")]
    share = float(ordered[expected].iloc[0]) if len(ordered) else 100.0
    paced = bool(ordered[flow].iloc[0]) and share < 100 if len(ordered) else False
    lines = [(100.0, word("figure.plan_line", lang), "#000000", "solid"),
             (mean, f"{word('figure.mean', lang)} {format_percent(mean, 1, lang)}", PALETTE[2], "dash")]
    if paced:
        traces.append(dict(type="bar", x=names, y=ordered[progress], name=word("figure.progress", lang), marker_color=PALETTE[1],
                             texttemplate="%{y:.2f}%", textposition="auto", cliponaxis=False,
                             hovertemplate="%{x}<br>%{y:.2f}% " + word("figure.progress", lang) + "<extra></extra>"))
        lines.append((share, f"{word('figure.pace', lang)} {format_percent(share, 0, lang)}", PALETTE[3], "dot"))
        if total is not None and not np.isnan(total):
            lines.append((total, f"{word('figure.cluster_total', lang)} {format_percent(total, 1, lang)}", PALETTE[4],
                          "dashdot"))
    drawn = [line for line in lines if line[0] is not None and not np.isnan(line[0])]
    bars = [np.asarray(trace["y"], dtype=float) for trace in traces]
    highest = max([float(np.nanmax(values)) for values in bars if np.isfinite(values).any()]
                  + [value for value, *_ in drawn], default=100.0)
    # the lines are named in the legend, never on the plot where the bars' labels are; the range leaves room
    # above the tallest bar for its label
    return _figure(traces, title, lang, template, barmode="group",
                   xaxis=dict(autotickangles=UPRIGHT_OR_ACROSS, ticklabelstandoff=10),  # clear of the "0%" beside
                   yaxis=dict(title="%", ticksuffix="%", range=[0, highest * 1.12]),
                   shapes=[_level(value, label, colour, dash) for value, label, colour, dash in drawn])


def _level(value: float, label: str, colour: str, dash: str) -> dict:
    """A horizontal line across the plot, named in the legend, behind the bars so that it never crosses their
    labels (plain layout data: add_hline costs ~20 ms a line)."""
    return dict(type="line", xref="x domain", x0=0, x1=1, yref="y", y0=value, y1=value, name=label, showlegend=True,
                layer="below", line=dict(color=colour, dash=dash, width=2))


def unit_profile(data_frame: pd.DataFrame, unit: str, x: str = "attainment_pct", y: str = "name",
                 color: str = "unit_id", text: str = "unit_name", cap: float = 200, title: str | None = None, lang: str = "vi",
                 template: str | None = None) -> go.Figure:
    """One unit against the cluster mean and the best unit, indicator by indicator (a dot plot that stays
    readable with 25 indicators)."""
    order = list(dict.fromkeys(data_frame[y]))
    per_indicator = data_frame.groupby(y, sort=False)[x]
    chosen = data_frame[data_frame[color] == unit]
    own = chosen.set_index(y)[x].reindex(order)
    own_name = chosen[text].iloc[0] if len(chosen) else unit
    labels, full = shortened(order, 40), escape(order)
    traces = [
        dict(type="scatter", x=per_indicator.max().reindex(order).clip(upper=cap), y=labels, mode="markers", name=word("figure.best", lang),
                   marker=dict(symbol="diamond", size=10, color=PALETTE[2]), customdata=full,
                   hovertemplate="%{customdata}<br>%{x:.1f}%<extra></extra>"),
        dict(type="scatter", x=per_indicator.mean().reindex(order), y=labels, mode="markers", name=word("figure.mean", lang),
                   marker=dict(symbol="line-ns-open", size=16, line_width=3, color="#555555"), customdata=full,
                   hovertemplate="%{customdata}<br>%{x:.1f}%<extra></extra>"),
        dict(type="scatter", x=own.clip(upper=cap), y=labels, mode="markers", name=escape([own_name])[0],
                   marker=dict(size=13, color=PALETTE[0]), customdata=full, hovertemplate="%{customdata}<br>%{x:.1f}%<extra></extra>"),
    ]
    return _figure(traces, title, lang, template, height=max(350, 28 * len(order) + 160),
                   xaxis=dict(title=word("figure.attainment", lang), ticksuffix="%"),
                   yaxis=dict(autorange="reversed", ticklabelstandoff=8),
                   shapes=[dict(type="line", yref="y domain", y0=0, y1=1, xref="x", x0=100, x1=100,
                                line=dict(color="#000000", width=1))])


def trend(data_frame: pd.DataFrame, x: str = "period", y: str = "total", color: str = "unit_name",
          title: str | None = None, lang: str = "vi", template: str | None = None) -> go.Figure:
    """A total or an attainment over periods (in the order the data gives them), one line per unit."""
    periods = list(dict.fromkeys(data_frame[x].astype(str)))
    traces = []
    for name, group in data_frame.groupby(color, sort=False):
        series = group.set_index(group[x].astype(str))[y].reindex(periods)
        traces.append(dict(type="scatter", x=periods, y=series, mode="lines+markers", name=escape([name])[0],
                                 hovertemplate="%{x}<br>%{y:.2f}<extra>" + escape([name])[0] + "</extra>"))
    return _figure(traces, title, lang, template, xaxis=dict(title=word("figure.period", lang), type="category"),
                   yaxis=dict(title=word("figure.total", lang) if y == "total" else word("figure.attainment", lang)))


def cluster_colours(codes) -> dict[str, str]:
    """One colour per cluster code, the same in every chart of the same clusters (by the codes' order)."""
    return {code: PALETTE[index % len(PALETTE)] for index, code in enumerate(sorted(set(codes)))}


PROVINCE_AXES = {"total": "figure.total", "total_share": "figure.total_share", "mean_attainment": "figure.attainment"}


def province_view(data_frame: pd.DataFrame, x: str = "cluster_name", y: str = "total_share", hover: str = "unit_name",
                  color: str = "cluster_id", title: str | None = None, lang: str = "vi",
                  template: str | None = None) -> go.Figure:
    """Every cluster side by side: the spread over its members of the total as a share of each unit's maximum
    possible base (comparable across clusters whose maxima differ), the raw total or % KH; a cluster keeps its
    colour in every such chart."""
    colours = cluster_colours(data_frame[color])
    suffix = "%" if y != "total" else ""
    traces = [dict(type="box", y=group[y], name=escape([name])[0], boxpoints="all", jitter=0.4, pointpos=0,
                     text=escape(group[hover]), marker_color=colours[group[color].iloc[0]],
                     hovertemplate="%{text}<br>%{y:.2f}" + suffix + "<extra></extra>")
              for name, group in data_frame.groupby(x, sort=False)]
    return _figure(traces, title, lang, template, showlegend=False,
                   yaxis=dict(title=word(PROVINCE_AXES.get(y, "figure.attainment"), lang), ticksuffix=suffix))


def self_points(data_frame: pd.DataFrame, x: str = "self_compared", y: str = "self_points", text: str = "unit_name",
                title: str | None = None, lang: str = "vi", template: str | None = None) -> go.Figure:
    """Self points against the points the data supports; units above the diagonal scored themselves higher."""
    scored = data_frame.dropna(subset=[x, y])
    higher = (scored[y] > scored[x] + TOLERANCE).to_numpy()
    low, high = (float(min(scored[x].min(), scored[y].min())), float(max(scored[x].max(), scored[y].max()))) \
        if len(scored) else (0.0, 1.0)
    pad = 0.15 * max(high - low, 1.0)  # the units' names above their points stay inside the plot
    traces = [
        dict(type="scatter", x=[low, high], y=[low, high], mode="lines", name=word("figure.equal", lang),
                   line=dict(color="#777777", dash="dash"), hoverinfo="skip"),
        dict(type="scatter", x=scored[x], y=scored[y], mode="markers+text", text=escape(scored[text]), textposition="top center",
                   marker=dict(size=12, color=np.where(higher, PALETTE[3], PALETTE[0])), name=word("figure.unit", lang),
                   hovertemplate="%{text}<br>" + word("figure.computed", lang) + ": %{x:.2f}<br>" + word("figure.self", lang)
                   + ": %{y:.2f}<extra></extra>"),
    ]
    return _figure(traces, title, lang, template, showlegend=False,
                   xaxis=dict(title=word("figure.computed", lang), range=[low - pad, high + pad]),
                   yaxis=dict(title=word("figure.self", lang), range=[low - pad, high + pad]))


def criteria_tree(data_frame: pd.DataFrame, kind: str = "icicle", ids: str = "criterion_id", parents: str = "parent_id",
                  names: str = "name", values: str = "standard_total", score: str = "final", title: str | None = None,
                  lang: str = "vi", template: str | None = None) -> go.Figure:
    """One unit's guide as an icicle, treemap or sunburst under its total: each criterion's size is its
    standard, its colour its final score as a share of the standard (orange below, white at, blue above)."""
    tree = data_frame[data_frame[values] > 0]
    top = tree[parents].isna().to_numpy()
    root = "∑"  # not a code a criterion can have: codes are escaped, and the root is drawn from this one string
    points = np.append(tree[score].to_numpy(float), tree.loc[top, score].sum())
    sizes = np.append(tree[values].to_numpy(float), tree.loc[top, values].sum())
    with np.errstate(divide="ignore", invalid="ignore"):
        share = 100 * points / sizes
    labels = [f"{code}. {name}" for code, name in zip(escape(tree[ids]), escape(tree[names]))] + [word("label.grand_total", lang)]
    trace = dict(ids=escape(tree[ids]) + [root],
                 parents=[escape([parent])[0] if isinstance(parent, str) else root for parent in tree[parents]] + [""],
                 labels=labels, values=sizes, branchvalues="total",
                 customdata=np.column_stack([points, share]),
                 marker=dict(colors=share, colorscale=DIVERGING, cmin=0, cmid=100, cmax=200,
                             colorbar=_colour_bar(word("figure.of_standard", lang), 0, 200)),
                 texttemplate="%{label}<br>%{customdata[0]:.2f}/%{value:.4~g}",
                 hovertemplate="%{label}<br>" + word("figure.final", lang) + ": %{customdata[0]:.2f}<br>"
                 + word("figure.standard", lang) + ": %{value:.4~g}<br>%{customdata[1]:.1f}%<extra></extra>")
    # no axes: the template's axis settings would otherwise draw an empty pair of them behind the tree
    return _figure([dict(type=kind, **trace)], title, lang, template, height=600, margin=dict(l=10, r=10, t=70, b=10),
                   xaxis=dict(visible=False), yaxis=dict(visible=False))


def criteria_heatmap(data_frame: pd.DataFrame, x: str = "criterion_id", y: str = "unit_name", score: str = "final",
                     standard: str = "standard_total", names: str = "name", title: str | None = None, lang: str = "vi",
                     template: str | None = None) -> go.Figure:
    """Units × criteria side by side: each unit's final score as a share of the criterion's standard."""
    shown = data_frame[data_frame[standard] > 0].assign(_share=lambda frame: 100 * frame[score] / frame[standard])
    columns, rows = list(dict.fromkeys(shown[x])), list(dict.fromkeys(shown[y]))
    values = shown.pivot_table(index=y, columns=x, values="_share", aggfunc="first").reindex(index=rows, columns=columns)
    named = shown.drop_duplicates(x).set_index(x)[names].reindex(columns)
    heat = dict(type="heatmap",
        z=values.to_numpy(dtype=float), x=escape(columns), y=escape(rows), zmin=50, zmid=100, zmax=150,
        colorscale=DIVERGING, texttemplate="%{z:.0f}", customdata=np.broadcast_to(np.array(escape(named), dtype=object),
                                                                                values.shape),
        colorbar=_colour_bar(word("figure.of_standard", lang), 50, 150), xgap=1, ygap=1,
        hovertemplate="%{y}<br>%{x}. %{customdata}<br>%{z:.1f}% " + word("figure.of_standard", lang) + "<extra></extra>",
    )
    return _figure([heat], title, lang, template, height=max(300, 40 * len(rows) + 200),
                   xaxis=dict(side="top", type="category"), yaxis=dict(autorange="reversed"))
