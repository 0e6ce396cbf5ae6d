"""Figures of one cluster in one period: the heatmap, the ranking, one indicator, one unit."""

from __future__ import annotations

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from ...engine.attainment import TOLERANCE
from ..awards import Awards
from ..words import format_percent, role_name, word
from .style import (
    AWARD_COLOURS,
    DIVERGING,
    MISSING_COLOUR,
    PALETTE,
    UPRIGHT_OR_ACROSS,
    colour_bar,
    column_label_angles,
    escape,
    level_line,
    make_figure,
    shortened,
    wrapped,
)

BELOW_PLAN = str(DIVERGING[0][1])  # the heatmap's colour below plan
CHECK_COLOUR = "#B00020"  # the outline of a figure to check: the pages' colour of what failed


def attainment_heatmap(
    data_frame: pd.DataFrame,
    x: str = "name",
    y: str = "unit_name",
    z: str = "attainment_pct",
    status: str = "status",
    direction: str = "direction",
    cap: float = 200,
    title: str | None = None,
    lang: str = "vi",
    template: str | None = None,
) -> go.Figure:
    """Units × indicators, coloured around 100 % of plan; missing data in grey with a dash.

    Parameters
    ----------
    data_frame : DataFrame
        One row per unit and indicator, as `Analysis.rows`.
    x, y, z : str
        Columns of the indicator's name (across), the unit's name (down) and the attainment in %.
    status, direction : str
        Columns of the row's status ("missing" draws grey) and the indicator's direction ("lower" is named).
    cap : float, default 200
        The top of the colour scale, the rules' attainment cap.
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
    >>> figure = attainment_heatmap(analysis.rows)
    """
    columns = list(dict.fromkeys(data_frame[x]))
    rows = list(dict.fromkeys(data_frame[y]))
    values = data_frame.pivot_table(index=y, columns=x, values=z, aggfunc="first", dropna=False).reindex(
        index=rows, columns=columns
    )
    missing = (
        data_frame.assign(_missing=data_frame[status] == "missing")
        .pivot_table(index=y, columns=x, values="_missing", aggfunc="first")
        .reindex(index=rows, columns=columns)
    )
    missing = missing.fillna(False).astype(bool).to_numpy()
    lower = data_frame.drop_duplicates(x).set_index(x)[direction].reindex(columns).eq("lower").to_numpy()
    notes = np.array(
        [name + (f" ({word('figure.lower', lang)})" if flag else "") for name, flag in zip(escape(columns), lower)]
    )
    x_labels, y_labels = shortened(columns), escape(rows)
    heat = dict(
        type="heatmap",
        z=values.to_numpy(dtype=float),
        x=x_labels,
        y=y_labels,
        zmin=0,
        zmid=100,
        zmax=cap,
        colorscale=DIVERGING,
        texttemplate="%{z:.0f}",
        customdata=np.broadcast_to(notes, values.shape),
        colorbar=colour_bar(word("figure.attainment", lang), 0, cap),
        hovertemplate="%{y}<br>%{customdata}<br>%{z:.1f}% " + word("figure.of_plan", lang) + "<extra></extra>",
        xgap=1,
        ygap=1,
        name=word("figure.attainment", lang),
    )
    gaps = dict(
        type="heatmap",
        z=np.where(missing, 1.0, np.nan),
        x=x_labels,
        y=y_labels,
        colorscale=[[0, MISSING_COLOUR], [1, MISSING_COLOUR]],
        showscale=False,
        text=np.where(missing, "—", ""),
        texttemplate="%{text}",
        xgap=1,
        ygap=1,
        customdata=np.broadcast_to(notes, values.shape),
        hovertemplate="%{y}<br>%{customdata}<br>" + word("figure.missing", lang) + "<extra></extra>",
        name=word("figure.missing", lang),
    )
    return make_figure(
        [heat, gaps],
        title,
        lang,
        template,
        height=max(300, 40 * len(rows) + 200),
        xaxis=dict(autotickangles=column_label_angles(len(columns), template)),
        yaxis=dict(autorange="reversed"),
    )


