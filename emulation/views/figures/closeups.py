"""Close-ups of one cluster in one period: one indicator across the units (`indicator_bars`), one unit across
the indicators against the mean and the best (`unit_profile`)."""

from __future__ import annotations

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from ...engine.attainment import TOLERANCE
from ..words import format_percent, word
from .style import DIVERGING, PALETTE, UPRIGHT_OR_ACROSS, escape, level_line, make_figure, shortened, wrapped

BELOW_PLAN = str(DIVERGING[0][1])  # the heatmap's colour below plan
CHECK_COLOUR = "#B00020"  # the outline of a figure to check: the pages' colour of what failed


def indicator_bars(
    data_frame: pd.DataFrame,
    x: str = "unit_name",
    y: str = "attainment_pct",
    progress: str = "progress_pct",
    expected: str = "expected_share",
    flow: str = "flow",
    total: float | None = None,
    check: str | None = None,
    title: str | None = None,
    lang: str = "vi",
    template: str | None = None,
) -> go.Figure:
    """One indicator across units: % KH bars with the plan line and the cluster mean; at a partial period a
    flow also shows progress against the yearly plan beside the expected pace.

    Parameters
    ----------
    data_frame : DataFrame
        The rows of one indicator, one per unit, as `Analysis.rows` filtered on `indicator_id`.
    x, y : str
        Columns of the unit's name and of the attainment in %.
    progress, expected, flow : str
        Columns of the progress on the yearly plan, the period's expected share, and whether the indicator is
        a flow.
    total : float, optional
        The cluster's progress for a flow (`Analysis.indicators["total_progress_pct"]`), drawn as a line.
    check : str, optional
        A column of booleans: its True rows are figures a warning asks to check (`views.checks.flagged`), drawn
        hatched with a red outline, marked "⚠" and named in the legend.
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
    >>> analysis = analyse(open_dataset(), "2019", ["HG-DL"])
    >>> rows = analysis.rows[analysis.rows["indicator_id"] == "NS"]
    >>> figure = indicator_bars(rows, title=rows["name"].iloc[0])
    """
    ordered = data_frame.sort_values(y, ascending=False, na_position="last", kind="stable")
    names = wrapped(ordered[x])
    mean = ordered[y].mean()
    # a bar below plan must not look like one above it: below 100 % it takes the heatmap's orange
    colours = np.where(ordered[y].to_numpy(dtype=float) < 100 - TOLERANCE, BELOW_PLAN, PALETTE[0])
    traces = [
        dict(
            type="bar",
            x=names,
            y=ordered[y],
            name=word("figure.attainment", lang),
            marker_color=colours,
            texttemplate="%{y:.1f}%",
            cliponaxis=False,  # a bar of 0 has no inside: its 0,0% above it
            textposition=np.where(ordered[y].fillna(0).to_numpy(dtype=float) > 0, "auto", "outside").tolist(),
            hovertemplate="%{x}<br>%{y:.1f}% " + word("figure.of_plan", lang) + "<extra></extra>",
        )
    ]
    checked = ordered[check].fillna(False).to_numpy(dtype=bool) if check else np.zeros(len(ordered), dtype=bool)
    if checked.any():  # a likely typing slip: the bar says so, on the plot and in the legend
        traces[0].update(
            marker=dict(
                color=colours,
                pattern=dict(shape=np.where(checked, "/", "").tolist()),
                line=dict(
                    color=np.where(checked, CHECK_COLOUR, "rgba(0,0,0,0)").tolist(),
                    width=np.where(checked, 3, 0).tolist(),
                ),
            ),
            texttemplate=np.where(checked, "⚠ %{y:.1f}%", "%{y:.1f}%").tolist(),
        )
        traces[0].pop("marker_color")
        traces.append(
            dict(
                type="scatter",
                x=[None],
                y=[None],
                mode="markers",
                name="⚠ " + word("report.checks", lang),
                marker=dict(symbol="square", size=14, color="#FFFFFF", line=dict(color=CHECK_COLOUR, width=3)),
            )
        )
    share = float(ordered[expected].iloc[0]) if len(ordered) else 100.0
    paced = bool(ordered[flow].iloc[0]) and share < 100 if len(ordered) else False
    lines = [
        (100.0, word("figure.plan_line", lang), "#000000", "solid"),
        (mean, f"{word('figure.mean', lang)} {format_percent(mean, 1, lang)}", PALETTE[2], "dash"),
    ]
    if paced:
        traces.append(
            dict(
                type="bar",
                x=names,
                y=ordered[progress],
                name=word("figure.progress", lang),
                marker_color=PALETTE[1],
                texttemplate="%{y:.2f}%",
                textposition="auto",
                cliponaxis=False,
                hovertemplate="%{x}<br>%{y:.2f}% " + word("figure.progress", lang) + "<extra></extra>",
            )
        )
        lines.append((share, f"{word('figure.pace', lang)} {format_percent(share, 0, lang)}", PALETTE[3], "dot"))
        if total is not None and not np.isnan(total):
            lines.append(
                (total, f"{word('figure.cluster_total', lang)} {format_percent(total, 1, lang)}", PALETTE[4], "dashdot")
            )
    drawn = [line for line in lines if line[0] is not None and not np.isnan(line[0])]
    bars = [np.asarray(trace["y"], dtype=float) for trace in traces if trace["type"] == "bar"]
    highest = max(
        [float(np.nanmax(values)) for values in bars if np.isfinite(values).any()] + [value for value, *_ in drawn],
        default=100.0,
    )
    # the lines are named in the legend, never on the plot where the bars' labels are; the range leaves room
    # above the tallest bar for its label
    return make_figure(
        traces,
        title,
        lang,
        template,
        barmode="group",
        xaxis=dict(autotickangles=UPRIGHT_OR_ACROSS, ticklabelstandoff=10),  # clear of the "0%" beside
        yaxis=dict(title="%", ticksuffix="%", range=[0, highest * 1.12]),
        shapes=[level_line(value, label, colour, dash) for value, label, colour, dash in drawn],
    )


