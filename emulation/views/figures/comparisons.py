"""Figures that compare: over periods, across a province's clusters, self points against the data."""

from __future__ import annotations

from typing import Any

import pandas as pd
import plotly.graph_objects as go

from ...engine.attainment import TOLERANCE
from ..words import word
from .style import PALETTE, cluster_colours, escape, make_figure, wrapped

PROVINCE_AXES = {"total": "figure.total", "total_share": "figure.total_share", "mean_attainment": "figure.attainment"}


def trend(
    data_frame: pd.DataFrame,
    x: str = "period",
    y: str = "total",
    color: str = "unit_name",
    line_dash: str | None = None,
    hover_name: str | None = None,
    title: str | None = None,
    lang: str = "vi",
    template: str | None = None,
) -> go.Figure:
    """A total or an attainment over periods, one line per unit; periods in the order the data gives them.

    Parameters
    ----------
    data_frame : DataFrame
        One row per period and unit (`analyse_periods(...)[0]`) or per period, unit and indicator.
    x, y : str
        Columns of the period and of the value (a total; any other column is labelled as attainment).
    color : str
        The column naming each line (one colour and one legend entry each).
    line_dash : str, optional
        A column of booleans: its True rows are drawn dashed, joined to the line's first solid point (a unit's
        old units combined before a reorganisation, then the unit itself), and the legend says what dashes mean.
    hover_name : str, optional
        A column whose text names each point on hover (default: the line's name).
    title : str, optional
        The figure's title.
    lang : {"vi", "en"}, default "vi"
        The language of labels and numbers (153,3% in Vietnamese, 153.3% in English).
    template : {None, "projector"}, optional
        The house template, or "projector": large type and high contrast for a meeting-room screen.

    Returns
    -------
    plotly.graph_objects.Figure

    Examples
    --------
    >>> from emulation import analyse_periods, open_dataset
    >>> units, rows = analyse_periods(open_dataset(), ["HG-DL"])
    >>> figure = trend(units)
    """
    periods = list(dict.fromkeys(data_frame[x].astype(str)))
    order = {period: place for place, period in enumerate(periods)}
    dashed_rows = (
        data_frame[line_dash].astype("boolean").fillna(False).astype(bool)
        if line_dash
        else pd.Series(False, index=data_frame.index)
    )
    traces: list[dict[str, Any]] = []
    for index, (name, group) in enumerate(data_frame.groupby(color, sort=False)):
        label, colour = escape([name])[0], PALETTE[index % len(PALETTE)]
        dashed = dashed_rows[group.index]
        solid = group[~dashed].sort_values(x, key=lambda column: column.astype(str).map(order), kind="stable")
        parts = [(solid, "solid", True)]
        if dashed.any():  # the old units' line reaches the unit's first point, so that the line runs on
            parts.append((pd.concat([group[dashed], solid.iloc[:1]]), "dash", False))
        for part, dash, in_legend in parts:
            by_period = part.set_index(part[x].astype(str)).reindex(periods)
            named = by_period[hover_name].fillna(name) if hover_name else pd.Series(name, index=periods)
            traces.append(
                dict(
                    type="scatter",
                    x=periods,
                    y=by_period[y],
                    mode="lines+markers",
                    name=label,
                    legendgroup=label,
                    showlegend=in_legend,
                    line=dict(color=colour, dash=dash),
                    customdata=escape(named),
                    hovertemplate="%{x}<br>%{y:.2f}<extra>%{customdata}</extra>",
                )
            )
    if dashed_rows.any():
        traces.append(
            dict(
                type="scatter",
                x=[None],
                y=[None],
                mode="lines",
                name=word("figure.lineage", lang),
                line=dict(color="#777777", dash="dash"),
            )
        )
    return make_figure(
        traces,
        title,
        lang,
        template,
        xaxis=_period_axis(periods, lang),
        yaxis=dict(title=word(PROVINCE_AXES.get(y, "figure.attainment"), lang)),
    )


def lineage_trend(
    data_frame: pd.DataFrame,
    lineage: pd.DataFrame,
    title: str | None = None,
    lang: str = "vi",
    template: str | None = None,
) -> go.Figure:
    """The cluster's totals over periods and, before a reorganisation, each formed unit's old units combined:
    then the totals as shares of the maximum (comparable across the change), the old units dashed and named on
    hover; without a lineage, the plain `trend` of the totals.

    Parameters
    ----------
    data_frame : DataFrame
        One row per period and unit, as `analyse_periods(...)[0]`.
    lineage : DataFrame
        The old units combined, as `engine.unit_years.lineage_rows` gives them (may be empty).
    title : str, optional
        The figure's title.
    lang : {"vi", "en"}, default "vi"
        The language of labels and numbers (153,3% in Vietnamese, 153.3% in English).
    template : {None, "projector"}, optional
        The house template, or "projector": large type and high contrast for a meeting-room screen.

    Returns
    -------
    plotly.graph_objects.Figure

    Examples
    --------
    >>> from emulation import analyse_periods, open_dataset
    >>> units, rows = analyse_periods(open_dataset(), ["HG-DL"], ["2019", "2020"])
    >>> figure = lineage_trend(units, units.iloc[:0])
    """
    if lineage.empty:
        return trend(data_frame.sort_values("period", kind="stable"), title=title, lang=lang, template=template)
    joined = pd.concat([data_frame, lineage], ignore_index=True).sort_values("period", kind="stable")
    return trend(
        joined,
        y="total_share",
        line_dash="lineage",
        hover_name="lineage_name",
        title=title,
        lang=lang,
        template=template,
    )


