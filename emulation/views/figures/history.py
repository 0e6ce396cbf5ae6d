"""A unit's years in one figure: the rating of each year as a coloured strip, awards marked on it, and before a
reorganisation the old units it was formed from, shown as such."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from ..words import word
from .style import MISSING_COLOUR, escape, make_figure

RATING_COLOURS = ["#1A7F37", "#7BC47F", "#F2C14E", "#D55E00"]  # best first; unknown in grey


def unit_history(
    data_frame: pd.DataFrame,
    awards: pd.DataFrame,
    x: str = "year",
    y: str = "unit_name",
    position: str = "position",
    rating: str = "rating",
    lineage: str = "lineage",
    award: str = "award",
    title: str | None = None,
    lang: str = "vi",
    template: str | None = None,
) -> go.Figure:
    """Years across; a strip per unit (the unit itself, and before its own first year each unit of its lineage,
    labelled as such), coloured by the year's rating; each award a marker on its year and unit, hollow when it
    is no basis (revoked, thematic, special, or of no listed form).

    Parameters
    ----------
    data_frame : DataFrame
        One row per year and unit, as `engine.unit_years.unit_years(...)[0]`.
    awards : DataFrame
        One row per award, as `engine.unit_years.unit_years(...)[1]` (with `counts`, `decision`).
    x, y : str
        Columns of the year and of the unit's name.
    position, rating, lineage : str
        Columns of the rating's place in the list (0 the best; NaN unknown), its name, and whether the row is
        a unit of the lineage rather than the unit itself.
    award : str
        Column of the award's name in `awards`.
    title : str, optional
        The figure's title.
    lang : {"vi", "en"}, default "vi"
    template : {None, "projector"}, optional

    Returns
    -------
    plotly.graph_objects.Figure

    Examples
    --------
    >>> from emulation import open_dataset
    >>> from emulation.engine.unit_years import unit_years
    >>> years, awards = unit_years(open_dataset(), "AG-XAM")
    >>> figure = unit_history(years, awards)
    """
    labels = {
        name: (f"{name} ({word('figure.before_reorganisation', lang)})" if old else name)
        for name, old in zip(data_frame[y], data_frame[lineage])
    }
    rows = list(dict.fromkeys(labels[name] for name in data_frame[y]))
    years = sorted(data_frame[x].unique().tolist())
    traces = []
    for place, colour in enumerate(RATING_COLOURS + [MISSING_COLOUR]):
        known = place < len(RATING_COLOURS)
        chosen = data_frame[data_frame[position] == place] if known else data_frame[data_frame[position].isna()]
        if chosen.empty:
            continue
        name = chosen[rating].iloc[0] if known else word("figure.unknown_rating", lang)
        traces.append(
            dict(
                type="bar",
                orientation="h",
                x=[1] * len(chosen),
                base=chosen[x] - 0.5,
                y=escape([labels[value] for value in chosen[y]]),
                marker=dict(color=colour, line=dict(width=1, color="white")),
                name=escape([name])[0],
                customdata=[[year, text] for year, text in zip(chosen[x], escape(chosen[rating].replace("", "—")))],
                hovertemplate="%{y}<br>%{customdata[0]}: %{customdata[1]}<extra></extra>",
            )
        )
    for counts, symbol in ((True, "star"), (False, "star-open")):
        chosen = awards[awards["counts"] == counts]
        if chosen.empty:
            continue
        names = [labels.get(name, name) for name in chosen[y]]
        decisions = [f" ({decision})" if isinstance(decision, str) else "" for decision in chosen["decision"]]
        traces.append(
            dict(
                type="scatter",
                mode="markers",
                x=chosen[x],
                y=escape(names),
                marker=dict(symbol=symbol, size=18, color="#222222", line=dict(width=2, color="#222222")),
                name=word("figure.award_counts" if counts else "figure.award_no_basis", lang),
                text=[f"{form}{decision}" for form, decision in zip(escape(chosen[award]), escape(decisions))],
                hovertemplate="%{y}<br>%{x}: %{text}<extra></extra>",
            )
        )
    first_own = data_frame.loc[~data_frame[lineage].astype(bool), x]
    shapes = []
    if data_frame[lineage].any() and len(first_own):
        shapes.append(
            dict(
                type="line",
                xref="x",
                x0=first_own.min() - 0.5,
                x1=first_own.min() - 0.5,
                yref="paper",
                y0=0,
                y1=1,
                line=dict(color="#000000", dash="dash", width=2),
            )
        )
    return make_figure(
        traces,
        title,
        lang,
        template,
        barmode="overlay",
        height=max(260, 55 * len(rows) + 170),
        xaxis=dict(tickvals=years, range=[min(years) - 0.6, max(years) + 0.6]),  # years need no title
        yaxis=dict(categoryorder="array", categoryarray=escape(rows), autorange="reversed", ticklabelstandoff=8),
        legend=dict(orientation="h", y=-0.25),
        shapes=shapes,
    )
