"""The report's section "Điều chỉnh sau công bố" (docs/reference.md, "Published results and corrections"): what
changed since the period was published that concerns the report's cluster, in a board's words."""

from __future__ import annotations

from IPython.display import HTML

from ..data.archive import open_archive
from ..engine.analysis import Analysis
from ..engine.corrections import cluster_changes, items
from ..views.corrections import Names, award_changes, input_line, paragraph, result_lines
from ..views.words import word
from .pages import render


def correction_section(archive: str, analysis: Analysis, dataset, cluster: str, lang: str = "vi") -> list:
    """The section for one cluster's report against the published `archive` of the report's period: the
    paragraph, then the awards, the units and the inputs that changed."""
    _, before, scores = open_archive(archive, analysis.period)
    diff = cluster_changes(before, dataset, analysis.period, scores, analysis.units, cluster)
    names = Names.of(dataset, before)
    results, inputs = items(diff)
    shown = (
        award_changes(diff, names, lang)
        + result_lines(results, names, lang)
        + [input_line(line, names, lang) for line in inputs.itertuples(index=False)]
    )
    return [
        HTML(
            render(
                "section.html.j2",
                heading=word("correction.title", lang),
                before=[paragraph(diff, names, analysis.period, lang)],
                items=shown,
            )
        )
    ]