def ranking(
    data_frame: pd.DataFrame,
    x: str = "total",
    y: str = "unit_name",
    rank: str = "rank",
    award: str = "award",
    role: str = "role",
    tie: str = "award_tie",
    title: str | None = None,
    lang: str = "vi",
    template: str | None = None,
    awards: Awards | None = None,
) -> go.Figure:
    """Totals per unit, best first; colour tells the proposed award; head, deputy and ties in the labels.

    Parameters
    ----------
    data_frame : DataFrame
        One row per unit, as `Analysis.units`.
    x, y : str
        Columns of the total and of the unit's name.
    rank, award, role, tie : str
        Columns of the rank, the proposed award ("flag", "commendation", "none"), the role ("head", "deputy",
        "member") and whether the unit shares an award by a tie.
    title : str, optional
        The figure's title.
    lang : {"vi", "en"}, default "vi"
        The language of labels and numbers (153,3% in Vietnamese, 153.3% in English).
    template : {None, "projector"}, optional
        The house template, or "projector": large type and high contrast for a meeting-room screen.
    awards : Awards, optional
        How the awards read (`views.awards.Awards.of(dataset, period)`): the legend names rules.toml's forms and
        a held unit's label says so, as the tables beside the chart do; the catalogue's words by default.

    Returns
    -------
    plotly.graph_objects.Figure

    Examples
    --------
    >>> from emulation import analyse, open_dataset
    >>> analysis = analyse(open_dataset(), "2019", ["HG-DL"])
    >>> figure = ranking(analysis.units)
    """
    ordered = data_frame.sort_values([rank, x], ascending=[True, False], kind="stable")
    shared = ordered[rank].duplicated(keep=False)
    clusters = ordered["cluster_name"] if "cluster_name" in ordered else [None] * len(ordered)
    awards = awards or Awards()
    held = [
        bool(awards.held(unit)) and given != "none"
        for unit, given in zip(ordered["unit_id"] if "unit_id" in ordered else [""] * len(ordered), ordered[award])
    ]
    labels = [
        f"{int(position)}{'=' if is_shared else ''}. {name}"
        + (f" ({role_name(member_role, cluster, lang)})" if member_role != "member" else "")
        + (f" ({word('proposal.held_mark', lang)})" if is_held else "")
        for position, is_shared, name, member_role, cluster, is_held in zip(
            ordered[rank], shared, escape(ordered[y]), ordered[role], clusters, held
        )
    ]
    traces = []
    for key in ("flag", "commendation", "none"):
        chosen = (ordered[award] == key).to_numpy()
        if not chosen.any():
            continue
        suffix = np.where(ordered[tie].to_numpy()[chosen], f" ({word('figure.tied', lang)})", "")
        traces.append(
            dict(
                type="bar",
                x=ordered[x].to_numpy()[chosen],
                y=np.array(labels, dtype=object)[chosen],
                orientation="h",
                marker_color=AWARD_COLOURS[key],
                name=escape([awards.name(key, lang)])[0] or "—",
                texttemplate="%{x:.2f}",
                textposition="outside",
                cliponaxis=False,
                customdata=suffix,
                hovertemplate="%{y}<br>%{x:.2f} " + word("figure.points", lang) + "%{customdata}<extra></extra>",
            )
        )
    longest = float(ordered[x].max()) if len(ordered) else 1.0
    return make_figure(
        traces,
        title,
        lang,
        template,
        barmode="overlay",
        height=max(300, 45 * len(ordered) + 150),
        yaxis=dict(categoryorder="array", categoryarray=labels, autorange="reversed", ticklabelstandoff=8),
        xaxis=dict(title=word("figure.total", lang), range=[0, longest * 1.15]),
    )


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
