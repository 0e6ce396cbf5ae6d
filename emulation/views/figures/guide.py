"""Figures of a board's scoring guide: one unit's tree, and the cluster's criteria side by side."""

from __future__ import annotations

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from ..words import word
from .style import DIVERGING, colour_bar, escape, make_figure, shortened

LABEL_LENGTH = 24  # characters of a criterion's label in the tree: a cell of a laptop's icicle holds about that


def criteria_tree(
    data_frame: pd.DataFrame,
    kind: str = "icicle",
    ids: str = "criterion_id",
    parents: str = "parent_id",
    names: str = "name",
    values: str = "standard_total",
    score: str = "final",
    title: str | None = None,
    lang: str = "vi",
    template: str | None = None,
) -> go.Figure:
    """One unit's guide as an icicle, treemap or sunburst under its total: each criterion's size is its
    standard, its colour its final score as a share of the standard (orange below, white at, blue above).

    Parameters
    ----------
    data_frame : DataFrame
        One unit's criteria, as `Analysis.criteria` filtered on `unit_id`.
    kind : {"icicle", "treemap", "sunburst"}, default "icicle"
    ids, parents, names : str
        Columns of the criterion's code, its parent's code (blank at the top) and its name.
    values, score : str
        Columns of the standard total (the size) and the final score.
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
    >>> criteria = analyse(open_dataset(), "2025").criteria
    >>> figure = criteria_tree(criteria[criteria["unit_id"] == criteria["unit_id"].iloc[0]])
    """
    tree = data_frame[data_frame[values] > 0]
    top = tree[parents].isna().to_numpy()
    root = "∑"  # not a code a criterion can have: codes are escaped, and the root is drawn from this one string
    points = np.append(tree[score].to_numpy(float), tree.loc[top, score].sum())
    sizes = np.append(tree[values].to_numpy(float), tree.loc[top, values].sum())
    with np.errstate(divide="ignore", invalid="ignore"):
        share = 100 * points / sizes
    whole = [f"{code}. {name}" for code, name in zip(tree[ids], tree[names])] + [word("label.grand_total", lang)]
    labels = shortened(whole, LABEL_LENGTH)  # the whole name on hover and in the record beside the tree
    trace = dict(
        ids=escape(tree[ids]) + [root],
        parents=[escape([parent])[0] if isinstance(parent, str) else root for parent in tree[parents]] + [""],
        labels=labels,
        values=sizes,
        branchvalues="total",
        customdata=np.column_stack(
            [points.astype(object), share.astype(object), np.array(escape(whole), dtype=object)]
        ),
        marker=dict(
            colors=share,
            colorscale=DIVERGING,
            cmin=0,
            cmid=100,
            cmax=200,
            colorbar=colour_bar(word("figure.of_standard", lang), 0, 200),
        ),
        texttemplate="%{label}<br>%{customdata[0]:.2f}/%{value:.4~g}",
        hovertemplate="%{customdata[2]}<br>"
        + word("figure.final", lang)
        + ": %{customdata[0]:.2f}<br>"
        + word("figure.standard", lang)
        + ": %{value:.4~g}<br>%{customdata[1]:.1f}%<extra></extra>",
    )
    # no axes: the template's axis settings would otherwise draw an empty pair of them behind the tree
    # a label shrinks to fit its cell down to 11 px and no further (they were 5 px at a laptop's width); a cell too
    # small for it at 11 px shows none rather than spill over its neighbours (its hover and the record name it)
    return make_figure(
        [dict(type=kind, **trace)],
        title,
        lang,
        template,
        height=600,
        margin=dict(l=10, r=10, t=70, b=10),
        uniformtext=dict(minsize=11, mode="hide"),
        xaxis=dict(visible=False),
        yaxis=dict(visible=False),
    )


def criteria_heatmap(
    data_frame: pd.DataFrame,
    x: str = "criterion_id",
    y: str = "unit_name",
    score: str = "final",
    standard: str = "standard_total",
    names: str = "name",
    title: str | None = None,
    lang: str = "vi",
    template: str | None = None,
) -> go.Figure:
    """Units × criteria side by side: each unit's final score as a share of the criterion's standard.

    Parameters
    ----------
    data_frame : DataFrame
        One row per unit and criterion, as `Analysis.criteria`; criteria without a standard are left out.
    x, y : str
        Columns of the criterion's code (across) and of the unit's name (down).
    score, standard, names : str
        Columns of the final score, the standard total and the criterion's name (on hover).
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
    >>> criteria = analyse(open_dataset(), "2025").criteria
    >>> figure = criteria_heatmap(criteria[criteria["parent_id"].isna()])
    """
    shown = data_frame[data_frame[standard] > 0].assign(_share=lambda frame: 100 * frame[score] / frame[standard])
    columns, rows = list(dict.fromkeys(shown[x])), list(dict.fromkeys(shown[y]))
    values = shown.pivot_table(index=y, columns=x, values="_share", aggfunc="first").reindex(
        index=rows, columns=columns
    )
    named = shown.drop_duplicates(x).set_index(x)[names].reindex(columns)
    heat = dict(
        type="heatmap",
        z=values.to_numpy(dtype=float),
        x=escape(columns),
        y=escape(rows),
        zmin=50,
        zmid=100,
        zmax=150,
        colorscale=DIVERGING,
        texttemplate="%{z:.0f}",
        customdata=np.broadcast_to(np.array(escape(named), dtype=object), values.shape),
        colorbar=colour_bar(word("figure.of_standard", lang), 50, 150),
        xgap=1,
        ygap=1,
        hovertemplate="%{y}<br>%{x}. %{customdata}<br>%{z:.1f}% "
        + word("figure.of_standard", lang)
        + "<extra></extra>",
    )
    return make_figure(
        [heat],
        title,
        lang,
        template,
        height=max(300, 40 * len(rows) + 200),
        xaxis=dict(side="top", type="category"),
        yaxis=dict(autorange="reversed"),
    )
