"""Figures of a whole cluster in one period: every unit by every indicator (the heatmap), and the ranking."""

from __future__ import annotations

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from ..awards import Awards
from ..words import role_name, word
from .style import (
    AWARD_COLOURS,
    DIVERGING,
    MISSING_COLOUR,
    colour_bar,
    column_label_angles,
    escape,
    make_figure,
    shortened,
)


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
    missing = missing.fillna(False).astype(bool).to_numpy()  # type: ignore[assignment]
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