def _period_axis(periods: list[str], lang: str) -> dict[str, Any]:
    """Periods across, in the order given: when all are the same part of their years (like with like), the
    axis names the part ("6 tháng đầu năm") and each tick its year; otherwise each tick its period's code."""
    parts = {period.partition("-")[2] for period in periods}
    if len(parts) != 1:
        return dict(title=word("figure.period", lang), type="category")
    return dict(
        title=word(f"figure.part_{parts.pop() or 'year'}", lang),
        type="category",
        tickvals=periods,
        ticktext=[period[:4] for period in periods],
    )


def province_view(
    data_frame: pd.DataFrame,
    x: str = "cluster_name",
    y: str = "total_share",
    hover: str = "unit_name",
    color: str = "cluster_id",
    title: str | None = None,
    lang: str = "vi",
    template: str | None = None,
) -> go.Figure:
    """Every cluster side by side: the spread over its members of the total as a share of each unit's maximum
    possible base (comparable across clusters whose maxima differ), the raw total or % KH; a cluster keeps its
    colour in every such chart.

    Parameters
    ----------
    data_frame : DataFrame
        One row per unit of several clusters, as `Analysis.units`.
    x, y : str
        Columns of the cluster's name and of the value: "total_share" (%), "total" or "mean_attainment".
    hover, color : str
        Columns of the unit's name (on hover) and of the cluster's code (its colour).
    title : str, optional
        The figure's title.
    lang : {"vi", "en"}, default "vi"
        The language of labels and numbers (153,3% in Vietnamese, 153.3% in English).
    template : {None, "projector"}, optional
        The house template, or "projector": large type and high contrast for a meeting-room screen.

    Returns
    -------
    plotly.graph_objects.Figure

    Examples
    --------
    >>> from emulation import analyse, open_dataset
    >>> analysis = analyse(open_dataset(), "2019")
    >>> figure = province_view(analysis.units)
    """
    colours = cluster_colours(data_frame[color])
    suffix = "%" if y != "total" else ""
    traces = [
        dict(
            type="box",
            y=group[y],
            name=escape([name])[0],
            boxpoints="all",
            jitter=0.4,
            pointpos=0,
            text=escape(group[hover]),
            marker_color=colours[group[color].iloc[0]],
            hovertemplate="%{text}<br>%{y:.2f}" + suffix + "<extra></extra>",
        )
        for name, group in data_frame.groupby(x, sort=False)
    ]
    return make_figure(
        traces,
        title,
        lang,
        template,
        showlegend=False,
        yaxis=dict(title=word(PROVINCE_AXES.get(y, "figure.attainment"), lang), ticksuffix=suffix),
    )


def self_points(
    data_frame: pd.DataFrame,
    x: str = "self_compared",
    y: str = "self_points",
    text: str = "unit_name",
    title: str | None = None,
    lang: str = "vi",
    template: str | None = None,
) -> go.Figure:
    """Self points against the points the data supports; units above the diagonal scored themselves higher.

    Parameters
    ----------
    data_frame : DataFrame
        One row per unit, as `Analysis.units`; units without self points are left out.
    x, y : str
        Columns of the computed points of the self-scored rows and of the self points.
    text : str
        Column of the unit's name, written by its point.
    title : str, optional
        The figure's title.
    lang : {"vi", "en"}, default "vi"
        The language of labels and numbers (153,3% in Vietnamese, 153.3% in English).
    template : {None, "projector"}, optional
        The house template, or "projector": large type and high contrast for a meeting-room screen.

    Returns
    -------
    plotly.graph_objects.Figure

    Examples
    --------
    >>> from emulation import analyse, open_dataset
    >>> analysis = analyse(open_dataset(), "2017-H1")
    >>> figure = self_points(analysis.units)
    """
    scored = data_frame.dropna(subset=[x, y])
    higher = scored[y] > scored[x] + TOLERANCE
    low, high = (
        (float(min(scored[x].min(), scored[y].min())), float(max(scored[x].max(), scored[y].max())))
        if len(scored)
        else (0.0, 1.0)
    )
    pad = 0.2 * max(high - low, 1.0)  # the units' names beside their points stay inside the plot
    hover = (
        "%{customdata}<br>"
        + word("figure.computed", lang)
        + ": %{x:.2f}<br>"
        + word("figure.self", lang)
        + ": %{y:.2f}<extra></extra>"
    )
    # a name sits in the quarter beside its point that the diagonal never enters: up-left of a point above it,
    # down-right of any other; names are never cut at the axes
    diagonal = dict(
        type="scatter",
        x=[low - pad, high + pad],
        y=[low - pad, high + pad],
        mode="lines",
        name=word("figure.equal", lang),
        line=dict(color="#777777", dash="dash"),
        hoverinfo="skip",
    )
    traces: list[dict[str, Any]] = [diagonal]
    for chosen, key, colour, side in (
        (higher, "figure.self_higher", PALETTE[3], "top left"),
        (~higher, "figure.self_not_higher", PALETTE[0], "bottom right"),
    ):
        units = scored[chosen]
        if len(units):
            traces.append(
                dict(
                    type="scatter",
                    x=units[x],
                    y=units[y],
                    mode="markers+text",
                    name=word(key, lang),
                    text=wrapped(units[text], 10),
                    customdata=escape(units[text]),
                    textposition=side,
                    cliponaxis=False,
                    marker=dict(size=12, color=colour),
                    hovertemplate=hover,
                )
            )
    return make_figure(
        traces,
        title,
        lang,
        template,
        xaxis=dict(title=word("figure.computed", lang), range=[low - pad, high + pad]),
        yaxis=dict(title=word("figure.self", lang), range=[low - pad, high + pad]),
    )
