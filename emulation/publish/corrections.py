"""The report's section "Điều chỉnh sau công bố" (docs/reference.md, "Published results and corrections"): what
changed since the period was published that concerns the report's cluster, in a board's words."""

from __future__ import annotations

import pandas as pd
from IPython.display import HTML

from ..data.archive import open_archive
from ..engine.analysis import Analysis
from ..engine.corrections import changes, concerning
from ..views.corrections import Names, award_changes, input_line, paragraph, result_lines
from ..views.words import word
from .pages import render


def correction_section(archive: str, analysis: Analysis, dataset, cluster: str, lang: str = "vi") -> list:
    """The section for one cluster's report against the published `archive` of the report's period: the
    paragraph, then the awards, the units and the inputs that changed."""
    _, before, scores = open_archive(archive, analysis.period)
    members = analysis.units[analysis.units["cluster_id"] == cluster]
    published = scores[scores["cluster_id"].astype("str") == cluster]
    indicators = dataset.indicators
    own = set(indicators.loc[indicators["cluster_id"].isna() | (indicators["cluster_id"] == cluster), "indicator_id"])
    criteria = dataset.criteria
    applying = set(criteria.loc[criteria["cluster_id"].isna() | (criteria["cluster_id"] == cluster), "criterion_id"])
    units = set(members["unit_id"]) | set(published["unit_id"])
    diff = concerning(changes(before, dataset, analysis.period, published, members), units, own, applying, cluster)
    names = Names.of(dataset, before)
    inputs = diff[diff["part"] == "input"][["table", "key", "column", "published", "current"]]
    items = (award_changes(diff, names, lang) + result_lines(_without_awards(diff), names, lang)
             + [input_line(line, names, lang) for line in inputs.itertuples(index=False)])
    return [HTML(render("section.html.j2", heading=word("correction.title", lang),
                        before=[paragraph(diff, names, analysis.period, lang)], items=items))]


def _without_awards(diff: pd.DataFrame) -> pd.DataFrame:
    """The results that moved, the awards left out (listed first, on their own)."""
    return diff[(diff["part"] == "result") & (diff["column"] != "award")]
