"""Every kind of figure the package draws, made from one cluster's period: the README's gallery of the sample,
and what the label check reads in a browser at each size the figures are shown.

`python -m emulation.publish.gallery FOLDER` writes the gallery's PNG files (`make gallery`).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import plotly.graph_objects as go

from ..data.dataset import Dataset, open_dataset
from ..data.kinds import ATTAINED_KINDS
from ..engine.analysis import analyse, analyse_periods
from ..engine.unit_years import unit_years
from ..views import figures
from .images import write_images

# (period, cluster) of the sample whose figures show every kind: a mid-year with its flows, a year-end, a guide
SAMPLE_CASES = (("2017-H1", "KG-C1"), ("2019", "HG-DL"), ("2025", "AG-X1"))
# the gallery's files, from the first case that has each
README_FIGURES = ("ranking", "heatmap", "indicator", "province", "guide_icicle", "history", "trend", "self_points")


def gallery(
    dataset: Dataset, period: str, cluster: str, lang: str = "vi", template: str | None = None
) -> list[tuple[str, go.Figure]]:
    """(name, figure) of every figure function for one cluster's period; the guide's only where one applies."""
    analysis = analyse(dataset, period, [cluster])
    rows, units = analysis.rows, analysis.units
    attained = rows[rows["scoring"].isin(ATTAINED_KINDS)]
    flows = attained[attained["flow"]]
    indicator = (flows if len(flows) else attained)["indicator_id"].iloc[0]  # a flow shows the pace at a partial period
    chosen = rows[rows["indicator_id"] == indicator]
    best = units.sort_values("rank", kind="stable")["unit_id"].iloc[0]
    style: dict[str, Any] = dict(lang=lang, template=template)
    made = [
        ("ranking", figures.ranking(units, **style)),
        ("heatmap", figures.attainment_heatmap(attained, cap=analysis.rules.cap, **style)),
        (
            "indicator",
            figures.indicator_bars(
                chosen,
                total=analysis.indicators.set_index("indicator_id").loc[indicator, "total_progress_pct"],
                title=chosen["name"].iloc[0],
                **style,
            ),
        ),
        ("profile", figures.unit_profile(attained, best, cap=analysis.rules.cap, **style)),
        (
            "trend",
            figures.trend(
                analyse_periods(
                    dataset, [cluster], [p for p in dataset.periods if p.partition("-")[2] == period.partition("-")[2]]
                )[0],
                **style,
            ),
        ),
        (
            "province",
            figures.province_view(analyse(dataset, period, dataset.province_clusters(period, cluster)).units, **style),
        ),
    ]
    if units["self_points"].notna().any():
        made.append(("self_points", figures.self_points(units, **style)))
    table = analysis.criteria
    if not table.empty:
        unit = table[table["unit_id"] == best]
        made += [
            (f"guide_{kind}", figures.criteria_tree(unit, kind=kind, title=unit["unit_name"].iloc[0], **style))
            for kind in ("icicle", "treemap", "sunburst")
        ]
        made.append(("guide_heatmap", figures.criteria_heatmap(table[table["parent_id"].isna()], **style)))
    formed = [unit for unit in units["unit_id"] if unit in set(dataset.predecessors["unit_id"])]
    if formed:  # a unit formed in a reorganisation: its years, with its old units' before
        years, awards = unit_years(dataset, formed[0] if "AG-XAM" not in formed else "AG-XAM")
        name = units.set_index("unit_id").loc[years["unit_id"].iloc[-1], "unit_name"]
        made.append(("history", figures.unit_history(years, awards, title=name, **style)))
    return made


def write_gallery(folder: Path, dataset: Dataset | None = None, lang: str = "vi") -> list[Path]:
    """The README's figures of the sample as PNG files, at the size a Word report gets them."""
    dataset = dataset or open_dataset()
    chosen: dict[str, go.Figure] = {}
    for period, cluster in SAMPLE_CASES:
        for name, figure in gallery(dataset, period, cluster, lang):
            if name in README_FIGURES:
                chosen.setdefault(name, figure)
    return write_images([(name, chosen[name]) for name in README_FIGURES if name in chosen], folder, size="gallery")


if __name__ == "__main__":
    for path in write_gallery(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/gallery")):
        print(path)