def unit_profile(
    data_frame: pd.DataFrame,
    unit: str,
    x: str = "attainment_pct",
    y: str = "name",
    color: str = "unit_id",
    text: str = "unit_name",
    cap: float = 200,
    title: str | None = None,
    lang: str = "vi",
    template: str | None = None,
) -> go.Figure:
    """One unit against the cluster mean and the best unit, indicator by indicator (a dot plot that stays
    readable with 25 indicators).

    Parameters
    ----------
    data_frame : DataFrame
        The cluster's rows, one per unit and indicator, as `Analysis.rows`.
    unit : str
        The code of the unit to show (in the `color` column).
    x, y : str
        Columns of the attainment in % and of the indicator's name.
    color, text : str
        Columns of the unit's code and name.
    cap : float, default 200
        Attainment above this is drawn at it.
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
    >>> analysis = analyse(open_dataset(), "2019", ["HG-DL"])
    >>> figure = unit_profile(analysis.rows, "HG-TP")
    """
    order = list(dict.fromkeys(data_frame[y]))
    per_indicator = data_frame.groupby(y, sort=False)[x]
    chosen = data_frame[data_frame[color] == unit]
    own = chosen.set_index(y)[x].reindex(order)
    own_name = chosen[text].iloc[0] if len(chosen) else unit
    labels, full = shortened(order, 40), escape(order)
    traces = [
        dict(
            type="scatter",
            x=per_indicator.max().reindex(order).clip(upper=cap),
            y=labels,
            mode="markers",
            name=word("figure.best", lang),
            marker=dict(symbol="diamond", size=10, color=PALETTE[2]),
            customdata=full,
            hovertemplate="%{customdata}<br>%{x:.1f}%<extra></extra>",
        ),
        dict(
            type="scatter",
            x=per_indicator.mean().reindex(order),
            y=labels,
            mode="markers",
            name=word("figure.mean", lang),
            marker=dict(symbol="line-ns-open", size=16, line_width=3, color="#555555"),
            customdata=full,
            hovertemplate="%{customdata}<br>%{x:.1f}%<extra></extra>",
        ),
        dict(
            type="scatter",
            x=own.clip(upper=cap),
            y=labels,
            mode="markers",
            name=escape([own_name])[0],
            marker=dict(size=13, color=PALETTE[0]),
            customdata=full,
            hovertemplate="%{customdata}<br>%{x:.1f}%<extra></extra>",
        ),
    ]
    return make_figure(
        traces,
        title,
        lang,
        template,
        height=max(350, 28 * len(order) + 160),
        xaxis=dict(title=word("figure.attainment", lang), ticksuffix="%"),
        yaxis=dict(autorange="reversed", ticklabelstandoff=8),
        shapes=[
            dict(
                type="line", yref="y domain", y0=0, y1=1, xref="x", x0=100, x1=100, line=dict(color="#000000", width=1)
            )
        ],
    )
